#!/usr/bin/env python3
"""Refresh the .ts files from the sources and fill them from nl-translations.json.

    translations/apply-translations.py [--lupdate PATH] [--missing FILE] [--no-lupdate]

1. Runs lupdate (the same options as the update_translations target) over core/, ui/ and
   app/ into translations/mandaat_nl.ts, and with -pluralonly into mandaat_en.ts.
2. Fills every message whose key is in translations/nl-translations.json and marks it
   finished. A key is "context\\u0004source" (with "\\u0004comment" appended when the
   message has a disambiguating comment). The JSON has two objects:
     "nl":         key -> Dutch text, or [one, other] for a plural (%n) message
     "en_plurals": key -> [singular, plural] for the English plural messages
3. Runs lupdate once more, so the files keep lupdate's own layout, and reports what is
   still missing: the count on stdout, the entries (as JSON, ready to translate) in
   --missing (default: mandaat-missing-translations.json in the temporary directory).

Idempotent; only the Python standard library.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JSON_PATH = os.path.join(HERE, "nl-translations.json")
OPTIONS = ["-silent", "-no-obsolete", "-locations", "none", "-extensions", "cpp,h,ui"]
SOURCES = ["core", "ui", "app"]
SEP = "\u0004"


def run_lupdate(lupdate, ts, extra):
    cmd = [lupdate] + OPTIONS + extra + SOURCES + ["-ts", ts]
    result = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit("lupdate failed on %s:\n%s" % (ts, result.stderr))


def key_of(context, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    key = context + SEP + source
    if comment:
        key += SEP + comment
    return key, source, comment


def fill(ts, table, forms_expected):
    """Fills ts from table; returns the list of entries still unfinished."""
    tree = ET.parse(ts)
    missing = []
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key, source, comment = key_of(name, message)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            wanted = table.get(key)
            if wanted is not None:
                if numerus:
                    forms = wanted if isinstance(wanted, list) else [wanted]
                    if len(forms) < forms_expected:
                        forms = forms + [forms[-1]] * (forms_expected - len(forms))
                    current = [f.text or "" for f in translation.findall("numerusform")]
                    if current != forms or translation.get("type") is not None:
                        for child in list(translation):
                            translation.remove(child)
                        translation.text = None
                        for form in forms:
                            ET.SubElement(translation, "numerusform").text = form
                        changed = True
                else:
                    text = wanted if isinstance(wanted, str) else wanted[-1]
                    if translation.text != text or translation.get("type") is not None:
                        translation.text = text
                        changed = True
                if "type" in translation.attrib:
                    del translation.attrib["type"]
                    changed = True
                continue
            if numerus:
                done = all((f.text or "").strip() for f in translation.findall("numerusform")) and bool(
                    translation.findall("numerusform"))
            else:
                done = bool((translation.text or "").strip())
            if translation.get("type") is not None or not done:
                missing.append({"key": key, "context": name, "source": source, "comment": comment,
                                "numerus": numerus})
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(ts, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", default=os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate"))
    parser.add_argument("--missing", default=os.path.join(tempfile.gettempdir(), "mandaat-missing-translations.json"))
    parser.add_argument("--no-lupdate", action="store_true", help="only fill, do not rescan the sources")
    args = parser.parse_args()

    with open(JSON_PATH, encoding="utf-8") as f:
        table = json.load(f)
    files = [
        (os.path.join(HERE, "mandaat_nl.ts"), [], table.get("nl", {}), "nl"),
        (os.path.join(HERE, "mandaat_en.ts"), ["-pluralonly"], table.get("en_plurals", {}), "en"),
    ]
    report = {}
    for ts, extra, entries, language in files:
        if not args.no_lupdate:
            run_lupdate(args.lupdate, ts, extra)
        missing = fill(ts, entries, 2)
        if not args.no_lupdate:
            run_lupdate(args.lupdate, ts, extra)  # lupdate's own layout
        report[language] = missing
        print("%s: %d unfinished" % (os.path.basename(ts), len(missing)))
    with open(args.missing, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)
    print("list: %s" % args.missing)
    return 1 if any(report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
