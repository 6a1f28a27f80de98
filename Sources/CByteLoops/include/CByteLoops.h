#ifndef CBYTELOOPS_H
#define CBYTELOOPS_H

#include <stddef.h>
#include <stdint.h>

/// Whether bytes[0..<count] are well-formed UTF-8: 1 if they are, 0 if not, and -1 when
/// this processor cannot run the vector check (the caller then checks them itself).
int dp_utf8_check(const uint8_t *bytes, size_t count);

/// `dp_utf8_check`, and in the same pass sets *maybe to whether bytes[skip..<count] may
/// hold a character never shown as it is: never 0 when `dp_has_unsafe` would find one, but
/// also 1 for a few others (it tests bytes alone); -1, and *maybe untouched, when this
/// processor cannot run it.
int dp_utf8_check_unsafe(const uint8_t *bytes, size_t count, size_t skip, uint8_t *maybe);

/// Writes src[0..<count] to dst with ASCII capitals folded (each gains 0x20), and sets bit
/// `at + i` of `bits` for each capital src[i]. Returns 1 when src holds a byte C3-D5 (the
/// first byte of Latin letters that folding may change otherwise), 0 when not, and -1 when
/// this processor cannot run it (nothing is written then).
int dp_fold_ascii(const uint8_t *src, uint8_t *dst, size_t count, uint64_t *bits, size_t at);

/// 1 when bytes[0..<count] hold a character that is never shown as it is (`Sanitised.
/// isUnsafe` but for tab, line feed and carriage return): a C0 or C1 control, DEL, a zero-
/// width, bidi or byte order mark character, U+FFF9-FFFB; else 0. Sequences are matched
/// byte by byte, so it also answers for bytes that are not well-formed UTF-8.
int dp_has_unsafe(const uint8_t *bytes, size_t count);

#endif
