// Status colours are readable on light and dark palettes: every status, on the base, alternate-row
// and window colours of each, reaches the WCAG 2 AA contrast ratio of 4.5:1. The word and the icon
// shape stay, so colour is never the only cue.

#include "GuiTestMain.h"

#include "StatusStyle.h"
#include "wizards/WizardSupport.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

using namespace signet;

namespace {
const QList<CertificateStatus> kStatuses = {CertificateStatus::Valid,   CertificateStatus::Expiring,
                                            CertificateStatus::Expired, CertificateStatus::Revoked,
                                            CertificateStatus::NotYetValid, CertificateStatus::Altered};

QPalette palette(const QColor& base, const QColor& alternateBase, const QColor& window)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::Window, window);
    return p;
}

// Fusion's light colours.
QPalette lightPalette()
{
    return palette(QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf7, 0xf7), QColor(0xef, 0xef, 0xef));
}

// Breeze Dark's base colours and Fusion's dark window.
QPalette darkPalette()
{
    return palette(QColor(0x23, 0x26, 0x29), QColor(0x2a, 0x2e, 0x32), QColor(0x35, 0x35, 0x35));
}
} // namespace

class tst_StatusStyle : public QObject {
    Q_OBJECT

private slots:
    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(StatusStyle::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(StatusStyle::contrastRatio(Qt::white, Qt::white), 1.0);
        // #777 on white is the classic 4.48:1, just below AA.
        QCOMPARE(qRound(StatusStyle::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    }

    void everyStatusIsReadable_data()
    {
        QTest::addColumn<CertificateStatus>("status");
        QTest::addColumn<QColor>("background");
        const QList<std::pair<const char*, QPalette>> palettes = {{"light", lightPalette()}, {"dark", darkPalette()}};
        for (const auto& [name, palette] : palettes) {
            for (CertificateStatus status : kStatuses) {
                for (const auto role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                    QTest::addRow("%s %s on role %d", name, qPrintable(certificateStatusName(status)), int(role))
                        << status << palette.color(role);
                }
            }
        }
        // Between light and dark: the colours are adjusted until they stand out.
        for (CertificateStatus status : kStatuses) {
            const QByteArray name = certificateStatusName(status).toUtf8();
            QTest::addRow("mid grey %s", name.constData()) << status << QColor(0x6e, 0x6e, 0x6e);
            QTest::addRow("light grey %s", name.constData()) << status << QColor(0xb4, 0xb4, 0xb4);
        }
    }

    void everyStatusIsReadable()
    {
        QFETCH(CertificateStatus, status);
        QFETCH(QColor, background);
        const StatusStyle style = StatusStyle::forStatus(status, background);
        const double ratio = StatusStyle::contrastRatio(style.color, background);
        QVERIFY2(ratio >= StatusStyle::kMinimumContrast,
                 qPrintable(QStringLiteral("%1 on %2: %3:1").arg(style.color.name(), background.name()).arg(ratio, 0, 'f', 2)));
        QVERIFY(!style.label.isEmpty());
        QVERIFY(!style.icon.isNull());
    }

    // On a dark palette the colours are light ones, not the light palette's dark red at about 2:1.
    void darkPaletteGetsItsOwnColours()
    {
        const QColor dark = darkPalette().color(QPalette::Base);
        const QColor light = lightPalette().color(QPalette::Base);
        for (CertificateStatus status : kStatuses) {
            const QColor onDark = StatusStyle::forStatus(status, dark).color;
            const QColor onLight = StatusStyle::forStatus(status, light).color;
            QVERIFY2(onDark.lightness() > onLight.lightness(), qPrintable(certificateStatusName(status)));
            QVERIFY2(StatusStyle::contrastRatio(onLight, dark) < StatusStyle::kMinimumContrast,
                     qPrintable(certificateStatusName(status)));
        }
    }

    // Hints and refusals are drawn in the error colour of the palette they stand on: the wizards'
    // hint under a dark palette is light red at 4.5:1 or more, not the light palette's dark red.
    void errorTextIsReadableOnEitherPalette()
    {
        const QPalette before = QApplication::palette();
        for (const QPalette& p : {lightPalette(), darkPalette()}) {
            QApplication::setPalette(p);
            std::unique_ptr<QLabel> hint(makeHint(nullptr));
            const auto match = QRegularExpression(QStringLiteral("color: (#[0-9a-f]{6})")).match(hint->styleSheet());
            QVERIFY2(match.hasMatch(), qPrintable(hint->styleSheet()));
            const QColor color(match.captured(1));
            QCOMPARE(color.name(), StatusStyle::errorColorName());
            QVERIFY2(StatusStyle::contrastRatio(color, p.color(QPalette::Window)) >= StatusStyle::kMinimumContrast,
                     qPrintable(color.name()));
            QVERIFY(StatusStyle::contrastRatio(QColor(StatusStyle::successColorName()), p.color(QPalette::Window))
                    >= StatusStyle::kMinimumContrast);
        }
        QApplication::setPalette(before);
    }

    // The icon is drawn in the colour of the palette it is shown on.
    void iconsFollowTheColour()
    {
        const QImage onLight = StatusStyle::forStatus(CertificateStatus::Revoked, Qt::white).icon.pixmap(32).toImage();
        const QImage onDark = StatusStyle::forStatus(CertificateStatus::Revoked, QColor(0x20, 0x20, 0x20)).icon.pixmap(32).toImage();
        QVERIFY(onLight != onDark);
    }
};

SIGNET_GUI_TEST_MAIN(tst_StatusStyle)
#include "tst_StatusStyle.moc"
