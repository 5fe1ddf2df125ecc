#include "vanban_crypto.h"

VANBAN_LOADER(crypto, VANBAN_CRYPTO_FUNCTIONS, "libcrypto", "libssl3", 1, "", "libcrypto.so.3", "libcrypto.so")
