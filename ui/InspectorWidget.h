#pragma once

#include "CertificateRecord.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QFormLayout;

class QAction;
class QHBoxLayout;

namespace signet {

class Workspace;

// The details pane: General, Extensions, Chain and PEM/Text of one certificate.
class InspectorWidget : public QWidget {
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget* parent = nullptr);

    void showCertificate(Workspace* workspace, const CertificateRecord* record);
    // A button for `action` beside the General tab's copy button (it follows the action's state).
    void addCommand(QAction* action);
    // Wide enough for the PEM text's 64-column lines.
    [[nodiscard]] int preferredWidth() const { return m_preferredWidth; }

signals:
    void chainLinkActivated(qint64 id);

private:
    QWidget* buildGeneralTab();
    QWidget* buildTextTab();
    // The status in its colour; for a revoked certificate when and why, for an expired one when.
    QString statusText(const CertificateRecord& record, CertificateStatus status) const;
    void setField(const QString& key, const QString& value);
    void copyToClipboard(const QString& text);

    QTabWidget* m_tabs = nullptr;
    QLabel* m_placeholder = nullptr;
    QHBoxLayout* m_commands = nullptr;
    QFormLayout* m_general = nullptr;
    QTreeWidget* m_extensions = nullptr;
    QListWidget* m_chain = nullptr;
    QPlainTextEdit* m_pem = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QHash<QString, QLabel*> m_fields;
    int m_preferredWidth = 0;
};

} // namespace signet
