// SPDX-License-Identifier: Apache-2.0
#include "core/common/parallel.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace custos::detail {

namespace {

// One call of runOnWorkers: how many of its copies wait in the pool's queue,
// how many run, and the first exception one of them threw.
struct Run
{
    const std::function<void()>* work = nullptr;
    std::mutex mutex;
    std::condition_variable finished;
    int queued = 0;
    int running = 0;
    std::exception_ptr error;
};

class Pool
{
public:
    static Pool& instance()
    {
        // Never destroyed: its threads wait on it until the process ends, and
        // a static destructor joining them could wait on a copy still running.
        static Pool* pool = new Pool(std::max(1, QThread::idealThreadCount() - 1));
        return *pool;
    }

    int size() const { return m_size; }

    void post(const std::shared_ptr<Run>& run, int copies)
    {
        {
            std::lock_guard lock(m_mutex);
            for (int i = 0; i < copies; ++i)
                m_queue.push_back(run);
        }
        if (copies == 1)
            m_wake.notify_one();
        else
            m_wake.notify_all();
    }

private:
    explicit Pool(int size) : m_size(size)
    {
        for (int i = 0; i < size; ++i)
            std::thread([this] { loop(); }).detach();
    }

    void loop()
    {
        for (;;) {
            std::shared_ptr<Run> run;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty(); });
                run = std::move(m_queue.front());
                m_queue.pop_front();
            }
            {
                std::lock_guard lock(run->mutex);
                if (run->queued == 0)
                    continue; // withdrawn: its caller finished every item itself
                --run->queued;
                ++run->running;
            }
            std::exception_ptr error;
            try {
                (*run->work)();
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard lock(run->mutex);
            if (error && !run->error)
                run->error = error;
            if (--run->running == 0)
                run->finished.notify_all();
        }
    }

    const int m_size;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<Run>> m_queue;
};

} // namespace

int poolThreadCount() { return Pool::instance().size(); }

void runShared(int threads, const std::function<void()>& work)
{
    if (threads <= 1) {
        work();
        return;
    }
    Pool& pool = Pool::instance();
    auto run = std::make_shared<Run>();
    run->work = &work;
    const int copies = std::min(threads - 1, pool.size());
    run->queued = copies;
    pool.post(run, copies);

    std::exception_ptr own;
    try {
        work();
    } catch (...) {
        own = std::current_exception();
    }
    std::unique_lock lock(run->mutex);
    run->queued = 0; // copies not started by now would find nothing to do
    run->finished.wait(lock, [&] { return run->running == 0; });
    if (own)
        std::rethrow_exception(own);
    if (run->error)
        std::rethrow_exception(run->error);
}

} // namespace custos::detail
