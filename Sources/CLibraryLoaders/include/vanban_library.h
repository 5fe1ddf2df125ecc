#ifndef VANBAN_LIBRARY_H
#define VANBAN_LIBRARY_H
// What the loaders below share: a library opened with dlopen on first use and its functions
// bound by name, so that a process that never reads a PDF or a .doc never loads poppler, cairo,
// glib, libgsf or libcrypto (some fifty shared libraries, about 10 ms of dynamic linking at every
// start). Each library has its own header with (1) the few types and constants vanban uses,
// declared here with a vanban_ prefix so that no system header is needed (their values are
// checked against the system headers in VanbanTextTests), (2) a list of its functions, each
// callable as vanban_<name> once vanban_<library>_load() has returned 1.
#include <stddef.h>
#include <stdint.h>

/// One library as loaded: its handle, and why it could not be loaded.
typedef struct {
  const char *label;          // for messages: "poppler-glib", "libgsf"…
  const char *const *names;   // sonames tried in order, NULL-terminated
  const char *package;        // the Debian package that provides it, for the message
  void *handle;
  int loaded;
  char error[512];
} vanban_library;

/// Opens `library` (tried once) and binds `count` functions: `symbols[i]` into `*slots[i]`.
/// Returns 1 when every function is bound, else 0 with `library->error` set.
/// Not thread-safe by itself: each loader calls it under its own pthread_once.
int vanban_library_open(vanban_library *library, const char *const *symbols, void **const *slots, size_t count);

/// Ends the process with a message naming `function`: called only when a function is used
/// before its library was loaded, a programming error (every entry point loads first).
void vanban_library_unbound(const char *function) __attribute__((noreturn));

// Declares vanban_<name> and defines the pointer it calls through (in the loader's .c file).
#define VANBAN_DECLARE(ret, name, params, args) ret vanban_##name params;

#define VANBAN_SLOT(ret, name, params, args) static ret(*name##_slot) params;
#define VANBAN_SYMBOL(ret, name, params, args) #name,
#define VANBAN_SLOT_ADDRESS(ret, name, params, args) (void **)&name##_slot,
#define VANBAN_FORWARD(ret, name, params, args) \
  ret vanban_##name params { \
    if (name##_slot == NULL) vanban_library_unbound(#name); \
    return name##_slot args; \
  }

#endif
