#pragma once

#include <QWidget>

class QLabel;

namespace signet {

// Shown while no workspace is open, and on a workspace without any CA yet.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // With a workspace open the first button creates a CA; without one it creates the workspace.
    void setWorkspaceOpen(bool open);

signals:
    void createCaRequested();
    void newWorkspaceRequested();
    void openWorkspaceRequested();

private:
    bool m_workspaceOpen = false;
    QLabel* m_text = nullptr;
};

} // namespace signet
