#include "vanban_crypto.h"
#include <pthread.h>

VANBAN_CRYPTO_FUNCTIONS(VANBAN_SLOT)

static const char *const names[] = {"libcrypto.so.3", "libcrypto.so", NULL};
static vanban_library library = {.label = "libcrypto", .names = names, .package = "libssl3"};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  static const char *const symbols[] = {VANBAN_CRYPTO_FUNCTIONS(VANBAN_SYMBOL)};
  static void **const slots[] = {VANBAN_CRYPTO_FUNCTIONS(VANBAN_SLOT_ADDRESS)};
  vanban_library_open(&library, symbols, slots, sizeof symbols / sizeof *symbols);
}

int vanban_crypto_load(void) {
  pthread_once(&once, load);
  return library.loaded;
}

const char *vanban_crypto_error(void) {
  return library.loaded ? NULL : library.error;
}

VANBAN_CRYPTO_FUNCTIONS(VANBAN_FORWARD)
