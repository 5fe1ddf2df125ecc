#include "vanban_cairo.h"

VANBAN_LOADER(cairo, VANBAN_CAIRO_FUNCTIONS, "cairo", "libcairo2", 1, "", "libcairo.so.2", "libcairo.so")
