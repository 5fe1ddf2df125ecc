// libgsf: the OLE2 / Compound File Binary container of Word 97–2003 .doc files.
// Only the headers the reader needs (gsf.h would bring libxml2's, see swift-stack-notes).
#include <gsf/gsf-input.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>
