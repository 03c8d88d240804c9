// SPDX-License-Identifier: Apache-2.0
// custos-policy-setup.exe: the MSI's deferred custom action (runs as
// LocalSystem, from the Binary table, see policy.wxs). It puts the site
// policy where Custos reads it, %ProgramData%\Custos\policy.json, so that
// ordinary users can read but not change it:
//   1. %ProgramData%\Custos gets a protected ACL: SYSTEM and Administrators
//      full control, Users read. (ProgramData's inherited ACL would let any
//      user create files in a new subfolder, and so plant a policy.)
//   2. The policy is POLICYFILE copied as is, or the installed default policy
//      with ISSUER/CLIENTID/ROLESCLAIM/ROLEMAP/AUDITHOST/AUDITPORT/
//      AUDITBACKLOGRECORDS/AUDITBACKLOGHOURS/SITENAME
//      added (site_policy_json.h).
//   3. The installed custos-cli.exe checks it (`policy validate`) before it
//      replaces the previous file, so a bad policy fails the installation
//      (and MSI rolls back) instead of locking people out later.
// Errors go to stderr and to %ProgramData%\Custos\policy-setup.log; any
// failure returns non-zero, which MSI reports as error 1722 and rolls back.
//
// CI compiles and links this with MinGW-w64 (tests/installer/mingw_compile.sh).

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include "installer/windows/site_policy_json.h"

#include <cstdio>
#include <map>
#include <optional>
#include <string>

namespace {

// SYSTEM and Administrators: full control; Users: read and execute.
// Protected (P): nothing is inherited from ProgramData. OICI: the file and
// anything else in the folder get the same.
constexpr wchar_t kFolderSddl[] = L"O:BAD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)";
constexpr DWORD kMaxPolicyBytes = 1024 * 1024;

std::wstring g_logPath;

std::string utf8(const std::wstring& w)
{
    if (w.empty())
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, w.data(), int(w.size()), nullptr, 0, nullptr, nullptr);
    std::string s(size_t(n > 0 ? n : 0), '\0');
    if (n > 0)
        WideCharToMultiByte(CP_UTF8, 0, w.data(), int(w.size()), s.data(), n, nullptr, nullptr);
    return s;
}

std::string systemMessage(DWORD code)
{
    wchar_t* buffer = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::wstring text = (n && buffer) ? std::wstring(buffer, n) : std::wstring(L"Windows error");
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.pop_back();
    return utf8(text) + " (" + std::to_string(code) + ")";
}

void log(const std::string& line)
{
    std::fprintf(stderr, "custos-policy-setup: %s\n", line.c_str());
    if (g_logPath.empty())
        return;
    HANDLE f = CreateFileW(g_logPath.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE)
        return;
    const std::string text = line + "\r\n";
    DWORD written = 0;
    WriteFile(f, text.data(), DWORD(text.size()), &written, nullptr);
    CloseHandle(f);
}

int failWith(const std::string& what, DWORD code = 0)
{
    log(code ? what + ": " + systemMessage(code) : what);
    return 1;
}

bool protect(const std::wstring& path, std::string& error)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(kFolderSddl, SDDL_REVISION_1, &sd, nullptr)) {
        error = systemMessage(GetLastError());
        return false;
    }
    PSID owner = nullptr;
    PACL dacl = nullptr;
    BOOL ownerDefaulted = FALSE, daclPresent = FALSE, daclDefaulted = FALSE;
    GetSecurityDescriptorOwner(sd, &owner, &ownerDefaulted);
    GetSecurityDescriptorDacl(sd, &daclPresent, &dacl, &daclDefaulted);
    const DWORD rc = SetNamedSecurityInfoW(const_cast<wchar_t*>(path.c_str()), SE_FILE_OBJECT,
                                           OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION
                                               | PROTECTED_DACL_SECURITY_INFORMATION,
                                           owner, nullptr, dacl, nullptr);
    LocalFree(sd);
    if (rc != ERROR_SUCCESS) {
        error = systemMessage(rc);
        return false;
    }
    return true;
}

std::optional<std::string> readFile(const std::wstring& path, std::string& error)
{
    HANDLE f = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE) {
        error = systemMessage(GetLastError());
        return std::nullopt;
    }
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(f, &size) || size.QuadPart > kMaxPolicyBytes) {
        CloseHandle(f);
        error = "larger than 1 MiB: that is not a policy file";
        return std::nullopt;
    }
    std::string data(size_t(size.QuadPart), '\0');
    DWORD got = 0;
    const BOOL ok = data.empty() || ReadFile(f, data.data(), DWORD(data.size()), &got, nullptr);
    const DWORD readError = GetLastError();
    CloseHandle(f);
    if (!ok || got != data.size()) {
        error = ok ? std::string("the file changed while it was read") : systemMessage(readError);
        return std::nullopt;
    }
    return data;
}

bool writeDurably(const std::wstring& path, const std::string& data, std::string& error)
{
    HANDLE f = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE) {
        error = systemMessage(GetLastError());
        return false;
    }
    DWORD written = 0;
    const BOOL ok = WriteFile(f, data.data(), DWORD(data.size()), &written, nullptr) && FlushFileBuffers(f);
    const DWORD writeError = GetLastError();
    CloseHandle(f);
    if (!ok || written != data.size()) {
        error = systemMessage(writeError);
        return false;
    }
    return true;
}

// Runs `custos-cli.exe policy validate FILE`; its exit code decides.
bool validate(const std::wstring& cli, const std::wstring& file, std::string& error)
{
    std::wstring command = L"\"" + cli + L"\" policy validate \"" + file + L"\"";
    STARTUPINFOW si{};
    si.cb = sizeof(si);
    PROCESS_INFORMATION pi{};
    if (!CreateProcessW(cli.c_str(), command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi)) {
        error = "custos-cli.exe could not be started: " + systemMessage(GetLastError());
        return false;
    }
    WaitForSingleObject(pi.hProcess, 60 * 1000);
    DWORD code = 1;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    if (code != 0) {
        error = "custos-cli policy validate rejected it (exit code " + std::to_string(code)
            + "); run it by hand on the file to see why";
        return false;
    }
    return true;
}

std::map<std::wstring, std::wstring> parseArguments(int argc, wchar_t** argv)
{
    std::map<std::wstring, std::wstring> args;
    for (int i = 1; i + 1 < argc; i += 2)
        args[argv[i]] = argv[i + 1];
    return args;
}

} // namespace

int wmain(int argc, wchar_t** argv)
{
    auto args = parseArguments(argc, argv);
    const std::wstring folder = args[L"--folder"];
    if (folder.empty())
        return failWith("usage: custos-policy-setup --folder DIR [--policy-file FILE | --issuer URL --client-id ID ...] "
                        "--default-policy FILE --validator custos-cli.exe");
    if (!CreateDirectoryW(folder.c_str(), nullptr) && GetLastError() != ERROR_ALREADY_EXISTS)
        return failWith("cannot create " + utf8(folder), GetLastError());
    std::string error;
    if (!protect(folder, error))
        return failWith("cannot restrict " + utf8(folder) + " to administrators: " + error);
    g_logPath = folder + L"\\policy-setup.log";

    custos::installer::SiteProperties site;
    site.siteName = utf8(args[L"--site-name"]);
    site.issuer = utf8(args[L"--issuer"]);
    site.clientId = utf8(args[L"--client-id"]);
    site.rolesClaim = utf8(args[L"--roles-claim"]);
    site.roleMap = utf8(args[L"--role-map"]);
    site.auditHost = utf8(args[L"--audit-host"]);
    site.auditPort = utf8(args[L"--audit-port"]);
    site.backlogRecords = utf8(args[L"--audit-backlog-records"]);
    site.backlogHours = utf8(args[L"--audit-backlog-hours"]);
    const std::wstring policyFile = args[L"--policy-file"];

    std::string policy;
    if (!policyFile.empty()) {
        if (site.any())
            return failWith("POLICYFILE and the individual properties (ISSUER, CLIENTID, ...) exclude each other: "
                            "put everything in the policy file.");
        auto data = readFile(policyFile, error);
        if (!data)
            return failWith("cannot read POLICYFILE " + utf8(policyFile) + " (LocalSystem reads it: a share must "
                            "grant read access to the computer account): " + error);
        policy = *data;
    } else if (site.any()) {
        auto base = readFile(args[L"--default-policy"], error);
        if (!base)
            return failWith("cannot read the installed default policy " + utf8(args[L"--default-policy"]) + ": " + error);
        auto composed = custos::installer::composeSitePolicy(*base, site, error);
        if (!composed)
            return failWith(error);
        policy = *composed;
    } else {
        // Nothing to deploy. A policy.json already there (an earlier
        // deployment, or one made before the folder was locked) is made
        // administrators-only too, so it cannot stay a user's file.
        const std::wstring existing = folder + L"\\policy.json";
        if (GetFileAttributesW(existing.c_str()) != INVALID_FILE_ATTRIBUTES) {
            if (!protect(existing, error))
                return failWith("cannot restrict " + utf8(existing) + " to administrators: " + error);
            log("no new policy given; kept " + utf8(existing) + " and made it administrators-only");
        } else {
            log("no POLICYFILE and no policy properties: the built-in default policy applies");
        }
        return 0;
    }

    const std::wstring target = folder + L"\\policy.json";
    const std::wstring staged = folder + L"\\policy.json.new";
    if (!writeDurably(staged, policy, error))
        return failWith("cannot write " + utf8(staged) + ": " + error);
    if (!args[L"--validator"].empty() && !validate(args[L"--validator"], staged, error)) {
        DeleteFileW(staged.c_str());
        return failWith("the site policy was not installed: " + error);
    }
    if (!MoveFileExW(staged.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return failWith("cannot replace " + utf8(target), GetLastError());
    if (!protect(target, error))
        return failWith("cannot restrict " + utf8(target) + " to administrators: " + error);
    log("installed the site policy in " + utf8(target));
    return 0;
}
