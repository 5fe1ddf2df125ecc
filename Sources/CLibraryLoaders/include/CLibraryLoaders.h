#ifndef VANBAN_CLIBRARYLOADERS_H
#define VANBAN_CLIBRARYLOADERS_H
#include "vanban_cairo.h"
#include "vanban_crypto.h"
#include "vanban_glib.h"
#include "vanban_gsf.h"
#include "vanban_poppler.h"
#endif
