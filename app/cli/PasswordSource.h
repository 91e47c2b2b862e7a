#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace signet {

// Where a password comes from: a file named on the command line, else an environment variable,
// else a no-echo prompt when a person sits at a terminal. Never from argv, where `ps` shows it.
class PasswordSource {
public:
    PasswordSource(QString file, QString envVar, QString fileOption);

    // `label` is the prompt; `confirm` asks twice (for new passwords).
    Result<QByteArray> read(const QString& label, bool confirm) const;

    // The first line of the file, its trailing newline removed.
    static Result<QByteArray> fromFile(const QString& path);
    static Result<QByteArray> prompt(const QString& label);
    // The password of files to import (PKCS#12, encrypted keys, an XCA database): the first line of
    // `file` when one is named, else $SIGNET_IMPORT_PASSWORD, else none.
    static Result<QByteArray> forImport(const QString& file);

private:
    QString m_file;
    QString m_envVar;
    QString m_fileOption;
};

} // namespace signet
