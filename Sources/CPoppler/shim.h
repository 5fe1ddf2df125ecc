#ifndef VANBAN_CPOPPLER_SHIM_H
#define VANBAN_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <cairo.h>
#include <cairo-pdf.h>
#endif
