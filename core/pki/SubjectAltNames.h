#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace signet {

// One subject alternative name, of a kind, in the form a certificate carries it.
struct SanEntry {
    enum class Kind { Dns, Ip, Email, Uri };
    Kind kind = Kind::Dns;
    QString value;

    // As Signet lists and OpenSSL prints it: "DNS:example.com", "IP:192.0.2.1", "email:a@example.com",
    // "URI:https://example.com/".
    [[nodiscard]] QString toString() const;
    bool operator==(const SanEntry& other) const = default;
};

// The names a person types for a certificate, told apart and normalized by NameRules, the same for
// the wizards' live hints and for issuing from the command line.
class SubjectAltNames {
public:
    // Entries of one list, in the order typed, without duplicates, and a message for each refused one.
    struct Parsed {
        QList<SanEntry> entries;
        QStringList problems;

        [[nodiscard]] QStringList values(SanEntry::Kind kind) const;
    };

    // One name as typed: with an '@' an e-mail address, with a scheme ("https://", "urn:") a URI,
    // what reads as an IP address (digits and dots, or a colon) an IP address that must then be
    // valid ("999.1.1.1" is an error, never a DNS name), anything else a DNS name.
    static Result<SanEntry> parse(const QString& text);
    // Every entry of a list (NameRules::splitEntries).
    static Parsed parseList(const QString& text);
    // The names of a request, each list of its own kind: normalized in place, duplicates dropped;
    // the first name refused is the error.
    static Status normalize(QStringList& dnsNames, QStringList& ipAddresses, QStringList& emails);
};

} // namespace signet
