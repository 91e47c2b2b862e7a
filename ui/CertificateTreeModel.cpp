#include "CertificateTreeModel.h"

#include "StatusStyle.h"
#include "Workspace.h"

#include <QScopedValueRollback>

namespace signet {

struct CertificateTreeModel::Node {
    CertificateRecord record;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    bool complete = false; // every child has been fetched
};

CertificateTreeModel::CertificateTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->complete = true;
}

CertificateTreeModel::~CertificateTreeModel() = default;

void CertificateTreeModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void CertificateTreeModel::setFilter(const QString& text, std::optional<CertificateStatus> status)
{
    if (text == m_text && status == m_status) {
        return;
    }
    m_text = text;
    m_status = status;
    reload();
}

void CertificateTreeModel::reload()
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->complete = m_workspace == nullptr;
    m_now = m_workspace != nullptr ? m_workspace->now() : QDateTime::currentDateTimeUtc();
    endResetModel();
}

CertificateTreeModel::Node* CertificateTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

const CertificateRecord* CertificateTreeModel::record(const QModelIndex& index) const
{
    return index.isValid() ? &nodeFor(index)->record : nullptr;
}

QModelIndex CertificateTreeModel::indexForId(qint64 id) const
{
    std::vector<const Node*> stack{m_root.get()};
    while (!stack.empty()) {
        const Node* node = stack.back();
        stack.pop_back();
        for (const auto& child : node->children) {
            if (child->record.id == id) {
                return createIndex(child->row, 0, child.get());
            }
            stack.push_back(child.get());
        }
    }
    return {};
}

QString CertificateTreeModel::typeLabel(Profile profile)
{
    switch (profile) {
    case Profile::RootCa:
        return tr("Root CA");
    case Profile::IntermediateCa:
        return tr("Intermediate CA");
    case Profile::Server:
        return tr("Server");
    case Profile::Client:
        return tr("Client");
    case Profile::ServerClient:
        return tr("Server + Client");
    case Profile::Imported:
        break;
    }
    return tr("Imported");
}

QModelIndex CertificateTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    Node* node = nodeFor(parent);
    return createIndex(row, column, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex CertificateTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node* parentNode = nodeFor(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int CertificateTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int CertificateTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CertificateTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node* node = nodeFor(parent);
    if (node == m_root.get()) {
        return !node->children.empty() || !node->complete;
    }
    // In the tree, every CA may hold certificates; they are counted only when the user expands it.
    return !isFiltered() && node->record.isCa && (!node->children.empty() || !node->complete);
}

bool CertificateTreeModel::canFetchMore(const QModelIndex& parent) const
{
    // Slots connected to our own change signals may ask for more rows; they get them afterwards.
    if (m_workspace == nullptr || parent.column() > 0 || m_changing) {
        return false;
    }
    const Node* node = nodeFor(parent);
    if (node != m_root.get() && (isFiltered() || !node->record.isCa)) {
        return false;
    }
    return !node->complete;
}

void CertificateTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback guard(m_changing, true);
    Node* node = nodeFor(parent);
    CertificateRepository::Filter filter;
    filter.now = m_now;
    filter.limit = kPageSize;
    if (!node->children.empty()) {
        filter.after = CertificateRepository::PageKey::of(node->children.back()->record);
    }
    filter.withDer = false;
    if (isFiltered()) {
        filter.text = m_text;
        filter.status = m_status;
    } else if (node == m_root.get()) {
        filter.rootsOnly = true;
    } else {
        filter.issuerId = node->record.id;
    }
    auto rows = m_workspace->list(filter);
    if (!rows || rows->empty()) {
        node->complete = true;
        if (node != m_root.get()) {
            // The expander goes away for a CA without certificates.
            emit dataChanged(parent, parent);
        }
        return;
    }
    const int first = static_cast<int>(node->children.size());
    const int last = first + static_cast<int>(rows->size()) - 1;
    beginInsertRows(parent, first, last);
    for (CertificateRecord& r : *rows) {
        auto child = std::make_unique<Node>();
        child->record = std::move(r);
        child->parent = node;
        child->row = static_cast<int>(node->children.size());
        child->complete = isFiltered() || !child->record.isCa;
        node->children.push_back(std::move(child));
    }
    node->complete = static_cast<int>(rows->size()) < kPageSize;
    endInsertRows();
}

QVariant CertificateTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const CertificateRecord& r = nodeFor(index)->record;
    const CertificateStatus status = r.statusAt(m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case TypeColumn:
            return typeLabel(r.profile);
        case SerialColumn:
            return r.serial;
        case ExpiresColumn:
            return QLocale().toString(r.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case StatusColumn:
            return StatusStyle::forStatus(status).label;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(StatusStyle::forStatus(status).icon) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(StatusStyle::forStatus(status).color) : QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(r.subject, r.sans.join(QStringLiteral(", ")));
    case IdRole:
        return r.id;
    case StatusRole:
        return static_cast<int>(status);
    case IsCaRole:
        return r.isCa;
    case HasKeyRole:
        return r.keyId.has_value();
    case ProfileRole:
        return profileName(r.profile);
    default:
        return {};
    }
}

QVariant CertificateTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::InitialSortOrderRole) {
        return static_cast<int>(Qt::AscendingOrder); // a newly clicked column starts ascending, whatever the last one was
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SerialColumn:
        return tr("Serial");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace signet
