// The German translation: every message translated with its placeholders, accelerators and markup
// intact; no tr() string in the sources that the .ts lacks (lupdate is re-run on a copy); and, once
// compiled by lrelease and installed, real widgets and core messages speak German.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "StatusStyle.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "crypto/KeySpec.h"
#include "pki/Profile.h"
#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <memory>

using namespace signet;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per <numerusform>
};

// A message that lupdate keeps only for history; lrelease leaves it out of the .qm.
bool isStale(const TsMessage& m)
{
    return m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete");
}

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    const auto readMessage = [&xml](const QString& context) {
        TsMessage m;
        m.context = context;
        m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (m.numerus) {
                    while (xml.readNextStartElement()) {
                        m.translations << xml.readElementText(); // <numerusform>
                    }
                } else {
                    m.translations << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        return m;
    };
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    messages << readMessage(context);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(QStringLiteral("not a Qt Linguist TS file"));
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return messages;
}

QString describe(const TsMessage& m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

QStringList sortedMatches(const QRegularExpression& re, const QString& text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    return found;
}

// Runs a Qt tool and fails the calling test when it does not exit cleanly.
bool runTool(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        *output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

// The Alt+letter of a label or button text ("Name in the &workspace:" -> 'w'), or a null QChar.
QChar accelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

// Letters two controls of one wizard page claim, counting the wizard's own buttons (Back, Next,
// Finish, Cancel), which are there on every page. A label counts when it is some field's buddy.
QStringList acceleratorClashes(QWizard& wizard)
{
    QStringList clashes;
    QStringList buttons;
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        buttons << wizard.buttonText(which);
    }
    for (const int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        QStringList texts = buttons;
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->buddy() != nullptr) {
                texts << label->text();
            }
        }
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            texts << button->text();
        }
        QHash<QChar, QString> claimed;
        for (const QString& text : std::as_const(texts)) {
            const QChar key = accelerator(text);
            if (key.isNull()) {
                continue;
            }
            if (claimed.contains(key)) {
                clashes << QStringLiteral("%1, page \"%2\": Alt+%3 is \"%4\" and \"%5\"")
                               .arg(wizard.objectName(), page->objectName(), key, claimed.value(key), text);
            } else {
                claimed.insert(key, text);
            }
        }
    }
    return clashes;
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private:
    void checkWizardAccelerators()
    {
        const QString path = m_dir.filePath(QStringLiteral("wizards-%1.signet").arg(++m_wizardRuns));
        auto ws = Workspace::create(path, QByteArrayLiteral("accelerators"), systemClock(), KeyVault::KdfParams{1u << 10, 8, 1});
        QVERIFY(ws);
        QVERIFY((*ws)->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        NewCaWizard ca(**ws, std::nullopt);
        NewServerWizard server(**ws, std::nullopt);
        NewClientWizard client(**ws, std::nullopt);
        SignRequestWizard sign(**ws, std::nullopt);
        QStringList clashes;
        for (QWizard* wizard : std::initializer_list<QWizard*>{&ca, &server, &client, &sign}) {
            QVERIFY(!wizard->buttonText(QWizard::NextButton).isEmpty());
            clashes << acceleratorClashes(*wizard);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    QTemporaryDir m_dir;
    int m_wizardRuns = 0;
    QString m_lupdateOutput;
    QList<TsMessage> m_refreshed;
    std::unique_ptr<QTranslator> m_translator;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The committed .ts: nothing unfinished or empty; %1/%n, &-accelerators and HTML tags survive.
    void tsFileIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(SIGNET_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 400, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));

        static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
        static const QRegularExpression mnemonic(QStringLiteral("&(?!&)[^\\s&]"));
        static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
        QStringList problems;
        for (const TsMessage& m : messages) {
            if (isStale(m)) {
                continue;
            }
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished: ") + describe(m);
            }
            if (m.numerus && m.translations.size() != 2) {
                problems << QStringLiteral("German needs 2 plural forms, found %1: ").arg(m.translations.size())
                                + describe(m);
            }
            if (m.translations.isEmpty()) {
                problems << QStringLiteral("no translation: ") + describe(m);
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + describe(m);
                    continue;
                }
                QStringList want = sortedMatches(placeholder, m.source);
                QStringList have = sortedMatches(placeholder, t);
                want.removeDuplicates();
                have.removeDuplicates();
                if (want != have) {
                    problems << QStringLiteral("placeholders %1 became %2: ")
                                        .arg(want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')))
                                    + describe(m);
                }
                const qsizetype accelerators = sortedMatches(mnemonic, t).size();
                if (sortedMatches(mnemonic, m.source).size() != accelerators) {
                    problems << QStringLiteral("accelerator lost or doubled in \"%1\": ").arg(t) + describe(m);
                }
                if (sortedMatches(tag, m.source) != sortedMatches(tag, t)) {
                    problems << QStringLiteral("HTML tags differ in \"%1\": ").arg(t) + describe(m);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over the sources, into a copy: a tr() string the .ts lacks comes back unfinished.
    void tsFileIsCurrent()
    {
        const QString copy = m_dir.filePath(QStringLiteral("signet_de.ts"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(SIGNET_TS_FILE), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString src = QStringLiteral(SIGNET_SOURCE_DIR);
        // Whole folders, so tr() in headers counts too (lupdate finds its classes there as well).
        const QStringList args = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  src + QStringLiteral("/ui"), src + QStringLiteral("/core"),
                                  src + QStringLiteral("/app/gui"), QStringLiteral("-ts"), copy};
        QVERIFY2(runTool(QStringLiteral(SIGNET_LUPDATE), args, &m_lupdateOutput), qPrintable(m_lupdateOutput));

        QString error;
        m_refreshed = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage& m : std::as_const(m_refreshed)) {
            if (m.type == QLatin1String("unfinished")) {
                missing << describe(m);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("source strings without German text (run lupdate, then translate "
                                           "translations/signet_de.ts):\n")
                            + missing.join(QLatin1Char('\n'))));
    }

    // lupdate names a context after the class it finds a tr() in. In a class without Q_OBJECT or
    // Q_DECLARE_TR_FUNCTIONS it guesses, and the guess need not be the context the code asks for at
    // run time, so those strings would stay English.
    void lupdateFindsEveryContext()
    {
        QVERIFY2(!m_lupdateOutput.isNull(), "tsFileIsCurrent did not run lupdate");
        QStringList guessed;
        for (const QString& line : m_lupdateOutput.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("lacks Q_OBJECT macro"))) {
                guessed << line.trimmed();
            }
        }
        QVERIFY2(guessed.isEmpty(), qPrintable(guessed.join(QLatin1Char('\n'))));
    }

    // Every wizard page, in English here and in German below: no two controls share an Alt+letter,
    // and none takes one of the wizard's buttons (Alt+N was both "Name in the workspace" and Next).
    void wizardAcceleratorsAreUnique() { checkWizardAccelerators(); }

    // lrelease into a .qm, installed like app/gui/main.cpp installs :/i18n/signet_de.qm.
    void installCompiledTranslation()
    {
        const QString qm = m_dir.filePath(QStringLiteral("signet_de.qm"));
        QString output;
        QVERIFY2(runTool(QStringLiteral(SIGNET_LRELEASE), {QStringLiteral(SIGNET_TS_FILE), QStringLiteral("-qm"), qm},
                         &output),
                 qPrintable(output));
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(qm));
        QCOMPARE(m_translator->language(), QStringLiteral("de_DE"));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    void widgetsSpeakGerman()
    {
        QVERIFY(m_translator);

        WelcomePage welcome;
        auto* create = child<QCommandLinkButton>(&welcome, "createFirstCaButton");
        QVERIFY(create);
        QCOMPARE(create->text(), QStringLiteral("Erste Zertifizierungsstelle erstellen"));
        auto* open = child<QCommandLinkButton>(&welcome, "openWorkspaceButton");
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Arbeitsbereich öffnen"));

        PasswordDialog unlock(PasswordDialog::Mode::Unlock, m_dir.filePath(QStringLiteral("x.signet")));
        QCOMPARE(unlock.windowTitle(), QStringLiteral("Arbeitsbereich entsperren"));
        auto* buttons = unlock.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Entsperren"));

        MainWindow window;
        QStringList menus;
        for (QAction* menu : window.menuBar()->actions()) {
            menus << menu->text();
        }
        QCOMPARE(menus, QStringList({QStringLiteral("&Datei"), QStringLiteral("&Arbeitsbereich"), QStringLiteral("&Zertifikate"),
                                     QStringLiteral("&Hilfe")}));
        auto* newCa = child<QAction>(&window, "actionNewCa");
        QVERIFY(newCa);
        QCOMPARE(newCa->text(), QStringLiteral("Neue &Zertifizierungsstelle…"));
        auto* revoke = child<QAction>(&window, "actionRevoke");
        QVERIFY(revoke);
        QCOMPARE(revoke->text(), QStringLiteral("&Widerrufen…"));
    }

    // The wizards' pages are classes of their own that borrow their wizard's context for tr(): the
    // context they ask for at run time must be the one lupdate filed their strings under.
    void wizardPagesSpeakGerman()
    {
        QVERIFY(m_translator);
        const QString path = m_dir.filePath(QStringLiteral("wizards-%1.signet").arg(++m_wizardRuns));
        auto ws = Workspace::create(path, QByteArrayLiteral("pages"), systemClock(), KeyVault::KdfParams{1u << 10, 8, 1});
        QVERIFY(ws);
        NewCaWizard ca(**ws, std::nullopt);
        QCOMPARE(ca.page(NewCaWizard::KindPageId)->title(), QStringLiteral("Art der CA"));
        QCOMPARE(ca.page(NewCaWizard::IdentityPageId)->title(), QStringLiteral("Identität"));
        QCOMPARE(ca.page(NewCaWizard::KeyPageId)->title(), QStringLiteral("Schlüssel und Einschränkungen"));
        NewServerWizard server(**ws, std::nullopt);
        QCOMPARE(server.page(NewServerWizard::KeyPageId)->title(), QStringLiteral("Schlüssel und Gültigkeit"));
        NewClientWizard client(**ws, std::nullopt);
        QCOMPARE(client.page(NewClientWizard::KeyPageId)->title(), QStringLiteral("Schlüssel und Gültigkeit"));
        SignRequestWizard sign(**ws, std::nullopt);
        QCOMPARE(sign.page(SignRequestWizard::RequestPageId)->title(), QStringLiteral("Zertifikatsanforderung"));
        QCOMPARE(sign.page(SignRequestWizard::IssuePageId)->title(), QStringLiteral("Zertifikat"));
    }

    // With Qt's own German (qtbase_de: "&Weiter >", "< &Zurück", "Ab&schließen") as main.cpp loads it.
    void wizardAcceleratorsAreUniqueInGerman()
    {
        QVERIFY(m_translator);
        QTranslator qt;
        if (qt.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qt);
        } else {
            qWarning("qtbase_de.qm is not installed (qt6-translations-l10n): the wizard buttons stay English");
        }
        checkWizardAccelerators();
        QCoreApplication::removeTranslator(&qt);
    }

    void pluralFormsFollowTheCount()
    {
        QVERIFY(m_translator);
        const char* context = "signet::InspectorWidget";
        QCOMPARE(QCoreApplication::translate(context, "%n day(s) left", nullptr, 1), QStringLiteral("noch 1 Tag"));
        QCOMPARE(QCoreApplication::translate(context, "%n day(s) left", nullptr, 30), QStringLiteral("noch 30 Tage"));
        QCOMPARE(QCoreApplication::translate(context, "expired %n day(s) ago", nullptr, 2),
                 QStringLiteral("vor 2 Tagen abgelaufen"));
    }

    void coreMessagesSpeakGerman()
    {
        QVERIFY(m_translator);
        // QCoreApplication::translate("KeySpec", ...) written out: lupdate sees the same context.
        auto spec = KeySpec::parse(QStringLiteral("rsa:512x"));
        QVERIFY(!spec);
        QVERIFY2(spec.error().message.startsWith(QStringLiteral("unbekannter Schlüsseltyp „rsa:512x“")),
                 qPrintable(spec.error().message));
        QCOMPARE(profileLabel(Profile::IntermediateCa), QStringLiteral("Zwischen-CA"));

        // Through the Tr::tr() helpers of core/ and ui/, which lupdate files under the same context.
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("empty-password.signet")), QByteArray());
        QVERIFY(!ws);
        QCOMPARE(ws.error().message, QStringLiteral("das Passwort des Arbeitsbereichs darf nicht leer sein"));
        QCOMPARE(StatusStyle::forStatus(CertificateStatus::Revoked).label, QStringLiteral("Widerrufen"));
    }

    void cleanupTestCase()
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
        }
    }
};

SIGNET_GUI_TEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
