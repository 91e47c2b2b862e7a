#include "crypto/Der.h"

#include <algorithm>
#include <ctime>

namespace signet {

namespace {
int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9') {
        return c - u'0';
    }
    if (c >= u'A' && c <= u'F') {
        return c - u'A' + 10;
    }
    if (c >= u'a' && c <= u'f') {
        return c - u'a' + 10;
    }
    return -1;
}

void appendDigits(char*& at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    at += digits;
}
} // namespace

int Der::headerSize(qsizetype length)
{
    if (length < 0x80) {
        return 2;
    }
    int octets = 0;
    for (quint64 rest = static_cast<quint64>(length); rest != 0; rest >>= 8) {
        ++octets;
    }
    return 2 + octets;
}

void Der::writeHeader(char* at, unsigned char tag, qsizetype length)
{
    at[0] = static_cast<char>(tag);
    const int size = headerSize(length);
    if (size == 2) {
        at[1] = static_cast<char>(length);
        return;
    }
    const int octets = size - 2;
    at[1] = static_cast<char>(0x80 | octets);
    for (int i = 0; i < octets; ++i) {
        at[size - 1 - i] = static_cast<char>((static_cast<quint64>(length) >> (8 * i)) & 0xFF);
    }
}

void Der::appendHeader(QByteArray& out, unsigned char tag, qsizetype length)
{
    const qsizetype at = out.size();
    out.resize(at + headerSize(length));
    writeHeader(out.data() + at, tag, length);
}

void Der::append(QByteArray& out, unsigned char tag, const QByteArray& content)
{
    appendHeader(out, tag, content.size());
    out += content;
}

bool Der::appendIntegerFromHex(QByteArray& out, QByteArrayView hex)
{
    if (hex.isEmpty()) {
        return false;
    }
    const auto digit = [&hex](qsizetype i) { return hexValue(static_cast<unsigned char>(hex[i])); };
    qsizetype first = 0; // the first significant digit
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const int v = digit(i);
        if (v < 0) {
            return false;
        }
        if (v == 0 && first == i) {
            ++first;
        }
    }
    first = std::min(first, hex.size() - 1); // zero keeps one digit
    const qsizetype count = hex.size() - first;
    const qsizetype bytes = (count + 1) / 2;
    // A set top bit would read as negative: DER puts a zero octet before it.
    const bool pad = (count % 2 == 0 ? digit(first) : 0) >= 8;
    appendHeader(out, kInteger, bytes + (pad ? 1 : 0));
    const qsizetype at = out.size();
    out.resize(at + bytes + (pad ? 1 : 0));
    char* p = out.data() + at;
    if (pad) {
        *p++ = 0;
    }
    qsizetype i = first;
    if (count % 2 != 0) {
        *p++ = static_cast<char>(digit(i));
        ++i;
    }
    for (; i < hex.size(); i += 2) {
        *p++ = static_cast<char>(digit(i) << 4 | digit(i + 1));
    }
    return true;
}

bool Der::appendTime(QByteArray& out, qint64 secsSinceEpoch)
{
    const auto seconds = static_cast<time_t>(secsSinceEpoch);
    std::tm tm{};
    if (gmtime_r(&seconds, &tm) == nullptr) {
        return false;
    }
    const int year = tm.tm_year + 1900;
    if (year < 0 || year > 9999) {
        return false;
    }
    const bool utc = year >= 1950 && year <= 2049;
    char text[15];
    char* p = text;
    appendDigits(p, utc ? year % 100 : year, utc ? 2 : 4);
    appendDigits(p, tm.tm_mon + 1, 2);
    appendDigits(p, tm.tm_mday, 2);
    appendDigits(p, tm.tm_hour, 2);
    appendDigits(p, tm.tm_min, 2);
    appendDigits(p, tm.tm_sec, 2);
    const auto length = static_cast<qsizetype>(p - text);
    appendHeader(out, utc ? kUtcTime : kGeneralizedTime, length + 1);
    out.append(text, length);
    out.append('Z');
    return true;
}

} // namespace signet
