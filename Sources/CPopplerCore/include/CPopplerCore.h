#ifndef VANBAN_CPOPPLERCORE_H
#define VANBAN_CPOPPLERCORE_H
// The text that a PDF page's annotations draw (signature widgets, form fields, free text, stamps),
// read through poppler's core API, which poppler-glib's text calls never draw. A C interface to C++:
// no exception crosses it, errors are return codes, and what it allocates is freed by vb_annots_free.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Return codes.
enum {
    VB_ANNOTS_OK = 0,
    VB_ANNOTS_ERR_ARGUMENT = 1,  // a null pointer, or a page index out of range
    VB_ANNOTS_ERR_OPEN = 2,      // poppler cannot open the bytes (damaged, encrypted)
    VB_ANNOTS_ERR_PAGE = 3,      // the page cannot be loaded
    VB_ANNOTS_ERR_INTERNAL = 4   // an exception inside poppler or out of memory
};

/// Annotation subtypes reported (others are not drawn).
enum {
    VB_ANNOT_WIDGET = 1,
    VB_ANNOT_FREETEXT = 2,
    VB_ANNOT_STAMP = 3
};

/// One character as drawn, its box in points, origin at the top left of the page's crop box
/// (the coordinates of poppler-glib's text layout). Word spaces and line ends are characters too
/// (' ' and '\n'), boxed at the end of the word or line before them.
typedef struct {
    uint32_t scalar;
    double x1, y1, x2, y2;
} vb_annot_char;

/// One annotation that drew text.
typedef struct {
    int subtype;              // VB_ANNOT_*
    int is_signature;         // 1 for a widget of a signature field (/FT /Sig)
    char *field_name;         // UTF-8, fully qualified; NULL when not a form field
    double x1, y1, x2, y2;    // the annotation's rectangle, same coordinates as the characters
    vb_annot_char *chars;     // in reading order
    size_t char_count;
} vb_annot;

typedef struct {
    vb_annot *items;
    size_t count;
} vb_annot_list;

/// An open document: its own copy of the bytes and poppler's parse of them.
typedef struct vb_annots_doc vb_annots_doc;

/// Opens `bytes` (copied). On success `*out` holds the document, to be closed with vb_annots_close.
int vb_annots_open(const uint8_t *bytes, size_t length, vb_annots_doc **out);

/// The annotations of page `page_index` (0-based) that draw text, each drawn alone.
/// On success `*out` holds the list (possibly empty), to be freed with vb_annots_free.
int vb_annots_page(vb_annots_doc *doc, int page_index, vb_annot_list **out);

/// Frees a list from vb_annots_page (NULL is allowed).
void vb_annots_free(vb_annot_list *list);

/// Closes a document from vb_annots_open (NULL is allowed).
void vb_annots_close(vb_annots_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
