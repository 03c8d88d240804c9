#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns the release notes (docs/release-notes/VERSION.md) into what the
packages need, so there is one place to write them:

  debian-changelog  the Debian changelog (deb-changelog(5)), newest first,
                    gzip -9n compressed when OUTPUT ends in .gz;
  metainfo          the AppStream metainfo file: TEMPLATE with its
                    <releases/> element filled in;
  check VERSION     exit 1 unless VERSION has release notes (release check).

A release-notes file looks like this (docs/releasing.md):

    # Custos 0.1.0 (2026-12-06)

    One paragraph about the release (optional, AppStream only).

    - One change per item; lines that continue an item are
      indented by two spaces.

The output depends only on the notes: the dates are the release dates, so
the same notes give the same bytes (the gzip header carries no time or name).
"""

import argparse
import datetime
import email.utils
import glob
import gzip
import io
import os
import re
import sys
import textwrap
from xml.sax.saxutils import escape

HEADING = re.compile(r"^# (?P<name>.+?) (?P<version>\d+(?:\.\d+)*(?:[~+.-][0-9A-Za-z.~+-]+)?) \((?P<date>\d{4}-\d{2}-\d{2})\)\s*$")


def fail(message):
    print(f"release_notes: {message}", file=sys.stderr)
    sys.exit(1)


def plain(text):
    """Markdown inline markup to plain text: `code`, **bold**, [text](url)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = text.replace("`", "").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def version_key(version):
    return [int(p) if p.isdigit() else p for p in re.split(r"[.~+-]", version)]


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    match = HEADING.match(lines[0]) if lines else None
    if not match:
        fail(f"{path}: the first line must be '# Custos VERSION (YYYY-MM-DD)'.")
    version = match["version"]
    expected = os.path.splitext(os.path.basename(path))[0]
    if version != expected:
        fail(f"{path}: the heading names version {version}, the file name {expected}.")
    try:
        date = datetime.date.fromisoformat(match["date"])
    except ValueError:
        fail(f"{path}: {match['date']} is not a date.")
    summary, items, current = [], [], None
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("- "):
            current = [line[2:]]
            items.append(current)
        elif line.startswith("  ") and current is not None:
            current.append(line)
        elif not line.strip():
            current = None
        elif not items:
            summary.append(line)
        else:
            fail(f"{path}:{number}: after the list, every line must be an item ('- ') or continue one.")
    if not items:
        fail(f"{path}: no changes listed ('- ' items).")
    return {"version": version, "date": date, "summary": plain(" ".join(summary)),
            "items": [plain(" ".join(i)) for i in items]}


def all_releases(notes_dir):
    files = glob.glob(os.path.join(notes_dir, "*.md"))
    if not files:
        fail(f"no release notes in {notes_dir}.")
    releases = [parse(f) for f in files]
    return sorted(releases, key=lambda r: version_key(r["version"]), reverse=True)


def debian_changelog(releases, package, maintainer, distribution):
    out = []
    for r in releases:
        out.append(f"{package} ({r['version']}) {distribution}; urgency=medium")
        out.append("")
        for item in r["items"]:
            out.append(textwrap.fill(item, width=78, initial_indent="  * ", subsequent_indent="    ",
                                     break_on_hyphens=False))
        moment = datetime.datetime.combine(r["date"], datetime.time(12, 0), datetime.timezone.utc)
        out.append("")
        out.append(f" -- {maintainer}  {email.utils.format_datetime(moment)}")
        out.append("")
    return "\n".join(out)


def appstream_releases(releases, indent="  "):
    out = [f"{indent}<releases>"]
    for r in releases:
        out.append(f'{indent}  <release version="{escape(r["version"])}" date="{r["date"].isoformat()}">')
        out.append(f"{indent}    <description>")
        if r["summary"]:
            out.append(f"{indent}      <p>{escape(r['summary'])}</p>")
        out.append(f"{indent}      <ul>")
        for item in r["items"]:
            out.append(f"{indent}        <li>{escape(item)}</li>")
        out.append(f"{indent}      </ul>")
        out.append(f"{indent}    </description>")
        out.append(f"{indent}  </release>")
    out.append(f"{indent}</releases>")
    return "\n".join(out)


def write(path, data):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    raw = data.encode("utf-8")
    if path.endswith(".gz"):
        buffer = io.BytesIO()
        # gzip -9n: best compression, no file name, no time stamp.
        with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as z:
            z.write(raw)
        raw = buffer.getvalue()
    with open(path, "wb") as f:
        f.write(raw)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", required=True, help="the folder of release notes")
    sub = parser.add_subparsers(dest="command", required=True)
    deb = sub.add_parser("debian-changelog")
    deb.add_argument("--package", required=True)
    deb.add_argument("--maintainer", required=True)
    deb.add_argument("--distribution", default="stable")
    deb.add_argument("--version", help="fail unless the newest release is this version")
    deb.add_argument("output")
    meta = sub.add_parser("metainfo")
    meta.add_argument("--version", help="fail unless the newest release is this version")
    meta.add_argument("template")
    meta.add_argument("output")
    check = sub.add_parser("check")
    check.add_argument("version")
    args = parser.parse_args()

    releases = all_releases(args.notes)
    wanted = getattr(args, "version", None)
    if wanted and releases[0]["version"] != wanted:
        fail(f"the newest release notes are for {releases[0]['version']}, but this is version {wanted}: "
             f"write {args.notes}/{wanted}.md (docs/releasing.md).")
    if args.command == "check":
        return
    if args.command == "debian-changelog":
        write(args.output, debian_changelog(releases, args.package, args.maintainer, args.distribution))
    else:
        with open(args.template, encoding="utf-8") as f:
            template = f.read()
        match = re.search(r"^([ \t]*)<releases\s*/>[ \t]*$", template, re.M)
        if not match:
            fail(f"{args.template} has no '<releases/>' line to fill in.")
        filled = template[:match.start()] + appstream_releases(releases, match[1]) + template[match.end():]
        write(args.output, filled)


if __name__ == "__main__":
    main()
