// SPDX-License-Identifier: Apache-2.0
#include "core/common/large_buffer.h"

#include <atomic>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace custos {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
std::atomic_bool g_hugeAdviceTaken{false};

} // namespace

void LargeBufferDeleter::operator()(std::byte* p) const noexcept
{
    if (!p)
        return;
#if defined(__linux__)
    if (mappedBytes) {
        ::munmap(p, mappedBytes);
        return;
    }
#endif
    delete[] p;
}

LargeBuffer allocateLargeBuffer(std::size_t bytes)
{
    const std::size_t size = bytes ? bytes : 1;
#if defined(__linux__)
    if (size >= kHugePage) {
        // Map one huge page more than needed and give back the unaligned
        // head and the tail, so the buffer starts on a 2 MiB boundary, which
        // is what lets the kernel use huge pages for it from the first byte.
        const std::size_t rounded = (size + kHugePage - 1) & ~(kHugePage - 1);
        const std::size_t mapped = rounded + kHugePage;
        void* raw = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t aligned = (start + kHugePage - 1) & ~(std::uintptr_t(kHugePage) - 1);
        const std::size_t head = aligned - start;
        const std::size_t tail = mapped - head - rounded;
        if (head)
            ::munmap(raw, head);
        if (tail)
            ::munmap(reinterpret_cast<void*>(aligned + rounded), tail);
        // Advice, not a demand: with THP off ("never") the buffer still works
        // with small pages.
        g_hugeAdviceTaken.store(::madvise(reinterpret_cast<void*>(aligned), rounded, MADV_HUGEPAGE) == 0,
                                std::memory_order_relaxed);
        return LargeBuffer(reinterpret_cast<std::byte*>(aligned), LargeBufferDeleter{rounded});
    }
#endif
    return LargeBuffer(new std::byte[size], LargeBufferDeleter{0});
}

bool largeBuffersUseHugePages() { return g_hugeAdviceTaken.load(std::memory_order_relaxed); }

} // namespace custos
