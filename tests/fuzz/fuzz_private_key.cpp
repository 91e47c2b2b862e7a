// Private keys from outside: PKCS#8 PEM and DER, encrypted PKCS#8, traditional RSA and EC PEM.
#include "FuzzSupport.h"
#include "crypto/PrivateKey.h"

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto key = PrivateKey::fromData(fuzz::bytes(data, size), fuzz::seedPassword(size));
    if (key) {
        (void)key->description();
        (void)key->algorithmName();
        (void)key->signingDigest();
        (void)key->publicKeyDer();
        (void)key->toPkcs8Der();
    }
    fuzz::clearErrors();
    return 0;
}
