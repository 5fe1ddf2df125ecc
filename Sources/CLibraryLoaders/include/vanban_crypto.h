#ifndef VANBAN_CRYPTO_H
#define VANBAN_CRYPTO_H
// OpenSSL's libcrypto: the CMS (PKCS #7) blob of a PDF signature and its signer's certificate names.
#include "vanban_library.h"

typedef struct vanban_CMS_ContentInfo vanban_CMS_ContentInfo;
typedef struct vanban_CMS_SignerInfo vanban_CMS_SignerInfo;
typedef struct vanban_X509 vanban_X509;
typedef struct vanban_X509_NAME vanban_X509_NAME;
typedef struct vanban_X509_NAME_ENTRY vanban_X509_NAME_ENTRY;
typedef struct vanban_ASN1_STRING vanban_ASN1_STRING;
typedef struct vanban_OPENSSL_STACK vanban_OPENSSL_STACK;

static const int32_t VANBAN_NID_commonName = 13;
static const int32_t VANBAN_NID_organizationName = 17;
static const int32_t VANBAN_NID_organizationalUnitName = 18;
static const int32_t VANBAN_NID_pkcs9_emailAddress = 48;

/// Loads libcrypto once (thread-safe): 1 when ready, else 0 with vanban_crypto_error().
int vanban_crypto_load(void);
const char *vanban_crypto_error(void);

#define VANBAN_CRYPTO_FUNCTIONS(X) \
  X(int, ASN1_STRING_to_UTF8, (unsigned char **out, const vanban_ASN1_STRING *in), (out, in)) \
  X(void, CMS_ContentInfo_free, (vanban_CMS_ContentInfo *cms), (cms)) \
  X(int, CMS_SignerInfo_cert_cmp, (vanban_CMS_SignerInfo *signer, vanban_X509 *certificate), (signer, certificate)) \
  X(vanban_OPENSSL_STACK *, CMS_get0_SignerInfos, (vanban_CMS_ContentInfo *cms), (cms)) \
  X(vanban_OPENSSL_STACK *, CMS_get1_certs, (vanban_CMS_ContentInfo *cms), (cms)) \
  X(void, CRYPTO_free, (void *memory, const char *file, int line), (memory, file, line)) \
  X(int, OPENSSL_sk_num, (const vanban_OPENSSL_STACK *stack), (stack)) \
  X(void, OPENSSL_sk_pop_free, (vanban_OPENSSL_STACK *stack, void (*free_item)(void *)), (stack, free_item)) \
  X(void *, OPENSSL_sk_value, (const vanban_OPENSSL_STACK *stack, int index), (stack, index)) \
  X(vanban_ASN1_STRING *, X509_NAME_ENTRY_get_data, (const vanban_X509_NAME_ENTRY *entry), (entry)) \
  X(vanban_X509_NAME_ENTRY *, X509_NAME_get_entry, (const vanban_X509_NAME *name, int index), (name, index)) \
  X(int, X509_NAME_get_index_by_NID, (const vanban_X509_NAME *name, int nid, int last), (name, nid, last)) \
  X(void, X509_free, (vanban_X509 *certificate), (certificate)) \
  X(vanban_X509_NAME *, X509_get_subject_name, (const vanban_X509 *certificate), (certificate)) \
  X(vanban_CMS_ContentInfo *, d2i_CMS_ContentInfo, (vanban_CMS_ContentInfo **cms, const unsigned char **cursor, \
    long length), (cms, cursor, length))

VANBAN_CRYPTO_FUNCTIONS(VANBAN_DECLARE)
#endif
