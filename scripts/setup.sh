#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian/npm package Custos needs to build and test, then
# fetches the public test data. Idempotent: a second run takes a second.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev
  qt6-networkauth-dev qt6-svg-dev qtkeychain-qt6-dev
  # imaging
  libvtk9-dev libvtk-dicom-dev libdcmtk-dev dcmtk libopenjp2-7-dev libssl-dev
  # headless GUI tests
  xvfb xauth libgl1-mesa-dri xdotool
  # real test data and independent reference decoders
  python3-pydicom libgdcm-tools
  # keys and audit: a real Secret Service for QtKeychain, a real syslog-TLS collector
  gnome-keyring libsecret-1-0 dbus dbus-x11 rsyslog rsyslog-gnutls gnutls-bin openssl
  # sign-in: password hashing, TOTP enrolment QR codes, reference TOTP codes
  libargon2-dev libqrencode-dev oathtool zbar-tools
  # AI results and de-identification: an independent validator of SEG/SR objects,
  # and the reference JSON Schema validator for the vendor findings format
  dicom3tools python3-jsonschema
  # installers: the Windows sources compiled against the Win32 headers, the
  # MSI built and inspected (wixl, msiinfo), the .desktop file validated
  g++-mingw-w64-x86-64-posix wixl msitools desktop-file-utils
  # packages as Debian checks them: lintian, AppStream metainfo, man pages
  # made from --help and read with man
  lintian appstream help2man man-db
  # custosd's systemd unit checked with systemd-analyze verify/security
  # (only the tool: the CI container does not boot systemd); setpriv
  # starts the installed custosd as its account, as the unit would
  systemd util-linux
  # PACS: a real Orthanc (DICOM TLS, DICOMweb plugin) for core/pacs's tests,
  # and stunnel in front of its HTTP, whose built-in HTTPS crashes on this OpenSSL
  orthanc orthanc-dicomweb stunnel4 curl
  # ip(8): the PACS tests bring up loopback in their private network namespace
  iproute2
  # hardening: libFuzzer targets (clang + its runtime); ccache is optional
  clang-14 libclang-rt-14-dev
  # AI governance / compliance report: a month of activity with the clock
  # moved (faketime preloads into the real binaries), the PDF's pages
  # rendered and read back (pdftoppm, pdftotext)
  faketime poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present"
fi

# Installing rsyslog enables a system service; the tests start their own
# collectors on loopback and need no system one.
if command -v systemctl >/dev/null 2>&1 && systemctl is-enabled rsyslog >/dev/null 2>&1; then
  systemctl disable --now rsyslog >/dev/null 2>&1 || true
fi

# Installing orthanc (and stunnel4) enables system services listening on
# every interface; the PACS tests start their own Orthanc in a private
# network namespace and need none, so nothing is left running or enabled.
for svc in orthanc stunnel4; do
  if [ -x "/etc/init.d/$svc" ]; then
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
      systemctl disable --now "$svc" >/dev/null 2>&1 || true
    else
      "/etc/init.d/$svc" stop >/dev/null 2>&1 || true
      command -v update-rc.d >/dev/null 2>&1 && update-rc.d "$svc" disable >/dev/null 2>&1 || true
    fi
  fi
done

# The OpenID provider the sign-in tests run against (npm oidc-provider,
# pinned in tests/peers/oidc/package-lock.json); skipped when up to date.
PEER="$ROOT/tests/peers/oidc"
if [ ! -f "$PEER/node_modules/.package-lock.json" ] || [ "$PEER/package-lock.json" -nt "$PEER/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$PEER" --no-audit --no-fund --loglevel=error
fi

"$ROOT/scripts/fetch-test-data.sh"
