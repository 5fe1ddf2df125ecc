#ifndef VANBAN_CLIBZ_SHIM_H
#define VANBAN_CLIBZ_SHIM_H
#include <zlib.h>

/// Starts a raw deflate decoder (no zlib header), as zip entries store them.
/// Swift cannot call the `inflateInit2` macro.
static inline int vanban_inflate_init_raw(z_streamp stream) { return inflateInit2(stream, -MAX_WBITS); }

/// Starts a raw deflate encoder (used by tests that write zip files).
static inline int vanban_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
