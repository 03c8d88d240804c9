// SPDX-License-Identifier: Apache-2.0
// custosd's named pipe on Windows: its security descriptor, its instances,
// the client's identity from its token and the client's check of the
// server. Reasoning: service_win.h.

#include "core/service/win/service_win.h"

#ifdef _WIN32

#include <sddl.h>

#include <cstring>
#include <vector>

namespace custos::service::win {

namespace {

constexpr DWORD kPipeBuffer = 64 * 1024;

// A token's user SID as text; empty on failure.
std::wstring tokenUserSid(HANDLE token, std::vector<BYTE>& buffer, std::wstring& error)
{
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    if (size == 0) {
        error = L"the token cannot be read: " + systemMessage(GetLastError());
        return {};
    }
    buffer.assign(size, 0);
    if (!GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        error = L"the token cannot be read: " + systemMessage(GetLastError());
        return {};
    }
    TOKEN_USER user{};
    std::memcpy(&user, buffer.data(), sizeof user); // the buffer is BYTE-aligned: copy, do not cast
    LPWSTR text = nullptr;
    if (!ConvertSidToStringSidW(user.User.Sid, &text)) {
        error = systemMessage(GetLastError());
        return {};
    }
    std::wstring out(text);
    LocalFree(text);
    return out;
}

std::wstring accountName(const std::wstring& sidText)
{
    PSID sid = nullptr;
    if (!ConvertStringSidToSidW(sidText.c_str(), &sid))
        return sidText;
    wchar_t name[256] = {}, domain[256] = {};
    DWORD nameLength = 256, domainLength = 256;
    SID_NAME_USE use{};
    std::wstring out = sidText;
    if (LookupAccountSidW(nullptr, sid, name, &nameLength, domain, &domainLength, &use))
        out = domain[0] ? std::wstring(domain) + L"\\" + name : std::wstring(name);
    LocalFree(sid);
    return out;
}

} // namespace

HANDLE createPipeInstance(const std::wstring& pipePath, const std::wstring& sid, bool first, std::wstring& error)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    const std::wstring sddl = pipeSecurityDescriptorSddl(sid);
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &sd, nullptr)) {
        error = L"bad security descriptor " + sddl + L": " + systemMessage(GetLastError());
        return INVALID_HANDLE_VALUE;
    }
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof sa;
    sa.lpSecurityDescriptor = sd;
    sa.bInheritHandle = FALSE;
    const DWORD openMode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | (first ? FILE_FLAG_FIRST_PIPE_INSTANCE : 0);
    const DWORD pipeMode = PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS;
    HANDLE pipe = CreateNamedPipeW(pipePath.c_str(), openMode, pipeMode, PIPE_UNLIMITED_INSTANCES, kPipeBuffer, kPipeBuffer, 0, &sa);
    const DWORD why = GetLastError();
    LocalFree(sd);
    if (pipe == INVALID_HANDLE_VALUE)
        error = (first && why == ERROR_ACCESS_DENIED)
                    ? pipePath + L" already exists: another program holds the name custosd's clients connect to. Find and stop it"
                    : L"cannot create " + pipePath + L": " + systemMessage(why);
    return pipe;
}

HANDLE openPipeForIdentification(const std::wstring& pipePath, std::wstring& error)
{
    // Identification, not impersonation: the service may learn who we are
    // but may not act as us.
    HANDLE pipe = CreateFileW(pipePath.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                              FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr);
    if (pipe == INVALID_HANDLE_VALUE)
        error = L"cannot connect to " + pipePath + L": " + systemMessage(GetLastError());
    return pipe;
}

bool clientIdentity(HANDLE pipe, ClientIdentity& out, std::wstring& error)
{
    out = {};
    if (!GetNamedPipeClientProcessId(pipe, &out.processId)) {
        error = L"the client's process cannot be named: " + systemMessage(GetLastError());
        return false;
    }
    if (!ImpersonateNamedPipeClient(pipe)) {
        error = L"the client's identity cannot be read: " + systemMessage(GetLastError());
        return false;
    }
    HANDLE token = nullptr;
    const BOOL opened = OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token);
    const DWORD openError = GetLastError();
    // Back to the service's own identity before anything else happens on this thread.
    if (!RevertToSelf()) {
        if (opened)
            CloseHandle(token);
        error = L"the service could not return to its own identity: " + systemMessage(GetLastError());
        return false; // the caller must end the process: this thread is not itself
    }
    if (!opened) {
        error = L"the client's token cannot be opened: " + systemMessage(openError);
        return false;
    }
    bool ok = true;
    SECURITY_IMPERSONATION_LEVEL level = SecurityAnonymous;
    DWORD size = 0;
    if (!GetTokenInformation(token, TokenImpersonationLevel, &level, sizeof level, &size) || level < SecurityIdentification) {
        error = L"the client connected anonymously; custosd answers only callers it can identify";
        ok = false;
    }
    std::vector<BYTE> buffer;
    if (ok) {
        out.sid = tokenUserSid(token, buffer, error);
        ok = !out.sid.empty();
    }
    if (ok) {
        // Administrators (enabled in this token: an elevated caller, or
        // UAC off), as the service's own checks for account changes ask.
        BYTE adminSid[SECURITY_MAX_SID_SIZE];
        DWORD adminSize = sizeof adminSid;
        BOOL member = FALSE;
        if (CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, adminSid, &adminSize) && CheckTokenMembership(token, adminSid, &member))
            out.administrator = member != FALSE;
        out.account = accountName(out.sid);
    }
    CloseHandle(token);
    return ok;
}

bool serverIsService(HANDLE pipe, const std::wstring& service, std::wstring& error)
{
    const std::wstring expected = serviceSid(service, error);
    if (expected.empty())
        return false;
    ULONG pid = 0;
    if (!GetNamedPipeServerProcessId(pipe, &pid)) {
        error = L"the process behind the pipe cannot be named: " + systemMessage(GetLastError());
        return false;
    }
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process) {
        error = L"the process behind the pipe cannot be examined: " + systemMessage(GetLastError());
        return false;
    }
    HANDLE token = nullptr;
    const BOOL opened = OpenProcessToken(process, TOKEN_QUERY, &token);
    const DWORD why = GetLastError();
    CloseHandle(process);
    if (!opened) {
        error = L"the process behind the pipe cannot be examined: " + systemMessage(why);
        return false;
    }
    std::vector<BYTE> buffer;
    const std::wstring actual = tokenUserSid(token, buffer, error);
    CloseHandle(token);
    if (actual.empty())
        return false;
    if (actual != expected) {
        error = L"the program behind the Custos service's pipe runs as " + accountName(actual) + L", not as NT SERVICE\\" + service +
                L": it is not the Custos service";
        return false;
    }
    return true;
}

} // namespace custos::service::win

#endif // _WIN32
