"""Refresh the Qt Linguist files in resources/i18n from the source, then compile them with lrelease.

pylupdate5 takes the class name as context for self.tr(), while our strings live in three fixed contexts:
"Processing" for self.tr() in algorithms (the QGIS convention), "DigitalTwin" for plugin.i18n.tr(), and "Engine"
for the message templates of the engines' errors (the first argument of InputError, DigitalTwinError and every
other DigitalTwinError subclass, the Words("...") their values may be, the feature names given to
plugin.dependencies.require(), the lines of progress.info(), plus the location words of plugin/errors.py).
Algorithms' class tables HELP ({PARAMETER: help}), SHORT_DESCRIPTION and TAGS are "Processing" strings too
(DigitalTwinAlgorithm translates them).
So this script collects those literal strings itself, merges them into each .ts (keeping existing translations,
marking new strings unfinished, dropping strings no longer used) and runs lrelease.
`translations.py --apply FILE.tsv...` first fills Japanese translations from 'English<TAB>日本語' lines.
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
ENGINE_CONTEXT = "Engine"  # = plugin.errors.ENGINE_CONTEXT (this script does not import the plugin)
ERROR_BASES = ("DigitalTwinError", "InputError", "MissingDependencyError", "Cancelled")
LOCATION_WORDS = ("line {line}", "field '{field}'")  # InputError.localized() translates these
ALGORITHM_TABLES = ("HELP", "SHORT_DESCRIPTION", "TAGS")  # class attributes of algorithms, context Processing


def _name(func):
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def parsed_sources():
    """[(relative path, AST)] of every Python file the plugin ships."""
    return [(path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8")))
            for folder in SOURCE_DIRS for path in sorted((ROOT / folder).rglob("*.py"))]


def error_classes(sources):
    """DigitalTwinError and every subclass defined in the source, to any depth."""
    bases = {node.name: {_name(base) for base in node.bases}
             for _, tree in sources for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = set(ERROR_BASES)
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def table_strings(node):
    """The literal strings of a HELP / SHORT_DESCRIPTION / TAGS class attribute."""
    value = node.value
    items = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", [value])
    return [text for text in map(_literal, items) if text]


def collect_strings():
    """{context: {source text: first location}} for every tr("literal") / self.tr("literal") call, engine error
    template and algorithm table."""
    found = {}
    sources = parsed_sources()
    errors = error_classes(sources)

    def add(context, text, relative, line):
        found.setdefault(context, {}).setdefault(text, f"{relative}:{line}")

    for text in LOCATION_WORDS:
        add(ENGINE_CONTEXT, text, "plugin/errors.py", 1)
    for relative, tree in sources:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and relative.parts[0] == "processing_algorithms":
                for item in node.body:
                    if isinstance(item, ast.Assign) and any(getattr(t, "id", "") in ALGORITHM_TABLES
                                                            for t in item.targets):
                        for text in table_strings(item):
                            add("Processing", text, relative, item.lineno)
            if isinstance(node, ast.ClassDef) and node.name in errors:  # default messages, e.g. Cancelled's
                for item in ast.walk(node):
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        positional = item.args.args[-len(item.args.defaults):] if item.args.defaults else []
                        for argument, default in zip(positional, item.args.defaults, strict=True):
                            if argument.arg == "message" and _literal(default):  # not e.g. kind="failed"
                                add(ENGINE_CONTEXT, default.value, relative, default.lineno)
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            first = _literal(node.args[0])
            if first is None:
                continue
            if name == "tr":
                context = "Processing" if isinstance(node.func, ast.Attribute) else "DigitalTwin"
                if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                    context = node.args[1].value
                add(context, first, relative, node.lineno)
            elif (name in errors or name == "Words") and first:
                add(ENGINE_CONTEXT, first, relative, node.lineno)
            elif name == "info" and "progress" in ast.unparse(node.func.value):  # Progress.info log lines
                add(ENGINE_CONTEXT, first, relative, node.lineno)
            elif name == "require" and len(node.args) > 1 and _literal(node.args[1]):  # the feature's name
                add(ENGINE_CONTEXT, node.args[1].value, relative, node.lineno)
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


def read_tsv(tsv_path):
    """{English: translation} from a file of 'English<TAB>translation' lines (\\n in either stands for a newline)."""
    pairs = {}
    for line in Path(tsv_path).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, text = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    return pairs


def with_pairs(known, strings, pairs):
    """``known`` plus the given translations, as finished, for every context that uses each English string."""
    filled = dict(known)
    for context, sources in strings.items():
        for source in sources:
            if source in pairs:
                filled[(context, source)] = (pairs[source], True)
    return filled


def main():
    pairs = {}
    if len(sys.argv) >= 3 and sys.argv[1] == "--apply":
        for tsv in sys.argv[2:]:
            pairs.update(read_tsv(tsv))
            print(f"{tsv}: {len(read_tsv(tsv))} translations")
    strings = collect_strings()
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for language in LANGUAGES:
        ts_file = I18N / f"digital_twin_{language}.ts"
        known = read_ts(ts_file)
        missing = write_ts(ts_file, language, strings, with_pairs(known, strings, pairs) if language == "ja" else known)
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
        total = sum(len(v) for v in strings.values())
        print(f"{ts_file.relative_to(ROOT)}: {total} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
