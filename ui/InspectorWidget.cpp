#include "InspectorWidget.h"

#include "StatusStyle.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "dialogs/RevokeDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QAction>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedLayout>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace signet {

namespace {
constexpr int kPemColumns = 64; // RFC 7468: Base64 lines of 64 characters
const char* const kFieldKeys[] = {"name", "status", "subject", "issuer", "validFrom", "validUntil", "key",
                                  "serial", "sans", "usage", "sha256", "sha1"};

// QTreeView asks for row heights without saying how wide a column is, so word-wrapped text gets
// one line and is cut off; this delegate, set on a stretching column, measures it at that width.
class ColumnWrapDelegate : public QStyledItemDelegate {
public:
    explicit ColumnWrapDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem measured = option;
        measured.rect.setSize(QSize(m_view->header()->sectionSize(index.column()), 1));
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView* m_view;
};

// "AB:CD:…" in lines of eight bytes: the label finds no place of its own to wrap a fingerprint.
QString fingerprintLines(const QString& fingerprint)
{
    constexpr qsizetype kLineLength = 8 * 3;
    QString lines = fingerprint;
    for (qsizetype at = kLineLength; at < lines.size(); at += kLineLength) {
        lines[at - 1] = QLatin1Char('\n');
    }
    return lines;
}
} // namespace

InspectorWidget::InspectorWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    auto* stack = new QStackedLayout(this);
    m_placeholder = new QLabel(tr("Select a certificate to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    stack->addWidget(m_placeholder);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("General"));

    m_extensions = new QTreeWidget(this);
    m_extensions->setObjectName(QStringLiteral("extensionsTree"));
    m_extensions->setHeaderLabels({tr("Extension"), tr("Critical"), tr("Value")});
    m_extensions->setRootIsDecorated(false);
    m_extensions->setWordWrap(true);
    m_extensions->setAlternatingRowColors(true);
    m_extensions->setItemDelegateForColumn(2, new ColumnWrapDelegate(m_extensions));
    m_extensions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_extensions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_extensions->header(), &QHeaderView::sectionResized, m_extensions, &QTreeWidget::doItemsLayout);
    m_tabs->addTab(m_extensions, tr("Extensions"));

    m_chain = new QListWidget(this);
    m_chain->setObjectName(QStringLiteral("chainList"));
    connect(m_chain, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit chainLinkActivated(item->data(Qt::UserRole).toLongLong()); });
    connect(m_chain, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit chainLinkActivated(item->data(Qt::UserRole).toLongLong()); });
    m_tabs->addTab(m_chain, tr("Chain"));
    m_tabs->addTab(buildTextTab(), tr("PEM / Text"));
    stack->addWidget(m_tabs);
}

QWidget* InspectorWidget::buildGeneralTab()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    m_general = new QFormLayout(page);
    m_general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList labels = {tr("Name:"), tr("Status:"), tr("Subject:"), tr("Issuer:"), tr("Valid from:"),
                                tr("Valid until:"), tr("Key:"), tr("Serial:"), tr("Names (SAN):"), tr("Usage:"),
                                tr("SHA-256:"), tr("SHA-1:")};
    for (int i = 0; i < labels.size(); ++i) {
        auto* value = new QLabel(page);
        value->setObjectName(QStringLiteral("field_") + QLatin1String(kFieldKeys[i]));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.insert(QLatin1String(kFieldKeys[i]), value);
        m_general->addRow(labels[i], value);
    }
    auto* copyFingerprint = new QPushButton(tr("Copy SHA-256"), page);
    copyFingerprint->setObjectName(QStringLiteral("copyFingerprintButton"));
    connect(copyFingerprint, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_fields.value(QStringLiteral("sha256"))->text().remove(QLatin1Char('\n'))); });
    m_commands = new QHBoxLayout;
    m_commands->addWidget(copyFingerprint);
    m_commands->addStretch(1);
    m_general->addRow(QString(), m_commands);
    scroll->setWidget(page);
    return scroll;
}

QWidget* InspectorWidget::buildTextTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_pem = new QPlainTextEdit(page);
    m_pem->setObjectName(QStringLiteral("pemView"));
    m_pem->setReadOnly(true);
    m_pem->setFont(mono);
    // 64 Base64 characters a line, each line whole: wrapped, they would read as two. Narrower than
    // that, the view scrolls sideways.
    m_pem->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QMargins margins = layout->contentsMargins();
    m_preferredWidth = QFontMetrics(mono).horizontalAdvance(QString(kPemColumns, QLatin1Char('M')))
                       + 2 * m_pem->frameWidth() + static_cast<int>(2 * m_pem->document()->documentMargin())
                       + m_pem->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left() + margins.right()
                       + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 8;
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("textView"));
    m_text->setReadOnly(true);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QHBoxLayout;
    auto* copyPem = new QPushButton(tr("Copy PEM"), page);
    copyPem->setObjectName(QStringLiteral("copyPemButton"));
    auto* copyText = new QPushButton(tr("Copy Text"), page);
    connect(copyPem, &QPushButton::clicked, this, [this] { copyToClipboard(m_pem->toPlainText()); });
    connect(copyText, &QPushButton::clicked, this, [this] { copyToClipboard(m_text->toPlainText()); });
    buttons->addStretch();
    buttons->addWidget(copyPem);
    buttons->addWidget(copyText);
    layout->addWidget(m_pem, 1);
    layout->addWidget(m_text, 2);
    layout->addLayout(buttons);
    return page;
}

QString InspectorWidget::statusText(const CertificateRecord& record, CertificateStatus status) const
{
    const QLabel* field = m_fields.value(QStringLiteral("status"));
    const StatusStyle style = StatusStyle::forStatus(status, field->palette().color(field->backgroundRole()));
    QString text = style.label;
    if (record.revoked) {
        text = tr("Revoked on %1 (%2)")
                   .arg(QLocale().toString(record.revokedAt.toLocalTime(), QLocale::LongFormat),
                        RevokeDialog::reasonLabel(record.revocationReason));
    } else if (status == CertificateStatus::Expired) {
        text = tr("Expired on %1").arg(QLocale().toString(record.notAfter.toLocalTime(), QLocale::LongFormat));
    }
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(style.color.name(), text.toHtmlEscaped());
}

void InspectorWidget::addCommand(QAction* action)
{
    auto* button = new QToolButton(m_commands->parentWidget());
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_commands->insertWidget(m_commands->count() - 1, button);
}

void InspectorWidget::setField(const QString& key, const QString& value)
{
    if (QLabel* label = m_fields.value(key)) {
        label->setText(value);
    }
}

void InspectorWidget::copyToClipboard(const QString& text)
{
    QApplication::clipboard()->setText(text);
}

void InspectorWidget::showCertificate(Workspace* workspace, const CertificateRecord* record)
{
    auto* stack = static_cast<QStackedLayout*>(layout());
    if (workspace == nullptr || record == nullptr) {
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    // Records in the tree carry no DER; fetch the full one.
    auto full = workspace->find(CertificateRef::id(record->id));
    auto cert = full ? workspace->certificate(*full) : Result<Certificate>(full.error());
    if (!cert) {
        m_placeholder->setText(tr("This certificate cannot be shown: %1").arg(cert.error().toString()));
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    stack->setCurrentWidget(m_tabs);
    const QDateTime now = workspace->now();
    const CertificateStatus status = full->statusAt(now);
    setField(QStringLiteral("name"), full->name);
    setField(QStringLiteral("status"), statusText(*full, status));
    setField(QStringLiteral("subject"), cert->subject());
    setField(QStringLiteral("issuer"), cert->issuer());
    setField(QStringLiteral("validFrom"), QLocale().toString(cert->notBefore().toLocalTime(), QLocale::LongFormat));
    QString validUntil = QLocale().toString(cert->notAfter().toLocalTime(), QLocale::LongFormat);
    // A revoked certificate has no days left, however long it would have run.
    if (!full->revoked) {
        const qint64 daysLeft = now.daysTo(full->notAfter);
        validUntil += QLatin1Char('\n')
                      + (daysLeft >= 0 ? tr("%n day(s) left", nullptr, static_cast<int>(daysLeft))
                                       : tr("expired %n day(s) ago", nullptr, static_cast<int>(-daysLeft)));
    }
    setField(QStringLiteral("validUntil"), validUntil);
    setField(QStringLiteral("key"), cert->publicKeyDescription() + QStringLiteral(", ") + cert->signatureAlgorithm());
    setField(QStringLiteral("serial"), full->serial);
    setField(QStringLiteral("sans"), cert->subjectAltNames().join(QLatin1Char('\n')));
    setField(QStringLiteral("usage"), (cert->keyUsage() + cert->extendedKeyUsage()).join(QStringLiteral(", ")));
    setField(QStringLiteral("sha256"), fingerprintLines(cert->sha256Fingerprint()));
    setField(QStringLiteral("sha1"), fingerprintLines(cert->sha1Fingerprint()));

    m_extensions->clear();
    // OpenSSL calls the standard extensions "X509v3 …"; the OID is in the tooltip.
    const QLatin1String openSslPrefix("X509v3 ");
    // Key identifiers ("4D:00:5F:…") offer no place to wrap; allow one after each byte.
    static const QRegularExpression hexColon(QStringLiteral("(?<=[0-9A-F]{2}):(?=[0-9A-F]{2})"));
    for (const ExtensionInfo& ext : cert->extensions()) {
        const QString name = ext.name.startsWith(openSslPrefix) ? ext.name.mid(openSslPrefix.size()) : ext.name;
        const QString value = QString(ext.value).replace(hexColon, QStringLiteral(":\u200B"));
        auto* item = new QTreeWidgetItem(m_extensions, {name, ext.critical ? tr("yes") : tr("no"), value});
        item->setToolTip(0, ext.oid);
        item->setToolTip(2, ext.value);
        for (int column = 0; column < 3; ++column) {
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        }
    }

    m_chain->clear();
    auto chain = workspace->chain(*full);
    if (chain) {
        int depth = 0;
        for (const CertificateRecord& link : *chain) {
            auto* item = new QListWidgetItem(QString(depth * 2, QLatin1Char(' ')) + link.name + QStringLiteral("  —  ")
                                                 + link.subject,
                                             m_chain);
            item->setData(Qt::UserRole, link.id);
            item->setIcon(StatusStyle::forStatus(link.statusAt(now)).icon);
            ++depth;
        }
        if (!chain->back().isCa || chain->back().issuerId || !cert->isSelfIssued()) {
            if (chain->back().issuerDn != chain->back().subject) {
                new QListWidgetItem(tr("(issuer not in this workspace: %1)").arg(chain->back().issuerDn), m_chain);
            }
        }
    }
    m_pem->setPlainText(QString::fromLatin1(cert->toPem()));
    m_text->setPlainText(cert->toText());
}

} // namespace signet
