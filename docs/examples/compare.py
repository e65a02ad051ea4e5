#!/usr/bin/env python3
"""Compares SCRAM's minimal cut sets of the exported H100 fault tree with chipchain's (see docs/export.md).

Run where h100-report.xml (scram --mocus) and h100-cutsets.json (chipchain cutsets --format json) were written.
"""
import json, xml.etree.ElementTree as ET
scram = {frozenset(e.get('name') for e in p.iter('basic-event'))
         for p in ET.parse('h100-report.xml').getroot().iter('product')}
chipchain = {frozenset(s) for s in json.load(open('h100-cutsets.json'))['cutSets']}
chipchain.add(frozenset({'nvidia-h100'}))  # the target failing on its own
print(f"scram: {len(scram)} products, chipchain: {len(chipchain)} cut sets (+ the target itself), equal: {scram == chipchain}")
