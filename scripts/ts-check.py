#!/usr/bin/env python3
"""Checks Qt Linguist .ts files the way tst_translations does, without a build:
every message translated (no type="unfinished"), the same %1/%n placeholders as
the source, an & accelerator where the source has one, and the plural forms the
language needs. Usage: ts-check.py FILE.ts [FILE.ts ...]; exit 1 on a problem."""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {'de': 2, 'zh_CN': 1}
PLACEHOLDER = re.compile(r'%(\d+|n)')


def accelerator(text):
    return re.search(r'&(?!&)[^\s&;]', text or '') is not None


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    forms = PLURAL_FORMS.get(root.get('language'), 1)
    total = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for msg in context.iter('message'):
            total += 1
            source = msg.findtext('source') or ''
            tr = msg.find('translation')
            where = f'{name}: {source[:60]!r}'
            if tr is None or tr.get('type'):
                problems.append(f'{where}: {tr.get("type") if tr is not None else "no translation"}')
                continue
            texts = [f.text or '' for f in tr.findall('numerusform')] if msg.get('numerus') == 'yes' else [tr.text or '']
            if msg.get('numerus') == 'yes' and len(texts) != forms:
                problems.append(f'{where}: {len(texts)} plural forms, {forms} needed')
            for text in texts:
                if not text.strip():
                    problems.append(f'{where}: empty')
                elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                    problems.append(f'{where}: placeholders differ in {text!r}')
                elif accelerator(source) and not accelerator(text):
                    problems.append(f'{where}: the & accelerator is missing in {text!r}')
    for p in problems:
        print(f'{path}: {p}')
    print(f'{path}: {total} messages, {len(problems)} problem(s)')
    return not problems


sys.exit(0 if all([check(p) for p in sys.argv[1:]]) else 1)
