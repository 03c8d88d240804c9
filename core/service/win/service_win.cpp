// SPDX-License-Identifier: Apache-2.0
// custosd on Windows: its account, its state folder's ACL and the service
// control manager. Reasoning: service_win.h.

#include "core/service/win/service_win.h"

#ifdef _WIN32

#include <aclapi.h>
#include <sddl.h>

#include <memory>
#include <mutex>
#include <vector>

namespace custos::service::win {

std::wstring systemMessage(DWORD code)
{
    wchar_t* buffer = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                                   reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::wstring text = (n && buffer) ? std::wstring(buffer, n) : std::wstring(L"Windows error");
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' ' || text.back() == L'.'))
        text.pop_back();
    return text + L" (" + std::to_wstring(code) + L")";
}

// ---- the account ------------------------------------------------------------

std::wstring serviceSid(const std::wstring& service, std::wstring& error)
{
    const std::wstring account = L"NT SERVICE\\" + service;
    DWORD sidSize = 0, domainSize = 0;
    SID_NAME_USE use{};
    LookupAccountNameW(nullptr, account.c_str(), nullptr, &sidSize, nullptr, &domainSize, &use);
    if (sidSize == 0) {
        error = account + L" is not known to Windows (is the service installed?): " + systemMessage(GetLastError());
        return {};
    }
    std::vector<BYTE> sid(sidSize);
    std::vector<wchar_t> domain(domainSize + 1);
    if (!LookupAccountNameW(nullptr, account.c_str(), sid.data(), &sidSize, domain.data(), &domainSize, &use)) {
        error = account + L" is not known to Windows: " + systemMessage(GetLastError());
        return {};
    }
    LPWSTR text = nullptr;
    if (!ConvertSidToStringSidW(sid.data(), &text)) {
        error = systemMessage(GetLastError());
        return {};
    }
    std::wstring out(text);
    LocalFree(text);
    // A virtual service account's SID is always S-1-5-80-…; anything else
    // means the name was resolved to some other account.
    if (out.rfind(L"S-1-5-80-", 0) != 0) {
        error = account + L" resolved to " + out + L", which is not a service SID";
        return {};
    }
    return out;
}

bool configureService(const std::wstring& service, std::wstring& error)
{
    SC_HANDLE manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!manager) {
        error = L"cannot reach the service control manager: " + systemMessage(GetLastError());
        return false;
    }
    SC_HANDLE handle = OpenServiceW(manager, service.c_str(), SERVICE_CHANGE_CONFIG | SERVICE_START);
    if (!handle) {
        error = L"the service " + service + L" cannot be opened: " + systemMessage(GetLastError());
        CloseServiceHandle(manager);
        return false;
    }
    bool ok = true;
    SERVICE_SID_INFO sidInfo{};
    sidInfo.dwServiceSidType = SERVICE_SID_TYPE_UNRESTRICTED;
    if (!ChangeServiceConfig2W(handle, SERVICE_CONFIG_SERVICE_SID_INFO, &sidInfo)) {
        error = L"the service's SID type cannot be set: " + systemMessage(GetLastError());
        ok = false;
    }
    // Restart after 5 s, twice more, then leave it stopped (and the clients
    // refuse PHI actions, saying so) until someone looks; the count resets
    // after a day without a failure.
    SC_ACTION actions[3] = {{SC_ACTION_RESTART, 5000}, {SC_ACTION_RESTART, 5000}, {SC_ACTION_NONE, 0}};
    SERVICE_FAILURE_ACTIONSW failure{};
    failure.dwResetPeriod = 24 * 3600;
    failure.cActions = 3;
    failure.lpsaActions = actions;
    if (ok && !ChangeServiceConfig2W(handle, SERVICE_CONFIG_FAILURE_ACTIONS, &failure)) {
        error = L"the service's restart rules cannot be set: " + systemMessage(GetLastError());
        ok = false;
    }
    SERVICE_FAILURE_ACTIONS_FLAG flag{};
    flag.fFailureActionsOnNonCrashFailures = TRUE; // a non-zero exit (the trail cannot be written) counts too
    if (ok && !ChangeServiceConfig2W(handle, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, &flag)) {
        error = L"the service's restart rules cannot be set: " + systemMessage(GetLastError());
        ok = false;
    }
    CloseServiceHandle(handle);
    CloseServiceHandle(manager);
    return ok;
}

// ---- the state folder -------------------------------------------------------

namespace {

bool applySddl(const std::wstring& path, const std::wstring& sddl, std::wstring& error)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &sd, nullptr)) {
        error = L"bad security descriptor " + sddl + L": " + systemMessage(GetLastError());
        return false;
    }
    PSID owner = nullptr, group = nullptr;
    PACL dacl = nullptr;
    BOOL ownerDefaulted = FALSE, groupDefaulted = FALSE, daclPresent = FALSE, daclDefaulted = FALSE;
    GetSecurityDescriptorOwner(sd, &owner, &ownerDefaulted);
    GetSecurityDescriptorGroup(sd, &group, &groupDefaulted);
    GetSecurityDescriptorDacl(sd, &daclPresent, &dacl, &daclDefaulted);
    // Setting another account as owner needs SeRestorePrivilege: LocalSystem
    // (the MSI's deferred action) holds it, enabled here for this thread's token.
    HANDLE token = nullptr;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token)) {
        TOKEN_PRIVILEGES tp{};
        tp.PrivilegeCount = 1;
        tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
        if (LookupPrivilegeValueW(nullptr, L"SeRestorePrivilege", &tp.Privileges[0].Luid))
            AdjustTokenPrivileges(token, FALSE, &tp, 0, nullptr, nullptr);
        CloseHandle(token);
    }
    // TreeSetNamedSecurityInfo: the folder and everything already in it
    // (custosd --init wrote the trail and the key before the handover).
    const DWORD rc = TreeSetNamedSecurityInfoW(const_cast<wchar_t*>(path.c_str()), SE_FILE_OBJECT,
                                               OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION |
                                                   PROTECTED_DACL_SECURITY_INFORMATION,
                                               owner, group, dacl, nullptr, TREE_SEC_INFO_RESET, nullptr, ProgressInvokeNever, nullptr);
    LocalFree(sd);
    if (rc != ERROR_SUCCESS) {
        error = L"cannot set the permissions of " + path + L": " + systemMessage(rc);
        return false;
    }
    return true;
}

} // namespace

bool restrictToService(const std::wstring& folder, const std::wstring& service, std::wstring& error)
{
    const std::wstring sid = serviceSid(service, error);
    if (sid.empty())
        return false;
    if (!CreateDirectoryW(folder.c_str(), nullptr) && GetLastError() != ERROR_ALREADY_EXISTS) {
        error = L"cannot create " + folder + L": " + systemMessage(GetLastError());
        return false;
    }
    // A reparse point here would hand the ACL (and the service's writes) to
    // another folder: refuse it.
    const DWORD attributes = GetFileAttributesW(folder.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_DIRECTORY) || (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        error = folder + L" is not a plain folder (a link or a file is in its place)";
        return false;
    }
    return applySddl(folder, serviceFolderSddl(sid), error);
}

bool restrictToAdministrators(const std::wstring& path, std::wstring& error) { return applySddl(path, administratorsOnlySddl(), error); }

// ---- the service control manager --------------------------------------------

namespace {

struct Host
{
    std::wstring name;
    ServiceHooks hooks;
    SERVICE_STATUS_HANDLE statusHandle = nullptr;
    SERVICE_STATUS status{};
    std::mutex mutex;

    void report(DWORD state, DWORD exitCode = NO_ERROR, DWORD waitHintMs = 0)
    {
        std::lock_guard lock(mutex);
        status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
        status.dwCurrentState = state;
        status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
        status.dwWin32ExitCode = exitCode == 0 ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
        status.dwServiceSpecificExitCode = exitCode;
        status.dwWaitHint = waitHintMs;
        status.dwCheckPoint = (state == SERVICE_RUNNING || state == SERVICE_STOPPED) ? 0 : status.dwCheckPoint + 1;
        SetServiceStatus(statusHandle, &status);
    }
};

// The control manager's callbacks carry no context for ServiceMain: one
// service per process, so one host.
Host* g_host = nullptr;

DWORD WINAPI controlHandler(DWORD control, DWORD, LPVOID, LPVOID context)
{
    Host* host = static_cast<Host*>(context);
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        // Pending records are written and answered before run() returns.
        host->report(SERVICE_STOP_PENDING, NO_ERROR, 30000);
        if (host->hooks.stop)
            host->hooks.stop();
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD, LPWSTR*)
{
    Host* host = g_host;
    host->statusHandle = RegisterServiceCtrlHandlerExW(host->name.c_str(), controlHandler, host);
    if (!host->statusHandle)
        return;
    host->report(SERVICE_START_PENDING, NO_ERROR, 10000);
    host->report(SERVICE_RUNNING);
    const int code = host->hooks.run ? host->hooks.run() : 1;
    host->report(SERVICE_STOPPED, DWORD(code));
}

} // namespace

bool runAsService(const std::wstring& service, ServiceHooks hooks, bool& notService, std::wstring& error)
{
    notService = false;
    auto host = std::make_unique<Host>();
    host->name = service;
    host->hooks = std::move(hooks);
    g_host = host.get();
    std::vector<wchar_t> name(service.begin(), service.end());
    name.push_back(L'\0');
    SERVICE_TABLE_ENTRYW table[] = {{name.data(), serviceMain}, {nullptr, nullptr}};
    const BOOL ok = StartServiceCtrlDispatcherW(table); // returns when the service stopped
    const DWORD why = GetLastError();
    g_host = nullptr;
    if (ok)
        return true;
    notService = why == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT;
    error = notService ? L"custosd.exe was not started by the service control manager; start the service (sc start custosd), "
                         L"or run it by hand with --foreground"
                       : L"the service control manager refused custosd: " + systemMessage(why);
    return false;
}

} // namespace custos::service::win

#endif // _WIN32
