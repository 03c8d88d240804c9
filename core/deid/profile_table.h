// SPDX-License-Identifier: Apache-2.0
#pragma once
// PS3.15 Table E.1-1 as data: one row per attribute of the Basic Application
// Level Confidentiality Profile, its basic action and which option columns
// change it. Internal to core/deid.

#include <cstdint>
#include <span>

namespace custos::deid::profile {

// The "Basic Prof." column. Compound actions (X/Z, X/D, Z/D, X/Z/D, X/Z/U*)
// depend on the IOD's attribute type; deidentifier.cpp resolves them to the
// form that keeps the attribute valid for every type (see resolve()).
enum class Basic : std::uint8_t { D, Z, X, U, XZ, XD, ZD, XZD, XZU };

// Option columns that apply to a row.
enum Flag : std::uint16_t {
    None = 0,
    KeepWithUids = 1 << 0,            // Rtn. UIDs Opt. = K
    KeepWithDevice = 1 << 1,          // Rtn. Dev. Id. Opt. = K
    KeepWithInstitution = 1 << 2,     // Rtn. Inst. Id. Opt. = K
    KeepWithPatientChars = 1 << 3,    // Rtn. Pat. Chars. Opt. = K
    CleanWithPatientChars = 1 << 4,   // Rtn. Pat. Chars. Opt. = C
    Temporal = 1 << 5,                // Rtn. Long. Full Dates = K, Modif. Dates = C
    CleanDescriptor = 1 << 6,         // Clean Desc. Opt. = C
    CleanStructuredContent = 1 << 7,  // Clean Struct. Cont. Opt. = C (option not offered)
    CleanGraphics = 1 << 8,           // Clean Graph. Opt. = C (option not offered)
};

struct Rule
{
    std::uint32_t tag; // (group << 16) | element
    Basic basic;
    std::uint16_t flags;
};

// The rows, sorted by tag. Wildcard rows (private groups, curves 50xx,
// overlay data and comments 60xx) are handled in code, not here.
std::span<const Rule> rules();
const Rule* find(std::uint16_t group, std::uint16_t element);

} // namespace custos::deid::profile
