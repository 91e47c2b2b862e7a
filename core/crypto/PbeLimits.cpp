#include "crypto/PbeLimits.h"

#include "crypto/OsslError.h"

#include <openssl/pem.h>

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "PbeLimits", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PbeLimits)
};

void freeSafes(STACK_OF(PKCS7) * s) { sk_PKCS7_pop_free(s, PKCS7_free); }
void freeBags(STACK_OF(PKCS12_SAFEBAG) * s) { sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free); }
using SafesPtr = OsslPtr<STACK_OF(PKCS7), freeSafes>;
using BagsPtr = OsslPtr<STACK_OF(PKCS12_SAFEBAG), freeBags>;

// scrypt's memory is bounded by OpenSSL (32 MiB); its time also grows with the parallelization.
constexpr qint64 kMaxScryptCost = qint64(1) << 20;
constexpr qint64 kMaxScryptParallel = 16;

Status tooExpensive(const QString& what)
{
    return makeError(Tr::tr("the file asks for %1 to derive its key; Signet opens files of up to %2 "
                            "PBKDF2 iterations")
                         .arg(what)
                         .arg(PbeLimits::kMaxIterations));
}

// An absent count means one; a count too large for 64 bits is too large.
Status checkIterations(const ASN1_INTEGER* iterations)
{
    int64_t value = 1;
    if (iterations != nullptr && ASN1_INTEGER_get_int64(&value, iterations) != 1) {
        takeOpenSslErrors();
        return tooExpensive(Tr::tr("more iterations than can be counted"));
    }
    if (value > PbeLimits::kMaxIterations) {
        return tooExpensive(Tr::tr("%1 iterations").arg(value));
    }
    return {};
}

Status checkPbkdf2(const ASN1_TYPE* parameter)
{
    OsslPtr<PBKDF2PARAM, PBKDF2PARAM_free> kdf(
        static_cast<PBKDF2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), parameter)));
    return kdf ? checkIterations(kdf->iter) : Status();
}

Status checkScrypt(const ASN1_TYPE* parameter)
{
    OsslPtr<SCRYPT_PARAMS, SCRYPT_PARAMS_free> kdf(
        static_cast<SCRYPT_PARAMS*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), parameter)));
    if (!kdf) {
        return {};
    }
    int64_t cost = 0;
    int64_t parallel = 0;
    if (ASN1_INTEGER_get_int64(&cost, kdf->costParameter) != 1
        || ASN1_INTEGER_get_int64(&parallel, kdf->parallelizationParameter) != 1 || cost > kMaxScryptCost
        || parallel > kMaxScryptParallel) {
        takeOpenSslErrors();
        return tooExpensive(Tr::tr("scrypt with N=%1, p=%2").arg(cost).arg(parallel));
    }
    return {};
}

Status checkBags(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        Status st;
        if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR* algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            st = PbeLimits::check(algorithm);
        } else if (PKCS12_SAFEBAG_get_nid(bag) == NID_safeContentsBag && depth < 4) {
            st = checkBags(PKCS12_SAFEBAG_get0_safes(bag), depth + 1);
        }
        if (!st) {
            return st;
        }
    }
    return {};
}
} // namespace

Status PbeLimits::check(const X509_ALGOR* algorithm)
{
    if (algorithm == nullptr || algorithm->parameter == nullptr) {
        return {};
    }
    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        OsslPtr<PBE2PARAM, PBE2PARAM_free> pbe2(static_cast<PBE2PARAM*>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
        if (!pbe2 || pbe2->keyfunc == nullptr) {
            return {};
        }
        switch (OBJ_obj2nid(pbe2->keyfunc->algorithm)) {
        case NID_id_pbkdf2:
            return checkPbkdf2(pbe2->keyfunc->parameter);
        case NID_id_scrypt:
            return checkScrypt(pbe2->keyfunc->parameter);
        default:
            return {};
        }
    }
    // PBES1 and the PKCS#12 PBE algorithms share one parameter: salt and iteration count.
    OsslPtr<PBEPARAM, PBEPARAM_free> pbe(
        static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)));
    takeOpenSslErrors();
    return pbe ? checkIterations(pbe->iter) : Status();
}

Status PbeLimits::checkEncryptedKey(const QByteArray& data)
{
    OsslPtr<X509_SIG, X509_SIG_free> sig;
    if (data.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
        sig.reset(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    } else if (!data.contains("-----BEGIN")) {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        sig.reset(d2i_X509_SIG(nullptr, &p, static_cast<long>(data.size())));
    }
    takeOpenSslErrors();
    if (!sig) {
        return {};
    }
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    return check(algorithm);
}

Status PbeLimits::checkPkcs12(const PKCS12* p12, const QByteArray& password)
{
    const ASN1_INTEGER* macIterations = nullptr;
    const X509_ALGOR* macAlgorithm = nullptr;
    PKCS12_get0_mac(nullptr, &macAlgorithm, nullptr, &macIterations, p12);
    if (macAlgorithm != nullptr) {
        if (Status st = checkIterations(macIterations); !st) {
            return st;
        }
    }
    SafesPtr safes(PKCS12_unpack_authsafes(p12));
    for (int i = 0; safes && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes.get(), i);
        BagsPtr bags;
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(safe));
        } else if (type == NID_pkcs7_encrypted && safe->d.encrypted != nullptr
                   && safe->d.encrypted->enc_data != nullptr) {
            if (Status st = check(safe->d.encrypted->enc_data->algorithm); !st) {
                return st;
            }
            bags.reset(PKCS12_unpack_p7encdata(safe, password.constData(), static_cast<int>(password.size())));
            if (!bags && password.isEmpty()) {
                bags.reset(PKCS12_unpack_p7encdata(safe, nullptr, 0)); // PKCS12_parse tries "no password" too
            }
        }
        if (Status st = checkBags(bags.get(), 0); !st) {
            return st;
        }
    }
    takeOpenSslErrors(); // a wrong password is PKCS12_parse's to report
    return {};
}

} // namespace signet
