// OpenSSL's libcrypto: CMS (PKCS #7) signatures and X.509 certificates, for the signatures of
// signed PDFs (read in VanbanText, made for test letters in VanbanCorpus).
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

// Macros Swift cannot import.
static inline long vanban_bio_get_mem_data(BIO *bio, char **data) { return BIO_get_mem_data(bio, data); }
