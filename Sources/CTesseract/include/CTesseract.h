#ifndef VANBAN_CTESSERACT_H
#define VANBAN_CTESSERACT_H
// Tesseract's C API, loaded with dlopen the first time OCR is asked for. Linking libtesseract
// directly would load it and some forty libraries it needs (libarchive, libcurl, TLS) at the
// start of every vanban process, OCR or not: about 12 ms of dynamic linking per process.
// Each vanban_TessX(...) below calls Tesseract's TessX(...); call vanban_tesseract_load() first.
#include <tesseract/capi.h>

/// Loads libtesseract once (thread-safe). Returns 1 when Tesseract's C API is ready; 0 when it is
/// not, with `vanban_tesseract_error()` saying why.
int vanban_tesseract_load(void);

/// Why the last `vanban_tesseract_load()` failed, or NULL.
const char *vanban_tesseract_error(void);

/// Keeps Tesseract's OpenMP loops on the calling thread (max-active-levels 0 on this thread).
/// Does nothing when Tesseract was built without OpenMP.
void vanban_tesseract_single_threaded(void);

/// OpenMP's max-active-levels as libgomp holds it (0 once single-threaded), -1 without Tesseract.
int vanban_tesseract_openmp_levels(void);

#define VANBAN_TESSERACT_FUNCTIONS(X) \
  X(TessPageIterator *, TessBaseAPIAnalyseLayout, (TessBaseAPI *handle), (handle)) \
  X(void, TessBaseAPIClear, (TessBaseAPI *handle), (handle)) \
  X(TessBaseAPI *, TessBaseAPICreate, (void), ()) \
  X(void, TessBaseAPIDelete, (TessBaseAPI *handle), (handle)) \
  X(TessResultIterator *, TessBaseAPIGetIterator, (TessBaseAPI *handle), (handle)) \
  X(int, TessBaseAPIInit3, (TessBaseAPI *handle, const char *datapath, const char *language), \
    (handle, datapath, language)) \
  X(int, TessBaseAPIRecognize, (TessBaseAPI *handle, ETEXT_DESC *monitor), (handle, monitor)) \
  X(void, TessBaseAPISetImage, (TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, \
    int bytes_per_pixel, int bytes_per_line), (handle, imagedata, width, height, bytes_per_pixel, bytes_per_line)) \
  X(void, TessBaseAPISetPageSegMode, (TessBaseAPI *handle, TessPageSegMode mode), (handle, mode)) \
  X(void, TessBaseAPISetRectangle, (TessBaseAPI *handle, int left, int top, int width, int height), \
    (handle, left, top, width, height)) \
  X(void, TessBaseAPISetSourceResolution, (TessBaseAPI *handle, int ppi), (handle, ppi)) \
  X(BOOL, TessBaseAPISetVariable, (TessBaseAPI *handle, const char *name, const char *value), (handle, name, value)) \
  X(void, TessDeleteText, (const char *text), (text)) \
  X(ETEXT_DESC *, TessMonitorCreate, (void), ()) \
  X(void, TessMonitorDelete, (ETEXT_DESC *monitor), (monitor)) \
  X(void, TessMonitorSetDeadlineMSecs, (ETEXT_DESC *monitor, int deadline), (monitor, deadline)) \
  X(BOOL, TessPageIteratorBaseline, (const TessPageIterator *handle, TessPageIteratorLevel level, int *x1, int *y1, \
    int *x2, int *y2), (handle, level, x1, y1, x2, y2)) \
  X(BOOL, TessPageIteratorBoundingBox, (const TessPageIterator *handle, TessPageIteratorLevel level, int *left, \
    int *top, int *right, int *bottom), (handle, level, left, top, right, bottom)) \
  X(void, TessPageIteratorDelete, (TessPageIterator *handle), (handle)) \
  X(BOOL, TessPageIteratorIsAtBeginningOf, (const TessPageIterator *handle, TessPageIteratorLevel level), \
    (handle, level)) \
  X(BOOL, TessPageIteratorNext, (TessPageIterator *handle, TessPageIteratorLevel level), (handle, level)) \
  X(float, TessResultIteratorConfidence, (const TessResultIterator *handle, TessPageIteratorLevel level), \
    (handle, level)) \
  X(void, TessResultIteratorDelete, (TessResultIterator *handle), (handle)) \
  X(TessPageIterator *, TessResultIteratorGetPageIterator, (TessResultIterator *handle), (handle)) \
  X(char *, TessResultIteratorGetUTF8Text, (const TessResultIterator *handle, TessPageIteratorLevel level), \
    (handle, level)) \
  X(BOOL, TessResultIteratorNext, (TessResultIterator *handle, TessPageIteratorLevel level), (handle, level))

#define VANBAN_TESSERACT_DECLARE(ret, name, params, args) ret vanban_##name params;
VANBAN_TESSERACT_FUNCTIONS(VANBAN_TESSERACT_DECLARE)
#undef VANBAN_TESSERACT_DECLARE

#endif
