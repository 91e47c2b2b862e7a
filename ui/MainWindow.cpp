#include "MainWindow.h"

#include "BackupReminder.h"
#include "CertificateActions.h"
#include "CertificateSortProxy.h"
#include "CertificateTreeState.h"
#include "CertificateTreeModel.h"
#include "DesktopFiles.h"
#include "InspectorWidget.h"
#include "PasswordDialog.h"
#include "TreeColumns.h"
#include "WelcomePage.h"
#include "WindowSettings.h"
#include "WorkspaceStatus.h"
#include "Workspace.h"
#include "dialogs/HistoryDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

namespace {
constexpr int kInspectorWidth = 420;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Signet"));
    setAcceptDrops(true);
    m_actions = new CertificateActions(this);
    m_model = new CertificateTreeModel(this);
    m_proxy = new CertificateSortProxy(m_model, this);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(buildWorkspaceView());
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::newWorkspaceRequested, this, [this] {
        if (m_defaultPath.isEmpty() || Workspace::exists(m_defaultPath)) {
            newWorkspace();
        } else if (openWorkspacePath(m_defaultPath)) {
            m_actions->newCa->trigger();
        }
    });
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::createCaRequested, m_actions->newCa, &QAction::trigger);
    connect(m_actions, &CertificateActions::workspaceChanged, this, &MainWindow::refresh);
    connect(m_actions, &CertificateActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });

    m_backup = new BackupReminder(this);
    connect(m_backup, &BackupReminder::finished, this, [this](bool ok, const QString& message) {
        if (ok) {
            statusBar()->showMessage(message, 10000);
        }
    });
    buildMenus();
    m_status = new WorkspaceStatus(statusBar());
    m_backup->showIn(statusBar());
    connect(m_status, &WorkspaceStatus::renewExpiringRequested, m_actions, &CertificateActions::renewExpiring);
    m_inspector->addCommand(m_actions->renew);
    const bool restored = WindowSettings::restoreLayout(*this, *m_splitter, *m_tree->header());
    if (!restored) {
        resize(m_defaultWidth, 680);
    }
    // A header saved before the tree could be sorted shows no indicator; its section means nothing.
    if (!restored || !m_tree->header()->isSortIndicatorShown()) {
        m_tree->header()->setSortIndicator(CertificateTreeModel::NameColumn, Qt::AscendingOrder);
    }
    m_tree->setSortingEnabled(true); // sorts by the header's indicator
    refresh();
}

MainWindow::~MainWindow()
{
    // The model and the actions point into the workspace: detach them before it goes.
    m_model->setWorkspace(nullptr);
    m_actions->setWorkspace(nullptr);
    if (m_history != nullptr) {
        m_history->setWorkspace(nullptr);
    }
}

QWidget* MainWindow::buildWorkspaceView()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter = splitter;
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, host name, e-mail or serial"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QVariant());
    m_statusFilter->addItem(tr("Valid"), static_cast<int>(CertificateStatus::Valid));
    m_statusFilter->addItem(tr("Expiring soon"), static_cast<int>(CertificateStatus::Expiring));
    m_statusFilter->addItem(tr("Expired"), static_cast<int>(CertificateStatus::Expired));
    m_statusFilter->addItem(tr("Revoked"), static_cast<int>(CertificateStatus::Revoked));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("certificateTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Several certificates at once for the actions that take one or more (Export, Revoke).
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CertificateTreeModel::NameColumn, QHeaderView::Stretch);
    // Serials and host names differ at both ends: keep both in sight when a column is too narrow.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    const int treeWidth = TreeColumns::fit(m_tree);
    leftLayout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    m_treeState = new CertificateTreeState(m_tree, m_model, m_proxy, this);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    m_inspector = new InspectorWidget(splitter);
    connect(m_inspector, &InspectorWidget::chainLinkActivated, this, &MainWindow::selectCertificate);
    splitter->addWidget(left);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const int inspectorWidth = std::max(kInspectorWidth, m_inspector->preferredWidth());
    splitter->setSizes({treeWidth, inspectorWidth});
    // The first window fits the tree's columns and the inspector's PEM lines side by side.
    m_defaultWidth = std::max(m_defaultWidth, treeWidth + inspectorWidth + splitter->handleWidth() + 8);
    return splitter;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    saveTreeState();
    m_model->setWorkspace(nullptr);
    m_actions->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_model->setWorkspace(m_workspace.get());
    m_actions->setWorkspace(m_workspace.get());
    if (m_history != nullptr) {
        m_history->setWorkspace(m_workspace.get());
    }
    if (m_workspace) {
        setWindowTitle(tr("%1 — Signet").arg(QFileInfo(m_workspace->path()).fileName()));
        WindowSettings::rememberWorkspace(m_workspace->path());
        m_treeState->reset(WindowSettings::expandedCas(m_workspace->path()));
        updateRecentMenu();
    } else {
        setWindowTitle(tr("Signet"));
    }
    refresh();
}

bool MainWindow::openWorkspacePath(const QString& path)
{
    const bool exists = Workspace::exists(path);
    PasswordDialog dialog(exists ? PasswordDialog::Mode::Unlock : PasswordDialog::Mode::Create, path, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto ws = exists ? Workspace::open(path, dialog.password()) : Workspace::create(path, dialog.password());
        if (ws) {
            setWorkspace(std::move(ws).value());
            return true;
        }
        if (!exists) {
            QMessageBox::warning(this, tr("New Workspace"), ws.error().toString());
            return false;
        }
        dialog.showError(ws.error().message);
    }
    return false;
}

void MainWindow::openFiles(const QStringList& paths)
{
    const DesktopFiles files = DesktopFiles::sort(paths);
    QString workspace = files.workspace;
    if (workspace.isEmpty() && !m_workspace) {
        workspace = WindowSettings::lastWorkspace();
        if (workspace.isEmpty() && Workspace::exists(m_defaultPath)) {
            workspace = m_defaultPath;
        }
    }
    if (!workspace.isEmpty() && (!m_workspace || m_workspace->path() != workspace)) {
        openWorkspacePath(workspace);
    }
    offerFiles(files);
}

void MainWindow::offerFiles(const DesktopFiles& files)
{
    if (!files.unreadable.isEmpty()) {
        QMessageBox::warning(this, tr("Open Files"),
                             tr("These files cannot be read (missing, not a regular file, or larger than %1 MiB):\n%2")
                                 .arg(DesktopFiles::kMaxFileBytes / (1024 * 1024))
                                 .arg(files.unreadable.join(QLatin1Char('\n'))));
    }
    if (files.requests.isEmpty() && files.imports.isEmpty()) {
        return;
    }
    if (!m_workspace) {
        QMessageBox::information(this, tr("Open Files"),
                                 tr("Create or open a workspace first, then import or sign the files."));
        return;
    }
    for (const QString& path : files.requests) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            m_actions->signRequestData(file.read(DesktopFiles::kMaxFileBytes));
        }
    }
    if (files.imports.isEmpty()) {
        return;
    }
    QStringList names;
    for (const QString& path : files.imports) {
        names << QFileInfo(path).fileName();
    }
    const auto answer = QMessageBox::question(
        this, tr("Import"),
        tr("Import %n file(s) into %1?", nullptr, static_cast<int>(names.size())).arg(QFileInfo(m_workspace->path()).fileName())
            + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_actions->importPaths(files.imports);
    }
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                tr("Signet workspaces (*.signet)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".signet"))) {
        path += QStringLiteral(".signet");
    }
    if (Workspace::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    openWorkspacePath(path);
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QDir::homePath(),
                                                      tr("Signet workspaces (*.signet);;All files (*)"));
    if (!path.isEmpty()) {
        openWorkspacePath(path);
    }
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(PasswordDialog::Mode::Change, m_workspace->path(), this);
    while (dialog.exec() == QDialog::Accepted) {
        // The current password first: whoever finds the window unlocked must not take the workspace over.
        if (Status st = m_workspace->checkPassword(dialog.currentPassword()); !st) {
            dialog.showCurrentPasswordError(tr("The current password is wrong; nothing was changed."));
            continue;
        }
        if (Status st = m_workspace->changePassword(dialog.password()); !st) {
            QMessageBox::warning(this, tr("Change Password"), st.error().toString());
            return;
        }
        statusBar()->showMessage(tr("The workspace password was changed."), 8000);
        return;
    }
}

void MainWindow::applyFilter()
{
    const QVariant status = m_statusFilter->currentData();
    m_model->setFilter(m_filter->text().trimmed(),
                       status.isValid() ? std::optional(static_cast<CertificateStatus>(status.toInt())) : std::nullopt);
    m_model->fetchMore(QModelIndex()); // the first page at once, not only when the view paints
    m_treeState->restore();
}

void MainWindow::refresh(std::optional<qint64> select)
{
    const bool open = m_workspace != nullptr;
    m_changePassword->setEnabled(open);
    m_verify->setEnabled(open);
    m_showHistory->setEnabled(open);
    m_defaults->setEnabled(open);
    m_issueFromList->setEnabled(open);
    m_importCa->setEnabled(open);
    if (m_history != nullptr && m_history->isVisible()) {
        m_history->reload();
    }
    bool hasCa = false;
    if (open) {
        CertificateRepository::Filter cas;
        cas.casOnly = true;
        cas.now = m_workspace->now();
        auto count = m_workspace->count(cas);
        hasCa = count && *count > 0;
    }
    m_welcome->setWorkspaceOpen(open);
    m_pages->setCurrentIndex(open && hasCa ? 1 : 0);
    m_model->reload();
    m_model->fetchMore(QModelIndex());
    m_actions->setWorkspace(m_workspace.get());
    m_status->update(m_workspace.get());
    m_backup->update(m_workspace.get());
    if (select) {
        m_treeState->setCurrent(*select);
    }
    m_treeState->restore();
}

void MainWindow::selectCertificate(qint64 id)
{
    m_treeState->select(id);
}

void MainWindow::saveTreeState()
{
    if (m_workspace) {
        WindowSettings::saveExpandedCas(m_workspace->path(), m_treeState->expandedCas());
    }
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const CertificateRecord* record = m_model->record(m_proxy->mapToSource(current));
    m_inspector->showCertificate(m_workspace.get(), record);
    updateActionSelection();
}

void MainWindow::updateActionSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const CertificateRecord* record = m_model->record(m_proxy->mapToSource(current));
    // The current certificate first: the actions on one certificate act on it.
    QList<CertificateRecord> selected;
    QItemSelectionModel* selection = m_tree->selectionModel();
    const bool currentSelected = record != nullptr && selection->isSelected(current);
    if (currentSelected) {
        selected << *record;
    }
    for (const QModelIndex& row : selection->selectedRows()) {
        const CertificateRecord* other = m_model->record(m_proxy->mapToSource(row));
        if (other != nullptr && !(currentSelected && other->id == record->id)) {
            selected << *other;
        }
    }
    m_actions->setSelection(selected);
}

void MainWindow::showTreeContextMenu(const QPoint& pos)
{
    // A click beside the rows is a click on the workspace: the menu offers what applies to it.
    if (!m_tree->indexAt(pos).isValid()) {
        m_tree->selectionModel()->clear();
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("treeContextMenu"));
    m_actions->populateContextMenu(&menu);
    if (!menu.isEmpty()) {
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowSettings::saveLayout(*this, *m_splitter, *m_tree->header());
    saveTreeState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_workspace && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        m_actions->importPaths(paths);
    }
}

} // namespace signet
