#include "vanban_poppler.h"

// poppler-glib draws with cairo and is a GObject library: GLib and cairo first.
VANBAN_LOADER(poppler, VANBAN_POPPLER_FUNCTIONS, "poppler-glib", "libpoppler-glib8",
              vanban_glib_load() && vanban_cairo_load(), vanban_glib_error() ? vanban_glib_error() : vanban_cairo_error(),
              "libpoppler-glib.so.8", "libpoppler-glib.so")
