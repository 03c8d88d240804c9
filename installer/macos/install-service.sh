#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up custosd, the Custos system service, on macOS (what the Linux
# DEB's postinst and the Windows MSI's service action do). For Jamf or any
# MDM that runs scripts as root, after Custos.app is in /Applications:
#   sudo "/Applications/Custos.app/Contents/Resources/install-service.sh"
#  1. the hidden system account and group _custos (a free id below 500, no
#     shell, no home); an existing _custos that is a person's account
#     (id 500 or more) stops the script;
#  2. its state folder /Library/Application Support/Custos/service: on the
#     first run `custosd --init` creates it (0700, _custos's) and writes the
#     verification key to /var/root/custos-verification.key (root, 0400),
#     which the compliance officer stores OFF this Mac and then removes;
#     a later run keeps the state and never writes a second key;
#  3. the socket folder /Library/Application Support/Custos/run (_custos's,
#     0755: anyone may connect, only the service may listen);
#  4. the LaunchDaemon com.custos.custosd (root:wheel 0644), loaded and started.
# Idempotent; exits non-zero on any failure, so the MDM reports it.
set -euo pipefail
APP="${CUSTOS_APP:-/Applications/Custos.app}"
CUSTOSD="$APP/Contents/MacOS/custosd"
PLIST_SOURCE="$APP/Contents/Resources/launchd/com.custos.custosd.plist"
PLIST="/Library/LaunchDaemons/com.custos.custosd.plist"
LABEL="com.custos.custosd"
ACCOUNT="_custos"
DIR="/Library/Application Support/Custos"
STATE="$DIR/service"
RUN="$DIR/run"
KEY="/var/root/custos-verification.key"
say() { echo "install-service.sh: $*"; }
die() { echo "install-service.sh: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root"
[ -x "$CUSTOSD" ] || die "$CUSTOSD is missing: install Custos.app first"

# 1. the account
free_id() {
  local id
  for id in $(seq 300 499); do
    if [ -z "$(dscl . -search /Users UniqueID "$id" 2>/dev/null)" ] && [ -z "$(dscl . -search /Groups PrimaryGroupID "$id" 2>/dev/null)" ]; then
      echo "$id"; return 0
    fi
  done
  return 1
}
if uid="$(id -u "$ACCOUNT" 2>/dev/null)"; then
  [ "$uid" -lt 500 ] || die "an account named $ACCOUNT already exists and is a person's (uid $uid); remove or rename it first"
  say "account $ACCOUNT exists (uid $uid)"
else
  id_="$(free_id)" || die "no free system id between 300 and 499"
  dscl . -create "/Groups/$ACCOUNT"
  dscl . -create "/Groups/$ACCOUNT" PrimaryGroupID "$id_"
  dscl . -create "/Groups/$ACCOUNT" Password '*'
  dscl . -create "/Users/$ACCOUNT"
  dscl . -create "/Users/$ACCOUNT" UniqueID "$id_"
  dscl . -create "/Users/$ACCOUNT" PrimaryGroupID "$id_"
  dscl . -create "/Users/$ACCOUNT" UserShell /usr/bin/false
  dscl . -create "/Users/$ACCOUNT" NFSHomeDirectory /var/empty
  dscl . -create "/Users/$ACCOUNT" RealName "Custos service"
  dscl . -create "/Users/$ACCOUNT" Password '*'
  dscl . -create "/Users/$ACCOUNT" IsHidden 1
  say "created the system account $ACCOUNT (uid $id_)"
fi

# 2. the state and the verification key
install -d -o root -g wheel -m 0755 "$DIR"
if [ -e "$STATE/audit/sealing.key" ]; then
  say "the service's state is already in $STATE: kept"
  chown -R "$ACCOUNT:$ACCOUNT" "$STATE"
  chmod 0700 "$STATE"
else
  key="$KEY"
  [ -e "$key" ] && key="/var/root/custos-verification-$(date -u +%Y%m%dT%H%M%SZ).key"
  "$CUSTOSD" --init --state-dir "$STATE" --verification-key-file "$key" --service-account "$ACCOUNT"
  say "verification key written to $key: store it off this Mac (password safe, sealed envelope), then delete it here"
fi

# 3. the socket folder
install -d -o "$ACCOUNT" -g "$ACCOUNT" -m 0755 "$RUN"

# 4. the LaunchDaemon
install -o root -g wheel -m 0644 "$PLIST_SOURCE" "$PLIST"
launchctl bootout "system/$LABEL" 2>/dev/null || true
launchctl bootstrap system "$PLIST"
launchctl enable "system/$LABEL"
launchctl kickstart "system/$LABEL" 2>/dev/null || true
say "custosd runs as $ACCOUNT ($LABEL)"
