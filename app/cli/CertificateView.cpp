#include "CertificateView.h"

#include "Console.h"
#include "crypto/Certificate.h"
#include "pki/RevocationReason.h"
#include "CertificateRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CertificateView", text);
}

QString daysLeft(const QDateTime& now, const QDateTime& notAfter)
{
    const qint64 seconds = now.secsTo(notAfter);
    const qint64 days = (seconds < 0 ? -seconds : seconds) / 86400;
    if (seconds <= 0) {
        return days == 1 ? tr("expired 1 day ago") : tr("expired %1 days ago").arg(days);
    }
    return days == 1 ? tr("1 day left") : tr("%1 days left").arg(days);
}
} // namespace

QString CertificateView::isoUtc(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    // What toString(Qt::ISODate) writes for a UTC time of whole seconds, without its formatter: a
    // list of a million certificates writes three a row. Other years go the long way.
    const qint64 seconds = at.toSecsSinceEpoch();
    const qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const qint64 inDay = seconds - days * 86400;
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) {
        return at.toUTC().toString(Qt::ISODate);
    }
    char16_t text[20];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) {
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
        }
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, inDay / 3600, 2);
    put(14, inDay / 60 % 60, 2);
    put(17, inDay % 60, 2);
    text[4] = text[7] = u'-';
    text[10] = u'T';
    text[13] = text[16] = u':';
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QJsonObject CertificateView::summary(const CertificateRecord& record, const std::optional<QString>& issuerName,
                                     const QDateTime& now)
{
    // One list of keys: the object is read back from the text the lists write.
    return QJsonDocument::fromJson(summaryText(record, issuerName, now).indented(0)).object();
}

JsonText CertificateView::summaryText(const CertificateRecord& record, const std::optional<QString>& issuerName,
                                      const QDateTime& now)
{
    JsonText o;
    o.add("id", record.id);
    o.add("name", record.name);
    o.add("type", profileName(record.profile));
    o.add("subject", record.subject);
    o.add("issuer", record.issuerDn);
    if (issuerName) {
        o.add("issuerName", *issuerName);
    } else {
        o.addNull("issuerName");
    }
    o.add("serial", record.serial);
    o.add("notBefore", isoUtc(record.notBefore));
    o.add("notAfter", isoUtc(record.notAfter));
    o.add("status", certificateStatusName(record.statusAt(now)));
    o.add("isCa", record.isCa);
    o.add("hasKey", record.keyId.has_value());
    o.add("sans", record.sans);
    o.add("sha256", record.sha256);
    if (record.revoked) {
        o.add("revokedAt", isoUtc(record.revokedAt));
        o.add("revocationReason", revocationReasonName(record.revocationReason));
    } else {
        o.addNull("revokedAt");
        o.addNull("revocationReason");
    }
    return o;
}

QJsonObject CertificateView::details(const CertificateRecord& record, const Certificate& cert,
                                     const std::optional<QString>& issuerName, const QStringList& chain,
                                     const QDateTime& now)
{
    QJsonObject o = summary(record, issuerName, now);
    o.insert(QStringLiteral("keyUsage"), QJsonArray::fromStringList(cert.keyUsage()));
    o.insert(QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(cert.extendedKeyUsage()));
    QJsonArray extensions;
    for (const ExtensionInfo& ext : cert.extensions()) {
        QJsonObject e;
        e.insert(QStringLiteral("name"), ext.name);
        e.insert(QStringLiteral("oid"), ext.oid);
        e.insert(QStringLiteral("critical"), ext.critical);
        e.insert(QStringLiteral("value"), ext.value);
        extensions.append(e);
    }
    o.insert(QStringLiteral("extensions"), extensions);
    o.insert(QStringLiteral("sha1"), cert.sha1Fingerprint());
    o.insert(QStringLiteral("publicKey"), cert.publicKeyDescription());
    o.insert(QStringLiteral("signatureAlgorithm"), cert.signatureAlgorithm());
    o.insert(QStringLiteral("chain"), QJsonArray::fromStringList(chain));
    return o;
}

QString CertificateView::humanText(const CertificateRecord& record, const Certificate& cert,
                                   const std::optional<QString>& issuerName, const QDateTime& now)
{
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Name"), record.name});
    rows.append({tr("Type"), profileName(record.profile)});
    QString status = certificateStatusName(record.statusAt(now));
    if (record.revoked) {
        status += tr(" (%1, %2)").arg(revocationReasonName(record.revocationReason), isoUtc(record.revokedAt));
    }
    rows.append({tr("Status"), status});
    rows.append({tr("Subject"), record.subject});
    rows.append({tr("Issuer"), issuerName ? tr("%1 ('%2')").arg(record.issuerDn, *issuerName) : record.issuerDn});
    rows.append({tr("Serial"), record.serial});
    rows.append({tr("Valid from"), isoUtc(record.notBefore)});
    rows.append({tr("Valid until"), tr("%1 (%2)").arg(isoUtc(record.notAfter), daysLeft(now, record.notAfter))});
    rows.append({tr("Key"), cert.publicKeyDescription()
                                + (record.keyId ? tr(", private key in the workspace") : tr(", no private key here"))});
    if (record.isCa) {
        const int pathLength = cert.pathLength();
        rows.append({tr("CA"), pathLength < 0 ? tr("yes") : tr("yes, path length %1").arg(pathLength)});
    }
    const QString none = tr("(none)");
    const QStringList sans = record.sans;
    rows.append({tr("Alt names"), sans.isEmpty() ? none : sans.join(QStringLiteral(", "))});
    const QStringList keyUsage = cert.keyUsage();
    rows.append({tr("Key usage"), keyUsage.isEmpty() ? none : keyUsage.join(QStringLiteral(", "))});
    const QStringList eku = cert.extendedKeyUsage();
    rows.append({tr("Extended key usage"), eku.isEmpty() ? none : eku.join(QStringLiteral(", "))});
    const QStringList crls = cert.crlDistributionPoints();
    if (!crls.isEmpty()) {
        rows.append({tr("CRL"), crls.join(QStringLiteral(", "))});
    }
    const QStringList caIssuers = cert.caIssuersUrls();
    if (!caIssuers.isEmpty()) {
        rows.append({tr("CA issuers"), caIssuers.join(QStringLiteral(", "))});
    }
    rows.append({tr("SHA-256"), cert.sha256Fingerprint()});
    rows.append({tr("SHA-1"), cert.sha1Fingerprint()});

    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    QString text;
    for (const auto& row : rows) {
        // Every value may come from a certificate or request made elsewhere.
        text += (row.first + QLatin1Char(':')).leftJustified(width + 2) + Console::escape(row.second) + QLatin1Char('\n');
    }
    return text;
}

bool CertificateView::issuedItself(const CertificateRecord& record)
{
    return record.issuerId ? *record.issuerId == record.id : record.isCa && record.issuerDn == record.subject;
}

} // namespace signet
