#pragma once

#include "pki/LintFinding.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace signet {

// A failure a person can read: `message` says what went wrong in the user's terms, `detail`
// carries the library's own diagnostics (OpenSSL's error queue, SQLite's text) when there are any.
struct Error {
    QString message;
    QString detail;
    // The refusal is a judgement the user may overrule (the options' `force`), not an impossibility.
    bool forceable = false;
    // A refusal by the linter: everything it found (the errors that refused and the warnings).
    QList<LintFinding> findings;
    // A refusal to replace files that exist (the options' replaceFiles): which ones.
    QStringList existingFiles;

    [[nodiscard]] QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT: implicit by design
    Result(Error error) : m_value(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<T>(m_value); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_value); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_value)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_value); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(const QString& message, const QString& detail = {})
{
    Error error;
    error.message = message;
    error.detail = detail;
    return error;
}

} // namespace signet
