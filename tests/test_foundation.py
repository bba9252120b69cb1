"""The plugin loads, registers its provider, unloads cleanly; metadata is complete; engines stay free of qgis."""

import ast
import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_for_the_plugin_repository():
    meta = read_metadata()
    for field in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "homepage",
                  "tracker", "repository", "changelog", "tags", "icon", "hasProcessingProvider", "supportsQt6"):
        assert meta.get(field, "").strip(), f"metadata.txt lacks {field}"
    assert meta["name"] == "Digital Twin"
    assert "デジタルツイン" in meta["description"]
    assert meta["qgisMinimumVersion"] == "3.40"
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["supportsQt6"] in ("True", "False")  # which one: tests/test_qt6_ready.py
    assert (ROOT / meta["icon"]).is_file()
    version = meta["version"]
    assert all(part.isdigit() for part in version.split(".")), version
    assert f"[{version}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_class_factory_works_without_iface(no_digitaltwin_provider):
    from qgis.core import QgsApplication

    import digital_twin

    plugin = digital_twin.classFactory(None)
    plugin.initGui()
    try:
        provider = QgsApplication.processingRegistry().providerById("digitaltwin")
        assert provider is not None
        assert provider.name() == "Digital Twin"
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("digitaltwin") is None


def test_plugin_loads_and_unloads_in_a_stub_iface_without_leftovers(qgis_iface, no_digitaltwin_provider):
    import digital_twin

    main_window = qgis_iface.mainWindow()
    actions_before = set(main_window.findChildren(type(main_window.menuBar().addAction("probe"))))
    plugin = digital_twin.classFactory(qgis_iface)
    plugin.initGui()
    menu_titles = [action.text() for action in main_window.menuBar().actions()]
    assert "Digital Twin" in menu_titles
    assert plugin.actions, "the plugin added no action"
    menu_entries = {action.objectName() for action in plugin.actions}
    for algorithm in plugin.provider.algorithms():  # every algorithm has a menu entry opening its dialog
        assert f"DigitalTwin_{algorithm.name()}" in menu_entries
    plugin.show_catalog()  # the catalog dock opens, and goes with the plugin
    assert plugin.catalog_dock is not None
    from digital_twin.plugin.pointcloud import gui_tile_picker

    plugin.show_tile_picker()  # the tile picker dock too (Tokyo's index: no request until the map draws it)
    assert id(qgis_iface) in gui_tile_picker._open_pickers
    plugin.unload()
    assert gui_tile_picker._open_pickers == {}
    from qgis.PyQt.QtWidgets import QApplication

    QApplication.processEvents()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    menu_titles = [action.text() for action in main_window.menuBar().actions() if action.isVisible()]
    assert "Digital Twin" not in menu_titles
    leftovers = [a for a in main_window.findChildren(type(next(iter(actions_before))))
                 if a.objectName().startswith("DigitalTwin")]
    assert leftovers == []
    assert plugin.provider is None and plugin.menu is None and plugin.toolbar is None


def test_plugin_start_up_imports_no_heavy_module():
    """Importing the plugin package and creating the plugin object must not pull in the engines' heavy libraries."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import qgis.core; before = set(sys.modules); "
        "import digital_twin; p = digital_twin.classFactory(None); "
        "heavy = ('scipy', 'shapely', 'pvlib', 'laspy', 'lxml', 'pandas', 'pyproj', 'requests'); "
        "print(','.join(m for m in set(sys.modules) - before if m.split('.')[0] in heavy))"
    )
    sys.path.insert(0, str(ROOT / "scripts"))
    import headless

    result = subprocess.run([sys.executable, "-c", code, str(headless.plugin_link().parent)],
                            capture_output=True, text=True, timeout=120, env=headless.qgis_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def engine_modules():
    """Modules that must not import qgis: every module of a domain package under plugin/ except the QGIS side
    (qgis_*.py, gui_*.py), and the shared helpers."""
    shared = [ROOT / "plugin" / name for name in ("errors.py", "progress.py", "safe_io.py", "dependencies.py")]
    domain = [path for path in (ROOT / "plugin").glob("*/*.py")
              if not path.name.startswith(("qgis_", "gui_"))]
    return shared + domain


@pytest.mark.parametrize("path", engine_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_engines_do_not_import_qgis(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        assert not any(name == "qgis" or name.startswith("qgis.") for name in names), \
            f"{path.relative_to(ROOT)} imports qgis at line {node.lineno}; engines must stay QGIS-free"


def test_translations_load_for_japanese(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from digital_twin.plugin import i18n

    translator = i18n.install_translator("ja")
    assert translator is not None, "resources/i18n/digital_twin_ja.qm is missing: run make translations"
    try:
        assert QCoreApplication.translate("DigitalTwin", "Digital Twin") == "デジタルツイン"
    finally:
        i18n.remove_translator(translator)
    assert QCoreApplication.translate("DigitalTwin", "Digital Twin") == "Digital Twin"


@pytest.mark.qgis_process
def test_qgis_process_lists_the_provider(qgis_process_env):
    result = subprocess.run(["qgis_process", "list"], env=qgis_process_env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Digital Twin" in result.stdout
    assert "digitaltwin:" in result.stdout


@pytest.mark.qgis_process
def test_qgis_process_json_list_names_our_algorithms(qgis_process_env):
    import json

    result = subprocess.run(["qgis_process", "--json", "list"], env=qgis_process_env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    providers = json.loads(result.stdout)["providers"]
    assert "digitaltwin" in providers
    algorithms = providers["digitaltwin"]["algorithms"]
    assert algorithms, "the provider lists no algorithm"
    assert all(alg_id.startswith("digitaltwin:") for alg_id in algorithms)


def test_every_ui_string_has_a_japanese_translation():
    """make translations keeps the .ts in step with the source; every string in it is translated."""
    import xml.etree.ElementTree as ET

    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    in_source = {(context, text) for context, texts in translations.collect_strings().items() for text in texts}
    root = ET.parse(ROOT / "resources" / "i18n" / "digital_twin_ja.ts").getroot()
    in_ts, untranslated = set(), []
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"))
            in_ts.add(key)
            if message.find("translation").get("type") == "unfinished" or not message.findtext("translation"):
                untranslated.append(key)
    assert in_source - in_ts == set(), "strings missing from the .ts: run make translations"
    assert untranslated == []


def test_algorithm_names_read_in_japanese(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from digital_twin.plugin import i18n

    translator = i18n.install_translator("ja")
    try:
        assert QCoreApplication.translate("Processing", "Load PLATEAU CityGML") == "PLATEAU CityGMLを読み込む"
        title = QCoreApplication.translate("Processing", "Export resident map (PDF/PNG)")
        assert title == "住民向け地図の出力 (PDF/PNG)"
    finally:
        i18n.remove_translator(translator)
