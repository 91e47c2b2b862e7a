// PKCS#12 profiles judged by the real `openssl pkcs12`: the exact algorithms each profile promises,
// that the key and the whole chain come back out, that the modern/compatible split needs no
// `-legacy`, and that Signet's own importer reads what Signet's exporter wrote.

#include "TestSupport.h"

#include "export/Pkcs12Builder.h"
#include "import/ImportParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
const QByteArray kPassword = QByteArrayLiteral("Pkcs12 test passphrase");
const QString kFriendlyName = QStringLiteral("www.example.test");

// `openssl pkcs12 -info` prints one line per algorithm; the iteration counts are tuning, not
// promise, so they are cut out and checked separately.
QStringList algorithmLines(const QByteArray& infoStderr, QList<int>* iterations)
{
    static const QRegularExpression iterationPart(QStringLiteral(", Iteration (\\d+)"));
    QStringList lines;
    for (const QByteArray& raw : infoStderr.split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const auto match = iterationPart.match(line);
        if (match.hasMatch()) {
            iterations->append(match.captured(1).toInt());
            line.remove(match.capturedStart(), match.capturedLength());
        }
        lines << line;
    }
    return lines;
}
} // namespace

class tst_Pkcs12Builder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString passwordFile() const { return path(QStringLiteral("password.txt")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (the README's test command installs it)");
        QVERIFY(writeFile(passwordFile(), kPassword + '\n'));
    }

    void profileNames()
    {
        QVERIFY(Pkcs12Builder::profileFromName(QStringLiteral("modern")) == Pkcs12Builder::Profile::Modern);
        QVERIFY(Pkcs12Builder::profileFromName(QStringLiteral("compatible")) == Pkcs12Builder::Profile::Compatible);
        QVERIFY(!Pkcs12Builder::profileFromName(QStringLiteral("legacy")));
        QCOMPARE(Pkcs12Builder::profileName(Pkcs12Builder::Profile::Modern), QStringLiteral("modern"));
        QCOMPARE(Pkcs12Builder::profileName(Pkcs12Builder::Profile::Compatible), QStringLiteral("compatible"));
    }

    void build_data()
    {
        QTest::addColumn<QString>("keySpec");
        QTest::addColumn<Pkcs12Builder::Profile>("profile");
        QTest::addColumn<QStringList>("expectedLines");

        const QStringList modern{
            QStringLiteral("MAC: sha256"),
            QStringLiteral("MAC length: 32, salt length: 8"),
            QStringLiteral("PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, PRF hmacWithSHA256"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("PKCS7 Data"),
            QStringLiteral("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, PRF hmacWithSHA256"),
        };
        const QStringList compatible{
            QStringLiteral("MAC: sha1"),
            QStringLiteral("MAC length: 20, salt length: 8"),
            QStringLiteral("PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("Certificate bag"),
            QStringLiteral("PKCS7 Data"),
            QStringLiteral("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"),
        };
        for (const QString& spec : {QStringLiteral("rsa:2048"), QStringLiteral("ec:p256"), QStringLiteral("ed25519")}) {
            QTest::addRow("%s modern", qPrintable(spec)) << spec << Pkcs12Builder::Profile::Modern << modern;
            QTest::addRow("%s compatible", qPrintable(spec)) << spec << Pkcs12Builder::Profile::Compatible << compatible;
        }
    }

    void build()
    {
        QFETCH(QString, keySpec);
        QFETCH(Pkcs12Builder::Profile, profile);
        QFETCH(QStringList, expectedLines);

        auto chain = makeChain(keySpec);
        SIGNET_VERIFY_OK(chain);
        auto p12 = Pkcs12Builder::build(chain->leaf.cert, chain->leaf.key,
                                        {&chain->intermediate.cert, &chain->root.cert}, kFriendlyName, kPassword,
                                        profile);
        SIGNET_VERIFY_OK(p12);
        const QString stem = QString(keySpec).replace(QLatin1Char(':'), QLatin1Char('-')) + QLatin1Char('-')
                             + Pkcs12Builder::profileName(profile);
        const QString p12File = path(stem + QStringLiteral(".p12"));
        QVERIFY(writeFile(p12File, *p12));
        const QString passin = QStringLiteral("file:") + passwordFile();

        // Algorithms, as openssl reports them (without -legacy: the compatible profile must not need it).
        const ProcessResult info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"),
                                               QStringLiteral("-nokeys"), QStringLiteral("-nocerts"),
                                               QStringLiteral("-passin"), passin, QStringLiteral("-in"), p12File});
        QVERIFY2(info.ok(), info.describe().constData());
        QList<int> iterations;
        QCOMPARE(algorithmLines(info.err, &iterations), expectedLines);
        QCOMPARE(iterations.size(), 3); // MAC, certificate bag, key bag
        for (int count : std::as_const(iterations)) {
            QVERIFY2(count >= 2048, qPrintable(QStringLiteral("iteration count %1 is too low").arg(count)));
        }

        // Everything comes back out: a key whose public half is the certificate's, and the chain.
        const QString pemFile = path(stem + QStringLiteral(".pem"));
        const ProcessResult extract = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File,
                                                  QStringLiteral("-passin"), passin, QStringLiteral("-nodes"),
                                                  QStringLiteral("-out"), pemFile});
        QVERIFY2(extract.ok(), extract.describe().constData());
        const ProcessResult pub = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), pemFile,
                                              QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY2(pub.ok(), pub.describe().constData());
        QCOMPARE(pub.out, chain->leaf.cert.publicKeyDer());

        const QByteArray pem = readFile(pemFile);
        QVERIFY(pem.contains("friendlyName: " + kFriendlyName.toUtf8()));
        auto certs = Certificate::listFromPem(pem);
        SIGNET_VERIFY_OK(certs);
        QSet<QByteArray> extracted;
        for (const Certificate& c : *certs) {
            extracted.insert(c.toDer());
        }
        const QSet<QByteArray> expected{chain->leaf.cert.toDer(), chain->intermediate.cert.toDer(),
                                        chain->root.cert.toDer()};
        QCOMPARE(certs->size(), std::size_t(3));
        QCOMPARE(extracted, expected);

        // The wrong password opens nothing.
        const ProcessResult wrong = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File,
                                                QStringLiteral("-passin"), QStringLiteral("pass:not it"),
                                                QStringLiteral("-nodes")});
        QVERIFY(wrong.started);
        QVERIFY2(wrong.exitCode != 0, wrong.describe().constData());
    }

    void emptyPasswordIsRefused()
    {
        auto chain = makeChain(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(chain);
        for (auto profile : {Pkcs12Builder::Profile::Modern, Pkcs12Builder::Profile::Compatible}) {
            auto p12 = Pkcs12Builder::build(chain->leaf.cert, chain->leaf.key, {}, kFriendlyName, QByteArray(), profile);
            QVERIFY(!p12);
            QVERIFY2(p12.error().message.contains(QStringLiteral("password")), qPrintable(p12.error().toString()));
        }
    }

    void keyMustMatchCertificate()
    {
        auto chain = makeChain(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(chain);
        // Same algorithm and curve, different key: only a real comparison catches it.
        auto p12 = Pkcs12Builder::build(chain->leaf.cert, chain->intermediate.key, {&chain->root.cert}, kFriendlyName,
                                        kPassword, Pkcs12Builder::Profile::Modern);
        QVERIFY(!p12);
        QVERIFY2(p12.error().message.contains(QStringLiteral("does not belong")), qPrintable(p12.error().toString()));
    }

    void generatedPasswords()
    {
        static const QByteArray alphabet("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789");
        static const QRegularExpression format(QStringLiteral("^[^-]{5}(-[^-]{5}){4}$"));
        QSet<QByteArray> seen;
        QSet<char> used;
        for (int i = 0; i < 1000; ++i) {
            auto password = Pkcs12Builder::generatePassword();
            SIGNET_VERIFY_OK(password);
            QVERIFY2(format.match(QString::fromLatin1(*password)).hasMatch(), password->constData());
            const QList<QByteArray> groups = password->split('-');
            QCOMPARE(groups.size(), 5);
            for (const QByteArray& group : groups) {
                QCOMPARE(group.size(), 5);
                for (char c : group) {
                    QVERIFY2(alphabet.contains(c), password->constData());
                    used.insert(c);
                }
            }
            QVERIFY2(!seen.contains(*password), password->constData());
            seen.insert(*password);
        }
        QCOMPARE(seen.size(), 1000);
        // 25,000 draws from 54 characters: every one of them turns up unless the sampling is biased.
        QCOMPARE(used.size(), alphabet.size());
    }

    void importBack_data()
    {
        QTest::addColumn<Pkcs12Builder::Profile>("profile");
        QTest::newRow("modern") << Pkcs12Builder::Profile::Modern;
        QTest::newRow("compatible") << Pkcs12Builder::Profile::Compatible;
    }

    void importBack()
    {
        QFETCH(Pkcs12Builder::Profile, profile);
        auto chain = makeChain(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(chain);
        auto p12 = Pkcs12Builder::build(chain->leaf.cert, chain->leaf.key,
                                        {&chain->intermediate.cert, &chain->root.cert}, kFriendlyName, kPassword,
                                        profile);
        SIGNET_VERIFY_OK(p12);

        auto parsed = ImportParser::parse(*p12, QStringLiteral("bundle.p12"), kPassword);
        SIGNET_VERIFY_OK(parsed);
        QCOMPARE(parsed->keys.size(), std::size_t(1));
        QCOMPARE(parsed->certificates.size(), std::size_t(3));
        QVERIFY(parsed->skipped.isEmpty());
        QCOMPARE(parsed->keys.front().publicKeyDer(), chain->leaf.cert.publicKeyDer());
        QCOMPARE(parsed->certificates.front().toDer(), chain->leaf.cert.toDer()); // the key's own certificate first
        QSet<QByteArray> imported;
        for (const Certificate& c : parsed->certificates) {
            imported.insert(c.toDer());
        }
        QVERIFY(imported.contains(chain->intermediate.cert.toDer()));
        QVERIFY(imported.contains(chain->root.cert.toDer()));

        auto wrong = ImportParser::parse(*p12, QStringLiteral("bundle.p12"), "not the password");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("wrong password")), qPrintable(wrong.error().toString()));
        QVERIFY(wrong.error().message.contains(QStringLiteral("bundle.p12")));

        auto none = ImportParser::parse(*p12, QStringLiteral("bundle.p12"), QByteArray());
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("password")), qPrintable(none.error().toString()));
    }
};

QTEST_GUILESS_MAIN(tst_Pkcs12Builder)
#include "tst_Pkcs12Builder.moc"
