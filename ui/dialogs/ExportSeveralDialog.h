#pragma once

#include "CertificateRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace signet {

class Workspace;

// Export of several selected certificates at once: one file per certificate (PEM, PEM with its
// chain, or DER) into a folder, or all of them in one PEM bundle. Each certificate is exported by
// its own call to the workspace; one that fails does not stop the others.
class ExportSeveralDialog : public QDialog {
    Q_OBJECT

public:
    enum class Layout { PemFiles, ChainFiles, DerFiles, Bundle };

    ExportSeveralDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent = nullptr);

    void accept() override;

    void setFileLayout(Layout layout);
    // The folder (one file each) or the bundle file.
    void setDestination(const QString& path);
    [[nodiscard]] const QStringList& writtenFiles() const { return m_written; }
    // What the status bar says after the export.
    [[nodiscard]] QString summary() const;

private:
    [[nodiscard]] Layout fileLayout() const;
    void layoutChanged();
    void browse();
    // The file each certificate goes to, named after it and unique within the folder.
    [[nodiscard]] QStringList targetFiles(const QString& folder) const;
    bool exportEach(const QStringList& files);
    bool exportBundle(const QString& file);

    Workspace& m_workspace;
    QList<CertificateRecord> m_records;
    QComboBox* m_layout = nullptr;
    QLineEdit* m_destination = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QLabel* m_error = nullptr;
    QString m_folder;
    QStringList m_written;
};

} // namespace signet
