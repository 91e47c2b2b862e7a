#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace signet {

// Validity in days (the spin box is "validitySpin") with the date it ends on. It starts at the
// profile's default, shortened to what the issuing CA has left, and never lets a certificate
// outlive its CA (the core refuses that).
class ValidityEdit : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)

public:
    ValidityEdit(const QDateTime& now, QWidget* parent = nullptr);

    [[nodiscard]] int days() const;
    void setDays(int days);
    [[nodiscard]] QDateTime endDate() const;
    [[nodiscard]] QSpinBox* spinBox() const { return m_spin; }

    // The profile's default and the most the profile allows. A new default replaces the value
    // unless the user chose one.
    void setLimits(int defaultDays, int maximum);
    // The issuing CA's name and end; nullopt for a root.
    void setIssuer(const QString& name, std::optional<QDateTime> end);

signals:
    void daysChanged(int days);

private:
    void apply();

    QDateTime m_now;
    QSpinBox* m_spin = nullptr;
    QLabel* m_end = nullptr;
    QLabel* m_cap = nullptr;
    int m_default = 1;
    int m_maximum = 36500;
    QString m_issuerName;
    std::optional<QDateTime> m_issuerEnd;
    bool m_userChose = false;
    bool m_applying = false;
};

} // namespace signet
