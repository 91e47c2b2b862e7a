#include "wizards/ValidityEdit.h"

#include "wizards/WizardSupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

ValidityEdit::ValidityEdit(const QDateTime& now, QWidget* parent) : QWidget(parent), m_now(now)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("validitySpin"));
    m_spin->setSuffix(tr(" days"));
    m_spin->setRange(1, m_maximum);
    m_spin->setAccelerated(true);
    row->addWidget(m_spin);
    m_end = new QLabel(this);
    m_end->setObjectName(QStringLiteral("validityEndLabel"));
    row->addWidget(m_end, 1);
    layout->addLayout(row);
    m_cap = makeNote(QString(), this);
    m_cap->hide();
    layout->addWidget(m_cap);
    setFocusProxy(m_spin);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_applying) {
            m_userChose = true;
        }
        m_end->setText(tr("until %1").arg(formatDate(endDate())));
        emit daysChanged(value);
    });
}

int ValidityEdit::days() const
{
    return m_spin->value();
}

void ValidityEdit::setDays(int days)
{
    m_spin->setValue(days);
}

QDateTime ValidityEdit::endDate() const
{
    return m_now.addSecs(qint64(days()) * 86400);
}

void ValidityEdit::setLimits(int defaultDays, int maximum)
{
    if (defaultDays != m_default) {
        m_userChose = false;
    }
    m_default = defaultDays;
    m_maximum = maximum;
    apply();
}

void ValidityEdit::setIssuer(const QString& name, std::optional<QDateTime> end)
{
    m_issuerName = name;
    m_issuerEnd = std::move(end);
    apply();
}

void ValidityEdit::apply()
{
    int cap = m_maximum;
    if (m_issuerEnd) {
        cap = std::clamp(daysUntil(m_now, *m_issuerEnd), 1, m_maximum);
    }
    m_applying = true;
    const int wanted = m_userChose ? m_spin->value() : m_default;
    m_spin->setMaximum(cap);
    m_spin->setValue(std::min(wanted, cap));
    m_applying = false;
    m_end->setText(tr("until %1").arg(formatDate(endDate())));
    const bool capped = m_issuerEnd && cap < m_maximum;
    m_cap->setText(capped ? tr("At most %n day(s): a certificate may not outlive its CA, and “%1” ends on %2.", nullptr, cap)
                                .arg(m_issuerName, formatDate(*m_issuerEnd))
                          : QString());
    m_cap->setVisible(capped);
}

} // namespace signet
