#pragma once

class QTreeView;

namespace signet {

class TreeColumns {
public:
    // The tree pages through SQL, so its columns cannot be sized to their contents: they fit the
    // longest type, a date, the longest status with its icon and the ends of a serial instead.
    // Returns the width the tree needs for them and a host name two levels down.
    static int fit(QTreeView* tree);
};

} // namespace signet
