// SPDX-License-Identifier: Apache-2.0
#pragma once
// Windows: the owner-only protection that POSIX modes 0600/0700 give
// exports, reports and Custos's folders elsewhere. Plain Win32 and the
// standard library (no Qt), so the MinGW check in tests/installer compiles
// it against the real Windows headers on a Linux CI.
//
// The object gets a protected DACL (nothing inherited from the folder
// above, so a share's "Everyone: read" does not reach it) granting full
// control to the user of this process's token and to SYSTEM, nobody else.
// A folder's entries are inherited by what is created inside it.

#include <string>

namespace custos::common::win {

// Empty: done; otherwise why not (a sentence fragment, English).
std::wstring restrictToOwner(const std::wstring& path, bool folder);

} // namespace custos::common::win
