// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd on Windows: the parts only Windows has, in plain Win32 and the
// standard library (no Qt), so that tests/installer/mingw_compile.sh
// compiles them against the real Windows headers on a Linux CI, and the
// MSI's custom action (installer/windows/service_setup.cpp) links them
// without Qt.
//
// The account. custosd runs as the virtual service account
// "NT SERVICE\custosd" (the MSI's ServiceInstall): no password, no profile
// to log on with, a SID of its own (S-1-5-80-…, derived from the service
// name) that nothing else carries, and nothing to manage for IT.
//
// The state. %ProgramData%\Custos\service: owner and only entry of its
// protected DACL is that SID (restrictToService). Administrators are
// deliberately not in it: they can take ownership (SeTakeOwnershipPrivilege
// cannot be withheld from them), but that is an act the Security log
// records, not a read that happens by accident or by a backup agent's
// default rights.
//
// The pipe. \\.\pipe\custosd, created by the service before anyone else
// can (FILE_FLAG_FIRST_PIPE_INSTANCE: a person cannot squat the name and
// wait for clients), rejecting remote clients, with the security descriptor
// of pipeSecurityDescriptorSddl(): the service's SID may do everything,
// authenticated local users may connect (read and write data) but not
// create another instance of the pipe, network logons are denied.
//
// Who is calling. The client opens the pipe at identification level
// (SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION: the service may read
// the caller's token, never act as them); the service reads the caller's
// SID, account name, administrator membership and process id from that
// token (clientIdentity) — never from a message. The client in turn checks
// that the process at the other end runs as NT SERVICE\custosd
// (serverIsService), so a person's own custosd is refused.

#ifdef _WIN32

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include "core/service/win/service_sddl.h"

#include <functional>
#include <string>

namespace custos::service::win {

inline constexpr wchar_t kServiceName[] = L"custosd";
inline constexpr wchar_t kPipeName[] = L"\\\\.\\pipe\\custosd";

// A sentence fragment for a Windows error code ("Access is denied. (5)").
std::wstring systemMessage(DWORD code);

// ---- the account ----------------------------------------------------------

// "S-1-5-80-…" of NT SERVICE\<service>; empty with `error` set if Windows
// does not know it (the service is not installed).
std::wstring serviceSid(const std::wstring& service, std::wstring& error);

// Makes the installed service's SID unrestricted (so the SID is in its
// token and can be named in ACLs) and asks the service control manager to
// restart it after a failure (5 s, 3 times a day). The MSI's custom action
// calls it after InstallServices: wixl and WiX 3's ServiceInstall cannot
// say either.
bool configureService(const std::wstring& service, std::wstring& error);

// ---- the state folder -----------------------------------------------------

// Creates `folder` if missing and gives it (and everything in it) to the
// service: owner NT SERVICE\<service>, protected DACL with that SID alone
// (full control, inherited by what is created inside).
bool restrictToService(const std::wstring& folder, const std::wstring& service, std::wstring& error);

// A file only SYSTEM and Administrators can read (the verification key
// until the compliance officer takes it off the machine).
bool restrictToAdministrators(const std::wstring& path, std::wstring& error);

// (Their SDDL: serviceFolderSddl() and administratorsOnlySddl() in service_sddl.h.)

// ---- the service control manager ------------------------------------------

struct ServiceHooks
{
    // Runs the service until stop() makes it return (custosd: its event
    // loop); the value is the service's exit code (0: stopped normally).
    std::function<int()> run;
    // Called on the control manager's thread for STOP and SHUTDOWN; must
    // only ask run() to return (thread-safe), never block.
    std::function<void()> stop;
};

// Connects to the service control manager and runs `hooks` as the service
// `service` (blocks until it stopped). Returns false with `notService` set
// when the process was not started by the control manager (a person ran
// custosd.exe by hand: use --foreground instead).
bool runAsService(const std::wstring& service, ServiceHooks hooks, bool& notService, std::wstring& error);

// ---- the pipe ----------------------------------------------------------------

// One server end of \\.\pipe\<name>, overlapped, byte mode, remote clients
// rejected, with pipeSecurityDescriptorSddl() (service_sddl.h). `first`: fails if any instance of
// that name exists already (someone else got there first).
HANDLE createPipeInstance(const std::wstring& pipePath, const std::wstring& serviceSid, bool first, std::wstring& error);

// The client's end, at identification level (see above). The handle can be
// given to QLocalSocket::setSocketDescriptor().
HANDLE openPipeForIdentification(const std::wstring& pipePath, std::wstring& error);

struct ClientIdentity
{
    std::wstring sid;     // "S-1-5-21-…"
    std::wstring account; // "DOMAIN\name"
    bool administrator = false; // member of BUILTIN\Administrators (enabled in the token)
    DWORD processId = 0;
};

// Who is at the other end of the connected server end `pipe`: from the
// client's token (ImpersonateNamedPipeClient, read, RevertToSelf). Refuses
// an anonymous token. Must be called after a message was read (Windows
// hands out the token only then).
bool clientIdentity(HANDLE pipe, ClientIdentity& out, std::wstring& error);

// Does the process at the server end of the client's `pipe` run as
// NT SERVICE\<service>?
bool serverIsService(HANDLE pipe, const std::wstring& service, std::wstring& error);

} // namespace custos::service::win

#endif // _WIN32
