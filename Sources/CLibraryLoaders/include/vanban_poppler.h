#ifndef VANBAN_POPPLER_H
#define VANBAN_POPPLER_H
// poppler-glib (libpoppler-glib, over poppler's core): PDF pages, their text, images and signatures.
// Loading it loads GLib and cairo too.
#include "vanban_cairo.h"
#include "vanban_glib.h"

typedef struct vanban_PopplerDocument vanban_PopplerDocument;
typedef struct vanban_PopplerPage vanban_PopplerPage;
typedef struct vanban_PopplerAnnot vanban_PopplerAnnot;
typedef struct vanban_PopplerFormField vanban_PopplerFormField;
typedef struct vanban_PopplerSignatureInfo vanban_PopplerSignatureInfo;

typedef struct {
  double x1, y1, x2, y2;
} vanban_PopplerRectangle;

typedef struct {
  vanban_PopplerRectangle area;
  int32_t image_id;
} vanban_PopplerImageMapping;

typedef struct {
  vanban_PopplerRectangle area;
  vanban_PopplerAnnot *annot;
} vanban_PopplerAnnotMapping;

static const int32_t VANBAN_POPPLER_ERROR_ENCRYPTED = 1;

typedef int32_t vanban_PopplerSignatureValidationFlags;
static const vanban_PopplerSignatureValidationFlags VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE = 1;
static const vanban_PopplerSignatureValidationFlags VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK = 2;

typedef int32_t vanban_PopplerSignatureStatus;
static const vanban_PopplerSignatureStatus VANBAN_POPPLER_SIGNATURE_VALID = 0;
static const vanban_PopplerSignatureStatus VANBAN_POPPLER_SIGNATURE_INVALID = 1;
static const vanban_PopplerSignatureStatus VANBAN_POPPLER_SIGNATURE_DIGEST_MISMATCH = 2;

typedef int32_t vanban_PopplerCertificateStatus;
static const vanban_PopplerCertificateStatus VANBAN_POPPLER_CERTIFICATE_TRUSTED = 0;
static const vanban_PopplerCertificateStatus VANBAN_POPPLER_CERTIFICATE_UNTRUSTED_ISSUER = 1;
static const vanban_PopplerCertificateStatus VANBAN_POPPLER_CERTIFICATE_UNKNOWN_ISSUER = 2;
static const vanban_PopplerCertificateStatus VANBAN_POPPLER_CERTIFICATE_REVOKED = 3;
static const vanban_PopplerCertificateStatus VANBAN_POPPLER_CERTIFICATE_EXPIRED = 4;

typedef int32_t vanban_PopplerAnnotType;
static const vanban_PopplerAnnotType VANBAN_POPPLER_ANNOT_FREE_TEXT = 3;
static const vanban_PopplerAnnotType VANBAN_POPPLER_ANNOT_STAMP = 13;
static const vanban_PopplerAnnotType VANBAN_POPPLER_ANNOT_WIDGET = 20;

/// Loads poppler-glib, GLib and cairo once (thread-safe): 1 when ready, else 0 with vanban_poppler_error().
int vanban_poppler_load(void);
const char *vanban_poppler_error(void);

#define VANBAN_POPPLER_FUNCTIONS(X) \
  X(vanban_PopplerAnnotType, poppler_annot_get_annot_type, (vanban_PopplerAnnot *annot), (annot)) \
  X(int, poppler_document_get_n_pages, (vanban_PopplerDocument *document), (document)) \
  X(vanban_PopplerPage *, poppler_document_get_page, (vanban_PopplerDocument *document, int index), (document, index)) \
  X(vanban_GList *, poppler_document_get_signature_fields, (vanban_PopplerDocument *document), (document)) \
  X(vanban_PopplerDocument *, poppler_document_new_from_bytes, (vanban_GBytes *bytes, const char *password, \
    vanban_GError **error), (bytes, password, error)) \
  X(char *, poppler_form_field_get_partial_name, (vanban_PopplerFormField *field), (field)) \
  X(vanban_PopplerSignatureInfo *, poppler_form_field_signature_validate_sync, (vanban_PopplerFormField *field, \
    vanban_PopplerSignatureValidationFlags flags, void *cancellable, vanban_GError **error), \
    (field, flags, cancellable, error)) \
  X(void, poppler_page_free_annot_mapping, (vanban_GList *list), (list)) \
  X(void, poppler_page_free_image_mapping, (vanban_GList *list), (list)) \
  X(vanban_GList *, poppler_page_get_annot_mapping, (vanban_PopplerPage *page), (page)) \
  X(vanban_cairo_surface_t *, poppler_page_get_image, (vanban_PopplerPage *page, int32_t image_id), (page, image_id)) \
  X(vanban_GList *, poppler_page_get_image_mapping, (vanban_PopplerPage *page), (page)) \
  X(void, poppler_page_get_size, (vanban_PopplerPage *page, double *width, double *height), (page, width, height)) \
  X(char *, poppler_page_get_text, (vanban_PopplerPage *page), (page)) \
  X(int32_t, poppler_page_get_text_layout, (vanban_PopplerPage *page, vanban_PopplerRectangle **rectangles, \
    unsigned *count), (page, rectangles, count)) \
  X(void, poppler_page_render, (vanban_PopplerPage *page, vanban_cairo_t *cr), (page, cr)) \
  X(void, poppler_signature_info_free, (vanban_PopplerSignatureInfo *info), (info)) \
  X(vanban_PopplerCertificateStatus, poppler_signature_info_get_certificate_status, \
    (const vanban_PopplerSignatureInfo *info), (info)) \
  X(vanban_GDateTime *, poppler_signature_info_get_local_signing_time, (const vanban_PopplerSignatureInfo *info), (info)) \
  X(vanban_PopplerSignatureStatus, poppler_signature_info_get_signature_status, \
    (const vanban_PopplerSignatureInfo *info), (info)) \
  X(const char *, poppler_signature_info_get_signer_name, (const vanban_PopplerSignatureInfo *info), (info))

VANBAN_POPPLER_FUNCTIONS(VANBAN_DECLARE)
#endif
