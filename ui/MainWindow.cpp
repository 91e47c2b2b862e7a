#include "MainWindow.h"

#include "CertificateActions.h"
#include "CertificateTreeModel.h"
#include "InspectorWidget.h"
#include "PasswordDialog.h"
#include "StatusStyle.h"
#include "WelcomePage.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

namespace {
constexpr int kExpiryWarningDays = 30;
constexpr int kCrlWarningDays = 7;
constexpr int kMaxRecent = 8;
constexpr int kInspectorWidth = 420;

// The tree pages through SQL, so its columns cannot be sized to their contents: they fit the
// longest type, a date, the longest status with its icon and the ends of a serial instead. Returns
// the width the tree needs for them and a host name two levels down.
int sizeTreeColumns(QTreeView* tree)
{
    const QFontMetrics metrics = tree->fontMetrics();
    const int margins = 2 * metrics.averageCharWidth() + 8;
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts) {
            width = std::max(width, metrics.horizontalAdvance(text));
        }
        return width;
    };
    QStringList types;
    for (const char* profile : {"root-ca", "intermediate-ca", "server", "client", "server-client", "imported"}) {
        types << CertificateTreeModel::typeLabel(QLatin1String(profile));
    }
    QStringList statuses;
    for (const char* status : {"valid", "expiring", "expired", "revoked", "not-yet-valid"}) {
        statuses << StatusStyle::forStatus(QLatin1String(status)).label;
    }
    const int icon = tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree) + 4;
    const QList<std::pair<int, int>> widths = {
        {CertificateTreeModel::TypeColumn, widest(types)},
        {CertificateTreeModel::SerialColumn, metrics.horizontalAdvance(QString(12, QLatin1Char('D')))},
        {CertificateTreeModel::ExpiresColumn,
         widest({QLocale().toString(QDate(2036, 12, 28), QLocale::ShortFormat),
                 QLocale().toString(QDate(2036, 9, 28), QLocale::ShortFormat)})},
        {CertificateTreeModel::StatusColumn, widest(statuses) + icon},
    };
    int total = metrics.horizontalAdvance(QStringLiteral("server.example.com")) + 3 * tree->indentation() + margins;
    for (const auto& [column, width] : widths) {
        const int header = metrics.horizontalAdvance(tree->model()->headerData(column, Qt::Horizontal).toString());
        tree->setColumnWidth(column, std::max(width, header) + margins);
        total += tree->columnWidth(column);
    }
    return total;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Signet"));
    setAcceptDrops(true);
    m_actions = new CertificateActions(this);
    m_model = new CertificateTreeModel(this);

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

    buildMenus();
    m_expiryStatus = new QLabel(this);
    m_expiryStatus->setObjectName(QStringLiteral("expiryStatus"));
    m_crlStatus = new QLabel(this);
    m_crlStatus->setObjectName(QStringLiteral("crlStatus"));
    statusBar()->addPermanentWidget(m_expiryStatus);
    statusBar()->addPermanentWidget(m_crlStatus);
    resize(1100, 680);
    refresh();
}

MainWindow::~MainWindow()
{
    // The model and the actions point into the workspace: detach them before it goes.
    m_model->setWorkspace(nullptr);
    m_actions->setWorkspace(nullptr);
}

QWidget* MainWindow::buildWorkspaceView()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
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
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Valid"), QStringLiteral("valid"));
    m_statusFilter->addItem(tr("Expiring soon"), QStringLiteral("expiring"));
    m_statusFilter->addItem(tr("Expired"), QStringLiteral("expired"));
    m_statusFilter->addItem(tr("Revoked"), QStringLiteral("revoked"));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("certificateTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CertificateTreeModel::NameColumn, QHeaderView::Stretch);
    // Serials and host names differ at both ends: keep both in sight when a column is too narrow.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    const int treeWidth = sizeTreeColumns(m_tree);
    leftLayout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);

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
    splitter->setSizes({treeWidth, kInspectorWidth});
    return splitter;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace)
        ->setObjectName(QStringLiteral("actionNewWorkspace"));
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspace)
        ->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_changePassword = file->addAction(tr("Change &Password…"), this, &MainWindow::changePassword);
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    file->addSeparator();
    file->addAction(m_actions->importFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* certificates = menuBar()->addMenu(tr("&Certificates"));
    m_actions->populateMenu(certificates);
    certificates->addSeparator();
    certificates->addAction(tr("Re&fresh"), QKeySequence::Refresh, this, [this] { refresh(); });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->newCa);
    toolbar->addAction(m_actions->newServer);
    toolbar->addAction(m_actions->newClient);
    toolbar->addAction(m_actions->signRequest);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->exportCertificate);
    toolbar->addAction(m_actions->serverConfig);
    toolbar->addAction(m_actions->revoke);
    toolbar->addAction(m_actions->publishCrl);
    updateRecentMenu();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_model->setWorkspace(nullptr);
    m_actions->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_model->setWorkspace(m_workspace.get());
    m_actions->setWorkspace(m_workspace.get());
    if (m_workspace) {
        setWindowTitle(tr("%1 — Signet").arg(QFileInfo(m_workspace->path()).fileName()));
        rememberRecent(m_workspace->path());
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
    PasswordDialog dialog(PasswordDialog::Mode::Create, m_workspace->path(), this);
    dialog.setWindowTitle(tr("Change Workspace Password"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status st = m_workspace->changePassword(dialog.password()); !st) {
        QMessageBox::warning(this, tr("Change Password"), st.error().toString());
        return;
    }
    statusBar()->showMessage(tr("The workspace password was changed."), 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspacePath(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(QStringLiteral("recentWorkspaces"), recent);
    updateRecentMenu();
}

void MainWindow::applyFilter()
{
    m_model->setFilter(m_filter->text().trimmed(), m_statusFilter->currentData().toString());
    m_model->fetchMore(QModelIndex()); // the first page at once, not only when the view paints

}

void MainWindow::refresh(std::optional<qint64> select)
{
    const bool open = m_workspace != nullptr;
    m_changePassword->setEnabled(open);
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
    updateStatusBar();
    if (select) {
        selectCertificate(*select);
    }
}

void MainWindow::selectCertificate(qint64 id)
{
    if (!m_workspace) {
        return;
    }
    auto record = m_workspace->find(QStringLiteral("id:%1").arg(id));
    if (!record) {
        return;
    }
    // Expand the path from the root down, fetching each level's pages until the row shows up.
    auto chain = m_workspace->chain(*record);
    if (!chain) {
        return;
    }
    QModelIndex parent;
    for (auto it = chain->rbegin(); it != chain->rend(); ++it) {
        QModelIndex found;
        while (true) {
            for (int row = 0; row < m_model->rowCount(parent) && !found.isValid(); ++row) {
                const QModelIndex candidate = m_model->index(row, 0, parent);
                if (candidate.data(CertificateTreeModel::IdRole).toLongLong() == it->id) {
                    found = candidate;
                }
            }
            if (found.isValid() || !m_model->canFetchMore(parent)) {
                break;
            }
            m_model->fetchMore(parent);
        }
        if (!found.isValid()) {
            return;
        }
        if (it + 1 != chain->rend()) {
            m_tree->expand(found);
        }
        parent = found;
    }
    m_tree->setCurrentIndex(parent);
    m_tree->scrollTo(parent);
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const CertificateRecord* record = m_model->record(current);
    m_inspector->showCertificate(m_workspace.get(), record);
    m_actions->setSelection(record != nullptr ? std::optional<CertificateRecord>(*record) : std::nullopt);
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace) {
        m_expiryStatus->clear();
        m_crlStatus->clear();
        return;
    }
    const QDateTime now = m_workspace->now();
    CertificateRepository::Filter expiring;
    expiring.now = now;
    expiring.status = QStringLiteral("expiring");
    expiring.expiringDays = kExpiryWarningDays;
    auto expiringCount = m_workspace->count(expiring);
    const qint64 count = expiringCount ? *expiringCount : 0;
    m_expiryStatus->setText(count == 0 ? tr("No certificate expires in the next %1 days").arg(kExpiryWarningDays)
                                       : tr("%n certificate(s) expire in the next %1 days", nullptr, static_cast<int>(count))
                                             .arg(kExpiryWarningDays));
    auto crls = m_workspace->crlsExpiringBefore(now.addDays(kCrlWarningDays));
    if (!crls || crls->isEmpty()) {
        m_crlStatus->setText(tr("CRLs up to date"));
        m_crlStatus->setStyleSheet(QString());
        return;
    }
    QStringList names;
    bool expired = false;
    for (const CrlRecord& crl : *crls) {
        auto ca = m_workspace->find(QStringLiteral("id:%1").arg(crl.caId));
        names << (ca ? ca->name : QString::number(crl.caId));
        expired = expired || crl.nextUpdate <= now;
    }
    m_crlStatus->setText(expired ? tr("⚠ CRL expired: %1 — servers reject every client; publish a new one")
                                       .arg(names.join(QStringLiteral(", ")))
                                 : tr("⚠ CRL expires within %1 days: %2").arg(kCrlWarningDays).arg(names.join(QStringLiteral(", "))));
    m_crlStatus->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold"));
}

void MainWindow::showTreeContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    m_actions->populateMenu(&menu);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
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
