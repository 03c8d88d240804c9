// SPDX-License-Identifier: Apache-2.0
#pragma once
// pread() until `count` bytes are in or the file ends: the loop every reader
// of a descriptor needs (a single pread may return fewer bytes than asked).
// POSIX only, like its callers.

#include <cstddef>
#include <cstdint>

#include <unistd.h>

namespace custos {

// Reads up to `count` bytes at `offset` into `buffer`. Returns how many were
// read: fewer than `count` only at the end of the file or on a read error.
inline std::size_t readAt(int fd, void* buffer, std::size_t count, std::int64_t offset)
{
    auto* out = static_cast<unsigned char*>(buffer);
    std::size_t done = 0;
    while (done < count) {
        const ssize_t got = ::pread(fd, out + done, count - done, off_t(offset + std::int64_t(done)));
        if (got <= 0)
            break;
        done += std::size_t(got);
    }
    return done;
}

} // namespace custos
