"""Japanese everywhere in a Japanese UI, English in an English one: engine errors, enum labels, parameter help,
short descriptions and tags, checked on the real algorithms and the real .ts file."""

import ast
import importlib
import re
import string
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_JA = ROOT / "resources" / "i18n" / "digital_twin_ja.ts"
CONTEXTS = ("Engine", "Processing", "DigitalTwin")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
ENGLISH_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")  # a lower-case word: not a code like DSM or A4
FILE_PATTERN = re.compile(r"\(\*\.[^)]*\)|\{[^}]*\}")  # '(*.gpkg)' in file filters, and {placeholders}

sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def ts_messages():
    """{(context, source): (translation, finished)} of the Japanese .ts."""
    return translations.read_ts(TS_JA)


def placeholders(text):
    """The {fields} of a str.format template with their conversions and specs, e.g. {'count:,', 'row!r'}; automatic
    numbering '{}' counts as {0}, {1}... so a translation may reorder them."""
    fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)
              if name is not None]
    return {(name or str(index)) + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            for index, (name, spec, conversion) in enumerate(fields)}


def error_calls():
    """(path, line, class name, call node) of every call of DigitalTwinError or a subclass in the plugin."""
    sources = translations.parsed_sources()
    classes = translations.error_classes(sources)
    for relative, tree in sources:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and translations._name(node.func) in classes:
                yield str(relative), node.lineno, translations._name(node.func), node


# ------------------------------------------------------------------------------------------------ source checks

def progress_info_calls():
    """(path, line, "info", call node) of every progress.info(...) line an engine logs."""
    for relative, tree in translations.parsed_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "info" \
                    and "progress" in ast.unparse(node.func.value):
                yield str(relative), node.lineno, "info", node


def test_error_messages_are_literal_templates():
    """An f-string, a concatenation or a .format() as the message would give the translator a new id per value
    (the same for the lines engines log through progress.info)."""
    built = [f"{path}:{line} {name}" for path, line, name, node in [*error_calls(), *progress_info_calls()]
             if node.args and not isinstance(node.args[0], ast.Constant)
             and any(isinstance(part, (ast.JoinedStr, ast.BinOp)) or
                     (isinstance(part, ast.Call) and translations._name(part.func) == "format")
                     for part in ast.walk(node.args[0]))]
    assert built == []


def constructor_parameters():
    """{error class: its __init__'s named parameters other than the message}, for every class in the sources."""
    named = {}
    for _, tree in translations.parsed_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        named[node.name] = {a.arg for a in item.args.args + item.args.kwonlyargs} - {"self", "message"}
    return named


def test_error_templates_get_exactly_their_values():
    """Every {field} of a template is passed as a keyword, and no keyword is left unused (a typo would show
    '{count}' to the user or raise KeyError)."""
    location = constructor_parameters()  # e.g. InputError's path/line/field: where, not message values
    wrong = []
    for path, line, name, node in [*error_calls(), *progress_info_calls()]:
        if not node.args or not isinstance(node.args[0], ast.Constant) or any(k.arg is None for k in node.keywords):
            continue
        fields = {re.split(r"[.\[]", field)[0] for _, field, _, _ in string.Formatter().parse(node.args[0].value)
                  if field}
        keywords = {k.arg for k in node.keywords} - location.get(name, set())
        if fields != keywords:
            wrong.append(f"{path}:{line} {sorted(fields)} vs {sorted(keywords)}")
    assert wrong == []


def test_engine_templates_are_collected():
    """The collector finds templates of every error class, Words values, feature names and the location words."""
    engine = translations.collect_strings()["Engine"]
    for template in ("'{url}' is not an http(s) URL", "line {line}", "field '{field}'", "Cancelled by the user.",
                     "facility {id}", "Solar irradiance", "Cannot open the recording {path}",
                     "{source}: record {index} is not a JSON object", "{count} buildings"):
        assert template in engine


# --------------------------------------------------------------------------------------------- the .ts checks

def test_every_string_has_a_finished_japanese_translation():
    in_source = translations.collect_strings()
    messages = ts_messages()
    missing = [(context, text) for context in CONTEXTS for text in in_source.get(context, {})
               if not messages.get((context, text), ("", False))[1] or not messages[(context, text)][0]]
    assert missing == []


def is_english_text(text):
    """Two or more English words, not counting file patterns and placeholders: a name such as 'pvlib' or
    'GeoPackage' stays."""
    return len(ENGLISH_WORD.findall(FILE_PATTERN.sub("", text))) >= 2


def test_translations_are_japanese():
    """A sentence is not 'translated' by copying it: English words in the source mean Japanese in the result."""
    copied = [(context, source) for (context, source), (text, _) in ts_messages().items()
              if context in CONTEXTS and is_english_text(source) and not JAPANESE.search(text or "")]
    assert copied == []
    assert is_english_text("the file holds no points") and not is_english_text("GeoPackage (*.gpkg)")
    assert not is_english_text("{source} -> {target}")


def test_translations_keep_the_placeholders():
    wrong = [(context, source, text) for (context, source), (text, finished) in ts_messages().items()
             if finished and placeholders(source) != placeholders(text or "")]
    assert wrong == []


def test_placeholder_check_catches_a_changed_field():
    assert placeholders("{count:,} points in {path}") != placeholders("{path} に {count} 点")
    assert placeholders("{value!r} is bad") == placeholders("{value!r} は不正です")
    assert placeholders("{} of {} buildings") == placeholders("{1} 棟中 {0} 棟")


# -------------------------------------------------------------------------------------------- algorithm checks

def algorithms():
    from digital_twin.processing_algorithms.provider import ALGORITHMS

    found = []
    for module, class_name in ALGORITHMS:
        algorithm = getattr(importlib.import_module(f"digital_twin.processing_algorithms.{module}"), class_name)()
        algorithm.initAlgorithm({})
        found.append(algorithm)
    return found


@pytest.fixture(params=["en", "ja"])
def ui_language(request, qgis_app):
    from digital_twin.plugin.i18n import install_translator, remove_translator

    translator = install_translator(request.param)
    assert translator is not None, f"digital_twin_{request.param}.qm did not load"
    yield request.param
    remove_translator(translator)


def test_every_parameter_has_help(ui_language):
    without = [f"{algorithm.name()}.{parameter.name()}" for algorithm in algorithms()
               for parameter in algorithm.parameterDefinitions() if len(parameter.help().strip()) < 15]
    assert without == []


def test_every_algorithm_has_a_short_description_and_tags(ui_language):
    without = [algorithm.name() for algorithm in algorithms()
               if not algorithm.shortDescription().strip() or len(algorithm.tags()) < 3]
    assert without == []


def test_help_follows_the_ui_language(ui_language):
    algorithm = next(a for a in algorithms() if a.name() == "floodinundation")
    texts = [algorithm.parameterDefinition("WATER_LEVEL").help(), algorithm.shortDescription(), *algorithm.tags()]
    if ui_language == "ja":
        assert all(JAPANESE.search(text) for text in texts[:3])
        assert "水位" in algorithm.tags()
    else:
        assert not any(JAPANESE.search(text) for text in texts)
        assert "water level" in algorithm.tags()


def test_enum_options_are_in_one_language(ui_language):
    """No bilingual labels such as 'A4 portrait (A4 縦)': English UI, no Japanese; Japanese UI, no English words
    (codes such as A4, DSM, MLIT 2018 are fine)."""
    mixed = []
    for algorithm in algorithms():
        for parameter in algorithm.parameterDefinitions():
            if parameter.type() != "enum":
                continue
            for option in parameter.options():
                if JAPANESE.search(option) if ui_language == "en" else (
                        JAPANESE.search(option) and ENGLISH_WORD.search(option)):
                    mixed.append(f"{algorithm.name()}.{parameter.name()}: {option}")
    assert mixed == []
    export = next(a for a in algorithms() if a.name() == "exportresidentmap")
    assert export.parameterDefinition("TEMPLATE").options()[0] == ("A4 縦" if ui_language == "ja" else "A4 portrait")


# ------------------------------------------------------------------------------------------ errors in the UI

def test_engine_error_in_the_ui_language(ui_language):
    from digital_twin.plugin.errors import InputError, MissingDependencyError, Words
    from digital_twin.plugin.i18n import engine_text
    from digital_twin.plugin.progress import Progress

    error = InputError("expected two numbers (minutes, {value_name}), found {row!r}", path="rain.csv", line=3,
                       value_name="mm_per_h", row=["x"])
    missing = MissingDependencyError("{feature} needs the Python package '{package}', which is not installed "
                                     "({exc}). Install it from the menu Digital Twin > Install Python packages… "
                                     "(or: python3 -m pip install \"{package}\"), then restart QGIS.",
                                     feature=Words("Solar irradiance"), package="pvlib", exc="No module")
    assert str(error) == "rain.csv, line 3: expected two numbers (minutes, mm_per_h), found ['x']"
    if ui_language == "ja":
        assert engine_text(error) == "rain.csv, 3行目: 2つの数値（minutes、mm_per_h）が必要ですが、['x']でした"
        assert engine_text(missing).startswith("日射量の計算にはPythonパッケージ'pvlib'が必要ですが")
    else:
        assert engine_text(error) == str(error)
        assert engine_text(missing) == str(missing)
    assert engine_text(ValueError("plain")) == "plain"
    logged = []
    Progress(log=lambda line: logged.append(engine_text(line))).info("{count} buildings", count=420)
    assert logged == ["建物 420棟" if ui_language == "ja" else "420 buildings"]


def test_processing_error_in_the_ui_language(ui_language, digitaltwin_provider, tmp_path):
    """processing.run on a bad input: the QgsProcessingException carries the engine's message, translated."""
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("digitaltwin:catalogdownload", {"URL": "ftp://example.org/data.zip",
                                                       "OUTPUT": str(tmp_path / "data.zip")})
    expected = {"ja": "フィールド'URL': 'ftp://example.org/data.zip'はhttp(s)のURLではありません",
                "en": "field 'URL': 'ftp://example.org/data.zip' is not an http(s) URL"}[ui_language]
    assert str(raised.value) == expected
    assert not (tmp_path / "data.zip").exists()


def test_qgis_process_in_a_japanese_profile(tmp_path):
    """qgis_process with the QGIS locale set to Japanese: the plugin's translator is installed at initProcessing,
    so the error and the parameter help come out in Japanese."""
    import subprocess

    import headless

    env = headless.enable_plugin(headless.qgis_env(tmp_path / "profile"))
    with open(tmp_path / "profile" / "profiles" / "default" / "QGIS" / "QGIS3.ini", "a", encoding="utf-8") as ini:
        ini.write("\n[locale]\noverrideFlag=true\nuserLocale=ja\n")
    run = subprocess.run(["qgis_process", "run", "digitaltwin:catalogdownload", "--", "URL=ftp://example.org/x.zip",
                          f"OUTPUT={tmp_path / 'x.zip'}"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode != 0
    assert "'ftp://example.org/x.zip'はhttp(s)のURLではありません" in run.stdout + run.stderr
    helped = subprocess.run(["qgis_process", "help", "digitaltwin:floodinundation"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert "水面の標高（m、DEMと同じ基準、既定5 m）" in helped.stdout
