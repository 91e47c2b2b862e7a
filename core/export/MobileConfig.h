#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace signet {

// An Apple configuration profile (.mobileconfig, an XML property list) that sets up an iPhone,
// iPad or Mac in one step: the chain's root as a trusted root payload, its intermediates as
// certificate payloads, and the certificate with its private key as a PKCS#12 payload in the
// compatible profile (iOS <= 17 and macOS <= 13 cannot read the modern one).
//
// The profile's PayloadIdentifier is derived from the certificate, so installing a newer profile
// for the same certificate (say, with another passphrase) replaces the old one on the device
// instead of adding a second; every PayloadUUID is fresh.
class MobileConfig {
public:
    struct Link {
        const Certificate* certificate = nullptr;
        QString name; // as the workspace names it; the device shows it
    };

    struct Options {
        QByteArray password;        // protects the PKCS#12 payload; required
        bool embedPassword = false; // write it into the profile too, so that the device does not ask
    };

    // `chain` holds the certificate first, then its issuers up to the root; the root may be
    // missing when the workspace does not hold it (then no root payload is written).
    static Result<QByteArray> build(const std::vector<Link>& chain, const PrivateKey& key, const Options& options);

    // "org.signet.profile.<UUID>", the same for every profile built for `certificate`.
    static QString profileIdentifier(const Certificate& certificate);
};

} // namespace signet
