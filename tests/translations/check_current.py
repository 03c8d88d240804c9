#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fails when the sources hold a user-visible sentence that a committed
translation catalogue does not have, i.e. when update_translations was not run
after a tr("...") was added or changed. translations_complete reads only the
catalogues, so it cannot notice; this runs lupdate over the same sources with
the same options as update_translations, into copies of the catalogues in a
temporary folder, and compares. The real catalogues are never written.

    check_current.py LUPDATE SOURCES.lst WORKDIR TS... [-- LUPDATE_OPTIONS...]

SOURCES.lst is an lupdate list file (-I lines and one source file a line),
written by app/CMakeLists.txt from the list given to qt_add_translations.

What lupdate does not extract (a sentence passed to a helper such as
t(const char* s) { return QCoreApplication::translate("ctx", s); }) is not in
the catalogues, so such helpers are refused here, naming file and line: give
the file a context class instead,
    struct Text { Q_DECLARE_TR_FUNCTIONS(custos::policy) };  ...  Text::tr("...")
which lupdate extracts under exactly the context looked up at run time."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts):
    """(context, source, comment) -> numerus, for every message of a catalogue."""
    found = {}
    for ctx in ET.parse(ts).getroot().iter('context'):
        name = ctx.findtext('name') or ''
        for msg in ctx.iter('message'):
            found[(name, msg.findtext('source') or '', msg.findtext('comment') or '')] = msg.get('numerus') == 'yes'
    return found


# A function that hands its const char* parameter to translate() or tr(): lupdate
# sees neither the sentences its callers pass nor (for a helper named tr) the
# context it uses at run time.
HELPER = re.compile(r'QString\s+\w+\s*\(\s*const\s+char\s*\*\s*(\w+)\s*\)\s*\{\s*return\s+'
                    r'(?:\w+::)*(?:translate\s*\([^,()]+,\s*\1\s*\)|tr\s*\(\s*\1\s*\))')


def translation_helpers(lst):
    """file:line of every such helper in the sources of an lupdate list file."""
    found = []
    for line in open(lst, encoding='utf-8').read().splitlines():
        if not line or line.startswith('-'):
            continue
        text = open(line, encoding='utf-8', errors='replace').read()
        for m in HELPER.finditer(text):
            found.append(f'{os.path.relpath(line)}:{text.count(chr(10), 0, m.start()) + 1}')
    return found


def describe(key):
    context, source, comment = key
    text = source.replace('\n', '\\n')
    return f'  [{context}] "{text}"' + (f' (comment: {comment})' if comment else '')


def main(argv):
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, lst, workdir = argv[1:4]
    rest = argv[4:]
    options = []
    if '--' in rest:
        options = rest[rest.index('--') + 1:]
        rest = rest[:rest.index('--')]
    catalogues = rest
    if not os.path.isfile(lst):
        print(f'{lst} is missing: configure the project first (app/CMakeLists.txt writes it).', file=sys.stderr)
        return 2

    os.makedirs(workdir, exist_ok=True)
    failed = False
    helpers = translation_helpers(lst)
    if helpers:
        failed = True
        print(f'{len(helpers)} helper(s) pass a variable to translate()/tr(); lupdate cannot see the sentences '
              'their callers pass, or files them under another context than the one used at run time:')
        for h in helpers:
            print(f'  {h}')
        print('  Use a context class instead: struct Text { Q_DECLARE_TR_FUNCTIONS(custos::module) }; '
              'and Text::tr("literal").')
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        copies = []
        for ts in catalogues:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, '@' + lst, *options, '-ts', *copies],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout)
            print(f'lupdate failed (exit code {run.returncode}).', file=sys.stderr)
            return 1
        for ts, copy in zip(catalogues, copies):
            committed = messages(ts)
            current = messages(copy)
            missing = [k for k in current if k not in committed]
            changed = [k for k in current if k in committed and current[k] != committed[k]]
            stale = [k for k in committed if k not in current]
            name = os.path.relpath(ts)
            if missing or changed:
                failed = True
                print(f'{name}: {len(missing)} message(s) in the sources are not in the catalogue:')
                for k in missing:
                    print(describe(k))
                if changed:
                    print(f'{name}: {len(changed)} message(s) changed between singular and plural (%n):')
                    for k in changed:
                        print(describe(k))
            else:
                print(f'{name}: all {len(current)} messages of the sources are in the catalogue.')
            if stale:
                print(f'{name}: note: {len(stale)} message(s) are no longer in the sources '
                      '(update_translations removes them):')
                for k in stale:
                    print(describe(k))
    if failed:
        print('\nRefresh the catalogues and translate what is new:\n'
              '  cmake --build --preset ci --target update_translations\n'
              '  python3 scripts/ts_todo.py extract translations/custos_de.ts /tmp/de.json   (and _fr)\n'
              '  python3 scripts/ts_todo.py merge translations/custos_de.ts /tmp/de-done.json\n'
              'then commit translations/*.ts with the change.', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
