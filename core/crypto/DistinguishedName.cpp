#include "crypto/DistinguishedName.h"

#include "crypto/OsslError.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "DistinguishedName", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DistinguishedName)
};

// Splits on `separator` where it is not escaped with a backslash, and removes the escapes.
QStringList splitUnescaped(const QString& text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += text.at(++i);
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

Status checkAttribute(const QString& key)
{
    const QByteArray keyLatin = key.toLatin1();
    // OpenSSL reads the name as a C string: "O<NUL>,x" would be taken for "O".
    if (key.isEmpty() || key.contains(QChar(u'\0')) || OBJ_txt2nid(keyLatin.constData()) == NID_undef) {
        takeOpenSslErrors(); // OpenSSL queued "unknown object name"; don't let it leak into a later error
        return makeError(Tr::tr("unknown attribute '%1' in the subject").arg(key));
    }
    return {};
}
} // namespace

Result<DistinguishedName> DistinguishedName::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(Tr::tr("the subject is empty"));
    }
    QStringList parts;
    const bool slashForm = trimmed.startsWith(QLatin1Char('/'));
    if (slashForm) {
        parts = splitUnescaped(trimmed.mid(1), QLatin1Char('/'));
    } else {
        parts = splitUnescaped(trimmed, QLatin1Char(','));
        std::reverse(parts.begin(), parts.end()); // RFC 4514 lists the most specific part first
    }
    DistinguishedName dn;
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return makeError(Tr::tr("'%1' in the subject is not of the form KEY=value").arg(part));
        }
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (Status st = checkAttribute(key); !st) {
            return st.error();
        }
        if (value.isEmpty()) {
            return makeError(Tr::tr("attribute '%1' in the subject has no value").arg(key));
        }
        dn.m_entries.append({key, value});
    }
    if (dn.m_entries.isEmpty()) {
        return makeError(Tr::tr("the subject '%1' holds no attribute").arg(text));
    }
    auto x509 = dn.toX509Name();
    if (!x509) {
        return x509.error();
    }
    return dn;
}

Result<DistinguishedName> DistinguishedName::fromAttributes(const QList<QPair<QString, QString>>& generalFirst)
{
    DistinguishedName dn;
    for (const auto& [key, value] : generalFirst) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (Status st = checkAttribute(key.trimmed()); !st) {
            return st.error();
        }
        dn.m_entries.append({key.trimmed(), trimmed});
    }
    if (dn.m_entries.isEmpty()) {
        return makeError(Tr::tr("the subject is empty"));
    }
    auto x509 = dn.toX509Name();
    if (!x509) {
        return x509.error();
    }
    return dn;
}

QString DistinguishedName::escapeValue(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (QStringLiteral(",+\"\\<>;=").contains(c) || (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#')))
            || (i == value.size() - 1 && c == QLatin1Char(' '))) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString DistinguishedName::textFrom(const QList<QPair<QString, QString>>& attributes)
{
    QStringList parts;
    for (const auto& [key, value] : attributes) {
        if (const QString trimmed = value.trimmed(); !trimmed.isEmpty()) {
            parts << key + QLatin1Char('=') + escapeValue(trimmed);
        }
    }
    return parts.join(QLatin1Char(','));
}

DistinguishedName DistinguishedName::fromCommonName(const QString& cn)
{
    DistinguishedName dn;
    if (!cn.trimmed().isEmpty()) {
        dn.m_entries.append({QStringLiteral("CN"), cn});
    }
    return dn;
}

DistinguishedName DistinguishedName::fromX509Name(const X509_NAME* name)
{
    DistinguishedName dn;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        QString key = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : QString();
        if (key.isEmpty()) {
            char oid[80] = {};
            OBJ_obj2txt(oid, sizeof oid, X509_NAME_ENTRY_get_object(entry), 1);
            key = QString::fromLatin1(oid);
        }
        unsigned char* utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        OpenSslBytesPtr owned(utf8);
        dn.m_entries.append({key, len >= 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), len) : QString()});
    }
    return dn;
}

Result<X509NamePtr> DistinguishedName::toX509Name() const
{
    X509NamePtr name(X509_NAME_new());
    if (!name) {
        return opensslError(Tr::tr("out of memory"));
    }
    for (const auto& [key, value] : m_entries) {
        const QByteArray k = key.toLatin1();
        const QByteArray v = value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name.get(), k.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(v.constData()),
                                       static_cast<int>(v.size()), -1, 0)
            != 1) {
            return opensslError(Tr::tr("'%1=%2' is not allowed in a subject (too long, or wrong characters for %1)")
                                    .arg(key, value));
        }
    }
    return name;
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        parts << it->first + QLatin1Char('=') + escapeValue(it->second);
    }
    return parts.join(QLatin1Char(','));
}

QString DistinguishedName::commonName() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->first.compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0
            || it->first == QLatin1String("commonName")) {
            return it->second;
        }
    }
    return {};
}

void DistinguishedName::setCommonName(const QString& cn)
{
    for (auto& entry : m_entries) {
        if (entry.first.compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0) {
            entry.second = cn;
            return;
        }
    }
    m_entries.append({QStringLiteral("CN"), cn});
}

QString DistinguishedName::format(const X509_NAME* name)
{
    return fromX509Name(name).toString();
}

QString DistinguishedName::formatRfc2253(const X509_NAME* name, bool escapeNonAscii)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        return {};
    }
    const unsigned long flags = escapeNonAscii ? XN_FLAG_RFC2253 : (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) {
        return {};
    }
    return QString::fromUtf8(bioContents(bio.get()));
}

} // namespace signet
