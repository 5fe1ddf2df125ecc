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
// `vanban_tesseract_single_threaded` turns OpenMP's parallel regions off through its API
// (omp_set_max_active_levels(0), a global setting in libgomp, and omp_set_num_threads(1) for
// the calling thread), which needs no environment. The environment is left alone: setenv races
// with other threads' getenv, and a constructor that calls it before main moves `environ`,
// where a program linked with the static Swift runtime finds its arguments (they were lost).

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
  void (*set_threads)(int) = (void (*)(int))dlsym(tess.handle, "omp_set_num_threads");
  if (set_threads != NULL) set_threads(1);
}

int vanban_tesseract_openmp_levels(void) {
  if (!vanban_tesseract_load()) return -1;
  int (*get_levels)(void) = (int (*)(void))dlsym(tess.handle, "omp_get_max_active_levels");
  return get_levels != NULL ? get_levels() : -1;
}

#define VANBAN_TESSERACT_DEFINE(ret, name, params, args) \
  ret vanban_##name params { return tess.name args; }
VANBAN_TESSERACT_FUNCTIONS(VANBAN_TESSERACT_DEFINE)
#undef VANBAN_TESSERACT_DEFINE
