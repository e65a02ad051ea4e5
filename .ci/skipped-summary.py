#!/usr/bin/env python3
"""Prints one line naming the tests the run skipped, with their reasons, from the .trx files in a folder.

Usage: python3 .ci/skipped-summary.py RESULTS_DIR
Tests skip when an optional tool (Graphviz, SCRAM, Chromium with playwright-core, the ETO dataset) is missing; the
line groups them by reason so a CI log says at a glance what was not checked.
"""
import collections
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def reason(result):
    for tag in ("Output/ErrorInfo/Message", "Output/StdOut"):
        node = result.find("/".join(NS + part for part in tag.split("/")))
        if node is not None and node.text and node.text.strip():
            return " ".join(node.text.split())
    return "no reason given"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "."
    by_reason = collections.OrderedDict()
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True)):
        for result in ET.parse(path).getroot().iter(NS + "UnitTestResult"):
            if result.get("outcome") == "NotExecuted":
                by_reason.setdefault(reason(result), []).append(result.get("testName", "?").rsplit(".", 1)[-1])
    total = sum(len(names) for names in by_reason.values())
    if not total:
        print("ci: skipped tests: none")
        return
    parts = [f"{len(names)} × {text}" for text, names in by_reason.items()]
    print(f"ci: skipped tests: {total} ({'; '.join(parts)})")


if __name__ == "__main__":
    main()
