#pragma once

#include "Result.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace signet {

// Hands batches from one thread that makes them to one that takes them, at most `depth` waiting,
// so memory stays bounded however large the input. Either side may stop: the maker with an error
// that the taker receives, the taker by closing, after which the maker's push() returns false.
template <typename Batch>
class BatchQueue {
public:
    explicit BatchQueue(std::size_t depth) : m_depth(depth) {}

    // Waits for room; false once the taker has closed the queue.
    bool push(Batch&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < m_depth || m_closed; });
        if (m_closed) {
            return false;
        }
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The maker is done: with success, or with the error that stopped it.
    void finish(Status status)
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_status = std::move(status);
        m_changed.notify_all();
    }
    // The next batch; nothing once the maker has finished and every batch is taken (then
    // status() says how it finished).
    std::optional<Batch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty()) {
            return std::nullopt;
        }
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    [[nodiscard]] Status status()
    {
        std::lock_guard lock(m_mutex);
        return m_status;
    }
    // The taker stops taking: a waiting push() returns false, and batches not taken are dropped.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_queue.clear();
        m_changed.notify_all();
    }

private:
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_done = false;
    bool m_closed = false;
    Status m_status;
};

} // namespace signet
