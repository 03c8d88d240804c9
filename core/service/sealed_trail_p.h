// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to the sealed trail (sealed_trail.cpp, sealed_trail_verify.cpp).

#include "core/service/sealed_trail.h"

#include <QtEndian>

namespace custos::service::detail {

inline constexpr char kTrailMagic[] = "CUSTOSTRAIL1"; // 12 bytes
inline constexpr char kKeyMagic[] = "CUSTOSK1";       // 8 bytes
inline constexpr int kKeyFileBytes = 72;
inline constexpr int kFixedBytes = 1 + 8 + 8 + 8 + 4 + 8 + 32; // kind .. previous MAC
inline constexpr int kMinFrameBody = kFixedBytes + 4 + 32;
inline constexpr qint64 kMaxFrameBody = 4 << 20;

enum class Parse { Frame, End, Torn, Broken };

// Reads the frame at `pos` (its length field) from `data`/`size`.
Parse parseFrame(const char* data, qint64 size, qint64 pos, TrailEntry& out);

inline qint64 epochOf(qint64 timeMs, qint64 t0Ms, qint64 epochSeconds)
{
    if (timeMs < t0Ms)
        return -1;
    return (timeMs - t0Ms) / (epochSeconds * 1000);
}

} // namespace custos::service::detail
