#ifndef CBYTELOOPS_H
#define CBYTELOOPS_H

#include <stddef.h>
#include <stdint.h>

/// Whether bytes[0..<count] are well-formed UTF-8: 1 if they are, 0 if not, and -1 when
/// this processor cannot run the vector check (the caller then checks them itself).
int dp_utf8_check(const uint8_t *bytes, size_t count);

/// Writes src[0..<count] to dst with ASCII capitals folded (each gains 0x20), and sets bit
/// `at + i` of `bits` for each capital src[i]. Returns 1 when src holds a byte C3-D5 (the
/// first byte of Latin letters that folding may change otherwise), 0 when not, and -1 when
/// this processor cannot run it (nothing is written then).
int dp_fold_ascii(const uint8_t *src, uint8_t *dst, size_t count, uint64_t *bits, size_t at);

/// 1 when bytes[0..<count] hold a C0 control other than tab, line feed and carriage
/// return, or DEL (what a terminal could take for a command); else 0.
int dp_has_controls(const uint8_t *bytes, size_t count);

#endif
