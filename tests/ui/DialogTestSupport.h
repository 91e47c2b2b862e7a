#pragma once

// Small helpers for driving dialogs in QTest: find a child by objectName, click buttons the way a
// user does, and read a file's permission bits.

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>

#include <sys/stat.h>

namespace signet::test {

inline unsigned modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    return st.st_mode & 0777;
}

template <typename T>
inline T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        qWarning("no child %s", name);
    }
    return widget;
}

inline void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Radio buttons and check boxes only react on their indicator and text, not on the whole row.
inline void toggle(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

inline void clickOk(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(box != nullptr);
    click(box->button(QDialogButtonBox::Ok));
}

inline void chooseData(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo != nullptr);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace signet::test
