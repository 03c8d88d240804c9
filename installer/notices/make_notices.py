#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes THIRD-PARTY-NOTICES for a Custos package from its CycloneDX SBOM.

Run at install time right after installer/sbom/make_sbom.py
(installer/install_rules.cmake), so the notices name exactly the components
and versions the SBOM names:

  1. a table: component, version, licence (as the SBOM records it);
  2. every component's copyright and licence text, once per distinct text:
     Debian:  /usr/share/doc/PACKAGE/copyright (the SBOM says which file);
     vcpkg:   --vcpkg-installed DIR --vcpkg-triplet T: DIR/T/share/PORT/copyright;
  3. the full text of every licence those texts only refer to by its path
     in /usr/share/common-licenses (Debian's copyright files say "see
     /usr/share/common-licenses/LGPL-3" instead of repeating the text; the
     notices must stand on their own on Windows and macOS).

Every licence these components use asks for its copyright notice and terms
to travel with copies in binary form (BSD, MIT, zlib, Apache, (L)GPL...),
so every component's text is included, not only the (L)GPL ones.

The output depends only on the SBOM and the texts: it is sorted, carries no
time stamp, and the same inputs give the same bytes.

Exit status 0 on success, 1 with a message saying what is missing otherwise.
"""

import argparse
import hashlib
import json
import os
import re
import sys

COMMON_LICENSES = "/usr/share/common-licenses"
COMMON_LICENSES_REF = re.compile(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])")
# The GNU licences a bundled component may be under, as SPDX spells them in
# vcpkg's records ("LGPL-3.0-only", "LGPL-2.1-or-later"). Their texts are in
# installer/notices/licenses: a Windows or macOS build machine has no
# /usr/share/common-licenses, and the LGPL requires its text (and, for
# version 3, the GPL's, which it supplements) to go with the library.
GNU_LICENSE = re.compile(r"\b(L?GPL)-(\d)(?:\.(\d))?")
LICENSE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "licenses")
RULE = "=" * 78


def fail(message):
    print(f"make_notices: {message}", file=sys.stderr)
    sys.exit(1)


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().replace("\r\n", "\n")


def license_label(component):
    """The component's licence as one line of text."""
    labels = []
    for choice in component.get("licenses", []):
        if "expression" in choice:
            labels.append(choice["expression"])
        else:
            lic = choice.get("license", {})
            labels.append(lic.get("id") or lic.get("name") or "?")
    return " AND ".join(labels) if labels else "not stated"


def properties(component):
    result = {}
    for p in component.get("properties", []):
        result.setdefault(p["name"], []).append(p["value"])
    return result


def copyright_file(component, vcpkg_installed, vcpkg_triplet):
    props = properties(component)
    if "custos:copyright-file" in props:
        return props["custos:copyright-file"][0]
    if vcpkg_installed:
        return os.path.join(vcpkg_installed, vcpkg_triplet, "share", component["name"], "copyright")
    fail(f"the SBOM does not say where the licence text of {component['name']} is, "
         "and no --vcpkg-installed tree was given.")


def table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    line = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sbom", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--vcpkg-installed")
    parser.add_argument("--vcpkg-triplet")
    parser.add_argument("--bundled", action="store_true",
                        help="the package carries these libraries itself (MSI, DMG), rather than "
                             "depending on the system's packages (DEB)")
    args = parser.parse_args()
    if args.vcpkg_installed and not args.vcpkg_triplet:
        fail("--vcpkg-triplet is needed with --vcpkg-installed.")

    try:
        bom = json.loads(read_text(args.sbom))
    except (OSError, ValueError) as e:
        fail(f"cannot read the SBOM {args.sbom}: {e}")
    app = bom.get("metadata", {}).get("component", {})
    name, version = app.get("name", "custos"), app.get("version", "")
    components = sorted(bom.get("components", []), key=lambda c: c["name"])
    if not components:
        fail(f"{args.sbom} lists no components.")

    # One section per distinct text: a source package's binary packages
    # (libqt6core6, libqt6gui6...) share one copyright file.
    sections = {}
    for c in components:
        path = copyright_file(c, args.vcpkg_installed, args.vcpkg_triplet)
        try:
            text = read_text(path)
        except OSError:
            fail(f"the licence text of {c['name']} {c.get('version', '')} is missing ({path}).")
        digest = hashlib.sha256(text.encode()).hexdigest()
        section = sections.setdefault(digest, {"text": text, "components": []})
        section["components"].append(c)

    referenced = set()
    for s in sections.values():
        referenced.update(COMMON_LICENSES_REF.findall(s["text"]))
    licence_texts = {}
    for lic in sorted(referenced):
        # Some copyright files misspell the name (VTK's says "Apache-2"
        # for Apache-2.0): the closest file that exists.
        found = next((c for c in (lic, lic + ".0", lic.rstrip("+"), lic.rstrip("+") + ".0")
                      if os.path.isfile(os.path.join(COMMON_LICENSES, c))), None)
        if found:
            # GPL and LGPL are links to GPL-3 and LGPL-3: one text, every name.
            real = os.path.realpath(os.path.join(COMMON_LICENSES, found))
            entry = licence_texts.setdefault(real, {"names": [], "text": read_text(real)})
            entry["names"] = sorted(set(entry["names"]) | {found})
        elif args.vcpkg_installed is None:
            # Debian's own copyright files refer to these: on Debian they exist.
            fail(f"{COMMON_LICENSES}/{lic} is referred to by a copyright text but is missing (package base-files).")

    # Bundled components: the GNU licences named in the SBOM, from our copies.
    gnu_texts = {}
    if args.bundled:
        wanted = set()
        for c in components:
            for kind, major, minor in GNU_LICENSE.findall(license_label(c)):
                wanted.add(f"{kind}-{major}.{minor or '0'}")
                if kind == "LGPL" and major == "3":
                    wanted.add("GPL-3.0")
        for lic in sorted(wanted):
            path = os.path.join(LICENSE_DIR, lic)
            if not os.path.isfile(path):
                fail(f"a component is under {lic}, whose text is not in {LICENSE_DIR}: add it.")
            gnu_texts[lic] = read_text(path)

    out = []
    out.append(f"THIRD-PARTY NOTICES for {name} {version}".rstrip())
    out.append(RULE)
    out.append("")
    out.append(f"{name} itself is licensed under the Apache License, Version 2.0 (the file")
    out.append("LICENSE beside this one). It uses the third-party components below, each under")
    out.append("its own licence. This file is generated from the package's software bill of")
    out.append("materials (sbom.cdx.json, beside this file); it lists the same components and")
    out.append("versions.")
    out.append("")
    if args.bundled:
        out.append("This package carries these components itself. For the components under the")
        out.append("GNU LGPL (Qt, libqrencode): they are separate shared libraries that you may")
        out.append("replace with your own builds; how to do so, and where to get their source")
        out.append("code, is written in DEPLOYMENT.md (\"Third-party software and the LGPL\").")
    else:
        out.append("This package does not carry these components: they are the distribution's")
        out.append("own packages, installed as its dependencies, each with its copyright file in")
        out.append("/usr/share/doc/PACKAGE/copyright. Their texts are repeated here so that this")
        out.append("one file answers for everything the program loads.")
    out.append("")
    out.append(f"1. Components ({len(components)})")
    out.append("-" * 78)
    out.append("")
    rows = [[c["name"], c.get("version", ""), license_label(c)] for c in components]
    out.append(table(rows, ["component", "version", "licence"]))
    out.append("")
    out.append("A licence in parentheses was read from a copyright text that is not")
    out.append("machine-readable; the text itself, in part 2, is what applies. The licence")
    out.append("shown is the one of the component as a whole; its copyright text names the")
    out.append("other licences of individual files inside it.")
    out.append("")
    out.append("")
    out.append(f"2. Copyright and licence texts ({len(sections)})")
    out.append("-" * 78)
    ordered = sorted(sections.values(), key=lambda s: s["components"][0]["name"])
    for s in ordered:
        names = ", ".join(f"{c['name']} {c.get('version', '')}".rstrip() for c in s["components"])
        out.append("")
        out.append(RULE)
        out.append(f"Applies to: {names}")
        out.append(RULE)
        out.append("")
        out.append(s["text"].rstrip("\n"))
    if licence_texts:
        out.append("")
        out.append("")
        out.append(f"3. Licence texts referred to above ({len(licence_texts)})")
        out.append("-" * 78)
        out.append("The copyright texts above refer to these licences by their path in")
        out.append(f"{COMMON_LICENSES}; here are their full texts.")
        for entry in sorted(licence_texts.values(), key=lambda e: e["names"]):
            out.append("")
            out.append(RULE)
            out.extend(f"{COMMON_LICENSES}/{name}" for name in entry["names"])
            out.append(RULE)
            out.append("")
            out.append(entry["text"].rstrip("\n"))
    if gnu_texts:
        out.append("")
        out.append("")
        out.append(f"{4 if licence_texts else 3}. GNU licence texts ({len(gnu_texts)})")
        out.append("-" * 78)
        out.append("The licences of the components above that are under a GNU licence.")
        for lic, text in gnu_texts.items():
            out.append("")
            out.append(RULE)
            out.append(lic)
            out.append(RULE)
            out.append("")
            out.append(text.rstrip("\n"))
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(line.rstrip() for line in "\n".join(out).split("\n")) + "\n")
    print(f"make_notices: {len(components)} components, {len(sections)} copyright texts, "
          f"{len(licence_texts)} licence texts -> {args.output}")


if __name__ == "__main__":
    main()
