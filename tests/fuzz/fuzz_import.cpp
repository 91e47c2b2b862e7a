// Files handed to `import`: PEM bundles of any blocks, DER certificates and keys, PKCS#12.
#include "FuzzSupport.h"
#include "import/ImportParser.h"

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto parsed = ImportParser::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.bin"), fuzz::seedPassword(size));
    if (parsed) {
        for (const Certificate& cert : parsed->certificates) {
            (void)cert.subject();
            (void)cert.sha256Fingerprint();
            for (const PrivateKey& key : parsed->keys) {
                (void)cert.matchesKey(key.get());
            }
        }
    }
    fuzz::clearErrors();
    return 0;
}
