#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_mingw: the Windows-only sources compile against the real Win32
# headers (MinGW-w64), with the project's warnings as errors, so a Linux CI
# catches what would otherwise break only on a Windows build machine.
#  - ui/compliance/capture_protection_win.cpp   (SetWindowDisplayAffinity)
#  - core/policy/policy_file_win.cpp            (the site policy's DACL check)
#  - core/common/owner_only_win.cpp             (owner-only DACL of exports and reports)
#  - installer/windows/policy_setup.cpp          (the MSI's custom action; also linked)
#  - core/service/win/service_win.cpp, pipe_win.cpp (custosd's service control,
#    state ACL, named-pipe security and caller identity)
#  - installer/windows/service_setup.cpp         (the MSI's custosd action; linked with them)
#  - installer/windows/custos.rc.in              (windres: icon and version resource)
# usage: mingw_compile.sh SOURCE_DIR
set -euo pipefail
SRC="$1"
CXX=""
for c in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++; do
  command -v "$c" >/dev/null && { CXX="$c"; break; }
done
[ -n "$CXX" ] || { echo "FAIL: no MinGW-w64 C++ compiler (package g++-mingw-w64-x86-64-posix, scripts/setup.sh)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
FLAGS=(-std=c++20 -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2 -Werror -I"$SRC")

"$CXX" "${FLAGS[@]}" -c "$SRC/ui/compliance/capture_protection_win.cpp" -o "$work/capture_protection_win.o"
echo "ok: capture_protection_win.cpp"
"$CXX" "${FLAGS[@]}" -c "$SRC/core/policy/policy_file_win.cpp" -o "$work/policy_file_win.o"
echo "ok: policy_file_win.cpp"
"$CXX" "${FLAGS[@]}" -c "$SRC/core/common/owner_only_win.cpp" -o "$work/owner_only_win.o"
# It must call what the design says it calls (a protected DACL set by name).
symbols="$("${CXX%-g++*}-nm" "$work/owner_only_win.o")" # not piped into grep -q: pipefail and SIGPIPE
for name in SetNamedSecurityInfoW SetEntriesInAclW GetTokenInformation; do
  grep -q "__imp_${name}\$" <<<"$symbols" || { echo "FAIL: owner_only_win.cpp does not call $name" >&2; exit 1; }
done
echo "ok: core/common/owner_only_win.cpp"
"$CXX" "${FLAGS[@]}" -DUNICODE -D_UNICODE -municode -static -o "$work/custos-policy-setup.exe" \
  "$SRC/installer/windows/policy_setup.cpp" -ladvapi32
python3 - "$work/custos-policy-setup.exe" <<'PY' || { echo "FAIL: not an x86-64 Windows executable" >&2; exit 1; }
import struct, sys
d = open(sys.argv[1], "rb").read()
pe = struct.unpack_from("<I", d, 0x3C)[0]
assert d[:2] == b"MZ" and d[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", d, pe + 4)[0] == 0x8664
PY
echo "ok: policy_setup.cpp -> custos-policy-setup.exe (PE32+)"
for f in service_win pipe_win; do
  "$CXX" "${FLAGS[@]}" -c "$SRC/core/service/win/$f.cpp" -o "$work/$f.o"
  echo "ok: core/service/win/$f.cpp"
done
"$CXX" "${FLAGS[@]}" -DUNICODE -D_UNICODE -municode -static -o "$work/custos-service-setup.exe" \
  "$SRC/installer/windows/service_setup.cpp" "$work/service_win.o" "$work/pipe_win.o" -ladvapi32
python3 - "$work/custos-service-setup.exe" <<'PY' || { echo "FAIL: not an x86-64 Windows executable" >&2; exit 1; }
import struct, sys
d = open(sys.argv[1], "rb").read()
pe = struct.unpack_from("<I", d, 0x3C)[0]
assert d[:2] == b"MZ" and d[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", d, pe + 4)[0] == 0x8664
# It must call what the design says it calls (imports by name from advapi32).
for name in (b"StartServiceCtrlDispatcherW", b"ChangeServiceConfig2W", b"TreeSetNamedSecurityInfoW", b"ImpersonateNamedPipeClient",
             b"CreateNamedPipeW", b"LookupAccountNameW"):
    assert name in d, name
PY
echo "ok: service_setup.cpp -> custos-service-setup.exe (PE32+, service control, ACL and pipe functions linked)"
WINDRES="${CXX%-g++*}-windres"
sed -e "s|@CUSTOS_ICON@|$SRC/resources/icons/custos.ico|" -e "s|@PROJECT_VERSION_MAJOR@|0|" \
    -e "s|@PROJECT_VERSION_MINOR@|1|" -e "s|@PROJECT_VERSION_PATCH@|0|" -e "s|@PROJECT_VERSION@|0.1.0|" \
    "$SRC/installer/windows/custos.rc.in" >"$work/custos.rc"
"$WINDRES" "$work/custos.rc" -O coff -o "$work/custos_rc.o"
echo "ok: custos.rc.in (windres)"
echo "installer_mingw: all Windows sources compile"
