#include "crypto/KeySpec.h"

#include <QCoreApplication>
#include <QStringList>

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
