#pragma once

#include "Result.h"
#include "export/ServerConfigSpec.h"

#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace signet {
class Workspace;
}

namespace signet::dialogs {

// A file-name stem from a certificate name: "www.example.com (2)" -> "www.example.com-2".
QString fileStem(const QString& name);

// Serial numbers in groups of two, the way certificate viewers show them.
QString groupedSerial(const QString& hex);

// The red, word-wrapped, initially hidden label ("errorLabel") dialogs report failures in.
QLabel* makeErrorLabel(QWidget* parent);
void showError(QLabel* label, const QString& message);
void clearError(QLabel* label);

// A line edit with a "Browse…" button beside it.
QWidget* pathRow(QLineEdit* edit, QPushButton* browse, QWidget* parent);

// Keeps a default file name up to date: when `path` still ends in `oldName` (the user has not
// renamed the file), the name becomes `newName` in the same folder; otherwise `path` is kept.
QString followDefaultName(const QString& path, const QString& oldName, const QString& newName);

// The "Admit only subjects" field ("allowEdit") of the server configuration and kit dialogs.
QLineEdit* makeAllowEdit(QWidget* parent);
// "O=Acme; OU=Staff|Dev" as typed in a dialog: the subject rules, or the first that does not parse.
Result<QList<SubjectRule>> parseSubjectRules(const QString& text);

// Fills `combo` with the workspace's CAs (item data: the id) for choosing whose client certificates
// a server accepts, and selects `select` when it is one of them.
void fillClientCaCombo(QComboBox* combo, Workspace& workspace, std::optional<qint64> select);

// True when `path` does not exist yet or the user agreed to replace it.
bool confirmOverwrite(QWidget* parent, const QString& path);
// True when `error` refused to replace files that exist (Error::existingFiles) and the user agreed
// to replace them; false for any other error.
bool confirmReplace(QWidget* parent, const QString& title, const Error& error);

} // namespace signet::dialogs
