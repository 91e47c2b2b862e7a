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
    QStringList permittedDns;     // CA only: name constraints (see NameConstraints::forPermits)
    QStringList permittedIps;     // CA only: IP ranges, "10.0.0.0/8"
    QStringList permittedEmails;  // CA only: e-mail domains, "example.com" or ".example.com"
    QString crlDistributionPoint; // where the issuing CA publishes its CRL
    QString caIssuersUrl;         // where the issuing CA's certificate can be fetched (AIA)
};

} // namespace signet
