#pragma once

#include "Result.h"

namespace signet {

class Database;

// A nested step inside an open transaction: rolled back to (and released) unless release() succeeded,
// leaving what the transaction did before it. Lets one bad item of a batch fail alone.
class Savepoint {
public:
    explicit Savepoint(Database& db) : m_db(db) {}
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    Status begin();
    Status release();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace signet
