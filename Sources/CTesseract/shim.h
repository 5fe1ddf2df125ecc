#ifndef VANBAN_CTESSERACT_SHIM_H
#define VANBAN_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <dlfcn.h>

/// Keeps Tesseract's OpenMP loops on the calling thread. OMP_THREAD_LIMIT is read once when
/// libgomp loads, before any Swift code runs, so setting it later has no effect; instead this
/// sets the calling thread's max-active-levels to 0, which makes every OpenMP region on it run
/// with one thread. Does nothing when Tesseract was built without OpenMP.
static inline void vanban_tesseract_single_threaded(void) {
    void *self = dlopen(NULL, RTLD_LAZY);
    if (self == NULL) return;
    void (*set_levels)(int) = (void (*)(int))dlsym(self, "omp_set_max_active_levels");
    if (set_levels != NULL) set_levels(0);
    dlclose(self);
}
#endif
