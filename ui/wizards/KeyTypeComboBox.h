#pragma once

#include "crypto/KeySpec.h"

#include <QComboBox>

namespace signet {

// The key types the core can generate, with what an administrator needs to choose between them.
// The item data is the key spec name ("ec:p256").
class KeyTypeComboBox : public QComboBox {
    Q_OBJECT
    Q_PROPERTY(QString keySpecName READ keySpecName WRITE setKeySpecName NOTIFY keySpecChanged)

public:
    // `recommended` (e.g. "ec:p256") is marked as such and selected.
    explicit KeyTypeComboBox(const QString& recommended, QWidget* parent = nullptr);

    [[nodiscard]] QString keySpecName() const;
    void setKeySpecName(const QString& name);
    [[nodiscard]] KeySpec keySpec() const;

signals:
    void keySpecChanged(const QString& name);
};

} // namespace signet
