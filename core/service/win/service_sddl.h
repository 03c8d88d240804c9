// SPDX-License-Identifier: Apache-2.0
#pragma once
// The security descriptors of custosd's state folder, its pipe and the
// verification key on Windows, as SDDL (reasoning: service_win.h). Only the
// standard library, on every platform, so that tests/installer/msi_test.sh
// can run and check them on Linux; service_win.cpp and pipe_win.cpp apply them.

#include <string>

namespace custos::service::win {

// Owner the service; protected (nothing inherited from ProgramData, whose
// ACL lets every user add files); the service alone, inherited by files
// (OI) and folders (CI) made inside.
inline std::wstring serviceFolderSddl(const std::wstring& serviceSid)
{
    return L"O:" + serviceSid + L"G:" + serviceSid + L"D:PAI(A;OICI;FA;;;" + serviceSid + L")";
}

// SYSTEM and Administrators only, nothing inherited.
inline std::wstring administratorsOnlySddl() { return L"O:BAD:PAI(A;;FA;;;SY)(A;;FA;;;BA)"; }

// Network logons denied (first: a deny must precede the allows); the
// service everything; authenticated users 0x12019b = FILE_GENERIC_READ |
// FILE_WRITE_DATA | FILE_WRITE_EA | FILE_WRITE_ATTRIBUTES: everything a
// client needs, and not FILE_CREATE_PIPE_INSTANCE (FILE_APPEND_DATA on a
// pipe), so nobody else can serve a connection on custosd's pipe.
inline std::wstring pipeSecurityDescriptorSddl(const std::wstring& serviceSid)
{
    return L"O:" + serviceSid + L"G:" + serviceSid + L"D:P(D;;GA;;;NU)(A;;GA;;;" + serviceSid + L")(A;;0x12019b;;;AU)";
}

} // namespace custos::service::win
