"""Refresh the Qt Linguist files in resources/i18n from the source, then compile them with lrelease.

pylupdate5 takes the class name as context for self.tr(), while our strings live in two fixed contexts:
"Processing" for self.tr() in algorithms (the QGIS convention) and "DigitalTwin" for plugin.i18n.tr().
So this script collects the literal strings passed to tr()/self.tr() itself, merges them into each .ts
(keeping existing translations, marking new strings unfinished, dropping strings no longer used) and runs
lrelease. `translations.py --apply FILE.tsv` first fills Japanese translations from 'English<TAB>日本語' lines.
"""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ja", "en")
SOURCE_DIRS = ("plugin", "processing_algorithms")


def collect_strings():
    """{context: {source text: first location}} for every tr("literal") / self.tr("literal") call."""
    found = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                first = node.args[0]
                if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    context = "Processing" if isinstance(func, ast.Attribute) else "DigitalTwin"
                    if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                        context = node.args[1].value
                    found.setdefault(context, {}).setdefault(first.value, f"{relative}:{node.lineno}")
    return found


def read_ts(path):
    """{(context, source): (translation, finished)} from an existing .ts file."""
    known = {}
    if not path.exists():
        return known
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            known[(name, message.findtext("source"))] = (translation.text if translation is not None else "", finished)
    return known


def write_ts(path, language, strings, known):
    root = ET.Element("TS", version="2.1", language=language)
    missing = 0
    for context_name in sorted(strings):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, location in sorted(strings[context_name].items()):
            message = ET.SubElement(context, "message")
            file_name, line = location.rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../../{file_name}", line=line)
            ET.SubElement(message, "source").text = source
            text, finished = known.get((context_name, source), ("", False))
            if language == "en":  # the source text is English
                text, finished = source, True
            translation = ET.SubElement(message, "translation")
            translation.text = text or ""
            if not finished:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def apply_translations(tsv_path, language="ja"):
    """Fill translations from a file of 'English<TAB>translation' lines (\\n in either stands for a newline)."""
    pairs = {}
    for line in Path(tsv_path).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, text = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    ts_file = I18N / f"digital_twin_{language}.ts"
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in pairs:
            translation = message.find("translation")
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    print(f"{ts_file.relative_to(ROOT)}: filled {filled} translations from {tsv_path}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--apply":
        apply_translations(sys.argv[2])
    strings = collect_strings()
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for language in LANGUAGES:
        ts_file = I18N / f"digital_twin_{language}.ts"
        missing = write_ts(ts_file, language, strings, read_ts(ts_file))
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
        total = sum(len(v) for v in strings.values())
        print(f"{ts_file.relative_to(ROOT)}: {total} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
