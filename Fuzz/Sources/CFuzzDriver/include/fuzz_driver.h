#ifndef VANBAN_FUZZ_DRIVER_H
#define VANBAN_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own main (SwiftPM gives every
/// executable one), in libclang_rt.fuzzer, linked by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
