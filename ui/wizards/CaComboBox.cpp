#include "wizards/CaComboBox.h"

#include "Workspace.h"
#include "pki/Profile.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>

namespace signet {

CaComboBox::CaComboBox(Workspace& workspace, QWidget* parent) : QComboBox(parent), m_workspace(workspace)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(30);
    connect(this, &QComboBox::currentIndexChanged, this, &CaComboBox::caChanged);
    reload();
}

void CaComboBox::reload()
{
    const qint64 previous = currentCa() ? currentCa()->id : -1;
    QSignalBlocker blocker(this);
    clear();
    m_cas.clear();
    m_loadError.clear();
    CertificateRepository::Filter filter;
    filter.casOnly = true;
    filter.now = m_workspace.now();
    filter.withDer = false;
    auto cas = m_workspace.list(filter);
    if (!cas) {
        m_loadError = cas.error().toString();
    } else {
        for (CertificateRecord& record : *cas) {
            if (canSign(record)) {
                m_cas.push_back(std::move(record));
            }
        }
    }
    for (const CertificateRecord& ca : m_cas) {
        addItem(QStringLiteral("%1 — %2").arg(ca.name, typeLabel(ca)), ca.id);
        setItemData(count() - 1, tr("%1\nvalid until %2").arg(ca.subject, formatDate(ca.notAfter)), Qt::ToolTipRole);
    }
    setEnabled(!m_cas.empty());
    setPlaceholderText(tr("No CA in this workspace can sign"));
    if (previous < 0 || !selectCa(previous)) {
        setCurrentIndex(m_cas.empty() ? -1 : 0);
    }
    blocker.unblock();
    emit caChanged();
}

const CertificateRecord* CaComboBox::currentCa() const
{
    const int index = currentIndex();
    return index >= 0 && index < static_cast<int>(m_cas.size()) ? &m_cas[static_cast<std::size_t>(index)] : nullptr;
}

CertificateRef CaComboBox::currentRef() const
{
    const CertificateRecord* ca = currentCa();
    return ca ? CertificateRef::id(ca->id) : CertificateRef();
}

bool CaComboBox::selectCa(qint64 id)
{
    const int index = findData(id);
    if (index < 0) {
        return false;
    }
    setCurrentIndex(index);
    return true;
}

QString CaComboBox::typeLabel(const CertificateRecord& record)
{
    return isCaProfile(record.profile) ? profileLabel(record.profile) : tr("CA");
}

bool CaComboBox::canSign(const CertificateRecord& record)
{
    if (!record.keyId) {
        return false;
    }
    auto chain = m_workspace.chain(record);
    if (!chain) {
        return false;
    }
    const QDateTime now = m_workspace.now();
    for (const CertificateRecord& link : *chain) {
        const CertificateStatus status = link.statusAt(now);
        if (status == CertificateStatus::Revoked || status == CertificateStatus::Expired
            || status == CertificateStatus::NotYetValid) {
            return false;
        }
    }
    return true;
}

CaComboBox* CaComboBox::addSigningRow(Workspace& workspace, std::optional<qint64> preselect, QFormLayout* form,
                                      QWidget* page)
{
    auto* combo = new CaComboBox(workspace, page);
    combo->setObjectName(QStringLiteral("caCombo"));
    if (preselect) {
        combo->selectCa(*preselect);
    }
    form->addRow(tr("Signed by &CA:"), combo);
    if (!combo->hasCas()) {
        form->addRow(QString(), makeNote(tr("No CA in this workspace can sign. Create a CA first."), page));
    }
    return combo;
}

} // namespace signet
