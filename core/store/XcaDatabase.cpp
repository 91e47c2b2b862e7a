#include "store/XcaDatabase.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "import/BoundedFile.h"
#include "import/CaIndex.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <optional>
#include <sys/stat.h>
#include <utility>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "XcaDatabase", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(XcaDatabase)
};

using X509SigPtr = OsslPtr<X509_SIG, X509_SIG_free>;

constexpr qint64 kFileLimit = qint64(4) * 1024 * 1024 * 1024;
constexpr qsizetype kDerLimit = 16 * 1024 * 1024;
// SQLite refuses longer values (base64 of kDerLimit bytes fits), so no column reaches memory unbounded.
constexpr int kSqliteValueLimit = 24 * 1024 * 1024;
constexpr qsizetype kNameLimit = 1024;
constexpr qint64 kRowLimit = 2'000'000;
// XCA 2.4 writes schema 7; later XCAs add OpenVPN keys (8), nothing read here; older ones lack items.del.
constexpr int kOldestSchema = 7;
constexpr int kNewestSchema = 8;

Status checkFile(const QString& path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        const int code = errno;
        const QString reason = QString::fromLocal8Bit(std::strerror(code));
        return code == ENOENT ? makeError(Tr::tr("the XCA database %1 does not exist").arg(path))
                               : makeError(Tr::tr("cannot read the XCA database %1").arg(path), reason);
    }
    if (!S_ISREG(st.st_mode)) { // nor a symbolic link: SQLite would open what it points to
        return makeError(Tr::tr("%1 is not an XCA database: not a regular file (a link, folder, pipe?)").arg(path));
    }
    if (st.st_size > kFileLimit) {
        return makeError(Tr::tr("%1 is larger than 4 GiB, more than Signet reads as an XCA database").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Tr::tr("cannot read the XCA database %1").arg(path), file.errorString());
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        return makeError(Tr::tr("%1 is not an XCA database (it is not an SQLite file)").arg(path));
    }
    // Read as immutable, SQLite ignores journals: changes XCA has not finished would be missed.
    for (const char* suffix : {"-journal", "-wal"}) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists() && side.size() > 0) {
            return makeError(Tr::tr("the XCA database %1 has unfinished changes in %2: close XCA first")
                                 .arg(path, side.fileName()));
        }
    }
    return {};
}

// `rounds` times the digest `name` over `input`, in upper-case hex (with `separator` between bytes, if not 0).
std::optional<QByteArray> iteratedHash(const char* name, QByteArray input, int rounds, char separator)
{
    const EvpMdPtr md(EVP_MD_fetch(nullptr, name, nullptr));
    const EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    bool ok = md && ctx;
    for (int round = 0; ok && round < rounds; ++round) {
        const auto* data = round == 0 ? reinterpret_cast<const unsigned char*>(input.constData()) : digest;
        const auto size = round == 0 ? static_cast<size_t>(input.size()) : size_t{length};
        ok = EVP_DigestInit_ex2(ctx.get(), md.get(), nullptr) == 1 && EVP_DigestUpdate(ctx.get(), data, size) == 1
             && EVP_DigestFinal_ex(ctx.get(), digest, &length) == 1;
    }
    const QByteArray hex =
        ok ? QByteArray(reinterpret_cast<const char*>(digest), length).toHex(separator).toUpper() : QByteArray();
    OPENSSL_cleanse(input.data(), static_cast<size_t>(input.size()));
    OPENSSL_cleanse(digest, sizeof digest);
    return ok ? std::optional<QByteArray>(hex) : std::nullopt;
}

// settings.pwhash in the forms XCA has written: 'T', a 17-character salt and SHA-512 8000 times over salt
// and password (XCA 2.x); a 5-character salt and SHA-512 once (older, and still accepted by XCA 2.4);
// MD5 hex with colons (older still).
Status checkPassword(const QString& storedText, const QByteArray& password, const QString& path)
{
    const QByteArray stored = storedText.toLatin1();
    const bool current = stored.startsWith('T') && stored.size() == 17 + 128;
    const bool md5 = stored.size() == 16 * 3 - 1 && stored.count(':') == 15;
    if (!current && !md5 && stored.size() != 5 + 128) {
        return makeError((stored.isEmpty() ? Tr::tr("the XCA database %1 has no password (settings.pwhash): XCA did "
                                                    "not finish creating it")
                                           : Tr::tr("the XCA database %1 checks its password in a way Signet does not "
                                                    "know (neither the salted SHA-512 of XCA 2.x nor the MD5 of older "
                                                    "versions)"))
                             .arg(path));
    }
    const qsizetype salt = current ? 17 : md5 ? 0 : 5;
    const std::optional<QByteArray> hash = iteratedHash(md5 ? "MD5" : "SHA512", stored.left(salt) + password,
                                                        current ? 8000 : 1, md5 ? ':' : '\0');
    if (!hash) {
        return opensslError(Tr::tr("cannot check the password of the XCA database %1").arg(path));
    }
    const QByteArray computed = stored.left(salt) + *hash;
    if (computed.size() != stored.size()
        || CRYPTO_memcmp(computed.constData(), stored.constData(), static_cast<size_t>(stored.size())) != 0) {
        return makeError(Tr::tr("wrong password for the XCA database %1").arg(path));
    }
    return {};
}

// Each row of `sql` made into one T by `make`, which may refuse it; more than kRowLimit rows are refused.
// `what` names the rows in messages ("certificates").
template <typename T>
Result<std::vector<T>> collect(const QString& connection, const QString& what, const QString& sql,
                               const std::function<Result<T>(const QSqlQuery&)>& make)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return makeError(Tr::tr("cannot read the %1 of the XCA database").arg(what), query.lastError().text());
    }
    std::vector<T> list;
    while (query.next()) {
        if (static_cast<qint64>(list.size()) >= kRowLimit) {
            return makeError(Tr::tr("the XCA database holds more than %1 %2").arg(kRowLimit).arg(what));
        }
        Result<T> item = make(query);
        if (!item) {
            return item.error();
        }
        list.push_back(std::move(item).value());
    }
    if (query.lastError().nativeErrorCode() == QLatin1String("18")) { // SQLITE_TOOBIG: above kSqliteValueLimit
        return makeError(Tr::tr("a value among the %1 of the XCA database is larger than %2, more than Signet reads")
                             .arg(what, BoundedFile::sizeText(kDerLimit)));
    }
    if (query.lastError().isValid()) {
        return makeError(Tr::tr("cannot read the %1 of the XCA database: it is damaged").arg(what),
                         query.lastError().text());
    }
    return list;
}

// The first column of the first row `sql` returns from XCA's settings; empty when there is none.
Result<QString> setting(const QString& connection, const QString& sql)
{
    auto values = collect<QString>(connection, Tr::tr("settings"), sql,
                                   [](const QSqlQuery& q) { return Result<QString>(q.value(0).toString()); });
    return !values ? Result<QString>(values.error()) : values->empty() ? QString() : values->front();
}

struct NamedBlob {
    QString name;
    QByteArray value; // base64 decoded, as XCA stores all binary values
};

// An item's name from `nameColumn` and, unless `valueColumn` is -1, its binary value; `label` ("the CRL
// '%1'") names the item in messages.
Result<NamedBlob> namedBlob(const QSqlQuery& q, int nameColumn, int valueColumn, const QString& label)
{
    NamedBlob item{q.value(nameColumn).toString(), {}};
    if (item.name.size() > kNameLimit) {
        return makeError(Tr::tr("an item of the XCA database has a name longer than %1 characters").arg(kNameLimit));
    }
    if (valueColumn < 0) {
        return item;
    }
    auto decoded = QByteArray::fromBase64Encoding(q.value(valueColumn).toByteArray().trimmed(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return makeError(Tr::tr("%1 in the XCA database is damaged (not base64)").arg(label.arg(item.name)));
    }
    if (decoded.decoded.size() > kDerLimit) {
        return makeError(Tr::tr("%1 in the XCA database is larger than %2, more than Signet reads")
                             .arg(label.arg(item.name), BoundedFile::sizeText(kDerLimit)));
    }
    item.value = std::move(decoded.decoded);
    return item;
}

// Opens `connection` on the file at `absolutePath` without writing anything, and bounds SQLite's values.
Status connectReadOnly(const QString& connection, const QString& absolutePath, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    // immutable: SQLite takes no lock and writes no journal beside a file it only reads.
    db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(absolutePath, "/"))
                       + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        return makeError(Tr::tr("cannot open the XCA database %1").arg(path), db.lastError().text());
    }
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    sqlite3* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3* const*>(handle.constData())
                          : nullptr;
    // sqlite3_limit answers the limit it had; asking again (-1) confirms that the new one took.
    if (sqlite == nullptr || sqlite3_limit(sqlite, SQLITE_LIMIT_LENGTH, kSqliteValueLimit) < 0
        || sqlite3_limit(sqlite, SQLITE_LIMIT_LENGTH, -1) != kSqliteValueLimit) {
        return makeError(Tr::tr("cannot open the XCA database %1: its SQLite driver cannot be bounded").arg(path));
    }
    return {};
}

} // namespace

Result<XcaDatabase> XcaDatabase::open(const QString& path, const QByteArray& password)
{
    if (Status st = checkFile(path); !st) {
        return st.error();
    }
    static QAtomicInteger<quint64> counter;
    XcaDatabase xca; // from here on, its destructor removes the connection on every way out
    xca.m_path = QFileInfo(path).absoluteFilePath();
    xca.m_connection = QStringLiteral("signet-xca-%1").arg(counter.fetchAndAddRelaxed(1));
    if (Status st = connectReadOnly(xca.m_connection, xca.m_path, path); !st) {
        return st.error();
    }
    // XCA's settings and items, with a schema this reader knows; the query fails without them. Other
    // missing tables show when their lists are read.
    auto schema = setting(xca.m_connection,
                          QStringLiteral("SELECT value FROM settings WHERE key_ = 'schema' AND EXISTS "
                                         "(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'items')"));
    bool numeric = false;
    const int version = schema ? schema->toInt(&numeric) : 0;
    if (!numeric) {
        return makeError(Tr::tr("%1 is an SQLite file, but not an XCA database").arg(path),
                         schema ? QString() : schema.error().detail);
    }
    if (version < kOldestSchema || version > kNewestSchema) {
        return makeError(version < kOldestSchema
                             ? Tr::tr("the XCA database %1 has the format of an older XCA (schema %2): open it once in "
                                      "XCA 2.x, which updates it")
                                   .arg(path)
                                   .arg(version)
                             : Tr::tr("the XCA database %1 has the format of a newer XCA (schema %2) than Signet reads "
                                      "(up to %3)")
                                   .arg(path)
                                   .arg(version)
                                   .arg(kNewestSchema));
    }
    auto pwhash = setting(xca.m_connection, QStringLiteral("SELECT value FROM settings WHERE key_ = 'pwhash'"));
    if (!pwhash) {
        return pwhash.error();
    }
    if (Status st = checkPassword(*pwhash, password, path); !st) {
        return st.error();
    }
    xca.m_password = QByteArray(password.constData(), password.size()); // a copy of its own, to wipe
    return Result<XcaDatabase>(std::move(xca));
}

XcaDatabase::~XcaDatabase()
{
    close();
}

XcaDatabase::XcaDatabase(XcaDatabase&& other) noexcept
{
    *this = std::move(other);
}

XcaDatabase& XcaDatabase::operator=(XcaDatabase&& other) noexcept
{
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_connection = std::exchange(other.m_connection, QString());
        m_password = std::exchange(other.m_password, QByteArray());
    }
    return *this;
}

void XcaDatabase::close()
{
    if (!m_password.isEmpty()) {
        OPENSSL_cleanse(m_password.data(), static_cast<size_t>(m_password.size()));
    }
    m_password.clear();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close(); // the temporary handle is gone before the removal
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
}

const QByteArray& XcaDatabase::password() const
{
    return m_password;
}

Result<std::vector<XcaDatabase::Certificate>> XcaDatabase::certificates()
{
    return collect<Certificate>(
        m_connection, Tr::tr("certificates"),
        QStringLiteral("SELECT i.id, i.name, c.cert, COALESCE(issuer.id, 0), c.ca, COALESCE(k.id, 0) FROM certs c "
                       "JOIN items i ON i.id = c.item AND i.del = 0 AND i.type = 3 "
                       "LEFT JOIN items issuer ON issuer.id = c.issuer AND issuer.del = 0 AND issuer.type = 3 "
                       "LEFT JOIN x509super x ON x.item = c.item "
                       "LEFT JOIN items k ON k.id = x.pkey AND k.del = 0 ORDER BY i.id"),
        [](const QSqlQuery& q) -> Result<Certificate> {
            auto item = namedBlob(q, 1, 2, Tr::tr("the certificate '%1'"));
            return !item ? Result<Certificate>(item.error())
                         : Certificate{q.value(0).toLongLong(), item->name,           item->value,
                                       q.value(3).toLongLong(), q.value(4).toInt() == 1, q.value(5).toLongLong()};
        });
}

Status XcaDatabase::scanKeys(std::vector<Key>* keys, QStringList* skipped)
{
    // ownPass: 0 the database password; 1 a password the user gave this key alone; 2 XCA's placeholder
    // ("Bogus"). Keys on a PKCS#11 token have a row in tokens instead (ownPass -1 here).
    auto rows = collect<std::optional<Key>>(
        m_connection, Tr::tr("private keys"),
        QStringLiteral("SELECT i.id, i.name, p.ownPass, p.private FROM private_keys p "
                       "JOIN items i ON i.id = p.item AND i.del = 0 UNION ALL "
                       "SELECT i.id, i.name, -1, NULL FROM tokens t JOIN items i ON i.id = t.item AND i.del = 0 "
                       "ORDER BY 1"),
        [skipped](const QSqlQuery& q) -> Result<std::optional<Key>> {
            const int ownPass = q.value(2).toInt();
            auto item = namedBlob(q, 1, ownPass == 0 ? 3 : -1, Tr::tr("the private key '%1'"));
            if (!item) {
                return item.error();
            }
            if (ownPass != 0) {
                *skipped << (ownPass == 1    ? Tr::tr("%1: protected by a password of its own")
                             : ownPass == -1 ? Tr::tr("%1: on a smart card or other token, not in the database")
                                             : Tr::tr("%1: not protected by the database password"))
                                .arg(item->name);
                return std::optional<Key>();
            }
            // XCA before 2.0 encrypted keys with 3DES in a format of its own; XCA 2.x converts them on opening.
            const auto* begin = reinterpret_cast<const unsigned char*>(item->value.constData());
            const auto* p = begin;
            const X509SigPtr sig(d2i_X509_SIG(nullptr, &p, static_cast<long>(item->value.size())));
            if (!sig || p != begin + item->value.size()) {
                *skipped << Tr::tr("%1: in the format of XCA before 2.0 (open the database once in XCA 2.x, which "
                                   "converts it)")
                                .arg(item->name);
                return std::optional<Key>();
            }
            return std::optional<Key>(Key{q.value(0).toLongLong(), item->name, item->value});
        });
    if (!rows) {
        return rows.error();
    }
    for (std::optional<Key>& key : *rows) {
        if (key) {
            keys->push_back(std::move(*key));
        }
    }
    return {};
}

Result<std::vector<XcaDatabase::Key>> XcaDatabase::keys()
{
    std::vector<Key> list;
    QStringList skipped;
    const Status st = scanKeys(&list, &skipped);
    return st ? Result<std::vector<Key>>(std::move(list)) : Result<std::vector<Key>>(st.error());
}

Result<QStringList> XcaDatabase::skippedKeys()
{
    std::vector<Key> list;
    QStringList skipped;
    const Status st = scanKeys(&list, &skipped);
    return st ? Result<QStringList>(std::move(skipped)) : Result<QStringList>(st.error());
}

Result<std::vector<XcaDatabase::Request>> XcaDatabase::requests()
{
    using Row = std::pair<Request, QVariant>; // and XCA's key_hash
    auto rows = collect<Row>(
        m_connection, Tr::tr("requests"),
        QStringLiteral("SELECT i.id, i.name, r.request, COALESCE(k.id, 0), x.key_hash FROM requests r "
                       "JOIN items i ON i.id = r.item AND i.del = 0 AND i.type = 2 "
                       "LEFT JOIN x509super x ON x.item = r.item "
                       "LEFT JOIN items k ON k.id = x.pkey AND k.del = 0 ORDER BY i.id"),
        [](const QSqlQuery& q) -> Result<Row> {
            auto item = namedBlob(q, 1, 2, Tr::tr("the request '%1'"));
            return !item ? Result<Row>(item.error())
                         : Row{Request{q.value(0).toLongLong(), item->name, item->value, q.value(3).toLongLong()},
                               q.value(4)};
        });
    if (!rows) {
        return rows.error();
    }
    std::vector<Request> pending;
    for (Row& row : *rows) {
        // XCA's key_hash (32 bits of SHA-1) finds the certificates that may have the request's key; the keys decide.
        auto candidates = collect<NamedBlob>(
            m_connection, Tr::tr("certificates"),
            QStringLiteral("SELECT c.cert, i.name FROM x509super x JOIN certs c ON c.item = x.item "
                           "JOIN items i ON i.id = c.item AND i.del = 0 WHERE x.key_hash = %1")
                .arg(row.second.isNull() ? QStringLiteral("NULL") : QString::number(row.second.toLongLong())),
            [](const QSqlQuery& q) { return namedBlob(q, 1, 0, Tr::tr("the certificate '%1'")); });
        if (!candidates) {
            return candidates.error();
        }
        if (candidates->empty()) {
            pending.push_back(std::move(row.first));
            continue;
        }
        const auto* p = reinterpret_cast<const unsigned char*>(row.first.der.constData());
        const X509ReqPtr request(d2i_X509_REQ(nullptr, &p, static_cast<long>(row.first.der.size())));
        if (!request || X509_REQ_get0_pubkey(request.get()) == nullptr) {
            return opensslError(Tr::tr("the request '%1' in the XCA database is damaged").arg(row.first.name));
        }
        const bool answered = std::any_of(candidates->begin(), candidates->end(), [&request](const NamedBlob& cert) {
            const auto* der = reinterpret_cast<const unsigned char*>(cert.value.constData());
            const X509Ptr x509(d2i_X509(nullptr, &der, static_cast<long>(cert.value.size())));
            return x509 && EVP_PKEY_eq(X509_get0_pubkey(x509.get()), X509_REQ_get0_pubkey(request.get())) == 1;
        });
        if (!answered) {
            pending.push_back(std::move(row.first));
        }
    }
    return pending;
}

Result<std::vector<XcaDatabase::Revocation>> XcaDatabase::revocations()
{
    return collect<Revocation>(
        m_connection, Tr::tr("revocations"),
        QStringLiteral("SELECT r.caId, r.serial, r.date, r.reasonBit, i.name FROM revocations r "
                       "JOIN items i ON i.id = r.caId AND i.del = 0 AND i.type = 3 ORDER BY r.caId, r.rowid"),
        [](const QSqlQuery& q) -> Result<Revocation> {
            const QString serial = CaIndex::normalSerial(q.value(1).toString().toLatin1());
            // "YYYYMMDDHHMMSSZ" in UTC; XCA's "undefined" (99991231235959Z) is no revocation date either.
            const QString text = q.value(2).toString();
            const QDateTime date(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                                 QTime::fromString(text.mid(8, 6), QStringLiteral("HHmmss")), Qt::UTC);
            if (serial.isEmpty() || !date.isValid() || text.size() != 15 || !text.endsWith(QLatin1Char('Z'))
                || text.startsWith(QLatin1String("9999"))) {
                return makeError(Tr::tr("a revocation by the CA '%1' in the XCA database is damaged (serial '%2', "
                                        "date '%3')")
                                     .arg(q.value(4).toString().left(kNameLimit), q.value(1).toString().left(64),
                                          text.left(64)));
            }
            // reasonBit is the RFC 5280 code; XCA takes one it does not know for "unspecified", and puts no
            // reason for that onto its CRLs.
            const int reason = q.value(3).toInt();
            return Revocation{q.value(0).toLongLong(), serial, date,
                              reason >= 1 && reason <= 10 && reason != 7 ? reason : -1};
        });
}

Result<std::vector<XcaDatabase::Crl>> XcaDatabase::crls()
{
    return collect<Crl>(
        m_connection, Tr::tr("CRLs"),
        QStringLiteral("SELECT i.id, COALESCE(issuer.id, 0), c.crl, i.name FROM crls c "
                       "JOIN items i ON i.id = c.item AND i.del = 0 AND i.type = 4 "
                       "LEFT JOIN items issuer ON issuer.id = c.issuer AND issuer.del = 0 AND issuer.type = 3 "
                       "ORDER BY i.id"),
        [](const QSqlQuery& q) -> Result<Crl> {
            auto item = namedBlob(q, 3, 2, Tr::tr("the CRL '%1'"));
            return !item ? Result<Crl>(item.error())
                         : Crl{q.value(0).toLongLong(), q.value(1).toLongLong(), item->value};
        });
}

Result<std::vector<XcaDatabase::Template>> XcaDatabase::templates()
{
    return collect<Template>(
        m_connection, Tr::tr("templates"),
        QStringLiteral("SELECT i.id, i.name, t.version, t.template FROM templates t "
                       "JOIN items i ON i.id = t.item AND i.del = 0 AND i.type = 5 ORDER BY i.id"),
        [](const QSqlQuery& q) -> Result<Template> {
            auto item = namedBlob(q, 1, 3, Tr::tr("the template '%1'"));
            return !item ? Result<Template>(item.error())
                         : Template{q.value(0).toLongLong(), item->name, q.value(2).toInt(), item->value};
        });
}

} // namespace signet
