"""Runs inside the real QGIS desktop (``qgis --code driver.py``, started by tests/test_desktop.py): drives the GUI as
a user would and writes what it saw as JSON, then quits QGIS.

The configuration comes from the JSON file named by DT_DESKTOP_CONFIG: ``scenario`` ("main": menus, toolbar, the
algorithm dialogs on the sample district and the resident-map export; "missing": features with a Python package
hidden; "install": Digital Twin > Install Python packages… from the package index in PIP_INDEX_URL; "restart": the
same profile again, the installed packages on sys.path, then an install with the index stopped; "features": real
PLATEAU land use and bridges in QGIS's own 3D map view), ``citygml`` (the files "features" loads), ``install``
(the requirements the install dialog is given), ``results`` (the JSON to write, rewritten after every step so a
hang still leaves the steps before it),
``shots`` (the screenshot folder), ``sample`` (resources/sample_district) and ``work`` (a scratch folder).
Nothing here asserts: tests/test_desktop.py reads the JSON and does.
"""

import hashlib
import json
import os
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsLayerTree,
    QgsMapLayerType,
    QgsProject,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QMenu,
    QProgressBar,
    QTextEdit,
    QToolBar,
)
from qgis.utils import iface

CONFIG = json.loads(Path(os.environ["DT_DESKTOP_CONFIG"]).read_text(encoding="utf-8"))
RESULTS = {"scenario": CONFIG["scenario"], "steps": {}, "errors": [], "done": False}
SHOTS = Path(CONFIG["shots"])
SAMPLE = Path(CONFIG["sample"])
WORK = Path(CONFIG["work"])
DIALOG_TIMEOUT_S = 60
TICK_MS = 50
INSTALL_TIMEOUT_S = 40
WATCH_INTERVAL_MS = 3000  # the heartbeat timer that shows whether the event loop keeps running


def save():
    path = Path(CONFIG["results"])
    temporary = path.with_suffix(".part")
    temporary.write_text(json.dumps(RESULTS, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def wait_until(predicate, timeout_s):
    """Let the event loop run until predicate() holds; False on timeout."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.02)
    return False


def settle(seconds=0.5):
    wait_until(lambda: False, seconds)


def screenshot(name):
    """The whole X screen (main window and any dialog on it), for a reviewer."""
    canvas = iface.mapCanvas()
    canvas.refresh()
    wait_until(lambda: not canvas.isDrawing(), 20)
    settle(0.3)
    path = SHOTS / f"{name}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    return str(path)


def icon_digest(icon):
    """A digest of the icon drawn at toolbar size: equal digests mean equal-looking icons."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    icon.pixmap(32, 32).toImage().save(buffer, "PNG")
    return hashlib.sha256(bytes(data)).hexdigest() if not icon.isNull() else None


def renderer_info(layer):
    """Renderer type and classes of a layer, as the tests compare them."""
    renderer = layer.renderer()
    info = {"renderer": renderer.type() if renderer is not None else None}
    if layer.type() == QgsMapLayerType.VectorLayer and renderer is not None:
        if hasattr(renderer, "categories"):
            info["attribute"] = renderer.classAttribute()
            info["classes"] = [str(category.value()) for category in renderer.categories()]
            info["labels"] = [category.label() for category in renderer.categories()]
        elif hasattr(renderer, "ranges"):
            info["attribute"] = renderer.classAttribute()
            info["labels"] = [item.label() for item in renderer.ranges()]
        elif hasattr(renderer, "rootRule"):
            info["labels"] = [rule.label() for rule in renderer.rootRule().children()]
            info["filters"] = [rule.filterExpression() for rule in renderer.rootRule().children()]
    elif layer.type() == QgsMapLayerType.RasterLayer and renderer is not None:
        shader = getattr(renderer, "shader", None)
        function = shader().rasterShaderFunction() if shader is not None and shader() is not None else None
        items = function.colorRampItemList() if function is not None and hasattr(function, "colorRampItemList") else []
        info["classes"] = len(items)
        info["labels"] = [item.label for item in items]
    elif layer.type() == QgsMapLayerType.PointCloudLayer:
        info["renderer_3d"] = layer.renderer3D().type() if layer.renderer3D() is not None else None
    return info


def project_state():
    """The project as a user sees it: CRS and the layer tree top to bottom, with each layer's group and style."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    layers = []
    for node in root.findLayers():
        layer = node.layer()
        if layer is None:
            continue
        parent = node.parent()
        entry = {"name": layer.name(), "type": layer.type().name, "crs": layer.crs().authid(),
                 "valid": layer.isValid(), "visible": node.isVisible(),
                 "source": layer.source(),
                 "group": parent.name() if QgsLayerTree.isGroup(parent) and parent is not root else ""}
        entry.update(renderer_info(layer))
        layers.append(entry)
    return {"crs": project.crs().authid(), "layers": layers}


def dialog_log(dialog):
    logs = [widget.toPlainText() for widget in dialog.findChildren(QTextEdit) if widget.objectName() == "txtLog"]
    return "\n".join(logs)


def run_dialog(algorithm_id, values, shot_name, *, cancel_at_progress=None):
    """Open the algorithm's dialog from its entry in the Digital Twin menu, as a user does, fill its widgets, press
    Run (and Cancel once its progress bar reaches cancel_at_progress) and wait until it is finished.

    Returns the step record: finished, ok, the seconds it took, the log, the results and the project afterwards."""
    name = "DigitalTwin_" + algorithm_id.split(":")[1]
    action = next((action for action in iface.mainWindow().findChildren(QAction) if action.objectName() == name),
                  None)
    if action is None:
        return {"finished": False, "ok": False, "log": f"no menu entry {name}", "results": {}}
    outcome = {}

    def drive(attempts_left=50):
        """Drive the dialog from inside its modal event loop. The first timer can fire while the dialog is being
        shown, before exec() starts; a dialog closed then would be shown again by exec() and wait forever."""
        try:
            dialog = next((widget for widget in QApplication.topLevelWidgets() if widget.isVisible()
                           and hasattr(widget, "algorithm") and widget.algorithm().id() == algorithm_id), None)
            if dialog is None or not dialog.isModal():  # exec() makes it modal
                if attempts_left:
                    QTimer.singleShot(200, lambda: drive(attempts_left - 1))
                else:
                    outcome["record"] = {"finished": False, "ok": False, "log": f"{name} opened no dialog",
                                         "results": {}}
                return
            outcome["record"] = drive_dialog(dialog, values, shot_name, cancel_at_progress)
        except Exception:  # noqa: BLE001 (reported in the JSON; the modal dialog must still close)
            RESULTS["errors"].append(traceback.format_exc())
            for widget in QApplication.topLevelWidgets():
                if hasattr(widget, "algorithm") and widget.isVisible():
                    widget.close()

    QTimer.singleShot(200, drive)
    action.trigger()  # returns when the dialog has closed
    return outcome.get("record") or {"finished": False, "ok": False, "log": "the dialog did not run", "results": {}}


def drive_dialog(dialog, values, shot_name, cancel_at_progress=None):
    settle(0.3)
    panel = dialog.mainWidget()
    for name, value in values.items():  # through each parameter's widget, outputs included
        panel.wrappers[name].setParameterValue(value, panel.processing_context)
    # what the user sees ticked under each output: "Open output file after running"
    open_after_running = {parameter.name(): bool(panel.wrappers[parameter.name()].customProperties().get(
        "OPEN_AFTER_RUNNING")) for parameter in dialog.algorithm().destinationParameterDefinitions()
        if parameter.name() in panel.wrappers}
    finished = {}
    dialog.algorithmFinished.connect(lambda ok, results: finished.update(ok=ok, results=dict(results)))
    layers_before = len(QgsProject.instance().mapLayers())
    started = time.monotonic()
    dialog.runButton().click()  # as the user presses Run (a threaded algorithm returns at once)
    progress_bar = dialog.findChild(QProgressBar, "progressBar")
    progress_seen = set()
    cancelled_at = []

    def watch_run():
        progress_seen.add(progress_bar.value())
        if cancel_at_progress is not None and not cancelled_at and progress_bar.value() >= cancel_at_progress:
            cancelled_at.append(progress_bar.value())
            dialog.cancelButton().click()  # as the user presses Cancel
        return bool(finished)

    done = wait_until(watch_run, DIALOG_TIMEOUT_S)
    elapsed_s = time.monotonic() - started
    settle(1.0)  # the results are loaded and post-processed after the signal
    iface.mapCanvas().zoomToFullExtent()
    record = {"finished": done, "ok": finished.get("ok"), "seconds": round(elapsed_s, 2),
              "results": {key: str(value) for key, value in finished.get("results", {}).items()},
              "log": dialog_log(dialog)[-6000:],
              "layers_added": len(QgsProject.instance().mapLayers()) - layers_before,
              "open_after_running": open_after_running,
              "progress_seen": sorted(progress_seen),  # values of the dialog's progress bar while it ran
              "cancelled_at": cancelled_at}
    record["screenshot_dialog"] = screenshot(shot_name + "_dialog")
    dialog.close()
    settle(0.2)
    record["project"] = project_state()
    record["screenshot"] = screenshot(shot_name)
    return record


def ui_state():
    """Menu-bar text, toolbar icons and tooltips of the plugin."""
    window = iface.mainWindow()
    menu = window.findChild(QMenu, "DigitalTwinMenu")
    toolbar = window.findChild(QToolBar, "DigitalTwinToolbar")
    bar_texts = [action.text() for action in window.menuBar().actions()]
    state = {"menu_found": menu is not None, "menu_bar": bar_texts}
    if menu is not None:
        action = menu.menuAction()
        state.update(menu_text=action.text(), menu_icon=not action.icon().isNull() or not menu.icon().isNull(),
                     menu_in_bar=action in window.menuBar().actions(),
                     menu_entries=[entry.text() for entry in menu.actions() if entry.text()])
    if toolbar is not None:
        state["toolbar"] = [{"name": action.objectName(), "text": action.text(), "tooltip": action.toolTip(),
                             "icon": icon_digest(action.icon())} for action in toolbar.actions()]
    return state


def message_bar_texts():
    """Every message in the message bar, the stacked ones too ("title: text")."""
    return [f"{item.title()}: {item.text()}" for item in iface.messageBar().items()]


# Scenarios -----------------------------------------------------------------------------------------------------
def scenario_main():
    RESULTS["steps"]["ui"] = ui_state()
    RESULTS["steps"]["ui"]["screenshot"] = screenshot("00_start")
    save()
    district = WORK / "district"
    buildings = WORK / "buildings.gpkg"
    facilities = json.loads((SAMPLE / "network" / "facilities.geojson").read_text(encoding="utf-8"))
    points = {feature["properties"]["kind"]: "{},{} [EPSG:6668]".format(*feature["geometry"]["coordinates"][:2])
              for feature in facilities["features"]}
    steps = [
        ("sampledistrict", "digitaltwin:sampledistrict", {"OUTPUT": str(district)}),
        ("loadcitygml", "digitaltwin:loadcitygml",
         {"INPUT": str(next((SAMPLE / "udx" / "bldg").glob("*.gml"))), "OUTPUT": str(buildings)}),
        ("pointcloudtocopc", "digitaltwin:pointcloudtocopc",
         {"INPUT": str(SAMPLE / "pointcloud.laz"), "OUTPUT": str(WORK / "pointcloud.copc.laz")}),
        ("floodexposure", "digitaltwin:floodexposure",
         {"BUILDINGS": f"{buildings}|layername=building_lod0", "HAZARD_RASTER": str(SAMPLE / "flood_depth_l2.tif"),
          "OUTPUT": str(WORK / "exposure.gpkg")}),
        ("solarirradiance", "digitaltwin:solarirradiance",
         {"INPUT": str(SAMPLE / "dem.tif"), "SECTORS": 8, "RADIUS": 100, "OUTPUT": str(WORK / "solar.tif")}),
        ("barrierfreeroute", "digitaltwin:barrierfreeroute",
         {"LINKS": str(SAMPLE / "network" / "pedestrian_links.geojson"),
          "NODES": str(SAMPLE / "network" / "pedestrian_nodes.geojson"),
          "PROFILE": 0, "UNKNOWN_POLICY": 1, "ORIGIN": points["station"], "DESTINATION": points["hospital"],
          "OUTPUT": str(WORK / "route.gpkg")}),
    ]
    for index, (key, algorithm_id, values) in enumerate(steps, start=1):
        RESULTS["steps"][key] = run_dialog(algorithm_id, values, f"{index:02d}_{key}")
        save()
        if key == "loadcitygml":
            RESULTS["steps"]["view3d"] = view_3d(buildings, "02_loadcitygml_3d_view")
            save()
    RESULTS["steps"]["exportresidentmap"] = export_with_heartbeat(len(steps) + 1)
    save()
    cancelled = WORK / "cancelled" / "resident_map.pdf"
    cancelled.parent.mkdir()
    record = run_dialog("digitaltwin:exportresidentmap",
                        {"LAYERS": [str(WORK / "exposure.gpkg"), str(SAMPLE / "dem.tif")], "PRESET": 1, "DPI": 600,
                         "TEMPLATE": 2, "OUTPUT": str(cancelled)},
                        f"{len(steps) + 2:02d}_exportresidentmap_cancelled", cancel_at_progress=30)
    record["left_behind"] = sorted(path.name for path in cancelled.parent.iterdir())
    RESULTS["steps"]["exportresidentmap_cancelled"] = record
    save()


def scenario_features():
    """Real PLATEAU land use and bridges (from ../shared) through the loadcitygml dialog, then QGIS's own
    View > New 3D Map View, as a user shows them in 3D."""
    for index, path in enumerate(CONFIG["citygml"], start=30):
        key = f"load_{Path(path).stem.split('_')[2]}"  # tamana_493033_luse_6697_op -> load_luse
        RESULTS["steps"][key] = run_dialog("digitaltwin:loadcitygml", {"INPUT": path,
                                                                       "OUTPUT": str(WORK / f"{key}.gpkg")},
                                           f"{index}_{key}")
        save()
    canvas = iface.mapCanvas()
    for index, (kind, layer_part) in enumerate((("luse", "landuse_"), ("brid", "bridge_")), start=33):
        layer = next(layer for layer in QgsProject.instance().mapLayers().values() if layer_part in layer.source())
        iface.setActiveLayer(layer)  # Zoom to Layer first, as a user does: a new 3D view starts from the 2D extent
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
        settle(1.0)
        before = set(QApplication.allWidgets())
        next(action for action in iface.mainWindow().findChildren(QAction)
             if action.objectName() == "mActionNew3DMapCanvas").trigger()
        settle(12.0)  # Qt3D tessellates the parcels or bridges in the background
        opened = [widget for widget in QApplication.allWidgets() if widget not in before]
        RESULTS["steps"][f"3d_view_{kind}"] = view_record(opened, f"{index}_{kind}_3d_view")
        save()
        for widget in opened:
            if widget.isWindow():
                widget.hide()  # closing a floating 3D view crashes QGIS 3.40 under Xvfb (SIGSEGV in Qgs3DAxis)


def view_record(candidates, shot_name):
    """Where the largest visible window among ``candidates`` (a 3D map view) is on the screenshot."""
    views = sorted((widget for widget in candidates if widget.isVisible() and widget.width() > 100
                    and widget.height() > 100), key=lambda widget: widget.width() * widget.height(), reverse=True)
    record = {"message_bar": message_bar_texts(), "views": [widget.windowTitle() for widget in views]}
    if views:
        corner = views[0].mapToGlobal(QPoint(0, 0))
        record["rect"] = [corner.x(), corner.y(), views[0].width(), views[0].height()]
    record["screenshot"] = screenshot(shot_name)
    return record


def view_3d(buildings, shot_name):
    """Digital Twin > 3D view of the loaded LOD2 buildings, as a user opens it; where on the screen it is drawn."""
    layer = next(layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.source().startswith(str(buildings)) and layer.source().endswith("building_lod2"))
    iface.setActiveLayer(layer)
    action = next(action for action in iface.mainWindow().findChildren(QAction)
                  if action.objectName() == "DigitalTwin_open_3d_view_height")
    action.trigger()
    settle(8.0)  # Qt3D loads the buildings in the background and renders a few frames
    # the 3D map view: a dock or a window of its own (QGIS remembers which), titled after the layer
    views = [widget for widget in QApplication.allWidgets() if layer.name() in widget.windowTitle()]
    record = view_record(views, shot_name)
    for widget in views:
        widget.close()
    return record


def export_with_heartbeat(index):
    """The resident-map export from its dialog while a QTimer ticks: the largest gap between ticks is how long the
    window stood still."""
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(TICK_MS)
    exposure = str(WORK / "exposure.gpkg")
    output = WORK / "resident_map.pdf"
    layers = [exposure, str(WORK / "solar.tif"), str(SAMPLE / "dem.tif")]
    # A3 at 600 dpi: one to ten seconds of rendering here, long enough that a blocked window shows
    record = run_dialog("digitaltwin:exportresidentmap",
                        {"LAYERS": layers, "PRESET": 1, "DPI": 600, "TEMPLATE": 2, "OUTPUT": str(output)},
                        f"{index:02d}_exportresidentmap")
    timer.stop()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    record.update(ticks=len(ticks), max_tick_gap_s=round(max(gaps, default=0.0), 3),
                  output_bytes=output.stat().st_size if output.exists() else 0)
    return record


def scenario_missing():
    """Python packages hidden as if never installed: the features must name them and their pip command."""
    RESULTS["steps"]["ui"] = ui_state()
    RESULTS["steps"]["ui"]["screenshot"] = screenshot("10_start_ja")
    save()
    sys.modules["laspy"] = None  # `import laspy` now fails as it does where laspy is not installed
    RESULTS["steps"]["sampledistrict_without_laspy"] = run_dialog(
        "digitaltwin:sampledistrict", {"OUTPUT": str(WORK / "district")}, "11_sampledistrict_without_laspy")
    RESULTS["steps"]["sampledistrict_without_laspy"]["left_behind"] = sorted(path.name for path in WORK.iterdir())
    save()
    sys.modules["lxml"] = None
    action = next(action for action in iface.mainWindow().findChildren(QAction)
                  if action.objectName() == "DigitalTwin_open_3d_view_height")
    action.trigger()
    settle(0.5)
    RESULTS["steps"]["view3d_without_lxml"] = {"message_bar": message_bar_texts(),
                                               "screenshot": screenshot("12_3d_view_without_lxml")}
    save()
    del sys.modules["lxml"]  # installed again
    RESULTS["steps"]["loadcitygml_ja"] = run_dialog(
        "digitaltwin:loadcitygml",
        {"INPUT": str(next((SAMPLE / "udx" / "bldg").glob("*.gml"))), "OUTPUT": str(WORK / "buildings.gpkg")},
        "13_loadcitygml_ja")
    save()


def run_installer(requirement_texts, shot_name):
    """Open Digital Twin > Install Python packages…, give it requirement_texts as what is missing (the test's index
    holds tiny wheels, not the real requirements), press Install and wait for the task. Returns the step record: what
    the dialog showed, the dependencies folder before and after, staging folders left beside it, seconds, bytes."""
    from digital_twin.plugin.installer import pip_install, requirements

    action = next(action for action in iface.mainWindow().findChildren(QAction)
                  if action.objectName() == "DigitalTwin_show_installer")
    action.trigger()
    settle(0.5)
    dialog = next(widget for widget in QApplication.topLevelWidgets()
                  if widget.isVisible() and widget.objectName() == "DigitalTwinInstallDialog")
    folder = Path(dialog.folder)
    before = folder_files(folder)
    dialog.missing = [requirements.Requirement(text.split("==")[0], text) for text in requirement_texts]
    dialog.fill_table()
    record = {"folder": str(folder), "before": before, "rows": table_rows(dialog.table),
              "screenshot_before": screenshot(shot_name + "_before")}
    started = time.monotonic()
    dialog.install_button.click()  # as the user presses Install
    record["finished"] = wait_until(lambda: dialog.task is None, INSTALL_TIMEOUT_S)
    record["seconds"] = round(time.monotonic() - started, 2)
    if not record["finished"]:
        dialog.cancel_button.click()
        wait_until(lambda: dialog.task is None, 10)
    settle(0.3)
    record.update(status=dialog.status.text(), log=dialog.log.toPlainText()[-6000:], progress=dialog.progress.value(),
                  rows_after=table_rows(dialog.table), after=folder_files(folder),
                  bytes=sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()),
                  staging_left=sorted(path.name for path in folder.parent.glob(pip_install.STAGING_PREFIX + "*")),
                  message_bar=message_bar_texts())
    record["screenshot"] = screenshot(shot_name)
    dialog.close()
    return record


def folder_files(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")) if folder.is_dir() else []


def table_rows(table):
    return [[table.item(row, column).text() if table.item(row, column) else ""
             for column in range(table.columnCount())] for row in range(table.rowCount())]


def imported(module_name, attribute):
    """Where module_name is imported from and its attribute, or the error a user would see."""
    try:
        module = __import__(module_name, fromlist=[attribute])
        return {"file": module.__file__, "value": getattr(module, attribute)}
    except ImportError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def scenario_install():
    RESULTS["steps"]["ui"] = ui_state()
    RESULTS["steps"]["ui"]["message_bar"] = message_bar_texts()  # the start-up check (after STARTUP_DELAY_MS)
    RESULTS["python_path"] = sys.path
    RESULTS["exec_prefix"] = os.path.realpath(sys.exec_prefix)
    save()
    RESULTS["steps"]["install"] = run_installer(CONFIG["install"], "20_install")
    RESULTS["steps"]["install"]["import"] = imported(*CONFIG["check_import"])
    save()


def scenario_restart():
    from digital_twin.plugin.installer import qgis_profile

    folder = str(qgis_profile.dependencies_folder())
    RESULTS["steps"]["restart"] = {"folder": folder, "on_sys_path": folder in sys.path,
                                   "last_on_sys_path": sys.path[-1] == folder,
                                   "import": imported(*CONFIG["check_import"]), "python_path": sys.path}
    save()
    RESULTS["steps"]["offline"] = run_installer(CONFIG["install"], "21_install_offline")
    save()


def watch():
    """Every few seconds, which windows are open: when a run hangs, the JSON says where."""
    RESULTS["open_windows"] = [f"{type(widget).__name__} {widget.windowTitle()!r}" + (
        " (modal)" if widget.isModal() else "")  # a modal window waits for a user: the run will hang
        for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    RESULTS["open_window_texts"] = [edit.toPlainText()[-3000:] for widget in QApplication.topLevelWidgets()
                                    if widget.isVisible() and widget.isModal()
                                    for edit in widget.findChildren(QTextEdit)]
    save()


def record_python_error(error_type, value, tb, *_args, **_kwargs):
    """In place of qgis.utils.showException: a traceback a user would have seen in QGIS's Python error window is
    recorded (the tests fail on it) instead of waiting in a modal window."""
    RESULTS["python_errors"].append("".join(traceback.format_exception(error_type, value, tb))[-3000:])
    save()


RESULTS["python_errors"] = []
qgis.utils.showException = record_python_error


WATCHDOG = QTimer()
WATCHDOG.timeout.connect(watch)


def main():
    WATCHDOG.start(WATCH_INTERVAL_MS)
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
        screen = QGuiApplication.primaryScreen().geometry()
        iface.mainWindow().setGeometry(screen)  # Xvfb has no window manager to maximise it
        settle(0.5)
        RESULTS["qgis_version"] = __import__("qgis.core", fromlist=["Qgis"]).Qgis.QGIS_VERSION
        RESULTS["plugin_loaded"] = "digital_twin" in __import__("qgis.utils", fromlist=["plugins"]).plugins
        {"main": scenario_main, "missing": scenario_missing, "install": scenario_install,
         "restart": scenario_restart, "features": scenario_features}[CONFIG["scenario"]]()
        RESULTS["done"] = True
    except Exception:  # noqa: BLE001 (reported to the test, which fails on it)
        RESULTS["errors"].append(traceback.format_exc())
    finally:
        save()
        QgsProject.instance().setDirty(False)
        os._exit(0)  # no exit prompts, no slow teardown: the JSON is all the test needs


QTimer.singleShot(CONFIG.get("start_delay_ms", 1000), main)
