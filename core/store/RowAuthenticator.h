#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace signet {

class KeyVault;

// The canonical encoding of one row's content and identity: every field length-prefixed, nulls
// distinct from empty values, led by the table's tag so that no row can pass for another kind.
class RowEncoding {
public:
    // `capacity`: the bytes the whole encoding is expected to take.
    explicit RowEncoding(const char* tag, qsizetype capacity = 512);

    RowEncoding& add(qint64 value);
    RowEncoding& add(const std::optional<qint64>& value);
    RowEncoding& add(const QString& value);
    RowEncoding& add(const QByteArray& value);
    // Text already in UTF-8 (as SQLite keeps it): encoded as add(QString) encodes the same text.
    RowEncoding& addUtf8(QByteArrayView text);

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    char* reserveField(char type, qsizetype size); // writes the field's head, returns where its value goes
    void field(char type, const char* value, qsizetype size);
    QByteArray m_bytes;
};

// HMAC-SHA-256 under a key derived from the vault's master key, one key per purpose: whoever can
// write the workspace file but does not know its password cannot make a row that verifies.
class RowAuthenticator {
public:
    enum class Purpose { Rows, AuditChain };

    static Result<RowAuthenticator> derive(const KeyVault& vault, Purpose purpose);
    // For reading the public data without the password: every row passes unchecked, and no MAC
    // can be made. Only a workspace opened read-only uses it, and it says so (isChecking()).
    static RowAuthenticator unchecked();
    [[nodiscard]] bool isChecking() const { return !m_unchecked; }

    [[nodiscard]] QByteArray mac(const QByteArray& message) const;
    [[nodiscard]] QByteArray mac(const RowEncoding& row) const { return mac(row.bytes()); }
    // Constant-time comparison; a missing MAC never verifies.
    [[nodiscard]] bool verify(const QByteArray& message, const QByteArray& storedMac) const;
    [[nodiscard]] bool verify(const RowEncoding& row, const QByteArray& storedMac) const
    {
        return verify(row.bytes(), storedMac);
    }

    // Checks row after row with a context of its own, keyed once: cheaper per row than verify(),
    // which copies the keyed template each time. For one thread at a time.
    class Verifier {
    public:
        [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView storedMac);

    private:
        friend class RowAuthenticator;
        std::unique_ptr<EVP_MAC_CTX, void (*)(EVP_MAC_CTX*)> m_ctx{nullptr, nullptr};
        bool m_unchecked = false;
    };
    [[nodiscard]] Verifier verifier() const;

private:
    std::shared_ptr<EVP_MAC_CTX> m_template;
    bool m_unchecked = false;
};

} // namespace signet
