#include "CaIndex.h"

#include "import/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaIndex", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaIndex)
};

// "YYMMDDHHMMSSZ" (UTCTime, 1950–2049) or "YYYYMMDDHHMMSSZ" (GeneralizedTime), as `openssl ca` writes.
QDateTime timeFrom(QByteArrayView text)
{
    if ((text.size() != 13 && text.size() != 15) || !text.endsWith('Z')) {
        return {};
    }
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return {};
        }
    }
    const auto number = [&text](qsizetype at, qsizetype digits) {
        int n = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    qsizetype at = 0;
    int year = 0;
    if (text.size() == 13) {
        year = number(0, 2);
        year += year < 50 ? 2000 : 1900;
        at = 2;
    } else {
        year = number(0, 4);
        at = 4;
    }
    const QDate date(year, number(at, 2), number(at + 2, 2));
    const QTime time(number(at + 4, 2), number(at + 6, 2), number(at + 8, 2));
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

// The reason as `openssl ca` names it (crl_reasons in apps/ca.c, compared without case), as its
// RFC 5280 code; "holdInstruction", "keyTime" and "CAkeyTime" are how it writes certificateHold,
// keyCompromise and cACompromise that carry a detail after them.
int reasonFrom(QByteArrayView name)
{
    static const std::array<std::pair<const char*, int>, 11> kReasons{{
        {"unspecified", 0},
        {"keyCompromise", 1},
        {"CACompromise", 2},
        {"affiliationChanged", 3},
        {"superseded", 4},
        {"cessationOfOperation", 5},
        {"certificateHold", 6},
        {"removeFromCRL", 8},
        {"holdInstruction", 6},
        {"keyTime", 1},
        {"CAkeyTime", 2},
    }};
    for (const auto& [text, code] : kReasons) {
        if (name.compare(QByteArrayView(text), Qt::CaseInsensitive) == 0) {
            return code;
        }
    }
    return -2;
}

Result<CaIndexEntry> revocationInto(CaIndexEntry entry, QByteArrayView field)
{
    const qsizetype comma = field.indexOf(',');
    entry.revokedAt = timeFrom(comma < 0 ? field : field.first(comma));
    if (!entry.revokedAt.isValid()) {
        return makeError(Tr::tr("the revocation time is not a time"));
    }
    if (comma >= 0) {
        QByteArrayView rest = field.sliced(comma + 1);
        const qsizetype next = rest.indexOf(',');
        entry.reason = reasonFrom(next < 0 ? rest : rest.first(next));
        if (entry.reason == -2) {
            return makeError(Tr::tr("the revocation reason is not one that openssl ca writes"));
        }
    }
    return entry;
}
} // namespace

QString CaIndex::normalSerial(QByteArrayView hex)
{
    if (hex.isEmpty() || hex.size() > 256) {
        return {};
    }
    for (char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return {};
        }
    }
    QByteArray text = hex.toByteArray().toUpper();
    qsizetype zeros = 0;
    while (zeros < text.size() - 1 && text[zeros] == '0') {
        ++zeros;
    }
    text.remove(0, zeros);
    if (text.size() % 2 != 0) {
        text.prepend('0');
    }
    return QString::fromLatin1(text);
}

Result<CaIndexEntry> CaIndex::parseLine(QByteArrayView line)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    std::array<QByteArrayView, 6> fields;
    qsizetype count = 0;
    while (count < 5) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0) {
            break;
        }
        fields[count++] = line.first(tab);
        line = line.sliced(tab + 1);
    }
    fields[count++] = line;
    if (count != 6) {
        return makeError(Tr::tr("%1 fields where an index line has 6").arg(count));
    }
    CaIndexEntry entry;
    if (fields[0] == "V") {
        entry.state = CaIndexEntry::State::Valid;
    } else if (fields[0] == "R") {
        entry.state = CaIndexEntry::State::Revoked;
    } else if (fields[0] == "E") {
        entry.state = CaIndexEntry::State::Expired;
    } else {
        return makeError(Tr::tr("the state is neither V, R nor E"));
    }
    entry.expiry = timeFrom(fields[1]);
    if (!entry.expiry.isValid()) {
        return makeError(Tr::tr("the expiry is not a time"));
    }
    entry.serialHex = normalSerial(fields[3]);
    if (entry.serialHex.isEmpty()) {
        return makeError(Tr::tr("the serial number is not hexadecimal"));
    }
    entry.subject = QString::fromUtf8(fields[5]);
    if (entry.state != CaIndexEntry::State::Revoked) {
        if (!fields[2].isEmpty()) {
            return makeError(Tr::tr("a certificate that is not revoked has a revocation time"));
        }
        return entry;
    }
    return revocationInto(std::move(entry), fields[2]);
}

Status CaIndex::read(const QString& path, const std::function<Status(const CaIndexEntry&)>& visit)
{
    const QString fileName = QFileInfo(path).fileName();
    auto fd = BoundedFile::openRegular(path);
    if (!fd) {
        return fd.error();
    }
    QFile file;
    if (!file.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        return makeError(Tr::tr("cannot read %1").arg(path), file.errorString());
    }
    if (file.size() > kFileLimit) {
        return makeError(Tr::tr("%1 is larger than %2").arg(fileName, BoundedFile::sizeText(kFileLimit)));
    }
    qint64 number = 0;
    QByteArray line;
    while (!file.atEnd()) {
        ++number;
        line = file.readLine(kLineLimit + 2);
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            return makeError(Tr::tr("cannot read %1").arg(path), file.errorString());
        }
        if (!line.endsWith('\n') && !file.atEnd()) {
            return makeError(Tr::tr("%1, line %2: longer than %3").arg(fileName).arg(number).arg(BoundedFile::sizeText(kLineLimit)));
        }
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto entry = parseLine(line);
        if (!entry) {
            return makeError(Tr::tr("%1, line %2: %3").arg(fileName).arg(number).arg(entry.error().message));
        }
        if (Status st = visit(*entry); !st) {
            return st;
        }
    }
    return {};
}

} // namespace signet
