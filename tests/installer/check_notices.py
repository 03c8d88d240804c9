#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks a THIRD-PARTY-NOTICES file against the SBOM it was made from:
every component has a row with its exact version and the SBOM's licence,
and its copyright text is in the file; licence texts the copyright files
only refer to (/usr/share/common-licenses/...) are included in full.

  check_notices.py --debian SBOM NOTICES      Debian: texts from /usr/share/doc
  check_notices.py --texts DIR SBOM NOTICES   vcpkg: DIR/PORT/copyright

Exit 1 with the first problem found."""

import json
import os
import re
import sys


def fail(message):
    print(f"check_notices: {message}", file=sys.stderr)
    sys.exit(1)


def licence_of(component):
    choice = component["licenses"][0]
    return choice.get("expression") or choice["license"].get("name") or choice["license"].get("id")


def main():
    args = sys.argv[1:]
    texts_dir = None
    if args[0] == "--texts":
        texts_dir, args = args[1], args[2:]
    elif args[0] == "--debian":
        args = args[1:]
    sbom_path, notices_path = args
    bom = json.load(open(sbom_path, encoding="utf-8"))
    notices = open(notices_path, encoding="utf-8").read()
    if "2. Copyright and licence texts" not in notices:
        fail("the notices have no copyright texts section")
    table = notices.split("2. Copyright and licence texts")[0]
    if "Apache License, Version 2.0" not in table:
        fail("the notices do not say Custos's own licence")
    for c in bom["components"]:
        if not c.get("licenses"):
            fail(f"the SBOM gives {c['name']} no licence")
        licence = licence_of(c)
        row = re.search(rf"^{re.escape(c['name'])}\s+{re.escape(c['version'])}\s+(.+)$", table, re.M)
        if not row:
            fail(f"{c['name']} {c['version']} has no row in the notices' table")
        if row[1].strip() != licence:
            fail(f"{c['name']}: the notices say {row[1].strip()!r}, the SBOM {licence!r}")
        if texts_dir:
            path = os.path.join(texts_dir, c["name"], "copyright")
        else:
            path = next(p["value"] for p in c["properties"] if p["name"] == "custos:copyright-file")
        text = open(path, encoding="utf-8", errors="replace").read().strip()
        if text.replace("\r\n", "\n").splitlines()[0].rstrip() not in notices:
            fail(f"the copyright text of {c['name']} ({path}) is not in the notices")
    for ref in sorted(set(re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])", notices))):
        if os.path.isfile(f"/usr/share/common-licenses/{ref}") and \
                f"\n/usr/share/common-licenses/{ref}\n" not in notices:
            fail(f"the notices refer to /usr/share/common-licenses/{ref} without including its text")
    print(f"check_notices: {len(bom['components'])} components, each with its version, licence and text")


if __name__ == "__main__":
    main()
