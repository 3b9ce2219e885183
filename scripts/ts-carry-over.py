#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file with the translation the same source
text had in another .ts file (e.g. the committed one before lupdate moved a
string to a new context). Usage: ts-carry-over.py OLD.ts NEW.ts"""
import sys
import xml.etree.ElementTree as ET

old_tree = ET.parse(sys.argv[1])
known = {}
for msg in old_tree.iter('message'):
    src = msg.findtext('source')
    tr = msg.find('translation')
    if src is None or tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished'):
        continue
    key = (src, msg.get('numerus') == 'yes')
    known.setdefault(key, tr)

tree = ET.parse(sys.argv[2])
filled = 0
for msg in tree.iter('message'):
    tr = msg.find('translation')
    if tr is None or tr.get('type') != 'unfinished':
        continue
    key = (msg.findtext('source'), msg.get('numerus') == 'yes')
    if key in known:
        donor = known[key]
        tr.clear()
        tr.text = donor.text
        for child in donor:
            tr.append(child)
        filled += 1
tree.write(sys.argv[2], encoding='utf-8', xml_declaration=True)
print(f'{sys.argv[2]}: {filled} carried over')
