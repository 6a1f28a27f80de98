#include "CByteLoops.h"

// The index's fold, for the bytes it changes itself (ASCII capitals), with each capital's
// bit found in the same pass: a compare gives a mask of 32 bytes and `movemask` its bits,
// where the fold in Swift was one vector loop and the bits another pass over both texts.

static inline void put(uint64_t *bits, size_t at, uint64_t word) {
    if (word == 0) return;
    size_t shift = at & 63;
    bits[at >> 6] |= word << shift;
    // Only words that hold a bit are written: the next one may lie past the end.
    if (shift != 0 && (word >> (64 - shift)) != 0) bits[(at >> 6) + 1] |= word >> (64 - shift);
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

__attribute__((target("avx2")))
static int fold_avx2(const uint8_t *src, uint8_t *dst, size_t n, uint64_t *bits, size_t at) {
    // Signed compares: bytes 0x80 and above are negative, so never capitals, and C3-D5
    // are the negative range from -61 to -43.
    const __m256i aboveAt = _mm256_set1_epi8(0x40), belowBracket = _mm256_set1_epi8(0x5B);
    const __m256i aboveC2 = _mm256_set1_epi8((char)0xC2), belowD6 = _mm256_set1_epi8((char)0xD6);
    const __m256i lower = _mm256_set1_epi8(0x20);
    __m256i special = _mm256_setzero_si256();
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(src + i));
        __m256i upper = _mm256_and_si256(_mm256_cmpgt_epi8(x, aboveAt), _mm256_cmpgt_epi8(belowBracket, x));
        _mm256_storeu_si256((__m256i *)(dst + i), _mm256_or_si256(x, _mm256_and_si256(upper, lower)));
        special = _mm256_or_si256(special, _mm256_and_si256(_mm256_cmpgt_epi8(x, aboveC2), _mm256_cmpgt_epi8(belowD6, x)));
        put(bits, at + i, (uint32_t)_mm256_movemask_epi8(upper));
    }
    int found = !_mm256_testz_si256(special, special);
    uint64_t word = 0;
    size_t from = i;
    for (; i < n; i++) {
        uint8_t b = src[i];
        uint8_t capital = (uint8_t)(b - 0x41) < 26;
        dst[i] = b | (capital ? 0x20 : 0);
        word |= (uint64_t)capital << (i - from);
        found |= (uint8_t)(b - 0xC3) < 0xD6 - 0xC3;
    }
    put(bits, at + from, word);
    return found;
}

int dp_fold_ascii(const uint8_t *src, uint8_t *dst, size_t count, uint64_t *bits, size_t at) {
    if (!__builtin_cpu_supports("avx2")) return -1;
    return fold_avx2(src, dst, count, bits, at);
}
#else
int dp_fold_ascii(const uint8_t *src, uint8_t *dst, size_t count, uint64_t *bits, size_t at) {
    (void)src; (void)dst; (void)count; (void)bits; (void)at; (void)put;
    return -1;
}
#endif
