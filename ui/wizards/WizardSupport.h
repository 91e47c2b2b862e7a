#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

class QLabel;
class QWidget;

namespace signet {

// Small helpers the issuance wizards share: the look of notes, hints and summaries. (What a name,
// address or DN may be, and how typed text becomes one, is core's: NameRules, SubjectAltNames,
// DistinguishedName.)

// The end of a validity period as shown to the user.
QString formatDate(const QDateTime& when);
// Whole days from `now` to `end`, counted the way the issuer counts them.
int daysUntil(const QDateTime& now, const QDateTime& end);

// A two-column table for the summary pages; values are plain text (escaped here, line breaks kept).
QString summaryTable(const QList<QPair<QString, QString>>& rows);

// A word-wrapped explanation under a field.
QLabel* makeNote(const QString& text, QWidget* parent);
// A word-wrapped red label for what is wrong with the input; empty until there is something.
QLabel* makeHint(QWidget* parent);
void setHint(QLabel* hint, const QString& text);

} // namespace signet
