"""Ready for QGIS 4 (Qt6) without changing anything on QGIS 3.40: a static check of every Python file we ship or run.

It fails on
- Qt imported other than through ``qgis.PyQt`` (``PyQt5``, ``PyQt6``, bare ``sip``);
- ``exec_``, ``QRegExp``, ``QDesktopWidget`` and the other Qt5-only names in ``QT5_ONLY_NAMES``;
- an enum not spelled the way its own type names it: ``Qt.UserRole`` (must be ``Qt.ItemDataRole.UserRole``),
  ``QgsProcessing.TypeVectorPolygon`` (``Qgis.ProcessingSourceType.VectorPolygon``),
  ``QgsProcessingParameterNumber.Type`` (``Qgis.ProcessingNumberParameterType``). Every ``Name.attr.attr`` chain on a
  class imported from ``qgis.*`` is resolved on the running QGIS 3.40: an enum member or enum type must be reached
  through exactly the path its ``__qualname__`` gives, which is the one form that exists on both Qt5 and Qt6;
- a ``Name.attr.attr`` chain on a Qt class that does not exist in real PyQt6 (resolved in a subprocess, since
  Qt5 and Qt6 cannot share a process): Qt5-only enums, flags and members such as ``QVariant.Int``.
"""

import ast
import configparser
import enum
import importlib
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [ROOT / "__init__.py", ROOT / "plugin", ROOT / "processing_algorithms", ROOT / "scripts", ROOT / "tests"]

DIRECT_QT_MODULES = {"PyQt5", "PyQt6", "sip", "PySide2", "PySide6"}
QT5_ONLY_NAMES = {
    "exec_": "exec()",
    "print_": "print()",
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())",
    "QWebView": "QGIS's own web views or the system browser",
}
NAMED_ATTRIBUTE = {"setattr", "getattr", "hasattr", "delattr"}
# qgis.PyQt.QtWidgets on Qt6 re-exports these from QtGui (qgis/PyQt6/QtWidgets.py), so the Qt5 import works on both.
QT6_MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand", "QUndoStack"}
RESOLVED_PACKAGES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis", "qgis._3d", "qgis.processing")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Chain:
    """``Name.a.b`` where Name was imported as ``cls`` from ``module``."""

    path: str
    line: int
    module: str
    cls: str
    attrs: tuple

    @property
    def text(self):
        return ".".join((self.cls, *self.attrs))


def python_files():
    for entry in SCANNED:
        yield from ([entry] if entry.is_file() else sorted(entry.rglob("*.py")))


def _attribute_chain(node):
    """(base Name id, [attrs]) for ``Name.a.b``; None when the chain starts at a call, subscript..."""
    attrs = []
    while isinstance(node, ast.Attribute):
        attrs.append(node.attr)
        node = node.value
    return (node.id, attrs[::-1]) if isinstance(node, ast.Name) else None


def _qt5_only(path, line, name, prefix=""):
    return Finding(path, line, f"{prefix}{name} is Qt5-only: use {QT5_ONLY_NAMES[name]}")


def scan_source(text, path="<snippet>"):
    """Static findings and the attribute chains on imported qgis/Qt classes, for the resolvers below."""
    tree = ast.parse(text, filename=path)
    findings, chains, imported = [], [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in DIRECT_QT_MODULES:
                    findings.append(Finding(path, node.lineno, f"import {alias.name}: import Qt via qgis.PyQt"))
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level == 0 and node.module.split(".")[0] in DIRECT_QT_MODULES:
                findings.append(Finding(path, node.lineno, f"from {node.module} import: import Qt via qgis.PyQt"))
            if node.level == 0 and node.module.startswith(RESOLVED_PACKAGES):
                for alias in node.names:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
            banned = [alias.name for alias in node.names if alias.name in QT5_ONLY_NAMES]
            findings += [_qt5_only(path, node.lineno, name) for name in banned]
        elif isinstance(node, ast.Attribute) and node.attr in QT5_ONLY_NAMES:
            findings.append(_qt5_only(path, node.lineno, node.attr, "."))
        elif isinstance(node, ast.Name) and node.id in QT5_ONLY_NAMES:
            findings.append(_qt5_only(path, node.lineno, node.id))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in NAMED_ATTRIBUTE:
            # monkeypatch.setattr(Dialog, "exec_", ...) would patch a method Qt6 never calls
            names = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            findings += [_qt5_only(path, node.lineno, name, ".") for name in names if name in QT5_ONLY_NAMES]
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(parents.get(node), ast.Attribute):
            continue  # only the outermost attribute of each chain
        chain = _attribute_chain(node)
        if chain and chain[0] in imported:
            module, cls = imported[chain[0]]
            chains.append(Chain(path, node.lineno, module, cls, tuple(chain[1])))
    return findings, chains


_SIP_ENUM_TYPE = type(type(importlib.import_module("qgis.PyQt.QtCore").Qt.ItemDataRole.UserRole))


def _is_enum_type(obj):
    return isinstance(obj, enum.EnumMeta) or isinstance(obj, _SIP_ENUM_TYPE)


def _is_enum_member(obj):
    return isinstance(obj, enum.Enum) or isinstance(type(obj), _SIP_ENUM_TYPE)


def _enum_reached_from_its_home(holder, enum_type, attr):
    """``holder.attr`` is ``enum_type`` under its own name, from the class that declares it or a subclass of it."""
    owner, _, name = enum_type.__qualname__.rpartition(".")
    return attr == name and any(klass.__qualname__ == owner for klass in getattr(holder, "__mro__", ()))


def check_enums_on_this_qgis(chains):
    """An enum is written Holder.Enum.Member with Enum its real name, declared by Holder or a base class: the one
    form QGIS 4 keeps (``QgsProcessing.TypeVectorPolygon`` and ``QgsProcessingParameterNumber.Type`` are only
    aliases that QGIS 3 patches in for old code)."""
    findings = []
    for chain in chains:
        try:
            obj = getattr(importlib.import_module(chain.module), chain.cls)
        except (ImportError, AttributeError):
            findings.append(Finding(chain.path, chain.line, f"{chain.module}.{chain.cls} does not exist here"))
            continue
        written = chain.cls
        for attr in chain.attrs:
            parent = obj
            try:
                obj = getattr(parent, attr)
            except AttributeError:
                findings.append(Finding(chain.path, chain.line, f"{chain.text}: no attribute {attr!r} on QGIS 3.40"))
                break
            if _is_enum_member(obj):
                if not (_is_enum_type(parent) and type(obj) is parent):
                    home = type(obj)
                    inherited = _enum_reached_from_its_home(parent, home, home.__name__)
                    owner = f"{written}.{home.__name__}" if inherited else home.__qualname__
                    message = f"{chain.text}: unscoped enum, write {owner}.{getattr(obj, 'name', None) or attr}"
                    findings.append(Finding(chain.path, chain.line, message))
                break
            if _is_enum_type(obj) and not _enum_reached_from_its_home(parent, obj, attr):
                findings.append(Finding(chain.path, chain.line, f"{chain.text}: enum alias, write {obj.__qualname__}"))
                break
            if not isinstance(obj, type):
                break  # a method or value: what follows is not a class attribute
            written = f"{written}.{attr}"
    return findings


PYQT6_RESOLVER = textwrap.dedent(
    """
    import importlib, json, sys
    missing = []
    for module, cls, attrs in json.load(sys.stdin):
        qt6 = "PyQt6." + module.split(".")[-1]
        try:
            obj = getattr(importlib.import_module(qt6), cls)
        except AttributeError:
            if cls not in MOVED:
                missing.append([module, cls, attrs, cls]); continue
            obj = getattr(importlib.import_module("PyQt6.QtGui"), cls)
        for attr in attrs:
            if not hasattr(obj, attr):
                missing.append([module, cls, attrs, attr]); break
            obj = getattr(obj, attr)
            if not isinstance(obj, type):
                break
    json.dump(missing, sys.stdout)
    """
)


def check_on_pyqt6(chains):
    """The Qt chains that real PyQt6 lacks. Skips (saying why) when PyQt6 is not installed."""
    qt_chains = [chain for chain in chains if chain.module.startswith("qgis.PyQt.")]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = subprocess.run([sys.executable, "-c", "import PyQt6.QtCore"], env=env, capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"PyQt6 is not installed (requirements-dev.txt): {probe.stderr.strip().splitlines()[-1:]}")
    unique = sorted({(c.module, c.cls, c.attrs) for c in qt_chains})
    script = f"MOVED = {sorted(QT6_MOVED_TO_QTGUI)!r}\n{PYQT6_RESOLVER}"
    done = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(unique), env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    missing = {(module, cls, tuple(attrs)): attr for module, cls, attrs, attr in json.loads(done.stdout)}
    return [
        Finding(c.path, c.line, f"{c.text}: {missing[key]!r} does not exist in PyQt6")
        for c in qt_chains
        if (key := (c.module, c.cls, c.attrs)) in missing
    ]


def check_source(text, path="<snippet>"):
    findings, chains = scan_source(text, path)
    return findings + check_enums_on_this_qgis(chains) + check_on_pyqt6(chains)


@pytest.fixture(scope="module")
def project_findings():
    """Every finding, by check, as 'path:line: message'."""
    findings, chains = [], []
    for path in python_files():
        found, chained = scan_source(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
        findings += found
        chains += chained
    assert len(chains) > 300  # the resolvers have something to resolve: the plugin spells hundreds of enums
    by_check = {
        "imports and Qt5-only names": findings,
        "enums on QGIS 3.40": check_enums_on_this_qgis(chains),
        "names in PyQt6": check_on_pyqt6(chains),
    }
    return {check: [str(finding) for finding in found] for check, found in by_check.items()}


def test_scans_every_python_file_of_the_plugin():
    names = {path.relative_to(ROOT).as_posix() for path in python_files()}
    assert {"__init__.py", "plugin/main.py", "processing_algorithms/provider.py", "tests/test_qt6_ready.py"} <= names
    assert {"scripts/headless.py", "plugin/catalog/gui_dock.py", "processing_algorithms/flood_exposure.py"} <= names
    assert len(names) > 150


@pytest.mark.parametrize("check", ["imports and Qt5-only names", "enums on QGIS 3.40", "names in PyQt6"])
def test_ready_for_qt6(project_findings, check):
    assert project_findings[check] == []


def test_every_module_imports_on_qgis_340(qgis_app):
    """After the rewrite to scoped enums, every module of the plugin still imports on the QGIS this runs."""
    modules = ["digital_twin"] + [
        "digital_twin." + ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for folder in ("plugin", "processing_algorithms") for path in sorted((ROOT / folder).rglob("*.py"))
    ]
    failed = {}
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 - every failure is reported with its module
            failed[module] = repr(exc)
    assert len(modules) > 100 and failed == {}


def test_metadata_declares_qt6():
    """QGIS 4 lists a plugin as Qt6-ready from supportsQt6; the checks above are what backs the claim."""
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    assert meta["general"]["qgisMaximumVersion"] == "4.99"
    assert meta["general"]["supportsQt6"] == "True"


PLANTED = """
from PyQt5.QtCore import QRegExp
import sip
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QDialog, QMessageBox
from qgis.core import Qgis, QgsProcessing, QgsProcessingParameterNumber, QgsWkbTypes, QgsFeatureSink

role = Qt.UserRole
if dialog.exec_() == QDialog.Accepted:
    pass
kind = QgsProcessing.TypeVectorPolygon
number = QgsProcessingParameterNumber.Type.Double
level = Qgis.Warning
geometry = QgsWkbTypes.PolygonGeometry
sink = QgsFeatureSink.FastInsert
field_type = QVariant.Int
button = QMessageBox.StandardButton.Ok
monkeypatch.setattr(QDialog, "exec_", lambda dialog: 1)
"""

CLEAN = """
from qgis.PyQt.QtCore import Qt, QEventLoop
from qgis.PyQt.QtWidgets import QAction, QDialog, QMessageBox
from qgis.core import Qgis, QgsFeatureSink, QgsProcessingParameterNumber, QgsTask

role = Qt.ItemDataRole.UserRole
flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
if dialog.exec() == QDialog.DialogCode.Accepted:
    pass
loop_flag = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
kind = Qgis.ProcessingSourceType.VectorPolygon
number = Qgis.ProcessingNumberParameterType.Double
level = Qgis.MessageLevel.Warning
geometry = Qgis.GeometryType.Polygon
sink = QgsFeatureSink.Flag.FastInsert
task = QgsTask.Flag.CanCancel
button = QMessageBox.StandardButton.Ok
answer = QMessageBox.question(None, "t", "q")
action = QAction("x")
"""


def test_planted_violations_are_each_reported():
    findings = check_source(PLANTED)
    report = "\n".join(str(finding) for finding in findings)
    expected_lines = {
        2: "from PyQt5.QtCore import: import Qt via qgis.PyQt",
        3: "import sip: import Qt via qgis.PyQt",
        8: "Qt.UserRole: unscoped enum, write Qt.ItemDataRole.UserRole",
        11: "QgsProcessing.TypeVectorPolygon: unscoped enum, write Qgis.ProcessingSourceType.VectorPolygon",
        12: "QgsProcessingParameterNumber.Type.Double: enum alias, write Qgis.ProcessingNumberParameterType",
        13: "Qgis.Warning: unscoped enum, write Qgis.MessageLevel.Warning",
        14: "QgsWkbTypes.PolygonGeometry: unscoped enum, write Qgis.GeometryType.Polygon",
        15: "QgsFeatureSink.FastInsert: unscoped enum, write QgsFeatureSink.Flag.FastInsert",
        16: "QVariant.Int: 'Int' does not exist in PyQt6",
    }
    for line, message in expected_lines.items():
        assert f"<snippet>:{line}: {message}" in report, report
    assert "QRegExp is Qt5-only" in report
    assert "<snippet>:9: .exec_ is Qt5-only" in report
    assert "<snippet>:9: QDialog.Accepted: unscoped enum, write QDialog.DialogCode.Accepted" in report
    assert "<snippet>:9: QDialog.Accepted: 'Accepted' does not exist in PyQt6" in report
    assert "<snippet>:18: .exec_ is Qt5-only" in report
    assert ":17:" not in report  # the scoped QMessageBox button is fine


def test_clean_snippet_has_no_findings():
    assert [str(finding) for finding in check_source(CLEAN)] == []
