#include "CByteLoops.h"

// One flag for the whole buffer, no branch per byte: the compiler runs the loop 16 or 32
// bytes at a time.
int dp_has_controls(const uint8_t *bytes, size_t count) {
    uint8_t found = 0;
    for (size_t i = 0; i < count; i++) {
        uint8_t b = bytes[i];
        found |= ((b < 0x20) & (b != 0x09) & (b != 0x0A) & (b != 0x0D)) | (b == 0x7F);
    }
    return found;
}
