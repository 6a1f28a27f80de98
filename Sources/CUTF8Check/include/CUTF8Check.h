#ifndef CUTF8CHECK_H
#define CUTF8CHECK_H

#include <stddef.h>
#include <stdint.h>

/// Whether bytes[0..<count] are well-formed UTF-8: 1 if they are, 0 if not, and -1 when
/// this processor cannot run the vector check (the caller then checks them itself).
int dp_utf8_check(const uint8_t *bytes, size_t count);

#endif
