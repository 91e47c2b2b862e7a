#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace signet {

// The part of OpenSSL's configuration syntax that `openssl ca` sections use: "[ section ]"
// headers, "name = value" lines, '#' comments, and variables ($name, ${name}, $section::name,
// ${section::name}) looked up in the line's own section and then in the default one. `.include`
// and other directives are not followed: a configuration handed over with a CA folder does not get
// to read other files.
class OpenSslConfig {
public:
    static constexpr qsizetype kSizeLimit = 1024 * 1024;

    static Result<OpenSslConfig> parse(QByteArrayView text);

    // The value after substitution; empty when the section or the name is not there.
    [[nodiscard]] QString value(const QString& section, const QString& name) const;
    [[nodiscard]] bool hasSection(const QString& section) const { return m_values.contains(section); }

private:
    Result<QString> substitute(const QString& section, const QString& raw) const;

    QHash<QString, QHash<QString, QString>> m_values; // section → name → value; "default" for the head
};

} // namespace signet
