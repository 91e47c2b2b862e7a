#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"
#include "pki/Profile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace signet {

// One certificate of a list to issue, read with the rules a single issuance uses.
struct IssuanceListEntry {
    int line = 0; // 1-based line of the input it came from
    Profile profile = Profile::Client;
    DistinguishedName subject;
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    std::optional<KeySpec> key; // none: the profile's default
    int days = 0;               // 0: the profile's default
    QString name;               // empty: the common name
};

// A line that could not be read, and why.
struct ListProblem {
    int line = 0;
    QString message;
};

// A certificate reference of a list (name, hex serial or id:N), as typed on its line.
struct ListedReference {
    int line = 0;
    QString text;
};

// The lists batch issuance and batch revocation read (from a file, standard input or the desktop's
// dialog), parsed without a workspace: pure, bounded, the same for every front end.
//
// Issuance lists are CSV with a header row, or JSON lines (one object per line), told apart by the
// first line that is neither blank nor a '#' comment: '{' starts JSON lines. Both know the columns
// (keys) profile, cn, subject, dns, ip, email, key, days and name; each value is read by the parser
// a single issuance uses (profileFromName, DistinguishedName, SubjectAltNames, KeySpec). A SAN
// column holds several names separated by ';' or blanks (a quoted CSV field may use commas too); a
// JSON value may also be an array of strings. CSV fields may be quoted ("..." with "" for a quote)
// but not span lines. A line that cannot be read is a problem with its line number; the others
// are read on.
class IssuanceList {
public:
    enum class Format { Csv, JsonLines };

    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
    static constexpr int kMaxLines = 100000;
    static constexpr qsizetype kMaxLineBytes = 16 * 1024;
    static constexpr int kMaxDays = 100000;

    Format format = Format::Csv;
    QList<IssuanceListEntry> entries;
    QList<ListProblem> problems;

    // The whole input is refused (an error) when it is too big, has too many lines, or its CSV
    // header names an unknown or repeated column; a line's own faults are problems.
    static Result<IssuanceList> parse(const QByteArray& data);
    static QStringList columns();

    // One reference a line (blank lines and '#' comments skipped), bounded like parse().
    static Result<QList<ListedReference>> parseReferences(const QByteArray& data);
};

} // namespace signet
