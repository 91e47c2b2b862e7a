#include "TestSupport.h"

#include "crypto/Crl.h"
#include "pki/CrlBuilder.h"
#include "pki/RevocationReason.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>

#include <algorithm>
#include <optional>

using namespace signet;
using namespace signet::test;

namespace {
const RevokedEntry* findEntry(const std::vector<RevokedEntry>& entries, const QString& serial)
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&serial](const RevokedEntry& e) { return e.serialHex == serial; });
    return it == entries.end() ? nullptr : &*it;
}

const QString kOtherSerial = QStringLiteral("5A0B0C0D0E0F10111213141516171819");
} // namespace

class TestCrlBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void build_data();
    void build();
    void roundTrip_data();
    void roundTrip();
    void emptyCrl();
    void reasonCodes_data();
    void reasonCodes();
    void reasonNames();
    void removeFromCrlEntry();
    void largeCrlNumber();
    void serialsAndTimes();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsForeignKey();

private:
    ProcessResult opensslCrl(const QByteArray& pem, const Certificate* ca);

    QTemporaryDir m_dir;
    std::optional<Issued> m_ca;
};

void TestCrlBuilder::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
    auto ca = issueWithNewKey(QStringLiteral("ec:p256"), caRequest(Profile::RootCa, QStringLiteral("CRL Root"), 3650),
                              nullptr);
    SIGNET_VERIFY_OK(ca);
    m_ca.emplace(std::move(*ca));
}

ProcessResult TestCrlBuilder::opensslCrl(const QByteArray& pem, const Certificate* ca)
{
    const QString crlPath = m_dir.filePath(QStringLiteral("list.crl"));
    if (!writeFile(crlPath, pem)) {
        return {};
    }
    QStringList args{QStringLiteral("crl"), QStringLiteral("-in"), crlPath, QStringLiteral("-noout"),
                     QStringLiteral("-text")};
    if (ca != nullptr) {
        const QString caPath = m_dir.filePath(QStringLiteral("ca.pem"));
        if (!writeFile(caPath, ca->toPem())) {
            return {};
        }
        args << QStringLiteral("-CAfile") << caPath;
    }
    return runOpenssl(args);
}

void TestCrlBuilder::build_data()
{
    QTest::addColumn<QString>("spec");
    for (const QString& spec : commonKeySpecs()) {
        QTest::newRow(qPrintable(spec)) << spec;
    }
}

void TestCrlBuilder::build()
{
    QFETCH(QString, spec);
    const QDateTime now = fixedNow();
    const auto chain = makeChain(spec, now);
    SIGNET_VERIFY_OK(chain);
    const Certificate& ca = chain->intermediate.cert;
    const QString leafSerial = chain->leaf.cert.serialHex();

    const std::vector<RevokedEntry> entries{
        {leafSerial, now.addDays(-1), 1},  // keyCompromise
        {kOtherSerial, now.addSecs(-7200), 0}, // unspecified: RFC 5280 wants no reason extension
    };
    const auto crl = CrlBuilder::build(ca, chain->intermediate.key.get(), entries, 7, now, 7);
    SIGNET_VERIFY_OK(crl);

    QCOMPARE(crl->version(), 2);
    QCOMPARE(crl->crlNumber(), qint64(7));
    QCOMPARE(crl->issuer(), ca.subject());
    QCOMPARE(crl->lastUpdate(), now);
    QCOMPARE(crl->nextUpdate(), now.addDays(7));
    QVERIFY(!crl->authorityKeyId().isEmpty());
    QCOMPARE(crl->authorityKeyId(), ca.subjectKeyId());
    QVERIFY(crl->authorityKeyId() != chain->root.cert.subjectKeyId());

    const std::vector<RevokedEntry> revoked = crl->revoked();
    QCOMPARE(revoked.size(), size_t(2));
    const RevokedEntry* compromised = findEntry(revoked, leafSerial);
    QVERIFY(compromised != nullptr);
    QCOMPARE(compromised->reason, 1);
    QCOMPARE(compromised->revokedAt, now.addDays(-1));
    const RevokedEntry* plain = findEntry(revoked, kOtherSerial);
    QVERIFY(plain != nullptr);
    QCOMPARE(plain->reason, -1);
    QCOMPARE(plain->revokedAt, now.addSecs(-7200));

    QVERIFY(crl->isSignedBy(ca));
    QVERIFY(!crl->isSignedBy(chain->root.cert));
    QVERIFY(!crl->isSignedBy(chain->leaf.cert));
    QCOMPARE(ERR_peek_error(), 0UL);

    const auto shown = opensslCrl(crl->toPem(), &ca);
    QVERIFY2(shown.ok(), shown.describe().constData());
    QVERIFY2(shown.err.contains("verify OK") || shown.out.contains("verify OK"), shown.describe().constData());
    const QByteArray text = shown.out;
    for (const QByteArray& expected :
         {QByteArray("Version 2 (0x1)"), QByteArray("X509v3 CRL Number"), QByteArray("X509v3 CRL Reason Code"),
          QByteArray("Key Compromise"), QByteArray("X509v3 Authority Key Identifier"),
          QByteArray("Next Update: Jun  8 12:00:00 2025 GMT"), QByteArray("Last Update: Jun  1 12:00:00 2025 GMT"),
          "Serial Number: " + leafSerial.toLatin1(), "Serial Number: " + kOtherSerial.toLatin1()}) {
        QVERIFY2(text.contains(expected), expected.constData());
    }
    QVERIFY2(text.contains(QByteArray("X509v3 CRL Number: \n                7\n"))
                 || text.contains(QByteArray("X509v3 CRL Number:\n                7\n")),
             text.constData());
    QVERIFY(!text.contains("Unspecified"));
    QCOMPARE(text.count("X509v3 CRL Reason Code"), 1);

    // Signed by the wrong CA, openssl notices.
    const auto wrongCa = opensslCrl(crl->toPem(), &chain->root.cert);
    QVERIFY(!(wrongCa.err.contains("verify OK") || wrongCa.out.contains("verify OK")));
}

void TestCrlBuilder::roundTrip_data()
{
    QTest::addColumn<bool>("pem");
    QTest::newRow("PEM") << true;
    QTest::newRow("DER") << false;
}

void TestCrlBuilder::roundTrip()
{
    QFETCH(bool, pem);
    const std::vector<RevokedEntry> entries{{kOtherSerial, fixedNow().addDays(-3), 4}};
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), entries, 12, fixedNow(), 30);
    SIGNET_VERIFY_OK(crl);
    const QByteArray der = crl->toDer();
    QVERIFY(crl->toPem().startsWith("-----BEGIN X509 CRL-----\n"));
    QCOMPARE(int(static_cast<unsigned char>(der.at(0))), 0x30);

    const auto parsed = Crl::fromData(pem ? crl->toPem() : der);
    SIGNET_VERIFY_OK(parsed);
    QCOMPARE(parsed->toDer(), der);
    QCOMPARE(parsed->crlNumber(), qint64(12));
    QCOMPARE(parsed->version(), 2);
    QCOMPARE(parsed->nextUpdate(), fixedNow().addDays(30));
    QCOMPARE(parsed->issuer(), QStringLiteral("CN=CRL Root"));
    QCOMPARE(parsed->revoked().size(), size_t(1));
    QCOMPARE(parsed->revoked().at(0).serialHex, kOtherSerial);
    QCOMPARE(parsed->revoked().at(0).reason, 4);
    QVERIFY(parsed->isSignedBy(m_ca->cert));
    QVERIFY(!parsed->toText().isEmpty());
    QVERIFY(parsed->toText().contains(QLatin1String("Superseded")));

    // openssl produces the very same DER from the PEM.
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("rt.crl")), crl->toPem()));
    const auto converted = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"),
                                       m_dir.filePath(QStringLiteral("rt.crl")), QStringLiteral("-outform"),
                                       QStringLiteral("DER")});
    QVERIFY2(converted.ok(), converted.describe().constData());
    QCOMPARE(converted.out, der);

    QVERIFY(!Crl::fromData("garbage").ok());
    QVERIFY(!Crl::fromData(m_ca->cert.toPem()).ok()); // a certificate is not a CRL
    QVERIFY(!Crl::fromData(der.left(der.size() / 2)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCrlBuilder::emptyCrl()
{
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), {}, 1, fixedNow(), 1);
    SIGNET_VERIFY_OK(crl);
    QVERIFY(crl->revoked().empty());
    QCOMPARE(crl->crlNumber(), qint64(1));
    QCOMPARE(crl->nextUpdate(), fixedNow().addDays(1));
    QVERIFY(crl->isSignedBy(m_ca->cert));
    const auto shown = opensslCrl(crl->toPem(), &m_ca->cert);
    QVERIFY2(shown.ok(), shown.describe().constData());
    QVERIFY2(shown.out.contains("No Revoked Certificates."), shown.out.constData());
}

void TestCrlBuilder::reasonCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("keyCompromise") << 1 << QByteArray("Key Compromise");
    QTest::newRow("caCompromise") << 2 << QByteArray("CA Compromise");
    QTest::newRow("affiliationChanged") << 3 << QByteArray("Affiliation Changed");
    QTest::newRow("superseded") << 4 << QByteArray("Superseded");
    QTest::newRow("cessationOfOperation") << 5 << QByteArray("Cessation Of Operation");
    QTest::newRow("certificateHold") << 6 << QByteArray("Certificate Hold");
    QTest::newRow("privilegeWithdrawn") << 9 << QByteArray("Privilege Withdrawn");
    QTest::newRow("aACompromise") << 10 << QByteArray("AA Compromise");
}

void TestCrlBuilder::reasonCodes()
{
    QFETCH(int, code);
    QFETCH(QByteArray, shown);
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), {{kOtherSerial, fixedNow(), code}}, 2,
                                       fixedNow(), 7);
    SIGNET_VERIFY_OK(crl);
    QCOMPARE(crl->revoked().at(0).reason, code);
    const auto text = opensslCrl(crl->toPem(), nullptr);
    QVERIFY2(text.ok(), text.describe().constData());
    QVERIFY2(text.out.contains(shown), text.out.constData());
    const auto reason = revocationReasonFromName(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(reason.has_value());
    QCOMPARE(revocationReasonCode(*reason), code);
    QCOMPARE(revocationReasonFromCode(code), reason);
    QCOMPARE(revocationReasonName(*reason), QString::fromLatin1(QTest::currentDataTag()));
}

void TestCrlBuilder::reasonNames()
{
    QCOMPARE(revocationReasonFromName(QStringLiteral("KEYCOMPROMISE")), std::optional(RevocationReason::KeyCompromise));
    QVERIFY(!revocationReasonFromCode(7).has_value());
    QVERIFY(!revocationReasonFromCode(99).has_value());
    QCOMPARE(revocationReasonFromName(QStringLiteral("unspecified")), std::optional(RevocationReason::Unspecified));
    QVERIFY(!revocationReasonFromName(QStringLiteral("removeFromCRL")).has_value()); // ends a hold, revokes nothing
    QVERIFY(!revocationReasonFromName(QStringLiteral("bogus")).has_value());
    QVERIFY(!revocationReasonFromName(QString()).has_value());
    QCOMPARE(revocationReasonNames().size(), 9);
    QCOMPARE(revocationReasonNames().first(), QStringLiteral("unspecified"));
}

void TestCrlBuilder::removeFromCrlEntry()
{
    // Ending a hold is no reason to revoke, but a CRL entry may carry it.
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), {{kOtherSerial, fixedNow(), kRemoveFromCrlCode}},
                                       2, fixedNow(), 7);
    SIGNET_VERIFY_OK(crl);
    QCOMPARE(crl->revoked().at(0).reason, kRemoveFromCrlCode);
    const auto text = opensslCrl(crl->toPem(), nullptr);
    QVERIFY2(text.ok(), text.describe().constData());
    QVERIFY2(text.out.contains("Remove From CRL"), text.out.constData());
    QVERIFY(!revocationReasonFromCode(kRemoveFromCrlCode).has_value());
    QVERIFY(!CrlBuilder::build(m_ca->cert, m_ca->key.get(), {{kOtherSerial, fixedNow(), 7}}, 2, fixedNow(), 7));
}

void TestCrlBuilder::largeCrlNumber()
{
    const qint64 big = (qint64(1) << 40) + 3;
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), {}, big, fixedNow(), 7);
    SIGNET_VERIFY_OK(crl);
    QCOMPARE(crl->crlNumber(), big);
}

void TestCrlBuilder::serialsAndTimes()
{
    // Given in any order and any spelling, listed as DER integers in ascending order; dates from
    // 2050 on as GeneralizedTime, earlier ones as UTCTime (RFC 5280 4.1.2.5).
    const QDateTime utcLast(QDate(2049, 12, 31), QTime(23, 59, 59), Qt::UTC);
    const QDateTime generalized(QDate(2050, 1, 1), QTime(0, 0), Qt::UTC);
    const std::vector<RevokedEntry> entries{
        {QStringLiteral("abc"), utcLast, 1},   {QStringLiteral("80"), fixedNow(), 1},
        {QStringLiteral("0100"), fixedNow(), 1}, {QStringLiteral("7F"), fixedNow(), 1},
        {QStringLiteral("00FF"), generalized, 1}, {QStringLiteral("0"), fixedNow(), 1},
        {QStringLiteral("1"), fixedNow(), 1}};
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), entries, 5, fixedNow(), 7);
    SIGNET_VERIFY_OK(crl);
    QStringList serials;
    for (const RevokedEntry& entry : crl->revoked()) {
        serials << entry.serialHex;
    }
    QCOMPARE(serials, (QStringList{QStringLiteral("0"), QStringLiteral("01"), QStringLiteral("7F"), QStringLiteral("80"),
                                   QStringLiteral("FF"), QStringLiteral("0100"), QStringLiteral("0ABC")}));
    QCOMPARE(crl->revoked().at(4).revokedAt, generalized);
    QCOMPARE(crl->revoked().at(6).revokedAt, utcLast);
    const QByteArray der = crl->toDer();
    QVERIFY(der.contains(QByteArray("\x18\x0f" "20500101000000Z")));
    QVERIFY(der.contains(QByteArray("\x17\x0d" "491231235959Z")));
    const auto text = opensslCrl(crl->toPem(), &m_ca->cert);
    QVERIFY2(text.ok(), text.describe().constData());
    QVERIFY2(text.err.contains("verify OK") || text.out.contains("verify OK"), text.describe().constData());
    QVERIFY2(text.out.contains("Revocation Date: Jan  1 00:00:00 2050 GMT"), text.out.constData());
}

void TestCrlBuilder::rejectsBadInput_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("zero days") << 0 << kOtherSerial << QStringLiteral("not 0");
    QTest::newRow("negative days") << -5 << kOtherSerial << QStringLiteral("not -5");
    QTest::newRow("over ten years") << 3651 << kOtherSerial << QStringLiteral("not 3651");
    QTest::newRow("bad serial") << 7 << QStringLiteral("XYZ") << QStringLiteral("XYZ");
    QTest::newRow("empty serial") << 7 << QString() << QStringLiteral("serial");
    // A typo must not revoke some other certificate whose serial is a prefix of what was typed.
    QTest::newRow("colons") << 7 << QStringLiteral("5A:0B:0C") << QStringLiteral("5A:0B:0C");
    QTest::newRow("trailing junk") << 7 << QStringLiteral("5A0BZZ") << QStringLiteral("5A0BZZ");
    QTest::newRow("negative") << 7 << QStringLiteral("-5A0B") << QStringLiteral("-5A0B");
}

void TestCrlBuilder::rejectsBadInput()
{
    QFETCH(int, days);
    QFETCH(QString, serial);
    QFETCH(QString, mentions);
    const auto crl = CrlBuilder::build(m_ca->cert, m_ca->key.get(), {{serial, fixedNow(), 1}}, 3, fixedNow(), days);
    QVERIFY(!crl.ok());
    QVERIFY2(crl.error().message.contains(mentions), qPrintable(crl.error().message));
    QCOMPARE(ERR_peek_error(), 0UL);

    QVERIFY(CrlBuilder::build(m_ca->cert, m_ca->key.get(), {}, 3, fixedNow(), 3650).ok());
}

void TestCrlBuilder::rejectsForeignKey()
{
    // Signed with a key that is not the CA's, the CRL would be rejected by every server that loads it.
    const auto other = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(other);
    const auto crl = CrlBuilder::build(m_ca->cert, other->get(), {}, 3, fixedNow(), 7);
    QVERIFY(!crl.ok());
    QVERIFY2(crl.error().message.contains(QLatin1String("key")), qPrintable(crl.error().message));
}

QTEST_GUILESS_MAIN(TestCrlBuilder)
#include "tst_CrlBuilder.moc"
