#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

struct KeySpec;

// Imported: a certificate brought in from outside, made by no profile of Signet's.
enum class Profile { RootCa, IntermediateCa, Server, Client, ServerClient, Imported };

QString profileName(Profile profile);                          // "root-ca", "server", ...
std::optional<Profile> profileFromName(const QString& name);
QString profileLabel(Profile profile);                         // "Root CA", "Server", ...
QStringList leafProfileNames();                                // for CSR signing
bool isCaProfile(Profile profile);
int defaultValidityDays(Profile profile);
// The key types (KeySpec names) worth offering for `profile`: every supported one except Ed25519
// for CAs and TLS servers, which the linter refuses there (see Ed25519Rules.h).
QStringList keySpecNamesFor(Profile profile);
// The key made when nobody chose one: ECDSA P-384 for CAs, P-256 for everything else.
KeySpec defaultKeySpec(Profile profile);

} // namespace signet
