#include "vanban_cairo.h"
#include <pthread.h>

VANBAN_CAIRO_FUNCTIONS(VANBAN_SLOT)

static const char *const names[] = {"libcairo.so.2", "libcairo.so", NULL};
static vanban_library library = {.label = "cairo", .names = names, .package = "libcairo2"};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  static const char *const symbols[] = {VANBAN_CAIRO_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const slots[] = {VANBAN_CAIRO_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  vanban_library_open(&library, symbols, slots, sizeof symbols / sizeof *symbols);
}

int vanban_cairo_load(void) {
  pthread_once(&once, load);
  return library.loaded;
}

const char *vanban_cairo_error(void) {
  return library.loaded ? NULL : library.error;
}

VANBAN_CAIRO_FUNCTIONS(VANBAN_FORWARD)
