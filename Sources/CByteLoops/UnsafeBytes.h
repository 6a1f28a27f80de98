#ifndef CBYTELOOPS_UNSAFE_BYTES_H
#define CBYTELOOPS_UNSAFE_BYTES_H

#include <stdint.h>

// Whether a byte ends a character that is never shown as it is: a C0 control other than
// tab, line feed and carriage return, DEL, a C1 control (C2 80-9F), the Arabic letter
// mark (D8 9C), a zero-width or bidi character (E2 80 8B-8F, E2 80 AA-AE, E2 81 A0-AF),
// a byte order mark (EF BB BF) or U+FFF9-FFFB (EF BF B9-BB). `a` and `b` are the one and
// two bytes before it (0 before the start): every position is tested alike, so that a
// loop of it runs many bytes at a time.
static inline __attribute__((always_inline)) uint8_t dp_unsafe_at(uint8_t x, uint8_t a, uint8_t b) {
    uint8_t c0 = ((x < 0x20) & (x != 0x09) & (x != 0x0A) & (x != 0x0D)) | (x == 0x7F);
    uint8_t c1 = (a == 0xC2) & ((uint8_t)(x - 0x80) < 0x20);
    uint8_t alm = (a == 0xD8) & (x == 0x9C);
    uint8_t e2 = (b == 0xE2) & (((a == 0x80) & (((uint8_t)(x - 0x8B) < 5) | ((uint8_t)(x - 0xAA) < 5)))
                                | ((a == 0x81) & ((uint8_t)(x - 0xA0) < 0x10)));
    uint8_t ef = (b == 0xEF) & (((a == 0xBB) & (x == 0xBF)) | ((a == 0xBF) & ((uint8_t)(x - 0xB9) < 3)));
    return c0 | c1 | alm | e2 | ef;
}

// A cheaper test of one byte alone, for a whole file in the UTF-8 check's pass: true at
// every byte `dp_unsafe_at` could end on (a control, or the lead byte of such a character)
// and at a few more (the same lead bytes before other characters, rare in digests), which
// `dp_has_unsafe` then tells apart.
static inline __attribute__((always_inline)) uint8_t dp_maybe_unsafe(uint8_t x) {
    return ((x < 0x20) & (x != 0x09) & (x != 0x0A) & (x != 0x0D)) | (x == 0x7F)
        | (x == 0xC2) | (x == 0xD8) | (x == 0xE2) | (x == 0xEF);
}

#endif
