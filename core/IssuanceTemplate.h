#pragma once

#include "Result.h"
#include "crypto/KeySpec.h"
#include "pki/Profile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

// The subject attributes and e-mail domain that new certificates start with: the workspace's, a
// CA's (for what it issues) or a template's. An empty field says nothing.
struct SubjectDefaults {
    QString organization;       // O
    QString organizationalUnit; // OU
    QString country;            // C, two letters
    QString state;              // ST
    QString locality;           // L
    QString emailDomain;        // completes e-mail addresses given without one

    [[nodiscard]] bool isEmpty() const;
    // These defaults with every non-empty field of `over` put in place of its own.
    [[nodiscard]] SubjectDefaults overriddenBy(const SubjectDefaults& over) const;
    // (attribute, value) pairs, most general first (C, ST, L, O, OU), empty ones left out.
    [[nodiscard]] QList<QPair<QString, QString>> attributes() const;
    // Each field as the core name rules read it; the country upper-cased, the domain normalized.
    [[nodiscard]] Result<SubjectDefaults> validated() const;

    // The stored JSON body (bounded, every field checked when read back).
    [[nodiscard]] QByteArray toJson() const;
    static Result<SubjectDefaults> fromJson(const QByteArray& body);

    bool operator==(const SubjectDefaults& other) const = default;
};

// A named set of choices for new certificates: what Profile and IssuanceRequest can express (the
// profile fixes key usage and extended key usage), a key type, a validity, subject defaults and
// DNS name patterns such as "{cn}.internal.example", expanded when the certificate is issued.
struct IssuanceTemplate {
    QString name;
    Profile profile = Profile::Server;
    std::optional<KeySpec> key{}; // none: the profile's usual key (defaultKeySpec)
    int days = 0;           // 0: the profile's default
    // (Initialized, so that callers listing the fields up to the days need not name these.)
    SubjectDefaults subject{};
    QStringList dnsPatterns{};
    bool builtIn = false;   // shipped with Signet: reserved, cannot be deleted
    QDateTime createdAt{};

    static constexpr int kMaxBodyBytes = 16 * 1024;
    static constexpr int kMaxPatterns = 16;
    static constexpr int kMaxNameLength = 64;

    // Every field checked with the core's rules; returned normalized.
    [[nodiscard]] Result<IssuanceTemplate> validated() const;
    [[nodiscard]] QByteArray toJson() const;
    // `name` from its own column; the body is refused when too large or any field is wrong.
    static Result<IssuanceTemplate> fromJson(const QString& name, const QByteArray& body);

    static Status checkName(const QString& name);
    // The DNS name a pattern gives for a common name: "{cn}.internal" and "API" give "api.internal".
    static Result<QString> expandPattern(const QString& pattern, const QString& commonName);
    static QList<IssuanceTemplate> builtIns();
    static std::optional<IssuanceTemplate> findBuiltIn(const QString& name);
};

} // namespace signet
