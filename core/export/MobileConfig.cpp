#include "export/MobileConfig.h"

#include "export/Pkcs12Builder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "MobileConfig", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MobileConfig)
};

// Names the profile identifiers derived from certificates (UUID version 5).
const QUuid kIdentifierNamespace(QStringLiteral("1cb3e70d-bb53-4261-9352-cb754c111857"));
const QString kIdentifierPrefix = QStringLiteral("org.signet.profile.");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

// XML 1.0 cannot carry most control characters, not even escaped; names of imported
// certificates might hold them.
QString xmlSafe(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF) {
            c = QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString fileName(const QString& name, const QString& extension)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@+-]+"));
    QString stem = name.trimmed().replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.'))) {
        stem.remove(0, 1);
    }
    return (stem.isEmpty() ? QStringLiteral("certificate") : stem) + extension;
}

// The organization the device shows as the profile's sender: the top CA's O, else its name.
QString organizationOf(const std::vector<MobileConfig::Link>& chain)
{
    const MobileConfig::Link& top = chain.back();
    const DistinguishedName subject = top.certificate->subjectName();
    for (const auto& [attribute, value] : subject.entries()) {
        if (attribute == QLatin1String("O") && !value.trimmed().isEmpty()) {
            return value;
        }
    }
    return top.name;
}

class PlistWriter {
public:
    explicit PlistWriter(QByteArray* out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(-1); // tabs, as Apple's own tools write them
    }

    void begin()
    {
        m_xml.writeStartDocument();
        m_xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                      "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
        m_xml.writeStartElement(QStringLiteral("plist"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    }
    void end()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }
    [[nodiscard]] bool hasError() const { return m_xml.hasError(); }

    void beginDict() { m_xml.writeStartElement(QStringLiteral("dict")); }
    void beginDict(const QString& key)
    {
        writeKey(key);
        beginDict();
    }
    void beginArray(const QString& key)
    {
        writeKey(key);
        m_xml.writeStartElement(QStringLiteral("array"));
    }
    void endContainer() { m_xml.writeEndElement(); }

    void string(const QString& key, const QString& value)
    {
        writeKey(key);
        m_xml.writeTextElement(QStringLiteral("string"), xmlSafe(value));
    }
    void integer(const QString& key, int value)
    {
        writeKey(key);
        m_xml.writeTextElement(QStringLiteral("integer"), QString::number(value));
    }
    void boolean(const QString& key, bool value)
    {
        writeKey(key);
        m_xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void data(const QString& key, const QByteArray& value)
    {
        writeKey(key);
        m_xml.writeTextElement(QStringLiteral("data"), QString::fromLatin1(value.toBase64()));
    }

private:
    void writeKey(const QString& key) { m_xml.writeTextElement(QStringLiteral("key"), key); }

    QXmlStreamWriter m_xml;
};

// The keys every payload carries, in the order Apple Configurator writes them.
void writePayloadHeader(PlistWriter& plist, const QString& type, const QString& identifier,
                        const QString& displayName, const QString& description)
{
    plist.string(QStringLiteral("PayloadDescription"), description);
    plist.string(QStringLiteral("PayloadDisplayName"), displayName);
    plist.string(QStringLiteral("PayloadIdentifier"), identifier);
    plist.string(QStringLiteral("PayloadType"), type);
    plist.string(QStringLiteral("PayloadUUID"), newUuid());
    plist.integer(QStringLiteral("PayloadVersion"), 1);
}

void writeCertificatePayload(PlistWriter& plist, const MobileConfig::Link& link, bool root, const QString& identifier)
{
    plist.beginDict();
    plist.string(QStringLiteral("PayloadCertificateFileName"), fileName(link.name, QStringLiteral(".cer")));
    plist.data(QStringLiteral("PayloadContent"), link.certificate->toDer());
    writePayloadHeader(plist,
                       root ? QStringLiteral("com.apple.security.root") : QStringLiteral("com.apple.security.pkcs1"),
                       identifier, link.name,
                       root ? Tr::tr("Trusts the certificate authority “%1” as a root.").arg(link.name)
                            : Tr::tr("The intermediate certificate authority “%1”.").arg(link.name));
    plist.endContainer();
}
} // namespace

QString MobileConfig::profileIdentifier(const Certificate& certificate)
{
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    return kIdentifierPrefix
           + QUuid::createUuidV5(kIdentifierNamespace, digest).toString(QUuid::WithoutBraces).toUpper();
}

Result<QByteArray> MobileConfig::build(const std::vector<Link>& chain, const PrivateKey& key, const Options& options)
{
    if (chain.empty() || chain.front().certificate == nullptr) {
        return makeError(Tr::tr("a configuration profile needs a certificate"));
    }
    const Link& leaf = chain.front();
    std::vector<const Certificate*> issuers;
    for (std::size_t i = 1; i < chain.size(); ++i) {
        if (chain[i].certificate == nullptr) {
            return makeError(Tr::tr("a configuration profile needs every certificate of the chain"));
        }
        issuers.push_back(chain[i].certificate);
    }
    auto p12 = Pkcs12Builder::build(*leaf.certificate, key, issuers, leaf.name, options.password,
                                    Pkcs12Builder::Profile::Compatible);
    if (!p12) {
        return p12.error();
    }
    const bool hasRoot = chain.size() > 1 && chain.back().certificate->isSelfIssued();
    const QString identifier = profileIdentifier(*leaf.certificate);

    QByteArray out;
    PlistWriter plist(&out);
    plist.begin();
    plist.beginDict();
    plist.beginArray(QStringLiteral("PayloadContent"));
    for (std::size_t i = chain.size() - 1; i >= 1; --i) {
        const bool root = hasRoot && i == chain.size() - 1;
        writeCertificatePayload(plist, chain[i], root,
                                root ? identifier + QStringLiteral(".root")
                                     : identifier + QStringLiteral(".intermediate%1").arg(i));
    }
    plist.beginDict();
    if (options.embedPassword) {
        plist.string(QStringLiteral("Password"), QString::fromUtf8(options.password));
    }
    plist.string(QStringLiteral("PayloadCertificateFileName"), fileName(leaf.name, QStringLiteral(".p12")));
    plist.data(QStringLiteral("PayloadContent"), *p12);
    writePayloadHeader(plist, QStringLiteral("com.apple.security.pkcs12"), identifier + QStringLiteral(".identity"),
                       leaf.name, Tr::tr("The certificate “%1” with its private key.").arg(leaf.name));
    plist.endContainer();
    plist.endContainer(); // PayloadContent

    const QString description
        = hasRoot ? Tr::tr("Installs the certificate “%1” with its private key and trusts the root certificate "
                           "authority “%2”.")
                        .arg(leaf.name, chain.back().name)
                  : Tr::tr("Installs the certificate “%1” with its private key.").arg(leaf.name);
    writePayloadHeader(plist, QStringLiteral("Configuration"), identifier,
                       Tr::tr("%1 — Signet").arg(leaf.name), description);
    plist.string(QStringLiteral("PayloadOrganization"), organizationOf(chain));
    plist.boolean(QStringLiteral("PayloadRemovalDisallowed"), false);
    plist.endContainer();
    plist.end();
    if (plist.hasError()) {
        return makeError(Tr::tr("could not write the configuration profile"));
    }
    return out;
}

} // namespace signet
