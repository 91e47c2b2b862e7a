#include "pki/IpRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <arpa/inet.h>
#include <sys/socket.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IpRange", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IpRange)
};

QByteArray parseAddress(const QString& text)
{
    // inet_pton reads a C string: text after a NUL would be ignored, not refused.
    if (text.contains(QChar(u'\0'))) {
        return {};
    }
    const QByteArray latin = text.toLatin1();
    unsigned char buffer[16] = {};
    if (inet_pton(AF_INET, latin.constData(), buffer) == 1) {
        return QByteArray(reinterpret_cast<const char*>(buffer), 4);
    }
    if (inet_pton(AF_INET6, latin.constData(), buffer) == 1) {
        return QByteArray(reinterpret_cast<const char*>(buffer), 16);
    }
    return {};
}

QByteArray maskOf(int bytes, int prefix)
{
    QByteArray mask(bytes, '\0');
    for (int i = 0; i < bytes; ++i) {
        const int bits = std::clamp(prefix - i * 8, 0, 8);
        mask[i] = static_cast<char>(bits == 0 ? 0 : (0xff << (8 - bits)) & 0xff);
    }
    return mask;
}

QByteArray masked(const QByteArray& address, const QByteArray& mask)
{
    QByteArray out = address;
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i] = static_cast<char>(out[i] & mask[i]);
    }
    return out;
}
} // namespace

Result<IpRange> IpRange::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QByteArray address = parseAddress(slash < 0 ? trimmed : trimmed.left(slash));
    const int bits = static_cast<int>(address.size()) * 8;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    const QString prefixText = slash < 0 ? QString() : trimmed.mid(slash + 1);
    const int prefix = slash < 0 ? bits : prefixText.toInt();
    if (address.isEmpty() || (slash >= 0 && !digits.match(prefixText).hasMatch()) || prefix > bits) {
        return makeError(Tr::tr("'%1' is not an IP range: write an IPv4 or IPv6 network as address/prefix, "
                                "e.g. 10.0.0.0/8 or fd00::/8")
                             .arg(text));
    }
    const QByteArray mask = maskOf(static_cast<int>(address.size()), prefix);
    const IpRange range(masked(address, mask), mask);
    if (range.m_address != address) {
        return makeError(Tr::tr("'%1' is not the first address of its network: write %2").arg(text, range.toString()));
    }
    return range;
}

QByteArray IpRange::addressBytes(const QString& text)
{
    return parseAddress(text);
}

IpRange IpRange::everything(bool v6)
{
    const int bytes = v6 ? 16 : 4;
    return IpRange(QByteArray(bytes, '\0'), QByteArray(bytes, '\0'));
}

std::optional<IpRange> IpRange::fromConstraint(const QByteArray& addressAndMask)
{
    if (addressAndMask.size() != 8 && addressAndMask.size() != 32) {
        return std::nullopt;
    }
    const qsizetype half = addressAndMask.size() / 2;
    const QByteArray mask = addressAndMask.mid(half);
    return IpRange(masked(addressAndMask.left(half), mask), mask);
}

QString IpRange::addressText(const QByteArray& address)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const int family = address.size() == 4 ? AF_INET : AF_INET6;
    if ((address.size() != 4 && address.size() != 16)
        || inet_ntop(family, address.constData(), buffer, sizeof buffer) == nullptr) {
        return {};
    }
    return QString::fromLatin1(buffer);
}

int IpRange::prefixLength() const
{
    int bits = 0;
    for (const char byte : m_mask) {
        for (int bit = 7; bit >= 0; --bit) {
            if ((static_cast<unsigned char>(byte) & (1u << bit)) == 0) {
                return bits;
            }
            ++bits;
        }
    }
    return bits;
}

bool IpRange::contains(const QByteArray& address) const
{
    return !isNull() && address.size() == m_address.size() && masked(address, m_mask) == m_address;
}

bool IpRange::contains(const IpRange& other) const
{
    return contains(other.m_address) && other.prefixLength() >= prefixLength();
}

QString IpRange::toString() const
{
    return addressText(m_address) + QLatin1Char('/') + QString::number(prefixLength());
}

QString IpRange::toOpenSslConfig() const
{
    return addressText(m_address) + QLatin1Char('/') + addressText(m_mask);
}

} // namespace signet
