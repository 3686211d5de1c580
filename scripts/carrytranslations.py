#!/usr/bin/env python3
"""Carries translations over to strings that moved to another context.

lupdate drops the entries of a class whose strings moved (to a step kind's unit, say) and adds
the same source texts, unfinished, under the new context. This fills each unfinished entry of a
catalogue with the translation the same source text had in the catalogue at a git revision.

    scripts/carrytranslations.py resources/i18n/corokitchen_ko.ts [REV]   (REV: HEAD)
"""
import subprocess
import sys
import xml.etree.ElementTree as ElementTree


def translations(xml_text):
    known = {}
    for message in ElementTree.fromstring(xml_text).iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type"):
            continue
        if translation.text:
            known.setdefault(source.text, translation.text)
    return known


def main():
    path = sys.argv[1]
    revision = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    old = subprocess.run(["git", "show", f"{revision}:{path}"], capture_output=True, text=True,
                         check=True).stdout
    known = translations(old)
    tree = ElementTree.parse(path)
    carried = missing = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = known.get(message.find("source").text)
        if text is None:
            missing += 1
            print("no translation yet:", message.find("source").text, file=sys.stderr)
            continue
        translation.text = text
        del translation.attrib["type"]
        carried += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{carried} carried, {missing} still unfinished")


if __name__ == "__main__":
    main()
