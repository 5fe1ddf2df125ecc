#ifndef VANBAN_CLIBXML2_SHIM_H
#define VANBAN_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

/// Frees memory that libxml2 handed out (Swift 6 cannot touch the global `xmlFree`).
static inline void vanban_xml_free(void *p) { xmlFree(p); }
#endif
