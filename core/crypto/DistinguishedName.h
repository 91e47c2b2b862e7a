#pragma once

#include "Result.h"
#include "crypto/OsslPtr.h"

#include <QList>
#include <QPair>
#include <QString>

namespace signet {

// An X.500 name as an ordered list of (attribute, value), most general first (C, O, ..., CN).
class DistinguishedName {
public:
    DistinguishedName() = default;

    // Accepts OpenSSL's "/C=ES/O=Jano/CN=jano.com.es" and RFC 4514's "CN=jano.com.es,O=Jano,C=ES".
    static Result<DistinguishedName> parse(const QString& text);
    // From attribute/value pairs as forms hold them, most general first (C, O, ..., CN): values
    // trimmed, empty ones left out, attributes and values checked as parse() checks them.
    static Result<DistinguishedName> fromAttributes(const QList<QPair<QString, QString>>& generalFirst);
    // Empty when `cn` is blank.
    static DistinguishedName fromCommonName(const QString& cn);
    static DistinguishedName fromX509Name(const X509_NAME* name);

    [[nodiscard]] Result<X509NamePtr> toX509Name() const;
    [[nodiscard]] QString toString() const; // RFC 4514 order: "CN=...,O=...,C=..."
    [[nodiscard]] QString commonName() const;
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] const QList<QPair<QString, QString>>& entries() const { return m_entries; }
    void setCommonName(const QString& cn);

    // One attribute value escaped for RFC 4514 text: "Acme, Inc." -> "Acme\, Inc.", and a leading
    // '#' or space and a trailing space, which readers would otherwise take for syntax.
    static QString escapeValue(const QString& value);
    // RFC 4514 text from (attribute, value) pairs in its order, most specific first
    // ("CN=...,O=...,C=..."); values are trimmed, empty ones left out. What parse() reads back.
    static QString textFrom(const QList<QPair<QString, QString>>& attributes);

    // RFC 4514 text of an OpenSSL name, UTF-8 kept as is.
    static QString format(const X509_NAME* name);
    // The name exactly as OpenSSL's RFC 2253 printer writes it, which is what web servers compare:
    // nginx and HAProxy escape bytes above 0x7F as \XX (`escapeNonAscii`), Apache's mod_ssl keeps UTF-8.
    static QString formatRfc2253(const X509_NAME* name, bool escapeNonAscii);

private:
    QList<QPair<QString, QString>> m_entries;
};

} // namespace signet
