#include "vanban_glib.h"
#include <pthread.h>

VANBAN_GLIB_FUNCTIONS(VANBAN_SLOT)
VANBAN_GOBJECT_FUNCTIONS(VANBAN_SLOT)

static const char *const glib_names[] = {"libglib-2.0.so.0", NULL};
static const char *const gobject_names[] = {"libgobject-2.0.so.0", NULL};
static vanban_library glib = {.label = "GLib", .names = glib_names, .package = "libglib2.0-0"};
static vanban_library gobject = {.label = "GObject", .names = gobject_names, .package = "libglib2.0-0"};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  static const char *const glib_symbols[] = {VANBAN_GLIB_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const glib_slots[] = {VANBAN_GLIB_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  static const char *const gobject_symbols[] = {VANBAN_GOBJECT_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const gobject_slots[] = {VANBAN_GOBJECT_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  if (vanban_library_open(&glib, glib_symbols, glib_slots, sizeof glib_symbols / sizeof *glib_symbols)) {
    vanban_library_open(&gobject, gobject_symbols, gobject_slots, sizeof gobject_symbols / sizeof *gobject_symbols);
  }
}

int vanban_glib_load(void) {
  pthread_once(&once, load);
  return glib.loaded && gobject.loaded;
}

const char *vanban_glib_error(void) {
  if (!glib.loaded) return glib.error;
  return gobject.loaded ? NULL : gobject.error;
}

VANBAN_GLIB_FUNCTIONS(VANBAN_FORWARD)
VANBAN_GOBJECT_FUNCTIONS(VANBAN_FORWARD)
