#!/usr/bin/env bash
# Every source file of Custos says its licence in its first lines:
#   SPDX-License-Identifier: Apache-2.0
#
#   scripts/spdx.sh --check   list the tracked files that lack it (exit 1 if any)
#   scripts/spdx.sh --add     add it, as a comment, to each of them
#
# The files are those git tracks (so build trees, node_modules and the test
# data, which are ignored, are never touched). Where the line goes:
#   C, C++, Objective-C (.c .cc .cpp .h .hpp .m .mm), Windows resources
#   (.rc .rc.in), JavaScript (.js .mjs .cjs)
#         "// SPDX-License-Identifier: Apache-2.0" as line 1 (after a #! line);
#         `#pragma once` and include guards may follow a comment.
#   CMake (CMakeLists.txt .cmake), shell (.sh, and files starting with #!),
#   Python (.py), help2man includes (.h2m), lintian overrides, rsyslog
#   configuration (.conf .conf.in), .gitignore, .clang-format
#         "# SPDX-License-Identifier: Apache-2.0" as line 1, or after the #!
#         line (and after a Python coding line, which must stay in lines 1-2).
#   XML (.xml .xml.in .wxs .wxs.in .wxi .plist .plist.in .mobileconfig, Qt
#   Linguist .ts, .svg) and HTML (.html)
#         "<!-- SPDX-License-Identifier: Apache-2.0 -->" right after the XML
#         declaration, which must stay first; as line 1 without one.
#         (lupdate rewrites .ts files without comments: run --add after it.)
# Exempt, and why:
#   .json          JSON has no comments (the policy, schema, training and
#                  package files); the licence covers them through LICENSE.
#   .desktop       freedesktop entries: a comment is allowed, but
#                  desktop-file-validate and the menu tools own that format;
#                  kept exactly as the specification's examples.
#   .md            documentation, read as plain text by IT (the installed
#                  README.md and DEPLOYMENT.md): a comment would show.
#   .png .ico      images: no place for text (.pyc: compiled Python, never committed).
#   LICENSE, installer/notices/licenses/*, installer/linux/copyright
#                  licence texts themselves (the GNU texts may not be changed).
# Any other kind of file makes --check fail with "no rule": decide and add it here.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TAG="SPDX-License-Identifier: Apache-2.0"

usage() { echo "usage: scripts/spdx.sh --check | --add" >&2; exit 2; }
[ $# -eq 1 ] || usage
mode="$1"
[ "$mode" = "--check" ] || [ "$mode" = "--add" ] || usage

# The comment style for a path, in STYLE: slash, hash, xml, exempt or unknown.
# (A variable, not output: one subshell per file made the check slow.)
style_of() {
  local path="$1" base="${1##*/}"
  case "$path" in
    LICENSE|installer/notices/licenses/*|installer/linux/copyright) STYLE=exempt; return ;;
  esac
  case "$base" in
    CMakeLists.txt|*.cmake|*.sh|*.py|*.h2m|*.lintian-overrides|*.conf|*.conf.in|*.service|*.supp|.gitignore|.clang-format)
      STYLE=hash ;;
    *.c|*.cc|*.cpp|*.cxx|*.h|*.hh|*.hpp|*.m|*.mm|*.rc|*.rc.in|*.js|*.mjs|*.cjs)
      STYLE=slash ;;
    *.xml|*.xml.in|*.wxs|*.wxs.in|*.wxi|*.plist|*.plist.in|*.mobileconfig|*.ts|*.svg|*.html)
      STYLE=xml ;;
    *.json|*.desktop|*.md|*.png|*.ico|*.pyc)
      STYLE=exempt ;;
    *.*)
      STYLE=unknown ;;
    *)
      # No extension: a script if it starts with #! (postinst, .ci/run).
      if [ "$(head -c 2 "$ROOT/$path")" = '#!' ]; then STYLE=hash; else STYLE=unknown; fi ;;
  esac
}

# The files that already carry the line in their first five lines: one awk
# over all of them.
declare -A TAGGED=()
load_tagged() {
  local path
  while IFS= read -r -d '' path; do TAGGED["$path"]=1; done < <(
    # Regular files only: mawk stops at a directory (a symlinked node_modules).
    cd "$ROOT" && list_files | while IFS= read -r -d '' f; do [ -f "$f" ] && [ ! -L "$f" ] && printf '%s\0' "$f"; done |
      xargs -0 -r awk 'FNR == 1 { found = 0 }
      FNR <= 5 && /SPDX-License-Identifier:/ && !found { printf "%s%c", FILENAME, 0; found = 1 }
      FNR > 5 { nextfile }' 2>/dev/null)
}

# Writes the tagged file: the comment after the lines that must stay first.
add_tag() {
  local path="$1" style="$2" file="$ROOT/$1" tmp
  tmp="$(mktemp "$file.spdx.XXXXXX")"
  awk -v style="$style" -v tag="$TAG" -v py="$([[ $path == *.py ]] && echo 1 || echo 0)" '
    function comment() {
      if (style == "slash") return "// " tag
      if (style == "hash") return "# " tag
      return "<!-- " tag " -->"
    }
    NR == 1 {
      if ((style != "xml" && $0 ~ /^#!/) || (style == "xml" && $0 ~ /^<\?xml/)) {
        print; keep = 1; next
      }
      print comment(); done = 1; print; next
    }
    NR == 2 && !done {
      # A Python coding declaration must stay within the first two lines.
      if (py == 1 && $0 ~ /^[ \t\f]*#.*coding[:=]/) { print; print comment(); done = 1; next }
      print comment(); done = 1; print; next
    }
    { print }
    END {
      if (NR == 0) print comment()
      else if (!done) print comment()
    }' "$file" >"$tmp"
  chmod --reference="$file" "$tmp"
  mv "$tmp" "$file"
}

# The files to look at: what git tracks or would track (new files count
# before they are added); without git (a source tarball), every file outside
# build trees, node_modules, the test data and caches.
list_files() {
  if git -C "$ROOT" -c safe.directory="$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$ROOT" -c safe.directory="$ROOT" ls-files -z --cached --others --exclude-standard
  else
    (cd "$ROOT" && find . \( -name .git -o -name build -o -name node_modules -o -name testdata -o -name .cache \) -prune \
        -o -type f -print0 | sed -z 's|^\./||')
  fi
}

load_tagged
missing=0
unknown=0
while IFS= read -r -d '' path; do
  [ -f "$ROOT/$path" ] && [ ! -L "$ROOT/$path" ] || continue
  style_of "$path"
  style="$STYLE"
  case "$style" in
    exempt) continue ;;
    unknown)
      echo "no rule: $path (scripts/spdx.sh does not know how to comment this kind of file)" >&2
      unknown=$((unknown + 1)); continue ;;
  esac
  [ -n "${TAGGED[$path]:-}" ] && continue
  if [ "$mode" = "--add" ]; then
    add_tag "$path" "$style"
    echo "added: $path"
  else
    echo "missing: $path"
    missing=$((missing + 1))
  fi
done < <(list_files)

if [ "$mode" = "--check" ]; then
  if [ $missing -gt 0 ] || [ $unknown -gt 0 ]; then
    echo "spdx: $missing file(s) lack '$TAG', $unknown of unknown kind; scripts/spdx.sh --add adds the line." >&2
    exit 1
  fi
  echo "spdx: every source file carries '$TAG'"
fi
[ $unknown -eq 0 ] || exit 1
