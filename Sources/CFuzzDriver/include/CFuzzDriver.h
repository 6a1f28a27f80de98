#ifndef DAILYPAPERS_CFUZZDRIVER_H
#define DAILYPAPERS_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, linked in by -sanitize=fuzzer: runs `callback` on generated inputs
// with the command line's libFuzzer options. Only referenced when built with -DFUZZING.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
