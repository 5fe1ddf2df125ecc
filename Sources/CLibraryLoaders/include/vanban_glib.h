#ifndef VANBAN_GLIB_H
#define VANBAN_GLIB_H
// GLib and GObject (libglib-2.0, libgobject-2.0): the memory, errors and lists that poppler-glib
// and libgsf hand back.
#include "vanban_library.h"

typedef struct vanban_GError {
  uint32_t domain;
  int32_t code;
  char *message;
} vanban_GError;

typedef struct vanban_GList {
  void *data;
  struct vanban_GList *next;
  struct vanban_GList *prev;
} vanban_GList;

typedef struct vanban_GBytes vanban_GBytes;
typedef struct vanban_GDateTime vanban_GDateTime;
typedef int32_t vanban_GLogLevelFlags;
static const vanban_GLogLevelFlags VANBAN_G_LOG_LEVEL_CRITICAL = 1 << 3;
static const vanban_GLogLevelFlags VANBAN_G_LOG_LEVEL_WARNING = 1 << 4;
typedef void (*vanban_GLogFunc)(const char *domain, vanban_GLogLevelFlags level, const char *message, void *user);

/// Loads GLib and GObject once (thread-safe): 1 when ready, else 0 with vanban_glib_error().
int vanban_glib_load(void);
const char *vanban_glib_error(void);

#define VANBAN_GLIB_FUNCTIONS(X) \
  X(vanban_GBytes *, g_bytes_new, (const void *data, size_t size), (data, size)) \
  X(void, g_bytes_unref, (vanban_GBytes *bytes), (bytes)) \
  X(void, g_clear_error, (vanban_GError **error), (error)) \
  X(char *, g_date_time_format, (vanban_GDateTime *time, const char *format), (time, format)) \
  X(void, g_free, (void *memory), (memory)) \
  X(void, g_list_free_full, (vanban_GList *list, void (*free_item)(void *)), (list, free_item)) \
  X(unsigned, g_log_set_handler, (const char *domain, vanban_GLogLevelFlags levels, vanban_GLogFunc handler, \
    void *user), (domain, levels, handler, user))

#define VANBAN_GOBJECT_FUNCTIONS(X) \
  X(void, g_object_unref, (void *object), (object))

VANBAN_GLIB_FUNCTIONS(VANBAN_DECLARE)
VANBAN_GOBJECT_FUNCTIONS(VANBAN_DECLARE)
#endif
