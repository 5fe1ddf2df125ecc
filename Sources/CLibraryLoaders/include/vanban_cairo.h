#ifndef VANBAN_CAIRO_H
#define VANBAN_CAIRO_H
// cairo (libcairo): the page images OCR reads and the scanned PDFs vanban-scan writes.
#include "vanban_library.h"

typedef struct vanban_cairo vanban_cairo_t;
typedef struct vanban_cairo_surface vanban_cairo_surface_t;
typedef struct vanban_cairo_pattern vanban_cairo_pattern_t;
typedef int32_t vanban_cairo_status_t;
static const vanban_cairo_status_t VANBAN_CAIRO_STATUS_SUCCESS = 0;
static const vanban_cairo_status_t VANBAN_CAIRO_STATUS_WRITE_ERROR = 11;
typedef int32_t vanban_cairo_format_t;
static const vanban_cairo_format_t VANBAN_CAIRO_FORMAT_RGB24 = 1;
typedef int32_t vanban_cairo_filter_t;
static const vanban_cairo_filter_t VANBAN_CAIRO_FILTER_GOOD = 1;
typedef int32_t vanban_cairo_pdf_metadata_t;
static const vanban_cairo_pdf_metadata_t VANBAN_CAIRO_PDF_METADATA_CREATOR = 4;
typedef vanban_cairo_status_t (*vanban_cairo_write_func_t)(void *closure, const unsigned char *data, unsigned length);

/// Loads cairo once (thread-safe): 1 when ready, else 0 with vanban_cairo_error().
int vanban_cairo_load(void);
const char *vanban_cairo_error(void);

#define VANBAN_CAIRO_FUNCTIONS(X) \
  X(vanban_cairo_t *, cairo_create, (vanban_cairo_surface_t *target), (target)) \
  X(void, cairo_destroy, (vanban_cairo_t *cr), (cr)) \
  X(vanban_cairo_pattern_t *, cairo_get_source, (vanban_cairo_t *cr), (cr)) \
  X(vanban_cairo_surface_t *, cairo_image_surface_create, (vanban_cairo_format_t format, int width, int height), \
    (format, width, height)) \
  X(unsigned char *, cairo_image_surface_get_data, (vanban_cairo_surface_t *surface), (surface)) \
  X(int, cairo_image_surface_get_height, (vanban_cairo_surface_t *surface), (surface)) \
  X(int, cairo_image_surface_get_stride, (vanban_cairo_surface_t *surface), (surface)) \
  X(int, cairo_image_surface_get_width, (vanban_cairo_surface_t *surface), (surface)) \
  X(void, cairo_paint, (vanban_cairo_t *cr), (cr)) \
  X(void, cairo_pattern_set_filter, (vanban_cairo_pattern_t *pattern, vanban_cairo_filter_t filter), (pattern, filter)) \
  X(vanban_cairo_surface_t *, cairo_pdf_surface_create_for_stream, (vanban_cairo_write_func_t write, void *closure, \
    double width, double height), (write, closure, width, height)) \
  X(void, cairo_pdf_surface_set_metadata, (vanban_cairo_surface_t *surface, vanban_cairo_pdf_metadata_t metadata, \
    const char *utf8), (surface, metadata, utf8)) \
  X(void, cairo_pdf_surface_set_size, (vanban_cairo_surface_t *surface, double width, double height), \
    (surface, width, height)) \
  X(void, cairo_rotate, (vanban_cairo_t *cr, double angle), (cr, angle)) \
  X(void, cairo_scale, (vanban_cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
  X(void, cairo_set_source_rgb, (vanban_cairo_t *cr, double red, double green, double blue), (cr, red, green, blue)) \
  X(void, cairo_set_source_surface, (vanban_cairo_t *cr, vanban_cairo_surface_t *surface, double x, double y), \
    (cr, surface, x, y)) \
  X(void, cairo_show_page, (vanban_cairo_t *cr), (cr)) \
  X(vanban_cairo_status_t, cairo_status, (vanban_cairo_t *cr), (cr)) \
  X(const char *, cairo_status_to_string, (vanban_cairo_status_t status), (status)) \
  X(void, cairo_surface_destroy, (vanban_cairo_surface_t *surface), (surface)) \
  X(void, cairo_surface_finish, (vanban_cairo_surface_t *surface), (surface)) \
  X(void, cairo_surface_flush, (vanban_cairo_surface_t *surface), (surface)) \
  X(void, cairo_surface_mark_dirty, (vanban_cairo_surface_t *surface), (surface)) \
  X(vanban_cairo_status_t, cairo_surface_status, (vanban_cairo_surface_t *surface), (surface)) \
  X(void, cairo_translate, (vanban_cairo_t *cr, double tx, double ty), (cr, tx, ty))

VANBAN_CAIRO_FUNCTIONS(VANBAN_DECLARE)
#endif
