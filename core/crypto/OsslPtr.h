#pragma once

// The one place where OpenSSL objects get their owners: every object Signet creates or receives
// from OpenSSL is put into one of these unique_ptr types at once, so no function frees by hand.

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace signet {

template <auto FreeFn>
struct OsslDeleter {
    template <typename T>
    void operator()(T* p) const noexcept
    {
        FreeFn(p);
    }
};

template <typename T, auto FreeFn>
using OsslPtr = std::unique_ptr<T, OsslDeleter<FreeFn>>;

namespace detail {
inline void freeX509Stack(STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); }
inline void freeGeneralNames(GENERAL_NAMES* s) { GENERAL_NAMES_free(s); }
inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * s)
{
    sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free);
}
inline void freeOpenSslString(char* s) { OPENSSL_free(s); }
inline void freeOpenSslBytes(unsigned char* s) { OPENSSL_free(s); }
} // namespace detail

using AuthorityInfoAccessPtr = OsslPtr<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free>;
using Asn1IntegerPtr = OsslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1ObjectPtr = OsslPtr<ASN1_OBJECT, ASN1_OBJECT_free>;
using Asn1OctetStringPtr = OsslPtr<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using Asn1TimePtr = OsslPtr<ASN1_TIME, ASN1_TIME_free>;
using Asn1StringPtr = OsslPtr<ASN1_STRING, ASN1_STRING_free>;
using Asn1TypePtr = OsslPtr<ASN1_TYPE, ASN1_TYPE_free>;
using Asn1EnumeratedPtr = OsslPtr<ASN1_ENUMERATED, ASN1_ENUMERATED_free>;
using BioPtr = OsslPtr<BIO, BIO_free_all>;
using BignumPtr = OsslPtr<BIGNUM, BN_free>;
using EvpCipherCtxPtr = OsslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;
using EvpCipherPtr = OsslPtr<EVP_CIPHER, EVP_CIPHER_free>;
using EvpKdfPtr = OsslPtr<EVP_KDF, EVP_KDF_free>;
using EvpKdfCtxPtr = OsslPtr<EVP_KDF_CTX, EVP_KDF_CTX_free>;
using EvpMacPtr = OsslPtr<EVP_MAC, EVP_MAC_free>;
using EvpMacCtxPtr = OsslPtr<EVP_MAC_CTX, EVP_MAC_CTX_free>;
using EvpMdCtxPtr = OsslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using EvpMdPtr = OsslPtr<EVP_MD, EVP_MD_free>;
using LibCtxPtr = OsslPtr<OSSL_LIB_CTX, OSSL_LIB_CTX_free>;
using EvpPkeyCtxPtr = OsslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpPkeyPtr = OsslPtr<EVP_PKEY, EVP_PKEY_free>;
using DecoderCtxPtr = OsslPtr<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>;
using EncoderCtxPtr = OsslPtr<OSSL_ENCODER_CTX, OSSL_ENCODER_CTX_free>;
using GeneralNamesPtr = OsslPtr<GENERAL_NAMES, detail::freeGeneralNames>;
using GeneralNamePtr = OsslPtr<GENERAL_NAME, GENERAL_NAME_free>;
using NameConstraintsPtr = OsslPtr<NAME_CONSTRAINTS, NAME_CONSTRAINTS_free>;
using OpenSslStringPtr = OsslPtr<char, detail::freeOpenSslString>;
using OpenSslBytesPtr = OsslPtr<unsigned char, detail::freeOpenSslBytes>;
using Pkcs12Ptr = OsslPtr<PKCS12, PKCS12_free>;
using Pkcs7Ptr = OsslPtr<PKCS7, PKCS7_free>;
using SslCtxPtr = OsslPtr<SSL_CTX, SSL_CTX_free>;
using SslPtr = OsslPtr<SSL, SSL_free>;
using X509CrlPtr = OsslPtr<X509_CRL, X509_CRL_free>;
using X509ExtensionPtr = OsslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509ExtensionStackPtr = OsslPtr<STACK_OF(X509_EXTENSION), detail::freeExtensionStack>;
using X509NamePtr = OsslPtr<X509_NAME, X509_NAME_free>;
using X509Ptr = OsslPtr<X509, X509_free>;
using X509ReqPtr = OsslPtr<X509_REQ, X509_REQ_free>;
using X509RevokedPtr = OsslPtr<X509_REVOKED, X509_REVOKED_free>;
using X509StackPtr = OsslPtr<STACK_OF(X509), detail::freeX509Stack>;
using X509StoreCtxPtr = OsslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509StorePtr = OsslPtr<X509_STORE, X509_STORE_free>;

// A second owner for an object that OpenSSL reference-counts.
inline X509Ptr shareX509(X509* cert)
{
    if (cert != nullptr) {
        X509_up_ref(cert);
    }
    return X509Ptr(cert);
}

inline EvpPkeyPtr shareKey(EVP_PKEY* key)
{
    if (key != nullptr) {
        EVP_PKEY_up_ref(key);
    }
    return EvpPkeyPtr(key);
}

} // namespace signet
