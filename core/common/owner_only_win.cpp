// SPDX-License-Identifier: Apache-2.0
#include "core/common/owner_only_win.h"

#ifdef _WIN32

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <aclapi.h>

#include <vector>

namespace custos::common::win {

namespace {

std::wstring lastError(const wchar_t* what, DWORD code)
{
    return std::wstring(what) + L" failed (Windows error " + std::to_wstring(code) + L")";
}

} // namespace

std::wstring restrictToOwner(const std::wstring& path, bool folder)
{
    // The user of this process's token: the person the file is for.
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return lastError(L"OpenProcessToken", GetLastError());
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size ? size : 1);
    const BOOL gotUser = GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    const DWORD tokenError = GetLastError();
    CloseHandle(token);
    if (!gotUser)
        return lastError(L"GetTokenInformation", tokenError);
    PSID user = reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid;

    unsigned char systemSid[SECURITY_MAX_SID_SIZE] = {};
    DWORD systemSize = sizeof(systemSid);
    if (!CreateWellKnownSid(WinLocalSystemSid, nullptr, systemSid, &systemSize))
        return lastError(L"CreateWellKnownSid", GetLastError());

    const DWORD inherit = folder ? DWORD(SUB_CONTAINERS_AND_OBJECTS_INHERIT) : DWORD(NO_INHERITANCE);
    EXPLICIT_ACCESS_W entries[2] = {};
    PSID sids[2] = {user, systemSid};
    for (int i = 0; i < 2; ++i) {
        entries[i].grfAccessPermissions = GENERIC_ALL;
        entries[i].grfAccessMode = SET_ACCESS;
        entries[i].grfInheritance = inherit;
        entries[i].Trustee.TrusteeForm = TRUSTEE_IS_SID;
        entries[i].Trustee.TrusteeType = i == 0 ? TRUSTEE_IS_USER : TRUSTEE_IS_WELL_KNOWN_GROUP;
        entries[i].Trustee.ptstrName = static_cast<LPWSTR>(sids[i]);
    }
    PACL acl = nullptr;
    if (const DWORD made = SetEntriesInAclW(2, entries, nullptr, &acl); made != ERROR_SUCCESS)
        return lastError(L"SetEntriesInAcl", made);
    // PROTECTED: nothing of the parent's DACL is inherited, so the two
    // entries above are all there is.
    std::wstring name = path;
    const DWORD set = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                            nullptr, nullptr, acl, nullptr);
    LocalFree(acl);
    if (set != ERROR_SUCCESS)
        return lastError(L"SetNamedSecurityInfo", set);
    return {};
}

} // namespace custos::common::win

#endif // _WIN32
