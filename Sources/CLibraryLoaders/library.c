#include "vanban_library.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int vanban_library_open(vanban_library *library, const char *const *symbols, void **const *slots, size_t count) {
  for (const char *const *name = library->names; *name != NULL && library->handle == NULL; name++) {
    library->handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
  }
  if (library->handle == NULL) {
    const char *why = dlerror();
    snprintf(library->error, sizeof library->error, "cannot load %s (install %s): %s", library->label,
             library->package, why ? why : "not found");
    return 0;
  }
  for (size_t i = 0; i < count; i++) {
    void *function = dlsym(library->handle, symbols[i]);
    if (function == NULL) {
      snprintf(library->error, sizeof library->error, "%s has no %s (a version vanban was not built for)",
               library->label, symbols[i]);
      // No function of a library that is not whole may be called.
      for (size_t j = 0; j < count; j++) *slots[j] = NULL;
      return 0;
    }
    *slots[i] = function;
  }
  library->loaded = 1;
  return 1;
}

void vanban_library_unbound(const char *function) {
  fprintf(stderr, "vanban: %s called before its library was loaded\n", function);
  abort();
}
