// SPDX-License-Identifier: Apache-2.0
#pragma once
// Windows: is the site policy file protected as IT deploys it? Plain Win32
// and the standard library (no Qt), so the MinGW check in tests/installer
// compiles it against the real Windows headers on a Linux CI.
//
// The file is opened without following reparse points (symbolic links,
// junctions), its DACL is read from the OPEN handle, and only
// Administrators, SYSTEM and TrustedInstaller may write it or its folder.
// The folders above may let others add files (C:\ProgramData does), but
// not delete, rename or re-permission what is in them.

#include <string>

namespace custos::policy::win {

struct PolicyFileRead
{
    std::string content;  // the bytes read from the checked handle
    std::wstring problem; // empty: protected and read; otherwise why not (a sentence fragment)
};

PolicyFileRead readProtectedPolicyFile(const std::wstring& path);

} // namespace custos::policy::win
