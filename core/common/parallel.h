// SPDX-License-Identifier: Apache-2.0
#pragma once
// Work spread over the cores: the calling thread works too, and returns
// when every worker has finished.

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace custos {

// How many threads to use: `requested` if positive, else one per core;
// never more than `useful` (the number of work items) and never fewer than one.
inline int workerCount(int requested, int useful = 1 << 30)
{
    return std::clamp(requested > 0 ? requested : QThread::idealThreadCount(), 1, std::max(1, useful));
}

// Runs `work` on `threads` threads (this one included) and joins them.
template <class Work>
void runOnWorkers(int threads, const Work& work)
{
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back([&work] { work(); });
    work();
    for (auto& t : pool)
        t.join();
}

} // namespace custos
