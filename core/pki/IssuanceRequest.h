#pragma once

#include "crypto/DistinguishedName.h"
#include "pki/Profile.h"

#include <QStringList>

namespace signet {

// What to put into a certificate, as plain values: wizards and the command line fill it,
// the issuer turns it into a certificate.
struct IssuanceRequest {
    Profile profile = Profile::Server;
    DistinguishedName subject;
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    int validityDays = 397;
    int pathLength = -1;          // CA only; -1 = no limit
    QStringList permittedDns;     // CA only: name constraints
    QString crlDistributionPoint; // where the issuing CA publishes its CRL
};

} // namespace signet
