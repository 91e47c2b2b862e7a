#include "pki/Profile.h"

#include "crypto/KeySpec.h"

#include <QCoreApplication>

namespace signet {

QString profileName(Profile profile)
{
    switch (profile) {
    case Profile::RootCa:
        return QStringLiteral("root-ca");
    case Profile::IntermediateCa:
        return QStringLiteral("intermediate-ca");
    case Profile::Server:
        return QStringLiteral("server");
    case Profile::Client:
        return QStringLiteral("client");
    case Profile::ServerClient:
        return QStringLiteral("server-client");
    case Profile::Imported:
        return QStringLiteral("imported");
    }
    return {};
}

std::optional<Profile> profileFromName(const QString& name)
{
    for (Profile p : {Profile::RootCa, Profile::IntermediateCa, Profile::Server, Profile::Client, Profile::ServerClient,
                      Profile::Imported}) {
        if (profileName(p) == name) {
            return p;
        }
    }
    return std::nullopt;
}

QString profileLabel(Profile profile)
{
    switch (profile) {
    case Profile::RootCa:
        return QCoreApplication::translate("Profile", "Root CA");
    case Profile::IntermediateCa:
        return QCoreApplication::translate("Profile", "Intermediate CA");
    case Profile::Server:
        return QCoreApplication::translate("Profile", "Server");
    case Profile::Client:
        return QCoreApplication::translate("Profile", "Client");
    case Profile::ServerClient:
        return QCoreApplication::translate("Profile", "Server + Client");
    case Profile::Imported:
        return QCoreApplication::translate("Profile", "Imported");
    }
    return {};
}

QStringList leafProfileNames()
{
    return {profileName(Profile::Server), profileName(Profile::Client), profileName(Profile::ServerClient)};
}

bool isCaProfile(Profile profile)
{
    return profile == Profile::RootCa || profile == Profile::IntermediateCa;
}

int defaultValidityDays(Profile profile)
{
    switch (profile) {
    case Profile::RootCa:
        return 3650;
    case Profile::IntermediateCa:
        return 1825;
    case Profile::Server:
        return 397; // Apple and Chrome limit; well under the 825-day hard limit
    case Profile::Client:
    case Profile::ServerClient:
    case Profile::Imported:
        return 397;
    }
    return 397;
}

QStringList keySpecNamesFor(Profile profile)
{
    QStringList names;
    for (const QString& name : KeySpec::supportedNames()) {
        auto spec = KeySpec::parse(name);
        if (spec && (spec->algorithm != KeySpec::Algorithm::Ed25519 || profile == Profile::Client)) {
            names << name;
        }
    }
    return names;
}

KeySpec defaultKeySpec(Profile profile)
{
    KeySpec spec;
    spec.algorithm = KeySpec::Algorithm::Ec;
    spec.curve = isCaProfile(profile) ? QStringLiteral("P-384") : QStringLiteral("P-256");
    return spec;
}

} // namespace signet
