// SPDX-License-Identifier: Apache-2.0
#include "core/policy/policy_file_win.h"

#ifdef _WIN32

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <vector>

namespace custos::policy::win {

namespace {

constexpr long long kMaxPolicyBytes = 4 * 1024 * 1024;

// Administrators, SYSTEM, TrustedInstaller: the only writers allowed.
bool isAdministrativeSid(PSID sid)
{
    if (!sid || !IsValidSid(sid))
        return false;
    for (WELL_KNOWN_SID_TYPE type : {WinBuiltinAdministratorsSid, WinLocalSystemSid})
        if (IsWellKnownSid(sid, type))
            return true;
    LPWSTR text = nullptr;
    bool trustedInstaller = false;
    if (ConvertSidToStringSidW(sid, &text)) {
        trustedInstaller = std::wstring(text) == L"S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
        LocalFree(text);
    }
    return trustedInstaller;
}

std::wstring sidName(PSID sid)
{
    wchar_t name[256] = {}, domain[256] = {};
    DWORD nameLength = 256, domainLength = 256;
    SID_NAME_USE use{};
    if (LookupAccountSidW(nullptr, sid, name, &nameLength, domain, &domainLength, &use))
        return domainLength > 0 && domain[0] ? std::wstring(domain) + L"\\" + name : std::wstring(name);
    LPWSTR text = nullptr;
    std::wstring out = L"an unknown account";
    if (ConvertSidToStringSidW(sid, &text)) {
        out = text;
        LocalFree(text);
    }
    return out;
}

// Who else than the administrators may use `rights` on the object? Empty: nobody.
std::wstring otherWriter(PSECURITY_DESCRIPTOR sd, PACL dacl, BOOL daclPresent, PSID owner, ACCESS_MASK rights, bool folder)
{
    (void)sd;
    if (!isAdministrativeSid(owner))
        return L"owned by " + sidName(owner) + L", who can change its permissions";
    if (!daclPresent || !dacl)
        return std::wstring(L"without an access control list, so everyone may change it");
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!GetAce(dacl, i, &ace))
            continue;
        const auto* header = static_cast<const ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue; // deny entries only take rights away
        if (folder && (header->AceFlags & INHERIT_ONLY_ACE))
            continue; // applies to what is created inside, not to the folder
        const auto* allowed = static_cast<const ACCESS_ALLOWED_ACE*>(ace);
        PSID sid = const_cast<DWORD*>(&allowed->SidStart);
        if ((allowed->Mask & rights) && !isAdministrativeSid(sid))
            return L"writable by " + sidName(sid);
    }
    return {};
}

std::wstring folderOf(const std::wstring& path)
{
    const auto slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos || slash < 3 ? std::wstring() : path.substr(0, slash);
}

constexpr ACCESS_MASK kWriteFile = FILE_WRITE_DATA | FILE_APPEND_DATA | WRITE_DAC | WRITE_OWNER | DELETE | GENERIC_WRITE | GENERIC_ALL;
// The policy's own folder: nobody else may add, remove or rename files in it.
constexpr ACCESS_MASK kWriteFolder = FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY | FILE_DELETE_CHILD | WRITE_DAC | WRITE_OWNER | DELETE
                                     | GENERIC_WRITE | GENERIC_ALL;
// The folders above: adding files is harmless (C:\ProgramData allows it);
// removing, renaming or re-permissioning what is inside is not.
constexpr ACCESS_MASK kReplaceInside = FILE_DELETE_CHILD | WRITE_DAC | WRITE_OWNER | GENERIC_ALL;

std::wstring folderProblem(const std::wstring& folder, ACCESS_MASK rights)
{
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD rc = GetNamedSecurityInfoW(folder.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                                           nullptr, &dacl, nullptr, &sd);
    if (rc != ERROR_SUCCESS)
        return folder + L" cannot be examined";
    BOOL present = FALSE, defaulted = FALSE;
    GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
    std::wstring problem = otherWriter(sd, dacl, present, owner, rights, true);
    LocalFree(sd);
    return problem.empty() ? problem : folder + L" is " + problem;
}

} // namespace

PolicyFileRead readProtectedPolicyFile(const std::wstring& path)
{
    PolicyFileRead out;
    // FILE_FLAG_OPEN_REPARSE_POINT: a symbolic link or junction is opened
    // itself, not followed, and refused below.
    HANDLE f = CreateFileW(path.c_str(), GENERIC_READ | READ_CONTROL, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (f == INVALID_HANDLE_VALUE) {
        out.problem = path + L" cannot be opened";
        return out;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(f, &info) || (info.dwFileAttributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY))) {
        CloseHandle(f);
        out.problem = path + L" is a link or a folder, not the policy file itself";
        return out;
    }
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetSecurityInfo(f, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner, nullptr, &dacl, nullptr, &sd)
        != ERROR_SUCCESS) {
        CloseHandle(f);
        out.problem = path + L" cannot be examined";
        return out;
    }
    BOOL present = FALSE, defaulted = FALSE;
    GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
    std::wstring problem = otherWriter(sd, dacl, present, owner, kWriteFile, false);
    LocalFree(sd);
    if (!problem.empty()) {
        CloseHandle(f);
        out.problem = path + L" is " + problem;
        return out;
    }
    const std::wstring folder = folderOf(path);
    if (!folder.empty())
        problem = folderProblem(folder, kWriteFolder);
    for (std::wstring above = folderOf(folder); problem.empty() && !above.empty(); above = folderOf(above))
        problem = folderProblem(above, kReplaceInside);
    if (!problem.empty()) {
        CloseHandle(f);
        out.problem = problem;
        return out;
    }
    const long long size = (static_cast<long long>(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    if (size > kMaxPolicyBytes) {
        CloseHandle(f);
        out.problem = path + L" is larger than 4 MiB, which is no policy file";
        return out;
    }
    std::string data(static_cast<size_t>(size), '\0');
    DWORD got = 0;
    const BOOL ok = data.empty() || ReadFile(f, data.data(), DWORD(data.size()), &got, nullptr);
    CloseHandle(f);
    if (!ok || got != data.size()) {
        out.problem = path + L" could not be read completely";
        return out;
    }
    out.content = std::move(data);
    return out;
}

} // namespace custos::policy::win

#endif // _WIN32
