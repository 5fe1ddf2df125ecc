#include "vanban_poppler.h"
#include <pthread.h>
#include <stdio.h>

VANBAN_POPPLER_FUNCTIONS(VANBAN_SLOT)

static const char *const names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so", NULL};
static vanban_library library = {.label = "poppler-glib", .names = names, .package = "libpoppler-glib8"};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  if (!(vanban_glib_load() && vanban_cairo_load())) {
    snprintf(library.error, sizeof library.error, "%s", vanban_glib_error() ? vanban_glib_error() : vanban_cairo_error());
    return;
  }
  static const char *const symbols[] = {VANBAN_POPPLER_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const slots[] = {VANBAN_POPPLER_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  vanban_library_open(&library, symbols, slots, sizeof symbols / sizeof *symbols);
}

int vanban_poppler_load(void) {
  pthread_once(&once, load);
  return library.loaded;
}

const char *vanban_poppler_error(void) {
  return library.loaded ? NULL : library.error;
}

VANBAN_POPPLER_FUNCTIONS(VANBAN_FORWARD)
