#include "CaFolder.h"

#include "import/BoundedFile.h"
#include "import/OpenSslConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaFolder", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaFolder)
};

// Finds files inside one folder and nowhere else, and counts them against the limit.
class Paths {
public:
    explicit Paths(const QString& root) : m_root(QDir(root).canonicalPath()) {}

    [[nodiscard]] const QString& root() const { return m_root; }

    // The regular file `relative` (to the root) or `absolute`, if it is one inside the folder.
    [[nodiscard]] QString file(const QString& path) const
    {
        const QFileInfo info(QDir(m_root).filePath(path));
        if (!info.exists() || info.isSymLink() || !info.isFile()) {
            return {};
        }
        return inside(info.canonicalFilePath()) ? info.canonicalFilePath() : QString();
    }
    [[nodiscard]] QString folder(const QString& path) const
    {
        const QFileInfo info(QDir(m_root).filePath(path));
        if (!info.exists() || info.isSymLink() || !info.isDir()) {
            return {};
        }
        return inside(info.canonicalFilePath()) ? info.canonicalFilePath() : QString();
    }
    // The regular files directly in `folder` whose names match, in name order (no links).
    Result<QStringList> list(const QString& folderPath, const QStringList& patterns)
    {
        if (folderPath.isEmpty()) {
            return QStringList();
        }
        const QStringList names = QDir(folderPath).entryList(patterns, QDir::Files | QDir::NoSymLinks | QDir::Hidden,
                                                            QDir::Name);
        m_count += names.size();
        if (m_count > CaFolder::kFileLimit) {
            return makeError(Tr::tr("the folder holds more than %L1 files").arg(CaFolder::kFileLimit));
        }
        QStringList paths;
        paths.reserve(names.size());
        for (const QString& name : names) {
            paths << QDir(folderPath).filePath(name);
        }
        return paths;
    }

private:
    [[nodiscard]] bool inside(const QString& canonical) const
    {
        return canonical == m_root || canonical.startsWith(m_root + QLatin1Char('/'));
    }

    QString m_root;
    qsizetype m_count = 0;
};

const QStringList kCertificatePatterns{QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
                                       QStringLiteral("*.der")};

Result<CaFolder> easyRsa(Paths& paths)
{
    CaFolder f;
    f.kind = CaFolder::Kind::EasyRsa;
    f.root = paths.root();
    f.certificate = paths.file(QStringLiteral("ca.crt"));
    f.key = paths.file(QStringLiteral("private/ca.key"));
    f.index = paths.file(QStringLiteral("index.txt"));
    f.crlNumber = paths.file(QStringLiteral("crlnumber"));
    if (const QString crl = paths.file(QStringLiteral("crl.pem")); !crl.isEmpty()) {
        f.crls << crl;
    }
    QSet<QString> issuedNames;
    for (const auto& [folder, patterns] :
         {std::pair{QStringLiteral("issued"), QStringList{QStringLiteral("*.crt")}},
          std::pair{QStringLiteral("certs_by_serial"), QStringList{QStringLiteral("*.pem")}},
          std::pair{QStringLiteral("revoked/certs_by_serial"), QStringList{QStringLiteral("*.crt")}}}) {
        auto found = paths.list(paths.folder(folder), patterns);
        if (!found) {
            return found.error();
        }
        f.certificates << *found;
        if (folder == QStringLiteral("issued")) {
            for (const QString& path : *found) {
                issuedNames.insert(QFileInfo(path).completeBaseName());
            }
        }
    }
    auto requests = paths.list(paths.folder(QStringLiteral("reqs")), {QStringLiteral("*.req")});
    auto keys = paths.list(paths.folder(QStringLiteral("private")), {QStringLiteral("*.key")});
    auto revokedKeys = paths.list(paths.folder(QStringLiteral("revoked/private_by_serial")), {QStringLiteral("*.key")});
    if (!requests || !keys || !revokedKeys) {
        return (!requests ? requests : !keys ? keys : revokedKeys).error();
    }
    QHash<QString, qsizetype> pending; // name -> index in f.requests
    for (const QString& path : *requests) {
        if (!issuedNames.contains(QFileInfo(path).completeBaseName())) {
            pending.insert(QFileInfo(path).completeBaseName(), f.requests.size());
            f.requests.append({path, QString()});
        }
    }
    for (const QString& path : *keys) {
        const QString name = QFileInfo(path).completeBaseName();
        if (pending.contains(name)) {
            f.requests[pending.value(name)].key = path; // the request's, kept with it
        } else if (path != f.key) {
            f.keys << path;
        }
    }
    f.keys << *revokedKeys;
    return f;
}

// The configuration in the folder that has a [ca] section naming its default CA, if any.
Result<std::optional<std::pair<QString, OpenSslConfig>>> configIn(Paths& paths)
{
    auto candidates = paths.list(paths.root(), {QStringLiteral("*.cnf"), QStringLiteral("*.conf")});
    if (!candidates) {
        return candidates.error();
    }
    for (const QString& path : *candidates) {
        auto text = BoundedFile::read(path, OpenSslConfig::kSizeLimit);
        if (!text) {
            return text.error();
        }
        auto config = OpenSslConfig::parse(*text);
        if (!config) {
            return makeError(Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), config.error().message));
        }
        if (!config->value(QStringLiteral("ca"), QStringLiteral("default_ca")).isEmpty()) {
            return std::optional(std::pair(path, std::move(*config)));
        }
    }
    return std::optional<std::pair<QString, OpenSslConfig>>();
}

// A path from the configuration, inside the folder: as written when relative; an absolute one
// (the folder was copied from another machine or place) by its part below the configured `dir`.
QString configured(const Paths& paths, const QString& dir, const QString& value, bool isFolder)
{
    if (value.isEmpty()) {
        return {};
    }
    QStringList tries{value};
    if (!dir.isEmpty() && value.startsWith(dir)) {
        tries << value.mid(dir.size()).prepend(QLatin1Char('.'));
    }
    if (QDir::isRelativePath(value) && value.startsWith(QStringLiteral("./"))) {
        tries << value.mid(value.indexOf(QLatin1Char('/'), 2) + 1); // "./demoCA/x" given the demoCA folder
    }
    for (const QString& path : tries) {
        if (QDir::isAbsolutePath(path)) {
            continue; // an absolute path is only used through its part below `dir`
        }
        const QString found = isFolder ? paths.folder(path) : paths.file(path);
        if (!found.isEmpty()) {
            return found;
        }
    }
    return {};
}

Result<CaFolder> fromConfig(Paths& paths, const QString& configPath, const OpenSslConfig& config)
{
    CaFolder f;
    f.root = paths.root();
    f.config = configPath;
    const QString section = config.value(QStringLiteral("ca"), QStringLiteral("default_ca"));
    if (!config.hasSection(section)) {
        return makeError(Tr::tr("%1: the default CA '%2' has no section").arg(QFileInfo(configPath).fileName(), section));
    }
    const auto value = [&](const char* name) { return config.value(section, QString::fromLatin1(name)); };
    const QString dir = value("dir");
    const auto file = [&](const char* name) {
        const QString found = configured(paths, dir, value(name), false);
        if (found.isEmpty() && !value(name).isEmpty()) {
            f.notes << Tr::tr("%1 = %2: no such file in the folder").arg(QString::fromLatin1(name), value(name));
        }
        return found;
    };
    f.certificate = file("certificate");
    f.key = file("private_key");
    f.index = file("database");
    f.crlNumber = file("crlnumber");
    if (const QString crl = file("crl"); !crl.isEmpty()) {
        f.crls << crl;
    }
    for (const char* name : {"new_certs_dir", "certs"}) {
        auto found = paths.list(configured(paths, dir, value(name), true), kCertificatePatterns);
        if (!found) {
            return found.error();
        }
        f.certificates << *found;
    }
    auto crls = paths.list(configured(paths, dir, value("crl_dir"), true),
                           {QStringLiteral("*.pem"), QStringLiteral("*.crl"), QStringLiteral("*.der")});
    if (!crls) {
        return crls.error();
    }
    f.crls << *crls;
    return f;
}

// The layout of `openssl ca` without a configuration of its own (its built-in demoCA).
Result<CaFolder> demoCa(Paths& paths)
{
    CaFolder f;
    f.root = paths.root();
    for (const char* name : {"cacert.pem", "ca.crt", "ca.pem", "ca.cert.pem", "certs/ca.cert.pem"}) {
        if (f.certificate.isEmpty()) {
            f.certificate = paths.file(QString::fromLatin1(name));
        }
    }
    for (const char* name : {"private/cakey.pem", "private/ca.key", "private/ca.key.pem", "ca.key"}) {
        if (f.key.isEmpty()) {
            f.key = paths.file(QString::fromLatin1(name));
        }
    }
    f.index = paths.file(QStringLiteral("index.txt"));
    f.crlNumber = paths.file(QStringLiteral("crlnumber"));
    if (const QString crl = paths.file(QStringLiteral("crl.pem")); !crl.isEmpty()) {
        f.crls << crl;
    }
    for (const char* name : {"newcerts", "certs"}) {
        auto found = paths.list(paths.folder(QString::fromLatin1(name)), kCertificatePatterns);
        if (!found) {
            return found.error();
        }
        f.certificates << *found;
    }
    auto crls = paths.list(paths.folder(QStringLiteral("crl")), {QStringLiteral("*.pem"), QStringLiteral("*.crl")});
    if (!crls) {
        return crls.error();
    }
    f.crls << *crls;
    return f;
}
} // namespace

Result<CaFolder> CaFolder::find(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink()) {
        return makeError(Tr::tr("%1 is not a folder").arg(path));
    }
    Paths paths(path);
    if (const QString pki = paths.folder(QStringLiteral("pki")); !pki.isEmpty() && !paths.file(QStringLiteral("pki/ca.crt")).isEmpty()) {
        return find(pki);
    }
    // EasyRSA's pki carries an openssl-easyrsa.cnf too, with paths it fills in when it runs.
    const bool isEasyRsa =
        !paths.file(QStringLiteral("ca.crt")).isEmpty() && !paths.folder(QStringLiteral("issued")).isEmpty();
    auto config = isEasyRsa ? Result<std::optional<std::pair<QString, OpenSslConfig>>>(std::nullopt) : configIn(paths);
    if (!config) {
        return config.error();
    }
    if (const QString demo = paths.folder(QStringLiteral("demoCA")); !isEasyRsa && !*config && !demo.isEmpty()) {
        return find(demo);
    }
    Result<CaFolder> found = makeError(QString());
    if (isEasyRsa) {
        found = easyRsa(paths);
    } else if (*config) {
        found = fromConfig(paths, (*config)->first, (*config)->second);
    } else {
        found = demoCa(paths);
    }
    if (!found) {
        return found;
    }
    if (found->certificate.isEmpty()) {
        return makeError(Tr::tr("%1 holds no CA certificate where an openssl ca folder or an EasyRSA pki keeps it")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (found->index.isEmpty()) {
        found->notes << Tr::tr("no index.txt: no revocations to bring along but those of the CRL files");
    }
    return found;
}

Result<std::optional<qint64>> CaFolder::lastCrlNumber(const QString& path)
{
    if (path.isEmpty()) {
        return std::optional<qint64>();
    }
    auto text = BoundedFile::readFirstLine(path, 4096);
    if (!text) {
        return text.error();
    }
    const QByteArray hex = text->trimmed();
    bool ok = false;
    const qint64 next = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : 0;
    if (!ok || next < 1) {
        return makeError(Tr::tr("%1 does not hold a CRL number in hexadecimal").arg(QFileInfo(path).fileName()));
    }
    return std::optional<qint64>(next - 1);
}

QString CaFolder::kindName() const
{
    return kind == Kind::EasyRsa ? Tr::tr("EasyRSA 3 pki") : Tr::tr("openssl ca folder");
}

} // namespace signet
