#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"

#include <QDateTime>

#include <vector>

namespace signet {

// Verifies a certificate against trust anchors the way a TLS peer would, with OpenSSL's verifier.
class ChainVerifier {
public:
    struct Input {
        const Certificate* leaf = nullptr;
        std::vector<const Certificate*> intermediates;
        std::vector<const Certificate*> roots;
        std::vector<const Crl*> crls; // when given, every certificate in the chain is checked
        QDateTime at;                 // verification time
        int purpose = 0;              // X509_PURPOSE_SSL_SERVER / _CLIENT, 0 = any
    };

    static Status verify(const Input& input);
};

} // namespace signet
