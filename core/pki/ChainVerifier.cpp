#include "pki/ChainVerifier.h"

#include "crypto/OsslError.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ChainVerifier", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)
};

bool isNameConstraintError(int code)
{
    return code == X509_V_ERR_PERMITTED_VIOLATION || code == X509_V_ERR_EXCLUDED_VIOLATION
           || code == X509_V_ERR_SUBTREE_MINMAX || code == X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE
           || code == X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX || code == X509_V_ERR_UNSUPPORTED_NAME_SYNTAX;
}
} // namespace

Status ChainVerifier::verify(const Input& input)
{
    if (input.leaf == nullptr || input.leaf->isNull()) {
        return makeError(Tr::tr("no certificate to verify"));
    }
    X509StorePtr store(X509_STORE_new());
    X509StackPtr untrusted(sk_X509_new_null());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx) {
        return opensslError(Tr::tr("out of memory"));
    }
    for (const Certificate* root : input.roots) {
        if (X509_STORE_add_cert(store.get(), root->get()) != 1) {
            return opensslError(Tr::tr("could not add a trust anchor"));
        }
    }
    for (const Crl* crl : input.crls) {
        if (X509_STORE_add_crl(store.get(), crl->get()) != 1) {
            return opensslError(Tr::tr("could not add a CRL"));
        }
    }
    for (const Certificate* cert : input.intermediates) {
        if (X509_add_cert(untrusted.get(), cert->get(), X509_ADD_FLAG_UP_REF) != 1) {
            return opensslError(Tr::tr("could not add an intermediate certificate"));
        }
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), input.leaf->get(), untrusted.get()) != 1) {
        return opensslError(Tr::tr("could not set up verification"));
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    if (input.at.isValid()) {
        X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(input.at.toSecsSinceEpoch()));
    }
    if (!input.crls.empty()) {
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    }
    if (input.purpose != 0) {
        X509_STORE_CTX_set_purpose(ctx.get(), input.purpose);
    }
    if (X509_verify_cert(ctx.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
        const QString reason = QString::fromLatin1(X509_verify_cert_error_string(code));
        takeOpenSslErrors();
        if (isNameConstraintError(code)) {
            X509* failed = X509_STORE_CTX_get_current_cert(ctx.get());
            const QString subject = failed != nullptr ? Certificate(shareX509(failed)).subject() : QString();
            return makeError(Tr::tr("certificate chain does not verify: a name in '%1' lies outside the name "
                                    "constraints of a CA above it (%2 at depth %3)")
                                 .arg(subject, reason)
                                 .arg(depth));
        }
        return makeError(Tr::tr("certificate chain does not verify: %1 (at depth %2)").arg(reason).arg(depth));
    }
    return {};
}

} // namespace signet
