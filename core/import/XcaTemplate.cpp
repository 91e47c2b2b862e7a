#include "XcaTemplate.h"

#include "crypto/DistinguishedName.h"
#include "crypto/OsslPtr.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/x509.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "XcaTemplate", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(XcaTemplate)
};

class Reader {
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    bool number(quint32& out)
    {
        if (m_data.size() - m_at < 4) {
            return false;
        }
        out = qFromBigEndian<quint32>(m_data.data() + m_at);
        m_at += 4;
        return true;
    }
    // A QString as QDataStream writes it; a null one (length 0xFFFFFFFF) reads as empty.
    bool string(QString& out)
    {
        quint32 bytes = 0;
        if (!number(bytes)) {
            return false;
        }
        if (bytes == 0xFFFFFFFFu) {
            out.clear();
            return true;
        }
        if (bytes > XcaTemplate::kMaxStringBytes || bytes % 2 != 0 || quint64(m_data.size() - m_at) < bytes) {
            return false;
        }
        out.resize(bytes / 2);
        for (quint32 i = 0; i < bytes / 2; ++i) {
            out[i] = QChar(qFromBigEndian<quint16>(m_data.data() + m_at + 2 * i));
        }
        m_at += bytes;
        return true;
    }
    void skip(qsizetype bytes) { m_at += bytes; }
    [[nodiscard]] qsizetype position() const { return m_at; }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
};
} // namespace

Result<XcaTemplate> XcaTemplate::parse(QByteArrayView raw)
{
    const auto* der = reinterpret_cast<const unsigned char*>(raw.data());
    const unsigned char* end = der;
    X509NamePtr name(d2i_X509_NAME(nullptr, &end, static_cast<long>(raw.size())));
    if (!name) {
        return makeError(Tr::tr("the template's subject is not a distinguished name"));
    }
    XcaTemplate t;
    t.subject = DistinguishedName::fromX509Name(name.get()).entries();
    Reader reader(raw);
    reader.skip(end - der);
    quint32 count = 0;
    if (!reader.number(count) || count > kMaxSettings) {
        return makeError(Tr::tr("the template's settings cannot be read"));
    }
    for (quint32 i = 0; i < count; ++i) {
        QString key;
        QString value;
        if (!reader.string(key) || !reader.string(value)) {
            return makeError(Tr::tr("the template's settings cannot be read"));
        }
        t.settings.insert(key, value);
    }
    return t;
}

} // namespace signet
