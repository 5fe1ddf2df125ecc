// Poppler's core library (libpoppler), linked for CPopplerCore. Its C++ headers are not for Swift:
// CPopplerCore includes them itself; this module only carries the link and the include path.
#ifndef VANBAN_CPOPPLERCORELIB_SHIM_H
#define VANBAN_CPOPPLERCORELIB_SHIM_H
#endif
