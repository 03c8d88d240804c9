#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_msi: the MSI definition builds, and the database holds what IT
# relies on. Our WiX template (installer/windows/custos.wxs.in + policy.wxi)
# is built with wixl from the staged install tree (Linux files: only the
# MSI's structure is under test) with the custom action compiled by
# MinGW-w64; the fragments CPack would generate (directories, files,
# feature, Start menu shortcut) are stood in for by wixl-heat and a shim.
# msiinfo then checks: UpgradeCode and major upgrade, per-machine scope,
# the public policy properties, the deferred LocalSystem custom action and
# its place in the sequence, the files (the licence and third-party notices
# among them), the shortcut and the icon; the service custosd
# (ServiceInstall as NT SERVICE\custosd, ServiceControl, the state custom
# action between InstallServices and StartServices, and the ACLs that
# action applies).
# The policy composed from the properties is checked by custos-cli itself.
#
# usage: msi_test.sh SOURCE_DIR BUILD_DIR CUSTOS_CLI CUSTOSD
set -euo pipefail
SRC="$1"
BUILD="$(cd "$2" && pwd)"
CLI="$3"
CUSTOSD="$4"
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
for tool in wixl wixl-heat msiinfo; do
  command -v "$tool" >/dev/null || fail "$tool is missing (packages wixl and msitools, scripts/setup.sh)"
done
CXX=""
for c in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++; do
  command -v "$c" >/dev/null && { CXX="$c"; break; }
done
[ -n "$CXX" ] || fail "no MinGW-w64 C++ compiler (g++-mingw-w64-x86-64-posix)"

work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
VERSION="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")"
UPGRADE="$(sed -n 's/^set(CUSTOS_WIX_UPGRADE_GUID "\(.*\)")$/\1/p' "$SRC/installer/packaging.cmake")"
[ -n "$VERSION" ] && [ -n "$UPGRADE" ] || fail "no version or UpgradeCode found"

# --- the staged install tree and the custom action --------------------------
cmake --install "$BUILD" --prefix "$work/stage" --strip >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "cmake --install into a staging folder failed"; }
"$CXX" -std=c++20 -O2 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -municode -static -I"$SRC" \
  -o "$work/custos-policy-setup.exe" "$SRC/installer/windows/policy_setup.cpp" -ladvapi32
"$CXX" -std=c++20 -O2 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -municode -static -I"$SRC" \
  -o "$work/custos-service-setup.exe" "$SRC/installer/windows/service_setup.cpp" \
  "$SRC/core/service/win/service_win.cpp" "$SRC/core/service/win/pipe_win.cpp" -ladvapi32
# custosd.exe: only the MSI's structure is under test, so the Linux build
# stands in for the Windows one (custosd's Windows port: installer/README.md).
cp "$CUSTOSD" "$work/custosd.exe"

# wixl resolves source files relative to the working folder only.
cp "$SRC/resources/icons/custos.ico" "$work/custos.ico"

# --- what CPack would generate ------------------------------------------------
cat >"$work/cpack_variables.wxi" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Include>
  <?define CPACK_PACKAGE_NAME = "Custos"?>
  <?define CPACK_PACKAGE_VENDOR = "Custos"?>
  <?define CPACK_PACKAGE_VERSION = "$VERSION"?>
  <?define CPACK_WIX_UPGRADE_GUID = "$UPGRADE"?>
  <?define CPACK_WIX_PRODUCT_GUID = "*"?>
  <?define CPACK_WIX_PRODUCT_ICON = "custos.ico"?>
</Include>
EOF
cat >"$work/properties.wxi" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Include>
  <Property Id="ARPNOMODIFY" Value="1"/>
</Include>
EOF
printf '<?xml version="1.0" encoding="UTF-8"?>\n<Include/>\n' >"$work/product_fragment.wxi"
cat >"$work/cpack_shim.wxs" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Fragment>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALL_ROOT" Name="Custos"/>
      </Directory>
      <Directory Id="ProgramMenuFolder">
        <Directory Id="PROGRAM_MENU_FOLDER" Name="Custos"/>
      </Directory>
    </Directory>
    <DirectoryRef Id="PROGRAM_MENU_FOLDER">
      <Component Id="CM_SHORTCUT" Guid="*" Win64="yes">
        <Shortcut Id="CM_S_custos" Name="Custos" Target="[INSTALL_ROOT]bin\custos.exe" WorkingDirectory="INSTALL_ROOT"/>
        <RemoveFolder Id="CM_R_menu" On="uninstall"/>
        <RegistryValue Root="HKLM" Key="Software\Custos\Custos" Name="installed" Type="integer" Value="1" KeyPath="yes"/>
      </Component>
    </DirectoryRef>
  </Fragment>
</Wix>
EOF
cat >"$work/wixl_feature.wxi" <<'EOF'
        <Feature Id="ProductFeature" Title="Custos" Level="1">
          <ComponentGroupRef Id="CG.stage"/>
          <ComponentRef Id="CM_SHORTCUT"/>
        </Feature>
EOF
(cd "$work/stage" && find . -type f | sed 's|^\./||' | sort) \
  | wixl-heat -p "" --component-group CG.stage --var var.StageDir --directory-ref INSTALL_ROOT --win64 \
  >"$work/files.wxs"

# --- our template, configured as CPack configures it ---------------------------
sed -e "s|@CPACK_WIX_CUSTOM_XMLNS_EXPANDED@||" \
    -e "s|@CPACK_CUSTOS_POLICY_SETUP_EXE@|custos-policy-setup.exe|" \
    -e "s|@CPACK_CUSTOS_SERVICE_SETUP_EXE@|custos-service-setup.exe|" \
    -e "s|@CPACK_CUSTOSD_EXE@|custosd.exe|" \
    "$SRC/installer/windows/custos.wxs.in" >"$work/main.wxs"
# wixl has no FeatureRef: put the stand-in for CPack's feature in its place.
grep -q '<FeatureRef Id="ProductFeature"/>' "$work/main.wxs" || fail "the template does not reference CPack's ProductFeature"
sed -i -e '/<FeatureRef Id="ProductFeature"\/>/{r '"$work/wixl_feature.wxi" -e 'd}' "$work/main.wxs"
grep -q "@" "$work/main.wxs" && fail "the template has a placeholder CPack would not fill: $(grep -o '@[A-Z_]*@' "$work/main.wxs" | head -1)"

(cd "$work" && wixl -a x64 -D Win64=yes -D StageDir=stage -I "$work" -I "$SRC/installer/windows" -o custos.msi main.wxs cpack_shim.wxs files.wxs) \
  >"$work/wixl.log" 2>&1 || { cat "$work/wixl.log"; fail "wixl could not build the MSI"; }
MSI="$work/custos.msi"
pass "wixl built $(basename "$MSI") ($(stat -c %s "$MSI") bytes)"

# --- what is in it ---------------------------------------------------------------
table() { msiinfo export "$MSI" "$1" | tr -d "\r" | tail -n +4; }   # rows only
expect() { # TABLE REGEX WHAT
  # The rows first, then grep: with pipefail, grep -q stopping at the first
  # match would fail the pipeline whenever msiinfo is still writing (SIGPIPE).
  local rows
  rows="$(table "$1")"
  grep -Eq "$2" <<<"$rows" || { echo "$rows" >&2; fail "$3"; }
}
upper_upgrade="{$(tr a-z A-Z <<<"$UPGRADE")}"
expect Property "^UpgradeCode	$upper_upgrade\$" "Property UpgradeCode is not $upper_upgrade"
expect Property "^ProductVersion	$VERSION\$" "ProductVersion is not $VERSION"
expect Property "^ALLUSERS	1\$" "not a per-machine package (ALLUSERS=1)"
expect Property "^ARPPRODUCTICON	ProductIcon.ico\$" "no Add/Remove Programs icon"
# wixl ignores Secure="yes" (WiX's light turns it into SecureCustomProperties,
# which lets a property reach the elevated part of the install): check the source.
for p in POLICYFILE SITENAME ISSUER CLIENTID ROLESCLAIM ROLEMAP AUDITHOST AUDITPORT AUDITBACKLOGRECORDS AUDITBACKLOGHOURS; do
  grep -q "<Property Id=\"$p\" Secure=\"yes\"/>" "$SRC/installer/windows/policy.wxi" \
    || fail "$p is not declared Secure=\"yes\" in policy.wxi"
done
pass "per-machine, UpgradeCode $upper_upgrade, version $VERSION, secure policy properties"

# Major upgrade: an Upgrade row for the same code, up to this version, that
# removes the older product; a downgrade is refused.
expect Upgrade "^$upper_upgrade		$VERSION		[0-9]+		WIX_UPGRADE_DETECTED\$" "no major-upgrade row for older versions"
expect Upgrade "^$upper_upgrade	$VERSION			[0-9]+		WIX_DOWNGRADE_DETECTED\$" "no downgrade-detection row"
expect InstallExecuteSequence "^RemoveExistingProducts	" "RemoveExistingProducts is not scheduled"
expect LaunchCondition "WIX_DOWNGRADE_DETECTED" "downgrades are not refused"
pass "major upgrade: older versions removed, downgrades refused"

# The custom action: type 3090 = exe installed as a file (18) + deferred
# (1024) + no impersonation (2048, LocalSystem); it sees the properties.
expect CustomAction "^CustosDeploySitePolicy	3090	CustosPolicySetupExe	.*\\[CommonAppDataFolder\\]Custos.*\\[POLICYFILE\\].*\\[ISSUER\\].*\\[CLIENTID\\].*\\[AUDITHOST\\].*--audit-backlog-records \"\\[AUDITBACKLOGRECORDS\\]\" --audit-backlog-hours \"\\[AUDITBACKLOGHOURS\\]\".*--validator \"\\[INSTALL_ROOT\\]bin.custos-cli.exe\"" \
  "CustosDeploySitePolicy is not a deferred LocalSystem exe action with the policy properties"
expect File "^CustosPolicySetupExe	CustosPolicySetup	custos-policy-setup.exe	" "custos-policy-setup.exe is not installed with a fixed File Id"
expect FeatureComponents "^CustosPolicyDeployment	CustosPolicySetup\$" "the policy deployment feature does not hold its component"
ia="$(table InstallExecuteSequence)"
seq_of() { awk -F'\t' -v a="$1" '$1 == a {print $3}' <<<"$ia"; }
ca_seq="$(seq_of CustosDeploySitePolicy)"; files_seq="$(seq_of InstallFiles)"; fin_seq="$(seq_of InstallFinalize)"
[ -n "$ca_seq" ] && [ "$ca_seq" -gt "$files_seq" ] && [ "$ca_seq" -lt "$fin_seq" ] \
  || fail "CustosDeploySitePolicy ($ca_seq) must run between InstallFiles ($files_seq) and InstallFinalize ($fin_seq)"
grep -P '^CustosDeploySitePolicy\tNOT REMOVE~="ALL"\t' <<<"$ia" >/dev/null \
  || fail "CustosDeploySitePolicy must run on every install and never on uninstall"
pass "policy custom action: deferred, LocalSystem, after InstallFiles, on every install, never on uninstall"

# The licence and the notices travel with the libraries the MSI carries.
for f in custos custos-cli sbom.cdx.json default-policy.json LICENSE THIRD-PARTY-NOTICES; do
  expect File "	$f	" "$f is not in the File table"
done
expect Directory "^INSTALL_ROOT	ProgramFiles64Folder	Custos\$" "not installed under Program Files\\Custos"
expect Shortcut "^CM_S_custos	PROGRAM_MENU_FOLDER	Custos	" "no Start menu shortcut"
expect Icon "^ProductIcon.ico	" "no product icon"
pass "files (LICENSE and THIRD-PARTY-NOTICES among them), Program Files\\Custos, Start menu shortcut, icon"

# --- the service ---------------------------------------------------------------
# ServiceInstall (MSI's columns: Name DisplayName ServiceType StartType
# ErrorControl LoadOrderGroup Dependencies StartName Password Arguments
# Component_ Description): own process (16), automatic start (2), normal
# error control (1) + vital (32768 ORed in by wixl as 32769), the virtual
# account NT SERVICE\custosd with no password, the state folder and the pipe.
si="$(table ServiceInstall)"
awk -F'\t' '$2 == "custosd" && $4 == 16 && $5 == 2 && ($6 == 1 || $6 == 32769) && $9 == "NT SERVICE\\custosd" && $10 == "" && $12 == "CustosService" {found = 1} END {exit !found}' <<<"$si" \
  || { echo "$si" >&2; fail "no ServiceInstall of custosd: own process, automatic, as NT SERVICE\\custosd without a password, in component CustosService"; }
grep -F -- '--service --state-dir "[CommonAppDataFolder]Custos\service" --socket \\.\pipe\custosd' <<<"$si" >/dev/null \
  || { echo "$si" >&2; fail "custosd's arguments do not name the state folder %ProgramData%\\Custos\\service and the pipe"; }
# The service's program is its component's key file: custosd.exe in bin\.
expect Component "^CustosService	\{6E0B3F52-2C1A-4D87-9E3B-71A5C0D4F2B8\}	CUSTOS_SERVICE_BIN	[0-9]+		CustosdExe\$" "CustosService's key path is not custosd.exe"
expect File "^CustosdExe	CustosService	custosd.exe	" "custosd.exe is not installed with the fixed File Id CustosdExe"
expect Directory "^CUSTOS_SERVICE_BIN	INSTALL_ROOT	bin\$" "custosd.exe is not in Program Files\\Custos\\bin beside the Qt libraries"
# ServiceControl events: start on install (1), stop on install and
# uninstall (2|32), remove on uninstall (128) = 163; wait for each.
expect ServiceControl "^CustosdControl	custosd	163		1	CustosService\$" "custosd is not started on install, stopped before changes and removed on uninstall (event 163, wait)"
expect FeatureComponents "^CustosServiceFeature	CustosService\$" "the service feature does not hold custosd"
expect FeatureComponents "^CustosServiceFeature	CustosServiceSetup\$" "the service feature does not hold its setup action"
# The state action: deferred LocalSystem exe (3090), on every install but
# never on uninstall, after the service exists and before it starts, and
# after the policy action made %ProgramData%\Custos.
expect CustomAction "^CustosServiceState	3090	CustosServiceSetupExe	--folder \"\[CommonAppDataFolder\]Custos\" --custosd \"\[#CustosdExe\]\" --service custosd(	|$)" \
  "CustosServiceState is not a deferred LocalSystem action naming the state folder and custosd.exe"
st_seq="$(seq_of CustosServiceState)"; is_seq="$(seq_of InstallServices)"; ss_seq="$(seq_of StartServices)"
[ -n "$st_seq" ] && [ -n "$is_seq" ] && [ -n "$ss_seq" ] && [ "$st_seq" -gt "$is_seq" ] && [ "$st_seq" -lt "$ss_seq" ] && [ "$st_seq" -gt "$ca_seq" ] \
  || fail "CustosServiceState ($st_seq) must run after InstallServices ($is_seq) and the policy action ($ca_seq), before StartServices ($ss_seq)"
grep -P '^CustosServiceState\tNOT REMOVE~="ALL"\t' <<<"$ia" >/dev/null || fail "CustosServiceState must run on every install and never on uninstall"
for a in StopServices DeleteServices; do [ -n "$(seq_of $a)" ] || fail "$a is not scheduled"; done
pass "custosd: ServiceInstall as NT SERVICE\\custosd (auto start), ServiceControl (start/stop/remove), state action between InstallServices and StartServices"

# The ACLs that action and the service apply, as Windows would read them:
# the state folder owned by and open to the service SID alone (protected,
# inherited inward); the pipe: the service everything, authenticated users
# read/write without FILE_CREATE_PIPE_INSTANCE, network logons denied.
cat >"$work/sddl_probe.cpp" <<'CPP'
#include "core/service/win/service_sddl.h"
#include <iostream>
int main()
{
    const std::wstring sid = L"S-1-5-80-1-2-3-4-5";
    for (const std::wstring& s : {custos::service::win::serviceFolderSddl(sid), custos::service::win::pipeSecurityDescriptorSddl(sid),
                                  custos::service::win::administratorsOnlySddl()})
        std::cout << std::string(s.begin(), s.end()) << '\n'; // SDDL is ASCII
    return 0;
}
CPP
g++ -std=c++20 -Wall -Wextra -Werror -I"$SRC" -o "$work/sddl_probe" "$work/sddl_probe.cpp"
sddl="$("$work/sddl_probe")"
python3 - "$sddl" <<'PY' || fail "the service's ACLs are not what the design says (installer/README.md)"
import re, sys
folder, pipe, admins = sys.argv[1].splitlines()[:3]
svc = "S-1-5-80-1-2-3-4-5"
def aces(sddl):
    owner = re.search(r"O:([^GD]+)", sddl).group(1)
    dacl = re.search(r"D:([A-Z]*)((?:\([^)]*\))*)", sddl)
    return owner, dacl.group(1), [tuple(a.split(";")) for a in re.findall(r"\(([^)]*)\)", dacl.group(2))]
o, flags, a = aces(folder)
assert o == svc and "P" in flags, folder                     # owned by the service, nothing inherited from ProgramData
assert a == [("A", "OICI", "FA", "", "", svc)], folder       # the service alone, passed on to what is inside
o, flags, a = aces(pipe)
assert o == svc and "P" in flags, pipe
allowed = {x[5]: int(x[2], 16) if x[2].startswith("0x") else x[2] for x in a if x[0] == "A"}
denied = [x[5] for x in a if x[0] == "D"]
assert allowed == {svc: "GA", "AU": 0x12019b} and denied == ["NU"], pipe
FILE_CREATE_PIPE_INSTANCE = 0x4
assert not allowed["AU"] & FILE_CREATE_PIPE_INSTANCE, "users could create another instance of custosd's pipe"
assert allowed["AU"] & 0x1 and allowed["AU"] & 0x2, "users could not read and write the pipe"
assert a[0][0] == "D", "the deny for network logons must come first"
o, flags, a = aces(admins)
assert o == "BA" and {x[5] for x in a} == {"SY", "BA"} and all(x[0] == "A" for x in a), admins
PY
pass "ACLs: state folder for NT SERVICE\\custosd alone; pipe: service full, authenticated users connect but cannot add an instance, network denied; key admins-only"

# --- the policy the properties produce is one custos-cli accepts --------------
g++ -std=c++20 -Wall -Wextra -Werror -I"$SRC" -o "$work/compose" "$SRC/tests/installer/site_policy_json_check.cpp"
base="$SRC/resources/policy/default-policy.json"
[ -f "$base" ] || fail "$base is missing"
"$work/compose" "$base" "$work/composed.json" "Example Radiology" "https://idp.example.org/realms/rad" "custos" \
  "groups" "rad-attendings=radiologist; it=support-engineer,compliance-officer" "audit.example.org" "6514"
"$CLI" policy validate "$work/composed.json" >"$work/validate.log" 2>&1 \
  || { cat "$work/validate.log" "$work/composed.json"; fail "custos-cli rejects the policy built from the MSI properties"; }
python3 - "$work/composed.json" <<'EOF' || fail "the composed policy does not say what the properties said"
import json, sys
p = json.load(open(sys.argv[1]))
assert p["siteName"] == "Example Radiology", p["siteName"]
assert p["identityProvider"] == {"issuer": "https://idp.example.org/realms/rad", "clientId": "custos", "rolesClaim": "groups",
    "roleMapping": {"rad-attendings": ["radiologist"], "it": ["support-engineer", "compliance-officer"]}}, p["identityProvider"]
assert p["auditCollector"] == {"host": "audit.example.org", "port": 6514}, p["auditCollector"]
EOF
# The backlog ceiling properties: a version 2 policy with auditCollector.backlogCeiling.
"$work/compose" "$base" "$work/ceiling.json" "" "" "" "" "" "audit.example.org" "" "5000" "0.5"
"$CLI" policy validate "$work/ceiling.json" >"$work/validate.log" 2>&1 \
  || { cat "$work/validate.log" "$work/ceiling.json"; fail "custos-cli rejects the policy built with AUDITBACKLOGRECORDS/AUDITBACKLOGHOURS"; }
python3 - "$work/ceiling.json" <<'PY' || fail "the composed policy does not carry the backlog ceiling the properties said"
import json, sys
p = json.load(open(sys.argv[1]))
assert p["version"] == 2, p["version"]
assert p["auditCollector"] == {"host": "audit.example.org", "port": 6514, "backlogCeiling": {"records": 5000, "hours": 0.5}}, p["auditCollector"]
PY
for bad in "0|" "12x|" "|0" "|1e3" "|9000" "|.5"; do
  if "$work/compose" "$base" "$work/bad.json" "" "" "" "" "" "audit.example.org" "" "${bad%|*}" "${bad#*|}" 2>"$work/err"; then
    fail "AUDITBACKLOGRECORDS/AUDITBACKLOGHOURS \"$bad\" was accepted"
  fi
  grep -q "AUDITBACKLOG" "$work/err" || fail "unclear error for \"$bad\": $(cat "$work/err")"
done
if "$work/compose" "$base" "$work/bad.json" "" "" "" "" "" "" "" "100" "" 2>"$work/err"; then
  fail "a backlog ceiling without AUDITHOST was accepted"
fi
if "$work/compose" "$base" "$work/bad.json" "" "https://idp.example.org" "" "" "" "" "" 2>"$work/err"; then
  fail "ISSUER without CLIENTID was accepted"
fi
grep -q "ISSUER and CLIENTID go together" "$work/err" || fail "unclear error: $(cat "$work/err")"
if "$work/compose" "$base" "$work/bad.json" "" "" "" "" "" "audit.example.org" "70000" 2>"$work/err"; then
  fail "AUDITPORT 70000 was accepted"
fi
pass "ISSUER/CLIENTID/ROLEMAP/AUDITHOST/AUDITPORT/AUDITBACKLOG*/SITENAME make a policy custos-cli validates; bad ones are refused"
echo "installer_msi: all checks passed"
