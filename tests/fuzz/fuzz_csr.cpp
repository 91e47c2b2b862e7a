// Certificate signing requests made by someone else (PKCS#10, PEM or DER), as `sign` reads them.
#include "FuzzSupport.h"
#include "crypto/CertificateRequest.h"

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto req = CertificateRequest::fromData(fuzz::bytes(data, size));
    if (req) {
        (void)req->toPem();
        (void)req->subject();
        (void)req->subjectName().toX509Name();
        (void)req->subjectAltNames();
        (void)req->subjectAltNameExtension();
        (void)req->extensions();
        (void)req->publicKeyDescription();
        (void)req->verifySignature();
    }
    fuzz::clearErrors();
    return 0;
}
