// SPDX-License-Identifier: Apache-2.0
#pragma once
// Work spread over the cores: the calling thread works too, and returns
// when every copy of the work that started has finished.
//
// The helpers come from one process-wide pool (one thread per core, less the
// caller's), shared by every caller: two series loading at once, each from
// its own QtConcurrent job, share the cores instead of starting threads of
// their own and oversubscribing them (issue 16). Every user shares its items
// through its own atomic counter, so a copy the pool could not start before
// the caller ran out of items has nothing left to do: it is withdrawn, never
// waited for. That also makes a nested call from inside a pooled copy safe.

#include <QThread>

#include <algorithm>
#include <functional>

namespace custos {

// How many threads to use: `requested` if positive, else one per core;
// never more than `useful` (the number of work items) and never fewer than one.
inline int workerCount(int requested, int useful = 1 << 30)
{
    return std::clamp(requested > 0 ? requested : QThread::idealThreadCount(), 1, std::max(1, useful));
}

namespace detail {
void runShared(int threads, const std::function<void()>& work);
int poolThreadCount();
} // namespace detail

// Runs `work` on this thread and on up to `threads` - 1 pool threads, and
// returns when every copy that started has returned. An exception thrown by
// a pooled copy is rethrown here (the first one, after all have finished).
template <class Work>
void runOnWorkers(int threads, const Work& work)
{
    detail::runShared(threads, std::function<void()>(std::cref(work)));
}

} // namespace custos
