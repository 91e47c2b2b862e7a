#pragma once

#include "Result.h"

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

    // An empty batch to fill, with the room of one worked through before when there is one: the
    // reader reuses memory instead of touching fresh pages for every batch.
    std::vector<Item> emptyBatch(size_t capacity)
    {
        std::vector<Item> batch;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        batch.clear();
        batch.reserve(capacity);
        return batch;
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
            std::lock_guard lock(m_mutex);
            if (!st) {
                m_status = std::move(st);
                m_queue.clear();
                m_changed.notify_all();
                return;
            }
            if (m_spare.size() < m_depth) {
                m_spare.push_back(std::move(batch));
            }
        }
    }

    Work m_work;
    size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_queue;
    std::vector<std::vector<Item>> m_spare; // worked through, kept for emptyBatch()
    Status m_status;
    bool m_closed = false;
    std::thread m_thread;
};

} // namespace signet
