#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"

#include <optional>
#include <vector>

namespace signet {

// PKCS#12 in the two profiles devices accept:
//   modern:     AES-256-CBC with PBKDF2 (HMAC-SHA-256) for key and certificates, SHA-256 MAC;
//   compatible: PBE-SHA1-3DES for key and certificates, SHA-1 MAC (iOS <= 17, macOS <= 13,
//               Android <= 13, Windows Server <= 2016 cannot read the modern one).
class Pkcs12Builder {
public:
    enum class Profile { Modern, Compatible };

    static std::optional<Profile> profileFromName(const QString& name);
    static QString profileName(Profile profile);

    static Result<QByteArray> build(const Certificate& cert, const PrivateKey& key,
                                    const std::vector<const Certificate*>& chain, const QString& friendlyName,
                                    const QByteArray& password, Profile profile);

    // A strong passphrase that survives being read aloud or typed on a phone: 5 groups of 5
    // characters from an alphabet without look-alikes (about 125 bits).
    static Result<QByteArray> generatePassword();
};

} // namespace signet
