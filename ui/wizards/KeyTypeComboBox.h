#pragma once

#include "crypto/KeySpec.h"
#include "pki/Profile.h"

#include <QComboBox>

namespace signet {

// The key types the core can generate and that suit the certificate's profile (no Ed25519 for CAs
// and servers, see keySpecNamesFor()), with what an administrator needs to choose between them.
// The item data is the key spec name ("ec:p256").
class KeyTypeComboBox : public QComboBox {
    Q_OBJECT
    Q_PROPERTY(QString keySpecName READ keySpecName WRITE setKeySpecName NOTIFY keySpecChanged)

public:
    // `recommended` (e.g. "ec:p256") is marked as such and selected.
    KeyTypeComboBox(const QString& recommended, Profile profile, QWidget* parent = nullptr);

    [[nodiscard]] QString keySpecName() const;
    void setKeySpecName(const QString& name);
    [[nodiscard]] KeySpec keySpec() const;

signals:
    void keySpecChanged(const QString& name);
};

} // namespace signet
