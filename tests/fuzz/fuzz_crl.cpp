// Certificate revocation lists (PEM or DER), as the inspector and the CRL checks read them.
#include "FuzzSupport.h"
#include "crypto/Crl.h"

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto crl = Crl::fromData(fuzz::bytes(data, size));
    if (crl) {
        (void)crl->toDer();
        (void)crl->toPem();
        (void)crl->toText();
        (void)crl->issuer();
        (void)crl->version();
        (void)crl->lastUpdate();
        (void)crl->nextUpdate();
        (void)crl->crlNumber();
        (void)crl->authorityKeyId();
        (void)crl->revoked();
    }
    fuzz::clearErrors();
    return 0;
}
