#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Translation work lists for Qt Linguist .ts files.

    ts_todo.py extract LANG.ts OUT.json   # unfinished messages -> [{id, context, source, comment, numerus}]
    ts_todo.py merge LANG.ts IN.json      # [{id, translation}] (a list of strings for numerus) -> finished

The ids are stable for one extraction: context + source + comment."""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            yield name, msg


def key(name, msg):
    return f"{name}\x1f{msg.findtext('source')}\x1f{msg.findtext('comment') or ''}"


def extract(ts, out):
    root = ET.parse(ts).getroot()
    todo = []
    for name, msg in messages(root):
        tr = msg.find('translation')
        if tr is not None and tr.get('type') == 'unfinished':
            todo.append({'id': key(name, msg), 'context': name, 'source': msg.findtext('source'),
                         'comment': msg.findtext('comment') or '', 'numerus': msg.get('numerus') == 'yes'})
    json.dump(todo, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'{len(todo)} unfinished messages -> {out}')


def protect(text):
    """Escapes as lupdate does (&quot; &apos; &gt; too, and control and non-ASCII
    space characters as numeric entities), so that update_translations after a
    merge leaves the file as it is instead of rewriting every quote."""
    out = []
    for ch in text:
        special = {'"': '&quot;', '&': '&amp;', '>': '&gt;', '<': '&lt;', "'": '&apos;'}.get(ch)
        if special:
            out.append(special)
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7f and ch.isspace())) and ch not in '\n\t':
            out.append(f'&#x{ord(ch):x};')
        else:
            out.append(ch)
    return ''.join(out)


def serialize(el):
    attrs = ''.join(f' {k}="{protect(v)}"' for k, v in el.attrib.items())
    if el.tag == 'location' and not el.text and len(el) == 0:
        return f'<{el.tag}{attrs}/>' + protect(el.tail or '')
    inner = protect(el.text or '') + ''.join(serialize(child) for child in el)
    return f'<{el.tag}{attrs}>{inner}</{el.tag}>' + protect(el.tail or '')


def merge(ts, inp):
    done = {d['id']: d['translation'] for d in json.load(open(inp, encoding='utf-8'))}
    tree = ET.parse(ts)
    root = tree.getroot()
    n = 0
    for name, msg in messages(root):
        k = key(name, msg)
        tr = msg.find('translation')
        if k not in done or tr is None:
            continue
        text = done[k]
        for child in list(tr):
            tr.remove(child)
        if msg.get('numerus') == 'yes':
            # Laid out as lupdate does, one form a line.
            tr.text = '\n            '
            for form in (text if isinstance(text, list) else [text, text]):
                ET.SubElement(tr, 'numerusform').text = form
                tr[-1].tail = '\n            '
            tr[-1].tail = '\n        '
        else:
            tr.text = text if isinstance(text, str) else text[0]
        tr.attrib.pop('type', None)
        n += 1
    with open(ts, 'w', encoding='utf-8') as f:
        # The licence line spdx_headers asks of every file (lupdate keeps it where it stands).
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!-- SPDX-License-Identifier: Apache-2.0 -->\n<!DOCTYPE TS>\n'
                + serialize(root) + '\n')
    print(f'{n} messages finished in {ts}')


if __name__ == '__main__':
    {'extract': extract, 'merge': merge}[sys.argv[1]](sys.argv[2], sys.argv[3])
