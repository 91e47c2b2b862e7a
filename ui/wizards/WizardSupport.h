#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace signet {

// Small helpers the issuance wizards share: text the user typed turned into the values the core
// expects, and the look of notes, hints and summaries.

// One attribute value escaped for RFC 4514 text ("Acme, Inc." -> "Acme\, Inc.").
QString escapeDnValue(const QString& value);
// "CN=...,O=...,C=..." from (attribute, value) pairs, most specific first; empty values are left out.
QString buildDn(const QList<QPair<QString, QString>>& attributes);
// Entries separated by commas, spaces or line breaks, without empty ones.
QStringList splitEntries(const QString& text);
bool isIpAddress(const QString& text);
// A host name as certificates carry it: ASCII (internationalized names in their xn-- form), lower case.
// Empty when `text` cannot be one.
QString normalizedHostName(const QString& text, bool allowWildcard);
bool isPlausibleEmail(const QString& text);

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
