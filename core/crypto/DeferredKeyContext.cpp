#include "crypto/DeferredKeyContext.h"

#include "crypto/OsslPtr.h"

#include <openssl/core_dispatch.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>
#include <openssl/provider.h>

namespace signet {

namespace {

constexpr const char* kProviderName = "signet-deferred-key";

const EVP_MD* sha1()
{
    static const EvpMdPtr md(EVP_MD_fetch(nullptr, "SHA1", nullptr));
    return md.get();
}

const EVP_MD* sha256()
{
    static const EvpMdPtr md(EVP_MD_fetch(nullptr, "SHA2-256", nullptr));
    return md.get();
}

template <typename F>
void (*dispatched(F* function))()
{
    return reinterpret_cast<void (*)()>(function);
}

// One digest of the provider: each context is an EVP_MD_CTX of the default library context.
// OpenSSL owns what newctx and dupctx return and gives it back to freectx.
template <const EVP_MD* (*Md)()>
struct Digest {
    static EVP_MD_CTX* context(void* ctx) { return static_cast<EVP_MD_CTX*>(ctx); }

    static void* newctx(void* /*provider*/) { return Md() != nullptr ? EvpMdCtxPtr(EVP_MD_CTX_new()).release() : nullptr; }
    static void freectx(void* ctx) { EvpMdCtxPtr owned(context(ctx)); }
    static void* dupctx(void* ctx)
    {
        EvpMdCtxPtr copy(EVP_MD_CTX_new());
        return copy && EVP_MD_CTX_copy_ex(copy.get(), context(ctx)) == 1 ? copy.release() : nullptr;
    }
    static int init(void* ctx, const OSSL_PARAM* /*params*/) { return EVP_DigestInit_ex2(context(ctx), Md(), nullptr); }
    static int update(void* ctx, const unsigned char* in, size_t length)
    {
        return EVP_DigestUpdate(context(ctx), in, length);
    }
    static int final(void* ctx, unsigned char* out, size_t* length, size_t room)
    {
        unsigned int written = 0;
        if (room < static_cast<size_t>(EVP_MD_get_size(Md())) || EVP_DigestFinal_ex(context(ctx), out, &written) != 1) {
            return 0;
        }
        *length = written;
        return 1;
    }
    static int getParams(OSSL_PARAM params[])
    {
        OSSL_PARAM* p = OSSL_PARAM_locate(params, OSSL_DIGEST_PARAM_BLOCK_SIZE);
        if (p != nullptr && OSSL_PARAM_set_size_t(p, static_cast<size_t>(EVP_MD_get_block_size(Md()))) != 1) {
            return 0;
        }
        p = OSSL_PARAM_locate(params, OSSL_DIGEST_PARAM_SIZE);
        if (p != nullptr && OSSL_PARAM_set_size_t(p, static_cast<size_t>(EVP_MD_get_size(Md()))) != 1) {
            return 0;
        }
        for (const char* flag : {OSSL_DIGEST_PARAM_XOF, OSSL_DIGEST_PARAM_ALGID_ABSENT}) {
            p = OSSL_PARAM_locate(params, flag);
            if (p != nullptr && OSSL_PARAM_set_int(p, 0) != 1) {
                return 0;
            }
        }
        return 1;
    }
    static const OSSL_PARAM* gettableParams(void* /*provider*/)
    {
        static const OSSL_PARAM params[] = {
            OSSL_PARAM_size_t(OSSL_DIGEST_PARAM_BLOCK_SIZE, nullptr), OSSL_PARAM_size_t(OSSL_DIGEST_PARAM_SIZE, nullptr),
            OSSL_PARAM_int(OSSL_DIGEST_PARAM_XOF, nullptr), OSSL_PARAM_int(OSSL_DIGEST_PARAM_ALGID_ABSENT, nullptr),
            OSSL_PARAM_END};
        return params;
    }

    static inline const OSSL_DISPATCH functions[] = {
        {OSSL_FUNC_DIGEST_NEWCTX, dispatched(&newctx)},
        {OSSL_FUNC_DIGEST_FREECTX, dispatched(&freectx)},
        {OSSL_FUNC_DIGEST_DUPCTX, dispatched(&dupctx)},
        {OSSL_FUNC_DIGEST_INIT, dispatched(&init)},
        {OSSL_FUNC_DIGEST_UPDATE, dispatched(&update)},
        {OSSL_FUNC_DIGEST_FINAL, dispatched(&final)},
        {OSSL_FUNC_DIGEST_GET_PARAMS, dispatched(&getParams)},
        {OSSL_FUNC_DIGEST_GETTABLE_PARAMS, dispatched(&gettableParams)},
        {0, nullptr},
    };
};

// The names and aliases of the default provider, which is what OpenSSL asks for by name.
const OSSL_ALGORITHM kDigests[] = {
    {"SHA1:SHA-1:SSL3-SHA1:1.3.14.3.2.26", "provider=signet-deferred-key", Digest<sha1>::functions, nullptr},
    {"SHA2-256:SHA-256:SHA256:2.16.840.1.101.3.4.2.1", "provider=signet-deferred-key", Digest<sha256>::functions, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const OSSL_ALGORITHM* queryOperation(void* /*provider*/, int operation, int* noCache)
{
    *noCache = 0;
    return operation == OSSL_OP_DIGEST ? kDigests : nullptr;
}

const OSSL_DISPATCH kProvider[] = {
    {OSSL_FUNC_PROVIDER_QUERY_OPERATION, dispatched(&queryOperation)},
    {0, nullptr},
};

int initProvider(const OSSL_CORE_HANDLE* /*handle*/, const OSSL_DISPATCH* /*core*/, const OSSL_DISPATCH** out,
                 void** provider)
{
    static int context = 0;
    *out = kProvider;
    *provider = &context;
    return 1;
}

OSSL_LIB_CTX* create()
{
    LibCtxPtr ctx(OSSL_LIB_CTX_new());
    if (!ctx || OSSL_PROVIDER_add_builtin(ctx.get(), kProviderName, &initProvider) != 1
        || OSSL_PROVIDER_load(ctx.get(), kProviderName) == nullptr) {
        ERR_clear_error();
        return nullptr;
    }
    return ctx.release();
}

} // namespace

OSSL_LIB_CTX* deferredKeyContext()
{
    // Made once and kept for the life of the process, like OpenSSL's own default context: the
    // certificates read in it may live until exit.
    static OSSL_LIB_CTX* const ctx = create();
    return ctx;
}

} // namespace signet
