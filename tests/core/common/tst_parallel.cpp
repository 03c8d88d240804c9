// SPDX-License-Identifier: Apache-2.0
// The shared work pool (core/common/parallel.h) and the huge-page volume
// buffer (core/common/large_buffer.h), issue 16.

#include "core/common/large_buffer.h"
#include "core/common/parallel.h"

#include <QFile>
#include <QTest>

#include <sys/resource.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace custos;

namespace {

// The items of one call, shared through its own counter as every user does.
struct Items
{
    explicit Items(int n) : hits(std::size_t(n)) {}
    std::vector<std::atomic_int> hits;
    std::atomic_int next{0};
    void drain()
    {
        for (int i = next++; i < int(hits.size()); i = next++)
            hits[std::size_t(i)].fetch_add(1);
    }
    bool eachOnce() const
    {
        for (const auto& h : hits)
            if (h.load() != 1)
                return false;
        return true;
    }
};

long long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

} // namespace

class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void everyItemRunsOnce()
    {
        Items items(10000);
        runOnWorkers(8, [&] { items.drain(); });
        QVERIFY(items.eachOnce());
    }

    // Four loads at once, each asking for a thread per core: the threads that
    // ever ran their work are the pool's and the four callers', not four
    // sets of fresh threads (the oversubscription issue 16 names).
    void concurrentCallersShareOnePool()
    {
        std::mutex mutex;
        std::set<std::thread::id> seen;
        std::set<std::thread::id> callers;
        constexpr int kCallers = 4;
        const int wanted = std::max(2, QThread::idealThreadCount());
        std::vector<std::thread> loads;
        std::atomic_bool ok{true};
        for (int c = 0; c < kCallers; ++c)
            loads.emplace_back([&] {
                {
                    std::lock_guard lock(mutex);
                    callers.insert(std::this_thread::get_id());
                }
                for (int round = 0; round < 20; ++round) {
                    Items items(2000);
                    runOnWorkers(wanted, [&] {
                        {
                            std::lock_guard lock(mutex);
                            seen.insert(std::this_thread::get_id());
                        }
                        items.drain();
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                    });
                    if (!items.eachOnce())
                        ok = false;
                }
            });
        for (auto& t : loads)
            t.join();
        QVERIFY(ok);
        std::size_t pooled = 0;
        for (const auto& id : seen)
            pooled += callers.count(id) ? 0 : 1;
        QVERIFY2(pooled <= std::size_t(detail::poolThreadCount()),
                 qPrintable(QStringLiteral("%1 distinct helper threads ran work; the pool has %2")
                                .arg(pooled)
                                .arg(detail::poolThreadCount())));
    }

    // A pooled copy that calls runOnWorkers itself does not wait for a pool
    // that is busy running it: the inner caller does its items alone.
    void nestedCallsFinish()
    {
        std::atomic_int inner{0};
        Items outer(64);
        runOnWorkers(4, [&] {
            for (int i = outer.next++; i < 64; i = outer.next++) {
                outer.hits[std::size_t(i)].fetch_add(1);
                Items items(100);
                runOnWorkers(4, [&] { items.drain(); });
                if (items.eachOnce())
                    inner.fetch_add(1);
            }
        });
        QVERIFY(outer.eachOnce());
        QCOMPARE(inner.load(), 64);
    }

    // The caller waits until a pooled copy has started and thrown; the
    // exception is handed to the caller, not lost on a pool thread (which
    // would end the process).
    void exceptionOfAPooledCopyReachesTheCaller()
    {
        const auto caller = std::this_thread::get_id();
        std::atomic_bool thrown{false};
        bool caught = false;
        try {
            runOnWorkers(2, [&] {
                if (std::this_thread::get_id() != caller) {
                    thrown = true;
                    throw std::runtime_error("damaged frame");
                }
                for (int i = 0; i < 10000 && !thrown; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            });
        } catch (const std::runtime_error& e) {
            caught = QByteArray(e.what()) == "damaged frame";
        }
        QVERIFY(thrown);
        QVERIFY(caught);
    }

    void largeBufferIsAlignedForHugePages()
    {
        const std::size_t bytes = std::size_t(64) << 20;
        LargeBuffer buffer = allocateLargeBuffer(bytes);
        QVERIFY(buffer);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(buffer.get()) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
        // Usable to its last byte.
        buffer[0] = std::byte{1};
        buffer[bytes - 1] = std::byte{2};
        QCOMPARE(int(buffer[bytes - 1]), 2);
        LargeBuffer small = allocateLargeBuffer(100);
        QVERIFY(small);
        small[99] = std::byte{3};
    }

    // Where the kernel offers transparent huge pages on request, filling a
    // fresh 64 MiB volume buffer takes a small fraction of the 16,384 faults
    // of 4 KiB pages. Where THP is off ("never"), the buffer still works with
    // small pages, and that is what is asserted instead.
    void hugePagesCutThePageFaults()
    {
        QFile setting(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        const bool offered = setting.open(QIODevice::ReadOnly) && !setting.readAll().contains("[never]");
        const std::size_t bytes = std::size_t(64) << 20;
        const long long smallPages = (long long)(bytes / 4096);
        LargeBuffer buffer = allocateLargeBuffer(bytes);
        const long long before = minorFaults();
        for (std::size_t i = 0; i < bytes; i += 4096)
            buffer[i] = std::byte{1};
        const long long faults = minorFaults() - before;
        if (offered) {
            QVERIFY(largeBuffersUseHugePages());
            QVERIFY2(faults < smallPages / 4, qPrintable(QStringLiteral("%1 faults for %2 pages").arg(faults).arg(smallPages)));
        } else {
            QVERIFY2(faults >= smallPages / 2, "THP is off: every small page faults once");
        }
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
