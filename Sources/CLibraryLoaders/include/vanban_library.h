#ifndef VANBAN_LIBRARY_H
#define VANBAN_LIBRARY_H
// What the loaders below share: a library opened with dlopen on first use and its functions
// bound by name, so that a process that never reads a PDF or a .doc never loads poppler, cairo,
// glib, libgsf or libcrypto (some fifty shared libraries, about 10 ms of dynamic linking at every
// start). Each library has its own header with (1) the few types and constants vanban uses,
// declared here with a vanban_ prefix so that no system header is needed (their values are
// checked against the system headers in VanbanTextTests), (2) a list of its functions, each
// callable as vanban_<name> once vanban_<library>_load() has returned 1.
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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

/// Defines one loader in its .c file: the pointers of the functions `FUNCTIONS` lists, the library
/// (its sonames after the others: `"libcairo.so.2", "libcairo.so"`), `vanban_<lib>_load()` (opens it
/// once, thread-safe, after the libraries it needs: `REQUIRED` is 1 when they are loaded, else
/// `REQUIRED_ERROR` says why) and `vanban_<lib>_error()`, and the vanban_<name> functions.
#define VANBAN_LOADER(lib, FUNCTIONS, LABEL, PACKAGE, REQUIRED, REQUIRED_ERROR, ...) \
  FUNCTIONS(VANBAN_SLOT) \
  static const char *const lib##_names[] = {__VA_ARGS__, NULL}; \
  static vanban_library lib##_library = {.label = LABEL, .names = lib##_names, .package = PACKAGE}; \
  static pthread_once_t lib##_once = PTHREAD_ONCE_INIT; \
  static void lib##_open(void) { \
    if (!(REQUIRED)) { \
      snprintf(lib##_library.error, sizeof lib##_library.error, "%s", REQUIRED_ERROR); \
      return; \
    } \
    static const char *const symbols[] = {FUNCTIONS(VANBAN_SYMBOL)}; \
    static void **const slots[] = {FUNCTIONS(VANBAN_SLOT_ADDRESS)}; \
    vanban_library_open(&lib##_library, symbols, slots, sizeof symbols / sizeof *symbols); \
  } \
  int vanban_##lib##_load(void) { \
    pthread_once(&lib##_once, lib##_open); \
    return lib##_library.loaded; \
  } \
  const char *vanban_##lib##_error(void) { return lib##_library.loaded ? NULL : lib##_library.error; } \
  FUNCTIONS(VANBAN_FORWARD)

#endif
