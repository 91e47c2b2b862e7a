#pragma once

// main() for the GUI tests: QTEST_MAIN, plus Signet's application identity and QStandardPaths' test
// mode, so that settings and recent-workspace lists go to a test location (~/.qttest), never into
// the user's own configuration.

#include "ApplicationIdentity.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#define SIGNET_GUI_TEST_MAIN(TestObject)                                                                 \
    int main(int argc, char* argv[])                                                                    \
    {                                                                                                   \
        QStandardPaths::setTestModeEnabled(true);                                                       \
        QApplication app(argc, argv);                                                                   \
        signet::ApplicationIdentity::apply();                                                           \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                        \
        TestObject test;                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                      \
        return QTest::qExec(&test, argc, argv);                                                         \
    }
