#include "wizards/KeyTypeComboBox.h"

namespace signet {

KeyTypeComboBox::KeyTypeComboBox(const QString& recommended, Profile profile, QWidget* parent) : QComboBox(parent)
{
    for (const QString& name : keySpecNamesFor(profile)) {
        auto spec = KeySpec::parse(name);
        if (!spec) {
            continue;
        }
        QString label = spec->description();
        if (name == recommended) {
            label = tr("%1 (recommended)").arg(label);
        } else if (name == QLatin1String("rsa:2048")) {
            label = tr("%1 (for old systems)").arg(label);
        } else if (name == QLatin1String("rsa:4096")) {
            label = tr("%1 (slow to generate, widest compatibility)").arg(label);
        } else if (name == QLatin1String("ec:p521")) {
            label = tr("%1 (Chrome does not accept it)").arg(label);
        } else if (name == QLatin1String("ed25519")) {
            label = tr("%1 (web browsers do not accept it yet)").arg(label);
        }
        addItem(label, name);
    }
    setKeySpecName(recommended);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit keySpecChanged(keySpecName()); });
}

QString KeyTypeComboBox::keySpecName() const
{
    return currentData().toString();
}

void KeyTypeComboBox::setKeySpecName(const QString& name)
{
    const int index = findData(name);
    if (index >= 0) {
        setCurrentIndex(index);
    }
}

KeySpec KeyTypeComboBox::keySpec() const
{
    auto spec = KeySpec::parse(keySpecName());
    return spec ? spec.value() : KeySpec();
}

} // namespace signet
