#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a PACS test in a private network namespace holding only loopback:
# Orthanc listens on every interface and has no bind-address option, so
# the test PACS must not be reachable from anywhere else. Without the right
# to make one (not root), the test runs as is and says so
# (CUSTOS_PACS_NO_NETNS=1): it skips, or fails under CI.
if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
  exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
export CUSTOS_PACS_NO_NETNS=1
exec "$@"
