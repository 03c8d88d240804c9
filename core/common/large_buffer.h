// SPDX-License-Identifier: Apache-2.0
#pragma once
// One buffer for a whole volume (hundreds of MiB), allocated so that the
// kernel can back it with transparent huge pages: a 300 MiB CT then costs
// ~150 page faults instead of ~77,000 while the loader's threads fill it
// (issue 16: on this kind of virtual machine the faults of a fresh buffer
// cost as much as copying the pixels). Not zero-filled: the loader writes
// every byte it publishes.

#include <cstddef>
#include <memory>

namespace custos {

struct LargeBufferDeleter
{
    std::size_t mappedBytes = 0; // 0: allocated with new[]
    void operator()(std::byte* p) const noexcept;
};

using LargeBuffer = std::unique_ptr<std::byte[], LargeBufferDeleter>;

// Throws std::bad_alloc when the memory is not there, like new.
LargeBuffer allocateLargeBuffer(std::size_t bytes);

// Whether the last buffers were given huge pages where the system offers
// them (for the benchmark's report): true when the advice was taken.
bool largeBuffersUseHugePages();

} // namespace custos
