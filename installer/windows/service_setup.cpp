// SPDX-License-Identifier: Apache-2.0
// custos-service-setup.exe: the MSI's deferred custom action for custosd
// (runs as LocalSystem after InstallServices and before StartServices, see
// service.wxi). What the Linux DEB's postinst does for _custos:
//   1. the installed service gets an unrestricted service SID and restart
//      rules (configureService);
//   2. the state folder %ProgramData%\Custos\service is created closed from
//      the start (SYSTEM and the service only: ProgramData\Custos lets
//      Users read, and nothing may be readable for a moment);
//   3. on the first installation `custosd.exe --init` writes the sealing key
//      and the trail there, and the verification key into
//      %ProgramData%\Custos\verification-key\ (SYSTEM and Administrators
//      only), for the compliance officer to take off the machine;
//   4. the state folder and everything in it is handed to
//      NT SERVICE\custosd alone (restrictToService): owner, and the only
//      entry of a protected DACL.
// An upgrade or repair finds the state there and only does 1 and 4. Errors
// go to stderr and %ProgramData%\Custos\service-setup.log; any failure
// returns non-zero, which MSI reports as error 1722 and rolls back.
//
// CI compiles and links this with MinGW-w64 (tests/installer/mingw_compile.sh).

#include "core/service/win/service_win.h"

#include <sddl.h>

#include <cstdio>
#include <ctime>
#include <map>
#include <string>

namespace {

using custos::service::win::systemMessage;

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

void log(const std::wstring& line)
{
    const std::string text = utf8(line);
    std::fprintf(stderr, "custos-service-setup: %s\n", text.c_str());
    if (g_logPath.empty())
        return;
    HANDLE f = CreateFileW(g_logPath.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE)
        return;
    const std::string out = text + "\r\n";
    DWORD written = 0;
    WriteFile(f, out.data(), DWORD(out.size()), &written, nullptr);
    CloseHandle(f);
}

int failWith(const std::wstring& what)
{
    log(what);
    return 1;
}

bool exists(const std::wstring& path) { return GetFileAttributesW(path.c_str()) != INVALID_FILE_ATTRIBUTES; }

// A folder created with `sddl` from its first moment (if it exists, it is left alone).
bool createClosedFolder(const std::wstring& path, const std::wstring& sddl, std::wstring& error)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &sd, nullptr)) {
        error = systemMessage(GetLastError());
        return false;
    }
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof sa;
    sa.lpSecurityDescriptor = sd;
    const BOOL made = CreateDirectoryW(path.c_str(), &sa);
    const DWORD why = GetLastError();
    LocalFree(sd);
    if (!made && why != ERROR_ALREADY_EXISTS) {
        error = L"cannot create " + path + L": " + systemMessage(why);
        return false;
    }
    return true;
}

// custosd.exe --init …; its exit code decides.
bool runInit(const std::wstring& custosd, const std::wstring& stateDir, const std::wstring& keyFile, std::wstring& error)
{
    std::wstring command = L"\"" + custosd + L"\" --init --state-dir \"" + stateDir + L"\" --verification-key-file \"" + keyFile + L"\"";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi{};
    if (!CreateProcessW(custosd.c_str(), command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi)) {
        error = L"custosd.exe could not be started: " + systemMessage(GetLastError());
        return false;
    }
    WaitForSingleObject(pi.hProcess, 120 * 1000);
    DWORD code = 1;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    if (code != 0) {
        error = L"custosd --init failed (exit code " + std::to_wstring(code) + L"); run the same command by hand to see why: " + command;
        return false;
    }
    return true;
}

std::wstring utcStamp()
{
    SYSTEMTIME t{};
    GetSystemTime(&t);
    wchar_t buffer[32];
    std::swprintf(buffer, 32, L"%04u%02u%02uT%02u%02u%02uZ", unsigned(t.wYear), unsigned(t.wMonth), unsigned(t.wDay), unsigned(t.wHour),
                  unsigned(t.wMinute), unsigned(t.wSecond));
    return buffer;
}

} // namespace

int wmain(int argc, wchar_t** argv)
{
    std::map<std::wstring, std::wstring> args;
    for (int i = 1; i + 1 < argc; i += 2)
        args[argv[i]] = argv[i + 1];
    const std::wstring folder = args[L"--folder"];      // %ProgramData%\Custos
    const std::wstring custosd = args[L"--custosd"];    // the installed custosd.exe
    const std::wstring service = args[L"--service"].empty() ? std::wstring(custos::service::win::kServiceName) : args[L"--service"];
    if (folder.empty() || custosd.empty())
        return failWith(L"usage: custos-service-setup --folder %ProgramData%\\Custos --custosd custosd.exe [--service custosd]");
    // The policy action made the folder (administrators only, Users read).
    if (!exists(folder))
        return failWith(folder + L" does not exist; the site policy action runs first");
    g_logPath = folder + L"\\service-setup.log";

    std::wstring error;
    if (!custos::service::win::configureService(service, error))
        return failWith(error);
    const std::wstring sid = custos::service::win::serviceSid(service, error);
    if (sid.empty())
        return failWith(error);

    const std::wstring stateDir = folder + L"\\service";
    if (!createClosedFolder(stateDir, L"O:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;" + sid + L")", error))
        return failWith(error);
    if (!exists(stateDir + L"\\audit\\sealing.key")) {
        const std::wstring keyDir = folder + L"\\verification-key";
        if (!createClosedFolder(keyDir, custos::service::win::administratorsOnlySddl(), error)
            || !custos::service::win::restrictToAdministrators(keyDir, error))
            return failWith(error);
        const std::wstring keyFile = keyDir + L"\\custosd-verification-" + utcStamp() + L".key";
        if (!runInit(custosd, stateDir, keyFile, error))
            return failWith(error);
        if (!custos::service::win::restrictToAdministrators(keyFile, error))
            return failWith(error);
        log(L"wrote the verification key " + keyFile + L": the compliance officer stores it off this computer, then deletes it here");
    } else {
        log(L"the service's state is already in " + stateDir + L" (upgrade or repair): kept");
    }
    if (!custos::service::win::restrictToService(stateDir, service, error))
        return failWith(error);
    log(stateDir + L" belongs to NT SERVICE\\" + service + L" alone");
    return 0;
}
