#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace signet {

// Hands batches of rows from the thread that reads them to one worker thread, which works through
// them in order while the next batch is read: on two cores, reading a million rows and checking
// them overlap. At most `depth` batches wait, so memory stays bounded. The first failure stops the
// work, and push() then says so, so that the reader stops too.
template <typename Item>
class RowPipeline {
public:
    using Work = std::function<Status(std::vector<Item>&)>;

    explicit RowPipeline(Work work, size_t depth = 2) : m_work(std::move(work)), m_depth(depth)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~RowPipeline() { close(); }
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // Queues a batch, waiting while `depth` batches wait already; false once the work has failed.
    bool push(std::vector<Item>&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < m_depth || !m_status.ok(); });
        if (!m_status.ok()) {
            return false;
        }
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Waits until every batch is worked through: the first failure, if there was one.
    Status finish()
    {
        close();
        return m_status;
    }

private:
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

    void run()
    {
        for (;;) {
            std::vector<Item> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty()) {
                    return;
                }
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            Status st = m_work(batch);
            if (!st) {
                std::lock_guard lock(m_mutex);
                m_status = std::move(st);
                m_queue.clear();
                m_changed.notify_all();
                return;
            }
        }
    }

    Work m_work;
    size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_queue;
    Status m_status;
    bool m_closed = false;
    std::thread m_thread;
};

// The values of one row, read on one thread and taken along to another.
template <size_t Columns>
using RowValues = std::array<QVariant, Columns>;

// Reads the rows of `query` (their first `Columns` values) on this thread while a worker thread
// hands the rows read before to `work`, one after the other; the first failure stops both. Whether
// the rows ended or reading them failed, Database::finished() tells.
template <size_t Columns>
Status pipeRows(QSqlQuery& query, const std::function<Status(const RowValues<Columns>&)>& work)
{
    using Row = RowValues<Columns>;
    RowPipeline<Row> pipeline([&work](std::vector<Row>& batch) -> Status {
        for (const Row& row : batch) {
            if (Status st = work(row); !st) {
                return st;
            }
        }
        return {};
    });
    constexpr size_t kBatch = 1024;
    std::vector<Row> batch;
    batch.reserve(kBatch);
    bool working = true;
    while (working && query.next()) {
        Row& row = batch.emplace_back();
        for (size_t column = 0; column < Columns; ++column) {
            row[column] = query.value(static_cast<int>(column));
        }
        if (batch.size() == kBatch) {
            working = pipeline.push(std::exchange(batch, {}));
            batch.reserve(kBatch);
        }
    }
    if (working && !batch.empty()) {
        pipeline.push(std::move(batch));
    }
    return pipeline.finish();
}

} // namespace signet
