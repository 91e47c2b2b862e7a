#pragma once

#include <QString>

#include <optional>

namespace signet {

// Which certificate a front end means. A list or a tree knows the row: `CertificateRef::id(42)`.
// A person types a name, a hex serial (colons allowed) or "id:N": `CertificateRef::typed(text)`,
// which the workspace resolves, refusing what is ambiguous.
class CertificateRef {
public:
    CertificateRef() = default;
    static CertificateRef id(qint64 id)
    {
        CertificateRef ref;
        ref.m_id = id;
        return ref;
    }
    static CertificateRef typed(const QString& text)
    {
        CertificateRef ref;
        ref.m_text = text.trimmed();
        return ref;
    }

    [[nodiscard]] bool isNull() const { return !m_id && m_text.isEmpty(); }
    [[nodiscard]] std::optional<qint64> rowId() const { return m_id; }
    [[nodiscard]] const QString& text() const { return m_text; }

    friend bool operator==(const CertificateRef&, const CertificateRef&) = default;

private:
    std::optional<qint64> m_id;
    QString m_text;
};

} // namespace signet
