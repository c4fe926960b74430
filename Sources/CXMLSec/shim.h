#ifndef JALON_CXMLSEC_SHIM_H
#define JALON_CXMLSEC_SHIM_H

// As in CLibXML2: xmlversion.h first, and libxml2's ICU off, or its headers clash with Foundation's
// own ICU module. xmlsec's headers include libxml2's, so this comes before them too.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

// SwiftPM drops the -D flags pkg-config gives (`pkg-config --cflags xmlsec1-openssl`), yet they fix
// the library's ABI (XMLSEC_NO_SIZE_T makes xmlSecSize an unsigned int): they are restated here, as
// Debian's libxmlsec1-dev 1.2.37 states them.
#ifndef XMLSEC_NO_SIZE_T
#define XMLSEC_NO_SIZE_T 1
#endif
#ifndef XMLSEC_CRYPTO_OPENSSL
#define XMLSEC_CRYPTO_OPENSSL 1
#endif
#ifndef XMLSEC_NO_CRYPTO_DYNAMIC_LOADING
#define XMLSEC_NO_CRYPTO_DYNAMIC_LOADING 1
#endif
#ifndef XMLSEC_NO_GOST
#define XMLSEC_NO_GOST 1
#endif
#ifndef XMLSEC_NO_GOST2012
#define XMLSEC_NO_GOST2012 1
#endif
#ifndef XMLSEC_OPENSSL3_ENGINES
#define XMLSEC_OPENSSL3_ENGINES 1
#endif
#ifndef __XMLSEC_FUNCTION__
#define __XMLSEC_FUNCTION__ __func__
#endif

#include <libxml/tree.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/errors.h>
#include <xmlsec/xmltree.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/keys.h>
#include <xmlsec/openssl/app.h>
#include <xmlsec/openssl/crypto.h>

// The transform and key-data identifiers are macros over functions Swift cannot see as constants.
static inline xmlSecTransformId jalon_xmlsec_exclusive_c14n(void) { return xmlSecTransformExclC14NId; }
static inline xmlSecTransformId jalon_xmlsec_enveloped(void) { return xmlSecTransformEnvelopedId; }
static inline xmlSecTransformId jalon_xmlsec_sha256(void) { return xmlSecOpenSSLTransformSha256Id; }
static inline xmlSecTransformId jalon_xmlsec_ecdsa_sha256(void) { return xmlSecOpenSSLTransformEcdsaSha256Id; }
static inline xmlSecTransformId jalon_xmlsec_rsa_sha256(void) { return xmlSecOpenSSLTransformRsaSha256Id; }

// xmlsec reports through a process-wide callback that prints on stderr by default; Jalon turns the
// verdict into its own sentences, so the library's reports are dropped.
static void jalon_xmlsec_silent(const char *file, int line, const char *func, const char *errorObject,
                                const char *errorSubject, int reason, const char *msg) {
    (void)file; (void)line; (void)func; (void)errorObject; (void)errorSubject; (void)reason; (void)msg;
}

// Once per process: libxml2 is already initialised by JalonXML; xmlsec, then its OpenSSL backend.
static inline int jalon_xmlsec_init(void) {
    if (xmlSecInit() < 0) return -1;
    if (xmlSecCheckVersion() != 1) return -2;
    if (xmlSecOpenSSLAppInit(NULL) < 0) return -3;
    if (xmlSecOpenSSLInit() < 0) return -4;
    xmlSecErrorsSetCallback(jalon_xmlsec_silent);
    return 0;
}

// xmlSecSize is a macro (unsigned int or size_t), invisible to Swift: the cast is made here.
static inline xmlSecKeyPtr jalon_xmlsec_load_pem_key(const unsigned char *data, size_t size) {
    return xmlSecOpenSSLAppKeyLoadMemory(data, (xmlSecSize)size, xmlSecKeyDataFormatPem, NULL, NULL, NULL);
}

#endif
