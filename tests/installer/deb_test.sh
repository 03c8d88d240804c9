#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_deb: what IT does with the DEB, for real.
#  1. cpack -G DEB from the build tree (no rebuild) into a scratch folder;
#     the SBOM inside lists the exact Debian versions of the linked libraries.
#  2. A site policy in /etc/custos (first group-writable: postinst warns).
#  3. apt-get install ./custos_*.deb; the installed programs run: --version,
#     make-demo, a screenshot of the demo study under Xvfb with a private
#     keyring, and the policy is honoured and not writable by a user.
#  4. apt-get remove: programs and menu entry go; the user's audit trail
#     stays (and still verifies); the IT-owned policy file stays.
# And what Debian's own checks and a hospital's legal team look for:
# lintian reports no error and no warning except the overrides the package
# ships (installer/linux/custos.lintian-overrides, each with its reason);
# LICENSE, THIRD-PARTY-NOTICES (naming every SBOM component), the DEP-5
# copyright file, the changelog and the man pages (gzip -9n) are in the
# package; the AppStream metainfo passes appstreamcli validate and the
# .desktop entry desktop-file-validate; `man custos-cli` reads.
# The system service custosd (docs/service.md), which site mode records
# through: the DEB installs it with its account _custos, its state
# /var/lib/custos (0700, _custos's) made by `custosd --init`, the
# verification key for the compliance officer (root only) and a hardened
# systemd unit (systemd-analyze verify and security --offline). PID 1 here
# is not systemd, so postinst only sets it up; the test starts the unit's
# ExecStart as its User=, with its RuntimeDirectory=, as systemd would.
# The viewer and CLI then work through it; with it stopped a PHI export is
# refused with the sentence that says so; nobody else can read its state;
# `custos-cli audit verify --verification-key-file` passes on its trail
# before and after apt-get remove and purge, which keep the trail; a new
# installation gives the kept trail back to _custos and carries it on.
# Needs root (or passwordless sudo): it installs a system package. It
# restores a policy file that was there before and leaves no package behind,
# so it can run any number of times.
#
# usage: deb_test.sh BUILD_DIR BUILD_TREE_CUSTOS_CLI
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
BUILD_CLI="$2"
SRC="$(cd "$(dirname "$0")/../.." && pwd)"

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  fail "installer_deb installs a system package: run it as root or with passwordless sudo (CI runs as root)."
fi
for tool in cpack dpkg-deb apt-get runuser flock xvfb-run dbus-run-session gnome-keyring-daemon python3 \
            lintian appstreamcli desktop-file-validate man setpriv systemd-analyze; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done

# One run at a time on this machine, whichever build tree it comes from:
# every run installs and removes the same system package.
exec 9>/tmp/custos-installer-deb.lock
flock -w 900 9 || fail "another installer_deb run held the lock for 15 minutes"

VERSION="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")"
[ -n "$VERSION" ] || fail "no project version in $BUILD/CMakeCache.txt"
POLICY=/etc/custos/policy.json

work="$(mktemp -d /tmp/custos-deb-test.XXXXXX)"
chmod 755 "$work"
saved_policy=""
if $SUDO test -e "$POLICY"; then
  saved_policy="$work/saved-policy.json"
  $SUDO cp -a "$POLICY" "$saved_policy"
fi
had_etc_dir=0
[ -d /etc/custos ] && had_etc_dir=1
# --- custosd: what the installation creates outside the package ------------
# The service's state and verification key survive even purge (on
# purpose); a real one found here is set aside and put back afterwards.
SERVICE_STATE=/var/lib/custos
VERIFICATION_KEY=/root/custos-verification.key
SERVICE_RUN=/run/custos
custosd_pid=""
$SUDO mkdir -p "$work/saved-service/keys"
if $SUDO test -e "$SERVICE_STATE"; then
  $SUDO mv "$SERVICE_STATE" "$work/saved-service/state"
fi
$SUDO sh -c 'for key in /root/custos-verification*.key; do [ ! -e "$key" ] || mv "$key" "$1/"; done' sh "$work/saved-service/keys"
stop_custosd() {
  [ -n "$custosd_pid" ] || return 0
  $SUDO kill -TERM "$custosd_pid" 2>/dev/null
  local rc=0
  wait "$custosd_pid" || rc=$?
  custosd_pid=""
  return $rc
}
cleanup_service() {
  stop_custosd
  $SUDO rm -rf "$SERVICE_RUN" "$SERVICE_STATE"
  $SUDO sh -c 'rm -f /root/custos-verification*.key'
  if $SUDO test -e "$work/saved-service/state"; then
    $SUDO mv "$work/saved-service/state" "$SERVICE_STATE"
  fi
  $SUDO sh -c 'for key in "$1"/*.key; do [ ! -e "$key" ] || mv "$key" /root/; done' sh "$work/saved-service/keys"
  $SUDO rm -rf "$work/saved-service"
}
cleanup() {
  set +e
  stop_custosd
  if dpkg-query -W -f='${Status}' custos 2>/dev/null | grep -q "installed"; then
    $SUDO env DEBIAN_FRONTEND=noninteractive dpkg --purge custos >/dev/null 2>&1
  fi
  if [ -n "$saved_policy" ]; then
    $SUDO mkdir -p /etc/custos && $SUDO cp -a "$saved_policy" "$POLICY"
  else
    $SUDO rm -f "$POLICY"
    [ "$had_etc_dir" = 1 ] || $SUDO rmdir /etc/custos 2>/dev/null
  fi
  cleanup_service
  rm -rf "$work"
}
trap cleanup EXIT

# A package left by an earlier, interrupted run.
if dpkg-query -W -f='${Status}' custos 2>/dev/null | grep -q "installed"; then
  $SUDO env DEBIAN_FRONTEND=noninteractive dpkg --purge custos >/dev/null
fi

# --- 1. package ---------------------------------------------------------------
cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb="$(ls "$work"/pkg/custos_*.deb 2>/dev/null | head -n1)"
[ -f "$deb" ] || fail "cpack wrote no custos_*.deb"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "package version $(dpkg-deb -f "$deb" Version) is not the project's $VERSION"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6core6 libqt6widgets6 libvtk9.1 libdcmtk17 libssl3 libqt6keychain1 libopenjp2-7 qt6-qpa-plugins; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
pass "cpack wrote $(basename "$deb"), Depends computed by dpkg-shlibdeps"

dpkg-deb -x "$deb" "$work/contents"
"$SRC/tests/installer/check_sbom.py" "$work/contents/usr/share/doc/custos/sbom.cdx.json" \
  || fail "the SBOM in the package is wrong"
pass "the package carries a CycloneDX SBOM with the linked libraries' exact versions"

# --- 1b. what Debian and a legal team check ----------------------------------
doc="$work/contents/usr/share/doc/custos"
cmp -s "$doc/LICENSE" "$SRC/LICENSE" || fail "the package does not carry LICENSE (usr/share/doc/custos/LICENSE)"
grep -q "Apache License" "$doc/LICENSE" || fail "LICENSE is not the Apache License"
[ -s "$doc/THIRD-PARTY-NOTICES" ] || fail "the package does not carry THIRD-PARTY-NOTICES"
python3 "$SRC/tests/installer/check_notices.py" --debian "$doc/sbom.cdx.json" "$doc/THIRD-PARTY-NOTICES" \
  || fail "THIRD-PARTY-NOTICES does not match the SBOM"
pass "LICENSE and THIRD-PARTY-NOTICES (every SBOM component, its version, licence and text) are in the package"

head -n1 "$doc/copyright" | grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
  || fail "usr/share/doc/custos/copyright is not a machine-readable (DEP-5) copyright file"
grep -q "^License: Apache-2.0" "$doc/copyright" || fail "the copyright file does not name Apache-2.0"
zcat "$doc/changelog.gz" | head -n1 | grep -q "^custos ($VERSION) " \
  || fail "changelog.gz does not start with version $VERSION: $(zcat "$doc/changelog.gz" | head -n1)"
# gzip -9n: no file name and no time stamp in the header (flags byte 3,
# mtime bytes 4-7), maximum compression (byte 8 = 2).
gzip_is_9n() {
  python3 -c 'import sys; d = open(sys.argv[1], "rb").read(10); sys.exit(0 if d[:2] == b"\x1f\x8b" and not d[3] & 8 and d[4:8] == bytes(4) and d[8] == 2 else 1)' "$1"
}
gzip_is_9n "$doc/changelog.gz" || fail "changelog.gz is not compressed with gzip -9n"
# Every program the package installs has its page (custos, custos-cli, and
# whatever is added later: CUSTOS_MAN_PAGES in installer/linux/debian_files.cmake).
pages=""
for program in "$work"/contents/usr/bin/* "$work"/contents/usr/sbin/*; do
  [ -e "$program" ] || continue
  name="$(basename "$program")"
  section=1; [[ "$program" == */sbin/* ]] && section=8
  man_file="$work/contents/usr/share/man/man$section/$name.$section.gz"
  [ -f "$man_file" ] || fail "the package has no man page for $name (usr/share/man/man$section/$name.$section.gz)"
  gzip_is_9n "$man_file" || fail "$name.$section.gz is not compressed with gzip -9n"
  pages="$pages $name($section)"
done
grep -q "custos-cli(1)" <<<"$pages" || fail "no man page for custos-cli"
pass "DEP-5 copyright, changelog.gz for $VERSION, man pages$pages, all gzip -9n"

metainfo="$work/contents/usr/share/metainfo/com.custos.viewer.metainfo.xml"
[ -f "$metainfo" ] || fail "the package has no AppStream metainfo"
# --no-net: the screenshot URLs are published with the release (docs/releasing.md).
appstreamcli validate --no-net --pedantic "$metainfo" >"$work/appstream.log" 2>&1 \
  || { cat "$work/appstream.log"; fail "appstreamcli validate rejects the metainfo"; }
grep -q "<release version=\"$VERSION\"" "$metainfo" || fail "the metainfo lists no release $VERSION"
desktop-file-validate "$work/contents/usr/share/applications/custos.desktop" \
  || fail "custos.desktop does not pass desktop-file-validate"
pass "AppStream metainfo passes appstreamcli validate --pedantic; custos.desktop passes desktop-file-validate"

# lintian as Debian runs it. The overrides ship in the package, each with a
# comment line above it giving the reason.
overrides="$work/contents/usr/share/lintian/overrides/custos"
[ -f "$overrides" ] || fail "the package carries no lintian overrides file"
awk '!/^#/ && NF && !(prev ~ /^# .{10,}/) { print "override without a reason: " $0; bad = 1 } { prev = $0 } END { exit bad }' \
  "$overrides" || fail "every lintian override needs a comment line above it giving the reason"
lintian --fail-on error,warning --display-level ">=info" --show-overrides "$deb" >"$work/lintian.log" 2>&1 \
  || { cat "$work/lintian.log"; fail "lintian reports errors or warnings on $(basename "$deb")"; }
if grep -E "^[EW]: " "$work/lintian.log"; then fail "lintian reports errors or warnings (above)"; fi
sed 's/^/  lintian: /' "$work/lintian.log"
pass "lintian: no errors, no warnings; $(grep -c "^O: " "$work/lintian.log") overridden with reasons, $(grep -c "^[IP]: " "$work/lintian.log") informational"

# --- 2. the site policy, first deliberately writable by the group -------------
$SUDO install -d -m 0755 -o root -g root /etc/custos
# The example site policy without its identity provider, audit collector and
# PACS: they name hosts outside this machine, and the test must reach none.
[ -f "$SRC/resources/policy/example-site-policy.json" ] || fail "resources/policy/example-site-policy.json is missing"
# The viewer's --screenshot below is an ExportImage like any other: the
# policy lets images go into $work/exports, with no training first (a
# script cannot take one).
python3 - "$SRC/resources/policy/example-site-policy.json" "$work/site-policy.json" "$work/exports" <<'EOF'
import json, sys
policy = json.load(open(sys.argv[1]))
for offsite in ("identityProvider", "auditCollector", "pacs"):
    policy.pop(offsite, None)
policy["exportDestinations"] = [sys.argv[3]]
policy["training"]["modules"] = []
json.dump(policy, open(sys.argv[2], "w"), indent=2)
EOF
$SUDO install -m 0664 -o root -g root "$work/site-policy.json" "$POLICY"

# --- 3. install ----------------------------------------------------------------
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install $deb failed"; }
grep -q "Custos refuses a" "$work/apt.log" || { cat "$work/apt.log"; fail "postinst did not warn about a group-writable $POLICY"; }
pass "apt-get installed it; postinst warned about the group-writable policy"
$SUDO chmod 0644 "$POLICY"

for f in /usr/bin/custos /usr/bin/custos-cli /usr/share/applications/custos.desktop \
         /usr/share/icons/hicolor/scalable/apps/custos.svg /usr/share/icons/hicolor/48x48/apps/custos.png \
         /usr/share/doc/custos/sbom.cdx.json /usr/share/doc/custos/LICENSE /usr/share/doc/custos/THIRD-PARTY-NOTICES \
         /usr/share/doc/custos/copyright /usr/share/metainfo/com.custos.viewer.metainfo.xml; do
  [ -e "$f" ] || fail "$f is not installed"
done
desktop-file-validate /usr/share/applications/custos.desktop || fail "custos.desktop is not valid"
# What IT types: the page is found, renders, and is the program's own help.
page="$(MANWIDTH=80 man -P cat custos-cli 2>"$work/man.err")" || { cat "$work/man.err"; fail "man custos-cli shows no page"; }
grep -q "policy show" <<<"$page" || fail "man custos-cli does not describe the commands: $page"
grep -q "/etc/custos/policy.json" <<<"$page" || fail "man custos-cli does not name the site policy file"
page="$(MANWIDTH=80 man -P cat custos 2>"$work/man.err")" || { cat "$work/man.err"; fail "man custos shows no page"; }
grep -q -- "--screenshot" <<<"$page" || fail "man custos does not describe the viewer's options: $page"
pass "man custos-cli and man custos show the installed programs' help, files and exit codes"
out="$(/usr/bin/custos-cli --version)"
[ "$out" = "custos-cli $VERSION" ] || fail "installed custos-cli --version said '$out', expected 'custos-cli $VERSION'"
pass "installed custos-cli --version: $out"

# The policy: root's, readable by everyone, writable by no ordinary user.
[ "$(stat -c '%u %a' "$POLICY")" = "0 644" ] || fail "$POLICY is $(stat -c '%U %a' "$POLICY"), expected root 644"
if runuser -u nobody -- test -w "$POLICY"; then fail "an ordinary user (nobody) can write $POLICY"; fi
if runuser -u nobody -- test -w /etc/custos; then fail "an ordinary user (nobody) can write /etc/custos"; fi
runuser -u nobody -- cat "$POLICY" >/dev/null || fail "an ordinary user cannot read $POLICY"
pass "$POLICY is root-owned, mode 644, not writable by nobody"
if /usr/bin/custos-cli --help 2>&1 | grep -q "policy show"; then
  shown="$(cd / && runuser -u nobody -- env HOME="$work" /usr/bin/custos-cli policy show 2>&1)" \
    || fail "custos-cli policy show failed as an ordinary user: $shown"
  grep -q "Example Radiology" <<<"$shown" || fail "custos-cli policy show does not report the site policy: $shown"
  grep -q "$POLICY" <<<"$shown" || fail "custos-cli policy show does not name $POLICY: $shown"
  pass "custos-cli policy show reports the site policy from $POLICY"
  # The same file made writable by everyone: Custos must refuse it.
  $SUDO chmod 0666 "$POLICY"
  if refused="$(cd / && runuser -u nobody -- env HOME="$work" /usr/bin/custos-cli policy show 2>&1)"; then
    $SUDO chmod 0644 "$POLICY"
    fail "custos-cli accepted a policy file every user can write: $refused"
  fi
  $SUDO chmod 0644 "$POLICY"
  grep -q "writable" <<<"$refused" || fail "the refusal does not say why: $refused"
  pass "a world-writable $POLICY is refused"
else
  echo "note: this custos-cli has no 'policy show' command; the policy was checked by presence, owner and mode only"
fi

# --- 3b. the system service custosd (docs/service.md) -----------------------
# What postinst set up without systemd: the account, the state, the key.
UNIT=/usr/lib/systemd/system/custosd.service
for f in /usr/sbin/custosd "$UNIT"; do
  [ -e "$f" ] || fail "$f is not installed"
done
account="$(getent passwd _custos)" || fail "postinst created no account _custos"
IFS=: read -r _ _ svc_uid _ _ _ svc_shell <<<"$account"
[ "$svc_uid" -lt 1000 ] || fail "_custos is not a system account (uid $svc_uid)"
[ "$svc_shell" = /usr/sbin/nologin ] || fail "_custos can log in (shell $svc_shell)"
getent group _custos >/dev/null || fail "postinst created no group _custos"
[ "$($SUDO stat -c '%U %a' "$SERVICE_STATE")" = "_custos 700" ] \
  || fail "$SERVICE_STATE is $($SUDO stat -c '%U %a' "$SERVICE_STATE"), expected _custos 700"
$SUDO test -s "$SERVICE_STATE/audit/trail.log" || fail "custosd --init made no trail in $SERVICE_STATE"
[ "$($SUDO stat -c '%U %a' "$VERIFICATION_KEY")" = "root 400" ] \
  || fail "the verification key $VERIFICATION_KEY is $($SUDO stat -c '%U %a' "$VERIFICATION_KEY" 2>&1), expected root 400"
grep -q "verification key is in $VERIFICATION_KEY" "$work/apt.log" \
  || { cat "$work/apt.log"; fail "postinst did not tell IT where the verification key is"; }
[ "$(cat /proc/1/comm)" = systemd ] || [ ! -e "$SERVICE_RUN/custosd.sock" ] \
  || fail "without systemd, something started a custosd on $SERVICE_RUN/custosd.sock"
pass "postinst created the system account _custos (uid $svc_uid, nologin), $SERVICE_STATE (_custos, 0700) and the root-only verification key, with PID 1 $(cat /proc/1/comm)"
# The same postinst again (dpkg-reconfigure, an upgrade): nothing changes,
# the key is not written twice, nothing fails.
key_sum="$($SUDO sha256sum "$VERIFICATION_KEY")"
$SUDO env DEBIAN_FRONTEND=noninteractive dpkg-reconfigure custos >"$work/reconfigure.log" 2>&1 \
  || { cat "$work/reconfigure.log"; fail "postinst configure failed when run a second time"; }
[ "$(getent passwd _custos | cut -d: -f3)" = "$svc_uid" ] || fail "a second postinst changed _custos's uid"
[ "$($SUDO sha256sum "$VERIFICATION_KEY")" = "$key_sum" ] || fail "a second postinst rewrote the verification key"
if $SUDO sh -c 'ls /root/custos-verification-*.key' >/dev/null 2>&1; then fail "a second postinst ran custosd --init again"; fi
pass "postinst runs twice without harm: same account, same state, one verification key"

# The unit, as systemd would read it. (systemd itself is not PID 1 here,
# so the unit is never started by systemd in this test.)
unit_value() { sed -n "s/^$1=//p" "$UNIT" | tail -n1; }
[ "$(unit_value User)" = _custos ] || fail "custosd.service does not run as _custos"
[ "$(unit_value RuntimeDirectory)" = custos ] || fail "custosd.service has no RuntimeDirectory=custos for its socket"
for option in NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/custos PrivateTmp=yes ProtectHome=yes; do
  grep -qx "$option" "$UNIT" || fail "custosd.service lacks $option"
done
if grep -q "^PrivateUsers=" "$UNIT"; then fail "custosd.service maps users (PrivateUsers=): SO_PEERCRED would see nobody"; fi
(cd / && systemd-analyze verify "$UNIT") >"$work/analyze.log" 2>&1 \
  || { cat "$work/analyze.log"; fail "systemd-analyze verify rejects custosd.service"; }
[ ! -s "$work/analyze.log" ] || { cat "$work/analyze.log"; fail "systemd-analyze verify warns about custosd.service"; }
(cd / && systemd-analyze security --offline=true --threshold=20 --no-pager "$UNIT") >"$work/security.log" 2>&1 \
  || { cat "$work/security.log"; fail "systemd-analyze security rates custosd.service above exposure 2.0"; }
exposure="$(grep -o "Overall exposure level for custosd.service: [0-9.]* [A-Z]*" "$work/security.log")"
pass "systemd-analyze verify accepts $UNIT; security --offline: ${exposure#Overall }"

# Start it as systemd would: ExecStart, as User=, with RuntimeDirectory=
# made for it (0755, the account's), a clean environment, no new privileges.
exec_start="$(unit_value ExecStart)"
socket="$(sed -n 's/.*--socket \([^ ]*\).*/\1/p' <<<"$exec_start")"
[ "$socket" = "$SERVICE_RUN/custosd.sock" ] || fail "ExecStart listens on '$socket', not $SERVICE_RUN/custosd.sock (docs/service.md)"
start_custosd() {
  $SUDO install -d -m 0755 -o _custos -g _custos "$SERVICE_RUN"
  # shellcheck disable=SC2086  # ExecStart is split into words as systemd does
  $SUDO env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    setpriv --reuid=_custos --regid=_custos --init-groups --no-new-privs -- $exec_start >>"$work/custosd.log" 2>&1 &
  custosd_pid=$!
  for _ in $(seq 1 100); do
    grep -q "listening on $socket" "$work/custosd.log" 2>/dev/null && return 0
    kill -0 "$custosd_pid" 2>/dev/null || break
    sleep 0.2
  done
  cat "$work/custosd.log"
  fail "the installed custosd did not start as _custos"
}
start_custosd
[ "$(stat -c %U "$socket")" = _custos ] || fail "$socket belongs to $(stat -c %U "$socket"), not _custos"
pass "the installed custosd runs as _custos on $socket ($(tail -n1 "$work/custosd.log"))"

# Nobody else reads its state or the key, or puts a socket in its folder.
if runuser -u nobody -- ls "$SERVICE_STATE" >/dev/null 2>&1; then fail "an ordinary user (nobody) can list $SERVICE_STATE"; fi
if runuser -u nobody -- cat "$SERVICE_STATE/audit/trail.log" >/dev/null 2>&1; then fail "an ordinary user (nobody) can read the trail"; fi
if runuser -u nobody -- cat "$VERIFICATION_KEY" >/dev/null 2>&1; then fail "an ordinary user (nobody) can read $VERIFICATION_KEY"; fi
if runuser -u nobody -- touch "$SERVICE_RUN/custosd.sock.fake" 2>/dev/null; then fail "an ordinary user (nobody) can write in $SERVICE_RUN"; fi
pass "an ordinary user (nobody) can read neither $SERVICE_STATE nor the verification key, nor write in $SERVICE_RUN"

# The session-ticket key: private in the state, public half pinned by postinst.
[ "$(stat -c '%U %a' /etc/custos/service-key.pub 2>/dev/null)" = "root 644" ] \
  || fail "postinst did not pin the session-ticket key in /etc/custos/service-key.pub (root, 0644)"
if runuser -u nobody -- cat "$SERVICE_STATE/ticket-signing.key" >/dev/null 2>&1; then fail "an ordinary user (nobody) can read the ticket signing key"; fi
# Accounts are the service's: an ordinary user cannot make one (exit 3, refused).
rc=0
echo "correct horse battery 1" | runuser -u nobody -- env HOME=/nonexistent /usr/bin/custos-cli users add evil --role administrator \
  --password-stdin >"$work/evil.log" 2>&1 || rc=$?
[ "$rc" = 3 ] || { cat "$work/evil.log"; fail "an ordinary user (nobody) could add an account through custosd (exit $rc)"; }
pass "the ticket key is pinned in /etc/custos/service-key.pub; nobody can neither read its private half nor add an account"

# A person's session: throw-away HOME, private D-Bus, unlocked keyring, Xvfb.
home="$work/home"
mkdir -p "$home"
as_user() {
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 \
    dbus-run-session -- sh -c '
      mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
      echo -n custos-deb-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      exec "$@"' as-user "$@"
}
as_user /usr/bin/custos-cli make-demo "$work/demo" --slices 24 --size 128 >"$work/demo.log" 2>&1 \
  || { cat "$work/demo.log"; fail "installed custos-cli make-demo failed"; }
# Nobody sees a study before signing in. With a site policy installed the
# demo's public accounts are refused (site mode), so the person gets a
# local account and signs in by script with its one-time code.
mkdir -p "$work/exports" && chmod 755 "$work/exports"
as_user sh -c 'echo "correct horse battery 1" | /usr/bin/custos-cli users add rita --role radiologist --password-stdin' \
  >"$work/users.log" 2>&1 || { cat "$work/users.log"; fail "installed custos-cli users add failed"; }
# A code is accepted once: the second sign-in waits for the next 30 s step.
one_time_code() {
  python3 - "$work/users.log" "$work/last-otp-step" <<'PYEOF'
import base64, hashlib, hmac, os, re, struct, sys, time
secret = re.search(r"secret=([A-Z2-7]+)", open(sys.argv[1]).read()).group(1)
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
last = int(open(sys.argv[2]).read()) if os.path.exists(sys.argv[2]) else -1
while int(time.time()) // 30 <= last:
    time.sleep(30 - time.time() % 30 + 0.2)
step = int(time.time()) // 30
open(sys.argv[2], "w").write(str(step))
mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
offset = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PYEOF
}
trail_has() { $SUDO grep -a -c -- "$1" "$SERVICE_STATE/audit/trail.log" || true; }

# Through the service: the command line signs in and exports the study.
otp="$(one_time_code)" || fail "no one-time code for the new account"
echo "correct horse battery 1" | as_user /usr/bin/custos-cli login --local rita --password-stdin --otp "$otp" \
  >"$work/login.log" 2>&1 || { cat "$work/login.log"; fail "installed custos-cli login --local failed in site mode"; }
as_user /usr/bin/custos-cli export --format dicom "$work/demo" --out "$work/exports/up" --purpose "installer test" \
  >"$work/export-up.log" 2>&1 || { cat "$work/export-up.log" "$work/custosd.log"; fail "installed custos-cli export failed with custosd running"; }
[ -n "$(ls -A "$work/exports/up" 2>/dev/null)" ] || fail "the allowed export wrote nothing"
[ "$(trail_has "ExportDicom allowed")" -ge 1 ] || fail "the service's trail holds no 'ExportDicom allowed' record"
[ -z "$(ls -A "$home/.local/share/Custos/audit" 2>/dev/null)" ] || fail "site mode wrote a per-user audit trail"
pass "in site mode the installed custos-cli signs in and exports, recorded in custosd's trail (no per-user trail)"

# The service stopped (SIGTERM, as systemctl stop): the same export is
# refused with the sentence that says why, and nothing is written.
stop_custosd || fail "custosd did not stop cleanly on SIGTERM"
rc=0
as_user /usr/bin/custos-cli export --format dicom "$work/demo" --out "$work/exports/down" --purpose "installer test" \
  >"$work/export-down.log" 2>&1 || rc=$?
[ "$rc" = 3 ] || { cat "$work/export-down.log"; fail "with custosd stopped, export exited $rc, not 3 (refused)"; }
grep -q "The Custos service is not running, so nothing can be recorded; ask IT" "$work/export-down.log" \
  || { cat "$work/export-down.log"; fail "the refusal does not say that the service is not running"; }
[ ! -e "$work/exports/down" ] || [ -z "$(ls -A "$work/exports/down")" ] || fail "the refused export wrote files"
pass "with custosd stopped the export is refused (exit 3): $(grep -m1 -o "The Custos service is not running[^;]*" "$work/export-down.log")"

# Started again: the viewer signs in and renders the demo study; its
# screenshot is an ExportImage, recorded through the service.
start_custosd
images_before="$(trail_has "ExportImage")"
otp="$(one_time_code)" || fail "no one-time code for the new account"
echo "correct horse battery 1" | as_user timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" /usr/bin/custos --local rita --password-stdin \
  --otp "$otp" "$work/demo" --screenshot "$work/exports/shot.png" \
  >"$work/gui.log" 2>&1 || { cat "$work/gui.log"; fail "installed custos --screenshot failed"; }
cp "$work/exports/shot.png" "$work/shot.png"
python3 - "$work/shot.png" <<'EOF' || fail "the screenshot is not a real picture of the viewer"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 400 and height >= 300, f"{width}x{height} is too small for the viewer window"
assert len(data) > 10000, f"{len(data)} bytes: an empty window"
print(f"screenshot {width}x{height}, {len(data)} bytes")
EOF
[ "$(trail_has "ExportImage")" -gt "$images_before" ] || fail "the viewer's screenshot left no ExportImage record in the service's trail"
pass "the installed viewer rendered the demo study through custosd, which recorded it"

# The compliance officer's proof, with the key from postinst.
verify="$($SUDO /usr/bin/custos-cli audit verify --verification-key-file "$VERIFICATION_KEY" 2>&1)" \
  || fail "custos-cli audit verify --verification-key-file fails on the service's trail: $verify"
verify="$(grep -m1 "^OK" <<<"$verify")" || fail "unexpected audit verify output: $verify"
records_installed="$(sed -n 's/^OK: \([0-9]*\) records.*/\1/p' <<<"$verify")"
[ "${records_installed:-0}" -gt 0 ] || fail "the verified trail has no records: $verify"
pass "custos-cli audit verify --verification-key-file: $verify"

# --- 4. remove -----------------------------------------------------------------
# prerm stops the unit under systemd; here the test stops its own custosd.
stop_custosd || fail "custosd did not stop cleanly on SIGTERM"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q custos >"$work/remove.log" 2>&1 \
  || { cat "$work/remove.log"; fail "apt-get remove custos failed"; }
for f in /usr/bin/custos /usr/bin/custos-cli /usr/sbin/custosd "$UNIT" /usr/share/applications/custos.desktop /usr/share/icons/hicolor/48x48/apps/custos.png; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
$SUDO test -s "$SERVICE_STATE/audit/trail.log" || fail "removing the package deleted the service's audit trail"
getent passwd _custos >/dev/null || fail "apt-get remove (not purge) deleted the account _custos"
verify="$($SUDO "$BUILD_CLI" audit verify --verification-key-file "$VERIFICATION_KEY" 2>&1)" \
  || fail "the service's trail left after removal does not verify: $verify"
verify="$(grep -m1 "^OK" <<<"$verify")" || fail "unexpected audit verify output: $verify"
[ "$(sed -n 's/^OK: \([0-9]*\) records.*/\1/p' <<<"$verify")" -ge "$records_installed" ] \
  || fail "the trail lost records on removal: $verify"
[ -f "$POLICY" ] || fail "removing the package deleted IT's $POLICY"
pass "apt-get remove took programs, custosd, its unit and menu entry, kept the account, the audit trail ($verify) and the policy"

$SUDO env DEBIAN_FRONTEND=noninteractive dpkg --purge custos >/dev/null
[ -f "$POLICY" ] || fail "purging the package deleted IT's $POLICY"
if getent passwd _custos >/dev/null; then fail "dpkg --purge left the account _custos"; fi
$SUDO test -s "$SERVICE_STATE/audit/trail.log" || fail "purging the package deleted the service's audit trail"
[ "$($SUDO stat -c '%U %a' "$SERVICE_STATE")" = "root 700" ] \
  || fail "after purge $SERVICE_STATE is $($SUDO stat -c '%U %a' "$SERVICE_STATE"), expected root 700 (no orphaned uid)"
verify="$($SUDO "$BUILD_CLI" audit verify --verification-key-file "$VERIFICATION_KEY" 2>&1)" \
  || fail "the service's trail left after purge does not verify: $verify"
pass "dpkg --purge removed the account _custos, kept IT's policy file and the trail (root's, 0700, still verifies)"

# Installed again: the kept trail goes back to the new _custos, no second
# key is written, and the service carries on the same trail.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt2.log" 2>&1 \
  || { cat "$work/apt2.log"; fail "installing the package again over the kept trail failed"; }
[ "$($SUDO stat -c '%U %a' "$SERVICE_STATE")" = "_custos 700" ] \
  || fail "reinstalled, $SERVICE_STATE is $($SUDO stat -c '%U %a' "$SERVICE_STATE"), expected _custos 700"
[ "$($SUDO stat -c %U "$SERVICE_STATE/audit/trail.log")" = _custos ] || fail "reinstalled, the trail was not given back to _custos"
if grep -q "verification key is in" "$work/apt2.log"; then fail "reinstalling over the kept trail wrote another verification key"; fi
start_custosd
as_user /usr/bin/custos-cli export --format dicom "$work/demo" --out "$work/exports/again" --purpose "installer test" \
  >"$work/export-again.log" 2>&1 || { cat "$work/export-again.log" "$work/custosd.log"; fail "after reinstalling, custos-cli export failed"; }
stop_custosd || fail "custosd did not stop cleanly on SIGTERM"
verify="$($SUDO /usr/bin/custos-cli audit verify --verification-key-file "$VERIFICATION_KEY" 2>&1)" \
  || fail "after reinstalling, the trail does not verify with the first key: $verify"
[ "$(sed -n 's/^OK: \([0-9]*\) records.*/\1/p' <<<"$verify")" -gt "$records_installed" ] \
  || fail "after reinstalling, the service did not carry on the same trail: $verify"
pass "reinstalled over the kept trail: given back to _custos, no new key, the service carries on ($verify)"
$SUDO env DEBIAN_FRONTEND=noninteractive dpkg --purge custos >/dev/null
echo "installer_deb: all checks passed"
