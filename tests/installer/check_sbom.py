#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks a Custos CycloneDX SBOM: the format's required fields, and that
every library family Custos links (Qt, VTK, DCMTK, OpenSSL, QtKeychain,
OpenJPEG, argon2, qrencode) is listed with the exact version that dpkg says
is installed, and every component with a licence. Exit 1 with the first
problem found."""

import json
import subprocess
import sys

# Debian source package -> a binary package of it that Custos links.
EXPECTED = {
    "qt6-base": "libqt6core6",
    "vtk9": "libvtk9.1",
    "dcmtk": "libdcmtk17",
    "openssl": "libssl3",
    "qtkeychain": "libqt6keychain1",
    "openjpeg2": "libopenjp2-7",
    "argon2": "libargon2-1",
    "qrencode": "libqrencode4",
}


def fail(message):
    print(f"check_sbom: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        bom = json.load(f)
    if bom.get("bomFormat") != "CycloneDX" or not str(bom.get("specVersion", "")).startswith("1."):
        fail("not a CycloneDX document")
    if not str(bom.get("serialNumber", "")).startswith("urn:uuid:"):
        fail("serialNumber is not a urn:uuid")
    app = bom.get("metadata", {}).get("component", {})
    if app.get("name") != "custos" or not app.get("version"):
        fail(f"metadata.component does not describe custos: {app}")
    components = bom.get("components", [])
    by_name = {c["name"]: c for c in components}
    refs = {c["bom-ref"] for c in components}
    for source, binary in EXPECTED.items():
        c = by_name.get(binary)
        if c is None:
            fail(f"{binary} ({source}) is not listed")
        props = {p["name"]: p["value"] for p in c.get("properties", [])}
        if props.get("debian:source") != source:
            fail(f"{binary}: source package {props.get('debian:source')}, expected {source}")
        installed = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", binary],
                                   capture_output=True, text=True, check=True).stdout
        if c.get("version") != installed:
            fail(f"{binary}: SBOM says {c.get('version')}, dpkg says {installed}")
        if not c.get("purl", "").startswith(f"pkg:deb/debian/{binary}@{installed}"):
            fail(f"{binary}: purl {c.get('purl')} does not name the version")
    # Licences (for THIRD-PARTY-NOTICES): every component names one, read
    # from its Debian copyright file; Qt's is the LGPL the packages rely on.
    if app.get("licenses") != [{"license": {"id": "Apache-2.0"}}]:
        fail(f"metadata.component does not give Custos's licence Apache-2.0: {app.get('licenses')}")
    for c in components:
        if not c.get("licenses"):
            fail(f"{c['name']} has no licence")
    qt_licence = by_name["libqt6core6"]["licenses"][0]["license"]["name"]
    if "LGPL-3" not in qt_licence:
        fail(f"libqt6core6's licence is given as {qt_licence!r}, Debian's copyright file says LGPL-3 or GPL-2")
    deps = bom.get("dependencies", [])
    if not deps or set(deps[0].get("dependsOn", [])) != refs:
        fail("dependencies do not tie custos to every component")
    print(f"check_sbom: {len(components)} components; "
          + ", ".join(f"{EXPECTED[s]} {by_name[EXPECTED[s]]['version']}" for s in EXPECTED))


if __name__ == "__main__":
    main()
