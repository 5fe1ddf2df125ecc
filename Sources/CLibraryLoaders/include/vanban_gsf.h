#ifndef VANBAN_GSF_H
#define VANBAN_GSF_H
// libgsf: the OLE2 / Compound File Binary container of Word 97–2003 .doc files. Loading it loads GLib too.
#include "vanban_glib.h"

typedef struct vanban_GsfInput vanban_GsfInput;
typedef struct vanban_GsfInfile vanban_GsfInfile;
typedef int64_t vanban_gsf_off_t;

/// Loads libgsf and GLib once and calls gsf_init (thread-safe): 1 when ready, else 0 with vanban_gsf_error().
int vanban_gsf_load(void);
const char *vanban_gsf_error(void);

#define VANBAN_GSF_FUNCTIONS(X) \
  X(vanban_GsfInput *, gsf_infile_child_by_name, (vanban_GsfInfile *infile, const char *name), (infile, name)) \
  X(vanban_GsfInfile *, gsf_infile_msole_new, (vanban_GsfInput *source, vanban_GError **error), (source, error)) \
  X(void, gsf_init, (void), ()) \
  X(vanban_GsfInput *, gsf_input_memory_new, (const uint8_t *bytes, vanban_gsf_off_t length, int32_t needs_free), \
    (bytes, length, needs_free)) \
  X(const uint8_t *, gsf_input_read, (vanban_GsfInput *input, size_t count, uint8_t *buffer), (input, count, buffer)) \
  X(vanban_gsf_off_t, gsf_input_size, (vanban_GsfInput *input), (input))

VANBAN_GSF_FUNCTIONS(VANBAN_DECLARE)
#endif
