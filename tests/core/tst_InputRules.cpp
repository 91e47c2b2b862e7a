// The rules for what comes in from outside, below the workspace: names and references (NameRules),
// bounded reads of files (BoundedFile), writes that never follow a symbolic link (FileWriter), and
// keeping secrets out of core dumps (ProcessHardening, SecretBytes in LockedMemory).

#include "TestSupport.h"

#include "crypto/ProcessHardening.h"
#include "crypto/SecretBytes.h"
#include "export/FileWriter.h"
#include "import/BoundedFile.h"
#include "pki/NameRules.h"

#include <QTemporaryDir>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace signet;
using namespace signet::test;

namespace {
mode_t modeOf(const QString& path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

// The VmFlags of the mapping in /proc/self/smaps that holds `address`.
QByteArray vmFlagsAt(const void* address)
{
    const auto at = reinterpret_cast<quintptr>(address);
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/self/smaps")).split('\n');
    bool inside = false;
    for (const QByteArray& line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool okFrom = false;
            bool okTo = false;
            const quintptr from = line.left(dash).toULongLong(&okFrom, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
            if (okFrom && okTo) {
                inside = at >= from && at < to;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}
} // namespace

class tst_InputRules : public QObject {
    Q_OBJECT

private slots:
    void certificateNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("word") << QStringLiteral("alice") << true;
        QTest::newRow("spaces") << QStringLiteral("Lab Root CA") << true;
        QTest::newRow("hex word") << QStringLiteral("Bad") << true; // no digit: a word, not a serial
        QTest::newRow("host") << QStringLiteral("www.example.com") << true;
        QTest::newRow("unicode") << QStringLiteral("Müller") << true;
        QTest::newRow("serial") << QStringLiteral("3F2A9C0D11E4B6A8F00B7C2D9E1A4B5C") << false;
        QTest::newRow("serial with colons") << QStringLiteral("3F:2A:9C:0D") << false;
        QTest::newRow("short hex with digit") << QStringLiteral("ab12") << false;
        QTest::newRow("digits") << QStringLiteral("2024") << false;
        QTest::newRow("0x") << QStringLiteral("0xdead") << false;
        QTest::newRow("id") << QStringLiteral("id:3") << false;
        QTest::newRow("ID") << QStringLiteral("ID:3") << false;
        QTest::newRow("newline") << QStringLiteral("alice\n2030-01-01  revoke  bob") << false;
        QTest::newRow("escape") << QStringLiteral("alice\x1b[2J") << false;
        QTest::newRow("carriage return") << QStringLiteral("alice\rbob") << false;
        QTest::newRow("DEL") << QStringLiteral("alice\x7f") << false;
        QTest::newRow("C1") << (QStringLiteral("alice") + QChar(0x9b)) << false;
        QTest::newRow("bidi override") << (QStringLiteral("alice") + QChar(0x202e) + QStringLiteral("gpj")) << false;
        QTest::newRow("line separator") << (QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")) << false;
        QTest::newRow("empty") << QStringLiteral("  ") << false;
    }
    void certificateNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        const Status st = NameRules::checkCertificateName(name);
        QVERIFY2(st.ok() == accepted, qPrintable(st.ok() ? QStringLiteral("accepted") : st.error().message));
        // What is refused when typed is mended when it comes from a certificate, and then accepted.
        const QString mended = NameRules::certificateNameFrom(name);
        if (!mended.isEmpty()) {
            SIGNET_VERIFY_OK(NameRules::checkCertificateName(mended));
        }
        if (accepted) {
            QCOMPARE(mended, name.trimmed());
        }
    }

    void mendedNames()
    {
        QCOMPARE(NameRules::certificateNameFrom(QStringLiteral("3F:2A")), QStringLiteral("3F:2A (name)"));
        QCOMPARE(NameRules::certificateNameFrom(QStringLiteral("id:7")), QStringLiteral("name id:7"));
        QCOMPARE(NameRules::certificateNameFrom(QStringLiteral("a\nb")), QStringLiteral("a") + QChar(0xfffd) + QStringLiteral("b"));
    }

    void references()
    {
        QVERIFY(NameRules::looksLikeSerial(QStringLiteral("3F:2A")));
        QVERIFY(NameRules::looksLikeSerial(QStringLiteral("0x3f2a")));
        QVERIFY(NameRules::looksLikeSerial(QStringLiteral("CAFE")));
        QVERIFY(!NameRules::looksLikeSerial(QStringLiteral("alice")));
        QVERIFY(NameRules::looksLikeId(QStringLiteral("id:12")));
    }

    void subjectAltNames_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dns") << QStringLiteral("dns") << QStringLiteral("www.example.com") << true;
        QTest::newRow("dns wildcard") << QStringLiteral("dns") << QStringLiteral("*.example.com") << true;
        QTest::newRow("dns underscore") << QStringLiteral("dns") << QStringLiteral("_srv.lab.example") << true;
        QTest::newRow("dns space") << QStringLiteral("dns") << QStringLiteral("ex ample.com") << false;
        QTest::newRow("dns two wildcards") << QStringLiteral("dns") << QStringLiteral("*.*.com") << false;
        QTest::newRow("dns empty label") << QStringLiteral("dns") << QStringLiteral("a_b..c") << false;
        QTest::newRow("dns inner wildcard") << QStringLiteral("dns") << QStringLiteral("www.*.com") << false;
        QTest::newRow("uri https") << QStringLiteral("uri") << QStringLiteral("https://id.example.com/u/1") << true;
        QTest::newRow("uri spiffe") << QStringLiteral("uri") << QStringLiteral("spiffe://lab.example/web") << true;
        QTest::newRow("uri urn") << QStringLiteral("uri") << QStringLiteral("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66") << true;
        QTest::newRow("uri javascript") << QStringLiteral("uri") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("uri data") << QStringLiteral("uri") << QStringLiteral("data:text/html,hi") << false;
        QTest::newRow("uri file") << QStringLiteral("uri") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("uri no host") << QStringLiteral("uri") << QStringLiteral("https:///x") << false;
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("alice@example.com") << true;
        QTest::newRow("email space") << QStringLiteral("email") << QStringLiteral("al ice@example.com") << false;
        QTest::newRow("email no domain") << QStringLiteral("email") << QStringLiteral("alice@") << false;
        QTest::newRow("email newline") << QStringLiteral("email") << QStringLiteral("a@example.com\nx") << false;
    }
    void subjectAltNames()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        if (kind == QLatin1String("dns")) {
            QCOMPARE(NameRules::isDnsName(value), valid);
        } else if (kind == QLatin1String("uri")) {
            QCOMPARE(NameRules::isSanUri(value), valid);
        } else {
            QCOMPARE(NameRules::isEmailAddress(value), valid);
        }
    }

    void boundedReads()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        QVERIFY(writeFile(small, QByteArray(100, 'a')));
        QCOMPARE(BoundedFile::read(small, 100).value(), QByteArray(100, 'a'));
        const auto tooBig = BoundedFile::read(small, 99);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(QStringLiteral("larger than 99 bytes")), qPrintable(tooBig.error().message));

        // A symbolic link to a regular file reads what it points to.
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(small, link));
        QCOMPARE(BoundedFile::read(link, 100).value().size(), 100);

        // Devices, folders and FIFOs are refused at once: no endless read, no blocking open.
        for (const QString& path : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), dir.path()}) {
            const auto refused = BoundedFile::read(path, BoundedFile::kImportLimit);
            QVERIFY2(!refused, qPrintable(path));
            QVERIFY2(refused.error().message.contains(QStringLiteral("not a regular file")),
                     qPrintable(refused.error().message));
        }
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!BoundedFile::read(fifo, 100));
    }

    void boundedFirstLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pw"));
        QVERIFY(writeFile(file, "secret\r\nsecond line\n"));
        QCOMPARE(BoundedFile::readFirstLine(file, 16).value(), QByteArrayLiteral("secret"));
        QVERIFY(writeFile(file, "no line break"));
        QCOMPARE(BoundedFile::readFirstLine(file, 16).value(), QByteArrayLiteral("no line break"));
        QVERIFY(writeFile(file, QByteArray(17, 'x') + '\n'));
        QVERIFY(!BoundedFile::readFirstLine(file, 16));
        QVERIFY(writeFile(file, QByteArray(16, 'x') + "\nmore"));
        QCOMPARE(BoundedFile::readFirstLine(file, 16).value(), QByteArray(16, 'x'));
        const auto zero = BoundedFile::readFirstLine(QStringLiteral("/dev/zero"), BoundedFile::kPasswordLimit);
        QVERIFY(!zero);
        QVERIFY2(zero.error().message.contains(QStringLiteral("not a regular file or a pipe")), qPrintable(zero.error().message));
    }

    void writesRefuseSymlinks()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(target, "precious"));
        const QString link = dir.filePath(QStringLiteral("out.key"));
        QVERIFY(QFile::link(target, link));
        const Status refused = writeFileAtomically(link, "KEY", FileAccess::Secret);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("symbolic link")), qPrintable(refused.error().message));
        QCOMPARE(readFile(target), QByteArrayLiteral("precious"));
        QVERIFY(QFileInfo(link).isSymLink());

        QVERIFY(!writeFileAtomically(dir.path(), "x", FileAccess::Public));
        QVERIFY(!writeFileAtomically(QStringLiteral("/dev/null"), "x", FileAccess::Public));
        QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/x")), "x", FileAccess::Public));
        // Nothing left behind by the refusals.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
    }

    void writesHonourModes()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(022);
        const QString secret = dir.filePath(QStringLiteral("k.pem"));
        const QString open = dir.filePath(QStringLiteral("c.pem"));
        const QString script = dir.filePath(QStringLiteral("t.sh"));
        SIGNET_VERIFY_OK(writeFileAtomically(secret, "KEY", FileAccess::Secret));
        SIGNET_VERIFY_OK(writeFileAtomically(open, "CERT", FileAccess::Public));
        SIGNET_VERIFY_OK(writeFileAtomically(script, "#!/bin/sh", FileAccess::Executable));
        ::umask(077);
        const QString tight = dir.filePath(QStringLiteral("tight.pem"));
        SIGNET_VERIFY_OK(writeFileAtomically(tight, "CERT", FileAccess::Public));
        ::umask(old);
        QCOMPARE(modeOf(secret), mode_t(0600));
        QCOMPARE(modeOf(open), mode_t(0644));
        QCOMPARE(modeOf(script), mode_t(0755));
        QCOMPARE(modeOf(tight), mode_t(0600));
        // Replacing a regular file works, and its old mode does not survive into a secret file.
        QVERIFY(QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        SIGNET_VERIFY_OK(writeFileAtomically(open, "KEY2", FileAccess::Secret));
        QCOMPARE(readFile(open), QByteArrayLiteral("KEY2"));
        QCOMPARE(modeOf(open), mode_t(0600));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
    }

    void secretsStayOutOfDumps()
    {
        SecretBytes key(32);
        const QByteArray flags = vmFlagsAt(key.data());
        QVERIFY2(flags.split(' ').contains("dd"), flags.constData()); // MADV_DONTDUMP
        key.resize(5000); // a new buffer: the same care
        QVERIFY(vmFlagsAt(key.data()).split(' ').contains("dd"));
        SecretBytes moved = std::move(key);
        QVERIFY(vmFlagsAt(moved.data()).split(' ').contains("dd"));
    }

    void processHardening()
    {
        QVERIFY(ProcessHardening::disableCoreDumps());
        struct rlimit core {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(tst_InputRules)
#include "tst_InputRules.moc"
