#include "crypto/KeySpec.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/evp.h>

namespace signet {

QStringList KeySpec::supportedNames()
{
    return {QStringLiteral("rsa:2048"), QStringLiteral("rsa:3072"), QStringLiteral("rsa:4096"),
            QStringLiteral("ec:p256"),  QStringLiteral("ec:p384"),  QStringLiteral("ec:p521"),
            QStringLiteral("ed25519")};
}

Result<KeySpec> KeySpec::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    KeySpec spec;
    if (t == QLatin1String("rsa:2048") || t == QLatin1String("rsa:3072") || t == QLatin1String("rsa:4096")) {
        spec.algorithm = Algorithm::Rsa;
        spec.rsaBits = t.mid(4).toInt();
        return spec;
    }
    if (t == QLatin1String("rsa")) {
        spec.algorithm = Algorithm::Rsa;
        spec.rsaBits = 3072;
        return spec;
    }
    static const QList<QPair<QString, QString>> curves = {
        {QStringLiteral("ec:p256"), QStringLiteral("P-256")},
        {QStringLiteral("ec:p384"), QStringLiteral("P-384")},
        {QStringLiteral("ec:p521"), QStringLiteral("P-521")},
    };
    for (const auto& [name, curve] : curves) {
        if (t == name || (t == QLatin1String("ec") && curve == QLatin1String("P-256"))) {
            spec.algorithm = Algorithm::Ec;
            spec.curve = curve;
            return spec;
        }
    }
    if (t == QLatin1String("ed25519")) {
        spec.algorithm = Algorithm::Ed25519;
        return spec;
    }
    return makeError(QCoreApplication::translate("KeySpec", "unknown key type '%1' (use one of: %2)")
                         .arg(text, supportedNames().join(QStringLiteral(", "))));
}

Result<KeySpec> KeySpec::of(EVP_PKEY* key)
{
    KeySpec spec;
    if (key != nullptr && EVP_PKEY_is_a(key, "RSA") == 1) {
        spec.algorithm = Algorithm::Rsa;
        spec.rsaBits = EVP_PKEY_get_bits(key);
    } else if (key != nullptr && EVP_PKEY_is_a(key, "ED25519") == 1) {
        spec.algorithm = Algorithm::Ed25519;
    } else if (key != nullptr && EVP_PKEY_is_a(key, "EC") == 1) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1) {
            return makeError(QCoreApplication::translate("KeySpec", "the key's curve cannot be read"));
        }
        const QString curve = QString::fromLatin1(group, static_cast<qsizetype>(length)).toLower();
        if (curve == QLatin1String("prime256v1") || curve == QLatin1String("p-256")) {
            return parse(QStringLiteral("ec:p256"));
        }
        if (curve == QLatin1String("secp384r1") || curve == QLatin1String("p-384")) {
            return parse(QStringLiteral("ec:p384"));
        }
        if (curve == QLatin1String("secp521r1") || curve == QLatin1String("p-521")) {
            return parse(QStringLiteral("ec:p521"));
        }
        return makeError(QCoreApplication::translate("KeySpec", "the key is of a kind Signet does not make"));
    } else {
        return makeError(QCoreApplication::translate("KeySpec", "the key is of a kind Signet does not make"));
    }
    return parse(spec.name());
}

QString KeySpec::name() const
{
    switch (algorithm) {
    case Algorithm::Rsa:
        return QStringLiteral("rsa:%1").arg(rsaBits);
    case Algorithm::Ec:
        return QStringLiteral("ec:") + QString(curve).remove(QLatin1Char('-')).toLower();
    case Algorithm::Ed25519:
        return QStringLiteral("ed25519");
    }
    return {};
}

QString KeySpec::description() const
{
    switch (algorithm) {
    case Algorithm::Rsa:
        return QStringLiteral("RSA %1").arg(rsaBits);
    case Algorithm::Ec:
        return QStringLiteral("ECDSA ") + curve;
    case Algorithm::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

} // namespace signet
