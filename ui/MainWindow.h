#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace signet {

class BackupReminder;
class CertificateActions;
class CertificateSortProxy;
class CertificateTreeModel;
class CertificateTreeState;
struct DesktopFiles;
class HistoryDialog;
class InspectorWidget;
class WelcomePage;
class WorkspaceStatus;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (asking its password), or offers to create it when it does not exist.
    bool openWorkspacePath(const QString& path);
    // What `signet FILE...` does: opens the workspace among `paths`, else the last one, else the
    // default one if it exists; then opens the Sign CSR wizard for each request and offers to import
    // the other files.
    void openFiles(const QStringList& paths);
    // The workspace that "Create your first certificate authority" creates when none is open.
    void setDefaultPath(const QString& path) { m_defaultPath = path; }
    // For tests and the command line: use an already opened workspace.
    void setWorkspace(std::unique_ptr<Workspace> workspace);

    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }
    // The certificate model; the tree shows it through a sorting proxy (tree()->model()).
    [[nodiscard]] CertificateTreeModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] CertificateActions* certificateActions() const { return m_actions; }
    // Workspace ▸ History, made when first asked for; it follows the open workspace.
    HistoryDialog* history();
    void selectCertificate(qint64 id);
    void refresh(std::optional<qint64> select = std::nullopt);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildHelpMenu();
    void offerFiles(const DesktopFiles& files);
    QWidget* buildWorkspaceView();
    void newWorkspace();
    void openWorkspace();
    void changePassword();
    void applyFilter();
    // The inspector shows the current certificate; the actions see every selected one.
    void selectionChanged();
    void updateActionSelection();
    void updateRecentMenu();
    void showTreeContextMenu(const QPoint& pos);
    void showHistory();
    void issueFromList();
    void importCa();
    // Remembers the workspace's expanded CAs for its next start.
    void saveTreeState();

    std::unique_ptr<Workspace> m_workspace;
    QString m_defaultPath;
    int m_defaultWidth = 1100; // before a layout was saved
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    WelcomePage* m_welcome = nullptr;
    QTreeView* m_tree = nullptr;
    CertificateTreeModel* m_model = nullptr;
    CertificateSortProxy* m_proxy = nullptr;
    CertificateTreeState* m_treeState = nullptr;
    InspectorWidget* m_inspector = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    WorkspaceStatus* m_status = nullptr;
    BackupReminder* m_backup = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_changePassword = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_showHistory = nullptr;
    HistoryDialog* m_history = nullptr;
    QAction* m_defaults = nullptr;
    QAction* m_issueFromList = nullptr;
    QAction* m_importCa = nullptr;
    CertificateActions* m_actions = nullptr;
};

} // namespace signet
