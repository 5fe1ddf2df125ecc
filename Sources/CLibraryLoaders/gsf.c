#include "vanban_gsf.h"
#include <pthread.h>
#include <stdio.h>

VANBAN_GSF_FUNCTIONS(VANBAN_SLOT)

static const char *const names[] = {"libgsf-1.so.114", "libgsf-1.so", NULL};
static vanban_library library = {.label = "libgsf", .names = names, .package = "libgsf-1-114"};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  if (!(vanban_glib_load())) {
    snprintf(library.error, sizeof library.error, "%s", vanban_glib_error());
    return;
  }
  static const char *const symbols[] = {VANBAN_GSF_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const slots[] = {VANBAN_GSF_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  vanban_library_open(&library, symbols, slots, sizeof symbols / sizeof *symbols);
}

int vanban_gsf_load(void) {
  pthread_once(&once, load);
  return library.loaded;
}

const char *vanban_gsf_error(void) {
  return library.loaded ? NULL : library.error;
}

VANBAN_GSF_FUNCTIONS(VANBAN_FORWARD)
