#include "vanban_gsf.h"

// libgsf is a GObject library: GLib first.
VANBAN_LOADER(gsf, VANBAN_GSF_FUNCTIONS, "libgsf", "libgsf-1-114", vanban_glib_load(), vanban_glib_error(),
              "libgsf-1.so.114", "libgsf-1.so")
