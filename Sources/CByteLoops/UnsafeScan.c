#include "CByteLoops.h"
#include "UnsafeBytes.h"

// For a line, or a file on a processor without AVX2 (`dp_utf8_check_unsafe` tests a file
// in the UTF-8 check's own pass).
static inline __attribute__((always_inline)) int scan(const uint8_t *p, size_t n) {
    uint8_t found = 0;
    for (size_t i = 0; i < n && i < 2; i++) found |= dp_unsafe_at(p[i], i >= 1 ? p[i - 1] : 0, 0);
    for (size_t i = 2; i < n; i++) found |= dp_unsafe_at(p[i], p[i - 1], p[i - 2]);
    return found;
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
__attribute__((target("avx2")))
static int scan_avx2(const uint8_t *p, size_t n) { return scan(p, n); }

int dp_has_unsafe(const uint8_t *bytes, size_t count) {
    return __builtin_cpu_supports("avx2") ? scan_avx2(bytes, count) : scan(bytes, count);
}
#else
int dp_has_unsafe(const uint8_t *bytes, size_t count) { return scan(bytes, count); }
#endif
