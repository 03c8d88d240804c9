#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a CycloneDX 1.5 SBOM (JSON) for a Custos package.

Run at install time (installer/install_rules.cmake), so the SBOM names the
exact versions the package was built and linked against:

  Debian:  --binary custos --binary custos-cli
           every shared library the binaries load (ldd), the Debian package
           that ships it (dpkg-query -S) and that package's exact version
           and source package (dpkg-query -W); its licence from the
           package's /usr/share/doc/PACKAGE/copyright.
  vcpkg:   --vcpkg-installed DIR --vcpkg-triplet T [--vcpkg-manifest vcpkg.json]
           every port in DIR/vcpkg/status for the triplet, with its version
           and port version (what the build really used, not what the
           manifest asked for); its licence from the port's vcpkg.spdx.json.

installer/notices/make_notices.py turns the SBOM into THIRD-PARTY-NOTICES.

Exit status 0 on success, 1 with a message saying what is missing otherwise.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import uuid


def fail(message):
    print(f"make_sbom: {message}", file=sys.stderr)
    sys.exit(1)


def run(cmd):
    try:
        return subprocess.run(cmd, check=False, capture_output=True, text=True)
    except FileNotFoundError:
        fail(f"{cmd[0]} is not installed; it is needed to list the linked libraries.")


def linked_libraries(binaries):
    """Paths of the shared libraries the binaries load, as the loader finds them."""
    libraries = set()
    for binary in binaries:
        if not os.path.isfile(binary):
            fail(f"{binary} does not exist; build it before installing.")
        result = run(["ldd", binary])
        if result.returncode != 0:
            fail(f"ldd could not read {binary}: {result.stderr.strip()}")
        for line in result.stdout.splitlines():
            match = re.search(r"=>\s+(/\S+)", line) or re.match(r"\s*(/\S+)\s+\(", line)
            if match:
                libraries.add(match.group(1))
            elif "not found" in line:
                fail(f"{binary} needs a library that is not installed: {line.strip()}")
    return sorted(libraries)


def owning_packages(libraries):
    """Maps each library to the Debian package that ships it (merged /usr aware).

    One dpkg-query call for every path: each call reads the whole database."""
    candidates = {}
    for path in libraries:
        options = [path, os.path.realpath(path)]
        options += [p[4:] if p.startswith("/usr/") else "/usr" + p for p in list(options)]
        candidates[path] = list(dict.fromkeys(options))
    everything = sorted({c for options in candidates.values() for c in options})
    result = run(["dpkg-query", "-S"] + everything)  # exit 1 when some are unknown
    shipped_by = {}
    for line in result.stdout.splitlines():
        if line.startswith("diversion ") or ": " not in line:
            continue
        packages, shipped = line.split(": ", 1)
        shipped_by[shipped.strip()] = packages.split(",")[0].split(":")[0].strip()
    owners = {}
    for path, options in candidates.items():
        package = next((shipped_by[c] for c in options if c in shipped_by), None)
        if package is None:
            fail(f"no Debian package ships {path}; the SBOM would be incomplete.")
        owners.setdefault(package, []).append(path)
    return owners


# Licence names as the copyright file gives them: Debian's short names
# (DEP-5), which are close to SPDX but not always the same, so they go into
# the SBOM as names, never as SPDX ids.
COMMON_LICENSES_REF = re.compile(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])")
# For copyright files that are not machine-readable and name no file in
# /usr/share/common-licenses: recognisable licence wording, reported as
# "-style" because the wording, not a name, is what was found.
LICENSE_WORDING = [
    ("Permission is hereby granted, free of charge", "MIT/X11-style"),
    ("Redistribution and use in source and binary forms", "BSD-style"),
    ("Permission to use, copy, modify, and/or distribute", "ISC-style"),
    ("Permission to use, copy, modify, distribute, and sell", "MIT/X11-style"),
    ("Permission to use, copy, modify, and distribute", "MIT/X11-style"),
]
UNKNOWN_LICENSE = "see the copyright text"


def dep5_paragraphs(text):
    """The paragraphs of a machine-readable copyright file (DEP-5), as dicts
    of lower-cased field names to their full value."""
    paragraphs, current, last = [], {}, None
    for line in text.splitlines():
        if not line.strip():
            if current:
                paragraphs.append(current)
            current, last = {}, None
        elif line[0] in " \t":
            if last:
                current[last] += "\n" + line.strip()
        elif ":" in line and not line.startswith("#"):
            key, value = line.split(":", 1)
            last = key.strip().lower()
            current[last] = value.strip()
    if current:
        paragraphs.append(current)
    return paragraphs


def licenses_of_copyright_text(text):
    """(main licence, other licences) named by a Debian copyright file.

    DEP-5: the licence of the 'Files: *' paragraph is the package's main
    one; the other Files paragraphs' licences cover parts of it. Otherwise
    the common-licenses files the text refers to, or recognised wording."""
    if text.startswith("Format:") and "copyright-format" in text.split("\n", 1)[0]:
        names = []
        main = None
        for p in dep5_paragraphs(text):
            if "files" not in p or "license" not in p:
                continue
            name = p["license"].split("\n", 1)[0].strip()
            if not name:
                continue
            if main is None and p["files"].split() and p["files"].split()[0] == "*":
                main = name
            names.append(name)
        if main is None and names:
            main = names[0]
        if main:
            return main, sorted(set(names) - {main})
    referenced = sorted(set(COMMON_LICENSES_REF.findall(text)))
    if referenced:
        return ", ".join(referenced) + " (named in the text)", []
    for wording, name in LICENSE_WORDING:
        if wording in text:
            return name + " (from the wording)", []
    return UNKNOWN_LICENSE, []


def debian_copyright(package):
    """(path, text) of a Debian package's copyright file; Debian policy puts
    one in every package, so a missing one is an error worth stopping for."""
    path = f"/usr/share/doc/{package}/copyright"
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return path, f.read()
    except OSError:
        fail(f"{path} is missing: the licence of {package} cannot be named.")


def license_entries(main, others=()):
    """CycloneDX licence choices: an SPDX expression when the source says it
    is one (vcpkg), otherwise names (Debian's short names)."""
    return [{"license": {"name": name}} for name in [main, *others]]


def debian_components(binaries):
    owners = owning_packages(linked_libraries(binaries))
    fields = "${Package}\t${Version}\t${Architecture}\t${source:Package}\t${source:Version}\t${Homepage}\n"
    result = run(["dpkg-query", "-W", "-f", fields] + sorted(owners))
    if result.returncode != 0:
        fail(f"dpkg-query could not describe the packages: {result.stderr.strip()}")
    distro = os_release().get("VERSION_ID", "")
    components = []
    for line in result.stdout.splitlines():
        name, version, arch, source, source_version, homepage = line.split("\t")
        purl = f"pkg:deb/debian/{name}@{version}?arch={arch}"
        if distro:
            purl += f"&distro=debian-{distro}"
        component = {
            "type": "library",
            "bom-ref": purl,
            "name": name,
            "version": version,
            "purl": purl,
            "properties": [
                {"name": "debian:source", "value": source},
                {"name": "debian:source-version", "value": source_version},
            ] + [{"name": "custos:linked-file", "value": f} for f in sorted(owners[name])],
        }
        copyright_path, copyright_text = debian_copyright(name)
        main, others = licenses_of_copyright_text(copyright_text)
        component["licenses"] = license_entries(main)
        component["properties"].append({"name": "custos:copyright-file", "value": copyright_path})
        component["properties"] += [{"name": "custos:other-license", "value": o} for o in others]
        if homepage:
            component["externalReferences"] = [{"type": "website", "url": homepage}]
        components.append(component)
    return components


def parse_vcpkg_status(path):
    """The paragraphs of vcpkg's status database (Debian control syntax)."""
    paragraphs, current, last_key = [], {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    paragraphs.append(current)
                current, last_key = {}, None
            elif line[0] in " \t" and last_key:
                current[last_key] += "\n" + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                current[key.strip()] = value.strip()
                last_key = key.strip()
    if current:
        paragraphs.append(current)
    return paragraphs


def vcpkg_license(installed, triplet, port):
    """The port's licence as vcpkg recorded it (SPDX expression), or None."""
    path = os.path.join(installed, triplet, "share", port, "vcpkg.spdx.json")
    try:
        with open(path, encoding="utf-8") as f:
            spdx = json.load(f)
    except (OSError, ValueError):
        return None
    for package in spdx.get("packages", []):
        if package.get("SPDXID") == "SPDXRef-port" or package.get("name") == port:
            for key in ("licenseConcluded", "licenseDeclared"):
                value = package.get(key)
                if value and value not in ("NOASSERTION", "NONE"):
                    return value
    return None


def vcpkg_components(installed, triplet, manifest):
    status_file = os.path.join(installed, "vcpkg", "status")
    if not os.path.isfile(status_file):
        fail(f"{status_file} does not exist; is {installed} a vcpkg installed tree?")
    components = []
    for p in parse_vcpkg_status(status_file):
        if "Feature" in p or p.get("Architecture") != triplet:
            continue
        if not p.get("Status", "").endswith("installed") or "not-installed" in p.get("Status", ""):
            continue
        version = p.get("Version", "")
        port_version = p.get("Port-Version", "0")
        purl = f"pkg:generic/vcpkg/{p['Package']}@{version}?port_version={port_version}&triplet={triplet}"
        components.append({
            "type": "library",
            "bom-ref": purl,
            "name": p["Package"],
            "version": version,
            "purl": purl,
            "properties": [{"name": "vcpkg:port-version", "value": port_version},
                           {"name": "vcpkg:triplet", "value": triplet}],
        })
        spdx_license = vcpkg_license(installed, triplet, p["Package"])
        components[-1]["licenses"] = ([{"expression": spdx_license}] if spdx_license
                                      else license_entries(UNKNOWN_LICENSE))
    if not components:
        fail(f"{status_file} lists no installed port for {triplet}.")
    if manifest and os.path.isfile(manifest):
        with open(manifest, encoding="utf-8") as f:
            baseline = json.load(f).get("builtin-baseline")
        if baseline:
            for c in components:
                c["properties"].append({"name": "vcpkg:builtin-baseline", "value": baseline})
    return components


def os_release():
    values = {}
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    values[k] = v.strip('"')
    except OSError:
        pass
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--binary", action="append", default=[])
    parser.add_argument("--vcpkg-installed")
    parser.add_argument("--vcpkg-triplet")
    parser.add_argument("--vcpkg-manifest")
    parser.add_argument("--license", default="Apache-2.0", help="SPDX licence of the product itself")
    args = parser.parse_args()

    if args.vcpkg_installed:
        if not args.vcpkg_triplet:
            fail("--vcpkg-triplet is needed with --vcpkg-installed.")
        components = vcpkg_components(args.vcpkg_installed, args.vcpkg_triplet, args.vcpkg_manifest)
    elif args.binary:
        components = debian_components(args.binary)
    else:
        fail("say where the versions come from: --binary (Debian) or --vcpkg-installed.")

    # Reproducible builds set SOURCE_DATE_EPOCH; the SBOM then does not change.
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", datetime.datetime.now().timestamp()))
    timestamp = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    app_ref = f"pkg:generic/{args.name}@{args.version}"
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": timestamp,
            "tools": {"components": [{"type": "application", "name": "custos make_sbom.py"}]},
            "component": {"type": "application", "bom-ref": app_ref, "name": args.name,
                          "version": args.version, "purl": app_ref,
                          "licenses": [{"license": {"id": args.license}}]},
        },
        "components": sorted(components, key=lambda c: c["name"]),
        "dependencies": [{"ref": app_ref, "dependsOn": sorted(c["bom-ref"] for c in components)}],
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(bom, f, indent=2)
        f.write("\n")
    print(f"make_sbom: {len(components)} components -> {args.output}")


if __name__ == "__main__":
    main()
