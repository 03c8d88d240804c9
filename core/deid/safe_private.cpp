// SPDX-License-Identifier: Apache-2.0
// Retain Safe Private Option: a deliberately short list of private attributes
// that PS3.15 Table E.3.10-1 names as safe and that a reader needs to use the
// images (diffusion b-values and directions, Philips rescale). Everything else
// private is removed even with the option on: a private block nobody has
// vetted can hold anything, including the patient's name.

#include "core/deid/dataset_cleaner_p.h"

#include <cstring>

namespace custos::deid {
namespace {

struct SafePrivate
{
    const char* creator;
    Uint16 group;
    Uint16 element; // low byte, i.e. (gggg,xxEE)
};

constexpr SafePrivate kSafe[] = {
    {"SIEMENS MR HEADER", 0x0019, 0x0C},       // B_value
    {"SIEMENS MR HEADER", 0x0019, 0x0D},       // DiffusionDirectionality
    {"SIEMENS MR HEADER", 0x0019, 0x0E},       // DiffusionGradientDirection
    {"SIEMENS MR HEADER", 0x0019, 0x27},       // B_matrix
    {"GEMS_PARM_01", 0x0043, 0x39},            // slop_int_6..9 (b-value)
    {"Philips Imaging DD 001", 0x2001, 0x03},  // Diffusion B-Factor
    {"Philips Imaging DD 001", 0x2001, 0x04},  // Diffusion Direction
    {"Philips MR Imaging DD 001", 0x2005, 0x0D}, // Scale Intercept
    {"Philips MR Imaging DD 001", 0x2005, 0x0E}, // Scale Slope
};

} // namespace

// element 0: "is this a creator of a block that holds a safe attribute?"
bool isSafePrivate(const char* creator, Uint16 group, Uint16 element)
{
    if (!creator)
        return false;
    for (const SafePrivate& s : kSafe) {
        if (s.group == group && std::strcmp(s.creator, creator) == 0 && (element == 0 || element == s.element))
            return true;
    }
    return false;
}

} // namespace custos::deid
