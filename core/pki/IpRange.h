#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace signet {

// An IPv4 or IPv6 network as name constraints use it: an address and a mask of the same length.
class IpRange {
public:
    IpRange() = default;

    // "10.0.0.0/8", "fd00::/8"; a bare address is the one host ("192.0.2.7" = "192.0.2.7/32"). The
    // address must be the network's first one: OpenSSL and Chrome compare it unmasked or masked, so
    // "10.1.2.3/8" would mean different things to different clients.
    static Result<IpRange> parse(const QString& text);
    // 0.0.0.0/0 or ::/0.
    static IpRange everything(bool v6);
    // The iPAddress of a name constraint: address then mask, 8 or 16+16 bytes; nullopt otherwise.
    static std::optional<IpRange> fromConstraint(const QByteArray& addressAndMask);
    // A single address of 4 or 16 bytes, e.g. an iPAddress subjectAltName (empty when neither).
    static QString addressText(const QByteArray& address);
    // The 4 or 16 bytes of an IPv4 or IPv6 address as inet_pton reads it (no leading zeros, no
    // shortened IPv4 forms); empty when `text` is neither.
    static QByteArray addressBytes(const QString& text);

    [[nodiscard]] bool isNull() const { return m_address.isEmpty(); }
    [[nodiscard]] bool isV6() const { return m_address.size() == 16; }
    [[nodiscard]] int prefixLength() const; // the mask's leading one bits
    [[nodiscard]] bool coversEverything() const { return !isNull() && prefixLength() == 0; }
    // `address` (4 or 16 bytes) lies in the range; an address of the other family never does.
    [[nodiscard]] bool contains(const QByteArray& address) const;
    [[nodiscard]] bool contains(const IpRange& other) const;
    [[nodiscard]] QString toString() const;         // "10.0.0.0/8"
    [[nodiscard]] QString toOpenSslConfig() const;  // "10.0.0.0/255.0.0.0", as openssl.cnf's IP: takes it

    bool operator==(const IpRange& other) const = default;

private:
    IpRange(QByteArray address, QByteArray mask) : m_address(std::move(address)), m_mask(std::move(mask)) {}

    QByteArray m_address; // masked
    QByteArray m_mask;
};

} // namespace signet
