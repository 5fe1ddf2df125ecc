#include "CTesseract.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define VANBAN_TESSERACT_FIELD(ret, name, params, args) ret (*name) params;
static struct {
  void *handle;
  VANBAN_TESSERACT_FUNCTIONS(VANBAN_TESSERACT_FIELD)
} tess;
#undef VANBAN_TESSERACT_FIELD

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char error[512];

// Tesseract's OpenMP would start a thread team per call; pages are already read in parallel.
// libgomp reads OMP_THREAD_LIMIT once, when libtesseract (and with it libgomp) is loaded, so the
// variable must be in the environment before the first dlopen; Tesseract 5.3 has no API for it.
// setenv is not thread-safe against a concurrent getenv, and by the time OCR first runs other
// threads do (page workers, Dispatch, the C library's own). So it is set here, in a constructor
// that runs when this library is loaded, before main and before any thread exists. A value the
// user set is kept (overwrite = 0). `vanban_tesseract_single_threaded` also turns nested
// parallelism off through omp_set_max_active_levels, which needs no environment.
__attribute__((constructor)) static void limit_openmp_threads(void) {
  setenv("OMP_THREAD_LIMIT", "1", 0);
}

static void load(void) {
  const char *names[] = {"libtesseract.so.5", "libtesseract.so"};
  for (size_t i = 0; i < sizeof names / sizeof *names && tess.handle == NULL; i++) {
    tess.handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (tess.handle == NULL) {
    const char *why = dlerror();
    snprintf(error, sizeof error, "cannot load libtesseract (install tesseract-ocr): %s", why ? why : "not found");
    return;
  }
#define VANBAN_TESSERACT_BIND(ret, name, params, args) \
  *(void **)(&tess.name) = dlsym(tess.handle, #name); \
  if (tess.name == NULL) { \
    snprintf(error, sizeof error, "libtesseract has no %s", #name); \
    return; \
  }
  VANBAN_TESSERACT_FUNCTIONS(VANBAN_TESSERACT_BIND)
#undef VANBAN_TESSERACT_BIND
  loaded = 1;
}

int vanban_tesseract_load(void) {
  pthread_once(&once, load);
  return loaded;
}

const char *vanban_tesseract_error(void) {
  return loaded ? NULL : error;
}

void vanban_tesseract_single_threaded(void) {
  if (!vanban_tesseract_load()) return;
  void (*set_levels)(int) = (void (*)(int))dlsym(tess.handle, "omp_set_max_active_levels");
  if (set_levels != NULL) set_levels(0);
}

#define VANBAN_TESSERACT_DEFINE(ret, name, params, args) \
  ret vanban_##name params { return tess.name args; }
VANBAN_TESSERACT_FUNCTIONS(VANBAN_TESSERACT_DEFINE)
#undef VANBAN_TESSERACT_DEFINE
