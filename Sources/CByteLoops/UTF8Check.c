#include "CByteLoops.h"
#include "UnsafeBytes.h"

// Each byte is checked against the three before it, every position alike, so that the
// compiler can run the loop 32 bytes at a time with AVX2 (Swift's SIMD types cannot ask
// for AVX2 on one function, and with SSE2 alone this ran no faster than the DFA it
// replaces). A byte is a continuation byte exactly when a lead byte before it wants one:
// the byte before is C0 or above, the one two before E0 or above, or three before F0 or
// above. The rest are the bytes no text holds (C0, C1, F5-FF) and the second bytes that
// would make an overlong form, a surrogate or a code point past U+10FFFF.

static inline uint8_t bad(uint8_t x, uint8_t a, uint8_t b, uint8_t c) {
    uint8_t cont = (x & 0xC0) == 0x80;
    uint8_t need = (a >= 0xC0) | (b >= 0xE0) | (c >= 0xF0);
    return (cont ^ need) | (x >= 0xF5) | ((x & 0xFE) == 0xC0)
        | ((a == 0xE0) & (x < 0xA0)) | ((a == 0xED) & (x > 0x9F))
        | ((a == 0xF0) & (x < 0x90)) | ((a == 0xF4) & (x > 0x8F));
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
// With `maybe`, the same pass also tests each byte for what may start or be a character
// never shown as it is (`dp_maybe_unsafe`, from byte `skip` on): the bytes are in
// registers already, where a pass of its own cost three times this one's time, and the
// exact test with each byte's neighbours doubled this one's.
static inline __attribute__((always_inline)) int check(const uint8_t *p, size_t n, size_t skip, uint8_t *maybe) {
    uint8_t found = 0, odd = 0;
    // Bytes before the start read as 0, as do the three after the end: a sequence cut
    // off there wants a continuation byte that is not there.
    for (size_t i = 0; i < n && i < 3; i++) {
        found |= bad(p[i], i >= 1 ? p[i - 1] : 0, i >= 2 ? p[i - 2] : 0, 0);
        if (maybe && i >= skip) odd |= dp_maybe_unsafe(p[i]);
    }
    if (maybe) {
        for (size_t i = 3; i < n; i++) {
            found |= bad(p[i], p[i - 1], p[i - 2], p[i - 3]);
            odd |= dp_maybe_unsafe(p[i]);
        }
    } else {
        for (size_t i = 3; i < n; i++) found |= bad(p[i], p[i - 1], p[i - 2], p[i - 3]);
    }
    for (size_t k = 0; k < 3; k++) {
        size_t i = n + k;
        found |= bad(0, k == 0 && n >= 1 ? p[n - 1] : 0, k <= 1 && n >= 2 - k ? p[i - 2] : 0,
                     n >= 3 - k ? p[i - 3] : 0);
    }
    if (maybe) *maybe = odd;
    return found == 0;
}

__attribute__((target("avx2")))
static int check_avx2(const uint8_t *p, size_t n) { return check(p, n, 0, 0); }

__attribute__((target("avx2")))
static int check_unsafe_avx2(const uint8_t *p, size_t n, size_t skip, uint8_t *maybe) {
    return check(p, n, skip, maybe);
}

int dp_utf8_check(const uint8_t *bytes, size_t count) {
    if (!__builtin_cpu_supports("avx2")) return -1;
    return check_avx2(bytes, count);
}

int dp_utf8_check_unsafe(const uint8_t *bytes, size_t count, size_t skip, uint8_t *maybe) {
    if (!__builtin_cpu_supports("avx2")) return -1;
    return check_unsafe_avx2(bytes, count, skip, maybe);
}
#else
int dp_utf8_check(const uint8_t *bytes, size_t count) {
    (void)bytes; (void)count; (void)bad;
    return -1;
}

int dp_utf8_check_unsafe(const uint8_t *bytes, size_t count, size_t skip, uint8_t *maybe) {
    (void)bytes; (void)count; (void)skip; (void)maybe;
    return -1;
}
#endif
