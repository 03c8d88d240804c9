// SPDX-License-Identifier: Apache-2.0
// Windows: SetWindowDisplayAffinity. WDA_EXCLUDEFROMCAPTURE (Windows 10
// version 2004, build 19041, and later) removes the window from every
// capture that goes through the compositor: PrintScreen, the Snipping Tool,
// Teams/Zoom sharing, Graphics Capture, Desktop Duplication. Older versions
// reject that value with ERROR_INVALID_PARAMETER; WDA_MONITOR then shows the
// window as a black rectangle in captures instead. Neither stops a camera
// pointed at the screen or a kernel-mode capture driver.
//
// Qt-free on purpose: CI compiles this file with MinGW-w64 against the Win32
// headers (tests/installer/mingw_compile.sh).

#include "ui/compliance/capture_protection_native.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cstring>
#include <string>

#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011 // older SDK headers lack it
#endif

namespace custos::ui::native {

namespace {

// The system's own sentence for an error code, in UTF-8, without the
// trailing line break FormatMessage adds.
std::string systemMessage(DWORD code)
{
    wchar_t* buffer = nullptr;
    const DWORD length = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code,
        0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (length == 0 || buffer == nullptr)
        return "Windows error " + std::to_string(code);
    std::wstring wide(buffer, length);
    LocalFree(buffer);
    while (!wide.empty() && (wide.back() == L'\r' || wide.back() == L'\n' || wide.back() == L' '))
        wide.pop_back();
    const int bytes = WideCharToMultiByte(CP_UTF8, 0, wide.data(), int(wide.size()), nullptr, 0, nullptr, nullptr);
    std::string utf8(size_t(bytes > 0 ? bytes : 0), '\0');
    if (bytes > 0)
        WideCharToMultiByte(CP_UTF8, 0, wide.data(), int(wide.size()), utf8.data(), bytes, nullptr, nullptr);
    return utf8 + " (" + std::to_string(code) + ")";
}

// GetVersionEx reports what the manifest claims, not the real build;
// RtlGetVersion does not lie.
DWORD windowsBuild()
{
    struct OsVersionInfo
    {
        ULONG size, major, minor, build, platform;
        WCHAR servicePack[128];
    };
    using RtlGetVersionFn = LONG(WINAPI*)(OsVersionInfo*);
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (ntdll == nullptr)
        return 0;
    const FARPROC proc = GetProcAddress(ntdll, "RtlGetVersion");
    if (proc == nullptr)
        return 0;
    RtlGetVersionFn rtlGetVersion;
    static_assert(sizeof(rtlGetVersion) == sizeof(proc));
    std::memcpy(&rtlGetVersion, &proc, sizeof(proc));
    OsVersionInfo info{};
    info.size = sizeof(info);
    return rtlGetVersion(&info) == 0 ? info.build : 0;
}

} // namespace

Outcome expectedOutcome()
{
    return windowsBuild() >= 19041 ? Outcome::Excluded : Outcome::Blackened;
}

Result protectWindow(void* nativeHandle)
{
    HWND window = static_cast<HWND>(nativeHandle);
    if (window == nullptr || !IsWindow(window))
        return {Outcome::Failed, ERROR_INVALID_WINDOW_HANDLE, systemMessage(ERROR_INVALID_WINDOW_HANDLE)};
    if (SetWindowDisplayAffinity(window, WDA_EXCLUDEFROMCAPTURE))
        return {Outcome::Excluded, 0, {}};
    const DWORD excludeError = GetLastError();
    if (SetWindowDisplayAffinity(window, WDA_MONITOR))
        return {Outcome::Blackened, excludeError, systemMessage(excludeError)};
    const DWORD monitorError = GetLastError();
    return {Outcome::Failed, monitorError, systemMessage(monitorError)};
}

} // namespace custos::ui::native
