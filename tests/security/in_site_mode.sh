#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# in_site_mode.sh POLICY_FILE COMMAND [ARGS...]
# Runs COMMAND as if IT had installed POLICY_FILE machine-wide
# (/etc/custos/policy.json, root:root 0644 in a 0755 folder), without
# installing anything other tests could see: inside a private mount
# namespace, /etc and /run get a private overlay (writes stay in a
# throw-away folder), and /etc/custos and /run/custos are this run's own
# folders, bind-mounted. Needs root (CI runs as root) and overlayfs.
# The exit code is COMMAND's.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: in_site_mode.sh POLICY_FILE COMMAND [ARGS...]" >&2; exit 2; }
policy="$1"; shift
[ "$(id -u)" = 0 ] || { echo "in_site_mode.sh: needs root for a private mount namespace" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/etc-upper" "$work/etc-work" "$work/run-upper" "$work/run-work" "$work/custos" "$work/run-custos"
install -m 0644 -o root -g root "$policy" "$work/custos/policy.json"
chmod 755 "$work/custos" "$work/run-custos"
set +e
W="$work" unshare --mount --propagation private sh -c '
  set -e
  mount -t overlay overlay -o "lowerdir=/etc,upperdir=$W/etc-upper,workdir=$W/etc-work" /etc
  mount -t overlay overlay -o "lowerdir=/run,upperdir=$W/run-upper,workdir=$W/run-work" /run
  mkdir -p /etc/custos /run/custos
  mount --bind "$W/custos" /etc/custos
  mount --bind "$W/run-custos" /run/custos
  exec "$@"
' in-site-mode "$@"
code=$?
set -e
exit $code
