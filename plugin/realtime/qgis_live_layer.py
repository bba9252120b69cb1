"""Live layers: a feed refreshed on its own interval in a QgsTask (QGIS never freezes), its layer name showing when it
was last updated, the last good data kept and one message-bar warning when the feed fails, and recovery by itself at
the next refresh that works. Optionally every refresh is appended to a GeoPackage recording, which
``add_recording_layer`` opens with temporal settings for the temporal controller; ``feed_type="replay"`` serves a
recording back as if it were live.

Entry points for the plugin: ``add_live_layer(iface, feed_url, feed_type, interval_s)`` (or the dialog,
gui_live_feed.show_live_feed_dialog), ``restore_live_layers(iface)`` when a project is read, ``stop_all_live_layers()``
on unload.
"""

import json
from dataclasses import asdict
from datetime import datetime

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFields,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..dependencies import as_missing_dependency
from ..errors import Cancelled, DigitalTwinError
from ..i18n import engine_text, tr
from ..net.qgis_transport import QgisTransport
from ..progress import Progress
from . import record
from .feeds import FeedOptions, FeedReader
from .qgis_layers import (
    qgs_features,
    qgs_fields,
    set_attribution,
    set_project_time_to_recording,
    set_replay_properties,
    style_traffic,
)

LIVE_PROPERTY = "digitaltwin/realtime_feed"
"""Custom layer property (JSON: url, feed_type, interval_s, name, record_path, options) saved with the project, so
restore_live_layers() starts the refreshes again after QGIS restarts."""
MIN_INTERVAL_S = 1
TITLE = "Digital Twin"
_running = set()  # the started LiveLayers: Python must keep the controllers (their timers and tasks) alive


def add_live_layer(iface, feed_url, feed_type, interval_s=30, record_path=None, options=None, name=None,
                   layer=None):
    """Start a live layer for a feed; it appears in the project with the first data. Returns the LiveLayer.

    feed_type: gtfsrt, sensorthings, geojson, wfs (the map extent is used as the bbox), or replay (feed_url is a
    recording made with record_path or digitaltwin:realtimesnapshot).
    """
    canvas = iface.mapCanvas() if iface is not None else None
    extent_provider = (lambda: canvas_bbox(canvas)) if canvas is not None and feed_type == "wfs" else None
    reader = make_reader(feed_url, feed_type, interval_s, options)
    live = LiveLayer(reader, name or default_name(feed_type), interval_s, record_path=record_path,
                     notify=message_bar_notifier(iface), extent_provider=extent_provider, layer=layer)
    live.start()
    return live


def restore_live_layers(iface, project=None):
    """Start the refreshes of the live layers of a project just opened (connect to QgsProject.readProject)."""
    restored = []
    for layer in (project or QgsProject.instance()).mapLayers().values():
        saved = layer.customProperty(LIVE_PROPERTY)
        if not saved or any(live.layer is layer for live in _running):
            continue
        try:
            settings = json.loads(saved)
            options = FeedOptions(**settings.get("options") or {})
            restored.append(add_live_layer(iface, settings["url"], settings["feed_type"], settings["interval_s"],
                                           settings.get("record_path"), options, settings.get("name"), layer))
        except (ValueError, KeyError, TypeError, DigitalTwinError) as exc:
            message_bar_notifier(iface)(Qgis.MessageLevel.Warning, tr("{0}: cannot restart the live layer ({1})")
                                        .format(layer.name(), engine_text(exc)))
    return restored


def stop_all_live_layers():
    """Stop every refresh (plugin unload): the layers stay, with their last data."""
    for live in list(_running):
        live.stop()


def make_reader(feed_url, feed_type, interval_s, options=None):
    if feed_type == "replay":
        return record.ReplayReader(feed_url)
    options = options or FeedOptions()
    options.timeout_s = min(options.timeout_s, max(5.0, float(interval_s)))  # a refresh never outlives the next
    return FeedReader(feed_url, feed_type, options, transport=QgisTransport())


def default_name(feed_type):
    return {
        "gtfsrt": tr("Vehicle positions (live)"),
        "sensorthings": tr("Sensors, latest values (live)"),
        "geojson": tr("Feed (live)"),
        "wfs": tr("Traffic counts (live)"),
        "replay": tr("Recorded feed (replay)"),
    }.get(feed_type, tr("Feed (live)"))


def message_bar_notifier(iface):
    def notify(level, text):
        if iface is None:
            return
        bar = iface.messageBar()
        if level == Qgis.MessageLevel.Warning:
            bar.pushWarning(TITLE, text)
        else:
            bar.pushMessage(TITLE, text, level, 5)

    return notify


def canvas_bbox(canvas):
    """The map extent in EPSG:4326 (west, south, east, north), for feeds queried by bbox."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), wgs84, QgsProject.instance())
    extent = transform.transformBoundingBox(canvas.extent())
    return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())


def add_recording_layer(path, interval_s=60, project=None, name=None):
    """Open a recording with temporal settings, and the project time range set to it, so the temporal controller
    replays it refresh by refresh; returns the layer."""
    project = project or QgsProject.instance()
    layer = QgsVectorLayer(f"{path}|layername={record.DEFAULT_LAYER}", name or tr("Recorded feed"), "ogr")
    if not layer.isValid():
        raise DigitalTwinError("Cannot open the recording {path}", path=path)
    set_replay_properties(layer, interval_s)
    set_project_time_to_recording(project, layer, interval_s)
    project.addMapLayer(layer)
    return layer


def add_sensorthings_native_layer(url, project=None, name=None):
    """A SensorThings service through QGIS's own ``sensorthings`` provider: one point per Location, expanded to its
    Things, their Datastreams and each datastream's latest Observation (``Thing_Datastream_Observation_result``).

    For browsing a service with QGIS's own tools. It is not live: in QGIS 3.40 the provider keeps its first answer
    (its reloadProviderData is compiled out), so auto-refresh shows the same values. For values that follow the feed,
    recording and failure messages, use add_live_layer(iface, url, "sensorthings", interval_s).
    """
    from qgis.core import QgsProviderRegistry, QgsSensorThingsExpansionDefinition
    from qgis.PyQt.QtCore import Qt

    from .sensorthings import service_root

    entity = Qgis.SensorThingsEntity
    expansions = [QgsSensorThingsExpansionDefinition(entity.Thing),
                  QgsSensorThingsExpansionDefinition(entity.Datastream),
                  QgsSensorThingsExpansionDefinition(entity.Observation, "phenomenonTime",
                                                     Qt.SortOrder.DescendingOrder, 1)]
    uri = QgsProviderRegistry.instance().providerMetadata("sensorthings").encodeUri(
        {"url": service_root(url), "entity": "Location", "geometryType": "point", "expandTo": expansions})
    layer = QgsVectorLayer(uri, name or tr("Sensors (SensorThings)"), "sensorthings")
    if not layer.isValid():
        raise DigitalTwinError("{url}: not a SensorThings service QGIS can open ({error})", url=url,
                               error=layer.error().summary() or layer.dataProvider().error().summary())
    set_attribution(layer, url, "sensorthings")
    (project or QgsProject.instance()).addMapLayer(layer)
    return layer


class RefreshTask(QgsTask):
    """One refresh off the main thread: read the feed and, when recording, append it to the GeoPackage."""

    def __init__(self, reader, record_path, layer_fields=None):
        super().__init__(tr("Refreshing {0}").format(reader.url), QgsTask.Flag.CanCancel | QgsTask.Flag.Silent)
        self.reader = reader
        self.record_path = record_path
        self.layer_fields = layer_fields  # a copy of the layer's fields; None before the layer exists
        self.snapshot = None
        self.features = None
        self.fields = None
        self.error = None

    def run(self):
        progress = Progress(self.setProgress, self.isCanceled)
        try:
            self.snapshot = self.reader.read(progress)
            self._build_features()
            if self.record_path:
                self._record()
        except Cancelled:
            return False
        except DigitalTwinError as exc:
            self.error = engine_text(exc)
            return False
        except Exception as exc:  # noqa: BLE001 (a live layer must survive any feed; the message says what broke)
            missing = as_missing_dependency(exc, self.description())  # a package to install, said so
            self.error = engine_text(missing) if missing else f"{self.reader.url}: {exc.__class__.__name__}: {exc}"
            return False
        return self.error is None

    def _build_features(self):
        """QgsFeatures built here, off the main thread (most of a refresh's cost), on the fields the layer will have."""
        fields = self.layer_fields if self.layer_fields is not None else qgs_fields(self.snapshot)
        if all(fields.indexOf(name) >= 0 for name in self.snapshot.fields):
            self.fields = fields
            self.features = qgs_features(self.snapshot, fields)

    def _record(self):
        """A recording that fails (disk full, file locked) is reported, but the fresh data is still shown."""
        try:
            record.append_snapshot(self.record_path, self.snapshot)
        except (DigitalTwinError, RuntimeError, OSError) as exc:
            self.error = tr("recording to {0} failed: {1}").format(self.record_path, engine_text(exc))


class LiveLayer(QObject):
    """A feed's live layer: a timer, one refresh task at a time, and the layer updated on the main thread."""

    updated = pyqtSignal()
    failed = pyqtSignal(str)

    def __init__(self, reader, name, interval_s, record_path=None, notify=None, extent_provider=None, project=None,
                 layer=None):
        super().__init__()
        self.reader = reader
        self.name = name
        self.interval_s = max(MIN_INTERVAL_S, int(interval_s))
        self.record_path = str(record_path) if record_path else None
        self.notify = notify or (lambda level, text: None)
        self.extent_provider = extent_provider
        self.project = project or QgsProject.instance()
        self.layer = None
        self.last_updated = None
        self.last_error = None
        self.refresh_count = 0
        self._task = None
        self._stopped = False
        self._style_pending = False
        if layer is not None:  # a live layer of a saved project, started again
            self._adopt(layer)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)

    def start(self):
        _running.add(self)
        self._stopped = False
        self._timer.start(self.interval_s * 1000)
        self.refresh()

    def stop(self):
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        _running.discard(self)

    def is_refreshing(self):
        return self._task is not None

    def refresh(self):
        """Start a refresh unless one is still running (a slow feed never piles up requests)."""
        if self._task is not None:
            return
        if self.extent_provider is not None:
            try:
                self.reader.options.bbox = self.extent_provider()
            except QgsCsException:
                pass  # an extent that cannot be expressed in lon/lat: keep the last one
        task = RefreshTask(self.reader, self.record_path,
                           QgsFields(self.layer.fields()) if self.layer is not None else None)
        task.taskCompleted.connect(lambda: self._finished(task))
        task.taskTerminated.connect(lambda: self._finished(task))
        self._task = task
        QgsApplication.taskManager().addTask(task)

    def _finished(self, task):
        self._task = None
        if self._stopped:
            return
        self.refresh_count += 1
        if task.snapshot is not None:
            self._show(task)
        if task.error is not None:
            self._fail(task.error)

    def _show(self, task):
        snapshot = task.snapshot
        if self.layer is None:
            self._create_layer(snapshot)
        self._add_new_fields(snapshot)
        features = task.features
        if features is None or task.fields.names() != self.layer.fields().names():
            features = qgs_features(snapshot, self.layer.fields())  # new fields appeared: build on the new ones
        provider = self.layer.dataProvider()
        provider.truncate()
        provider.addFeatures(features)
        self.layer.updateExtents()
        if self._style_pending:
            style_traffic(self.layer)  # the volume classes need values: style once the first counts are in
            self._style_pending = False
        self.last_updated = snapshot.fetched_at
        if self.last_error is not None:
            self.notify(Qgis.MessageLevel.Success, tr("{0}: the feed works again").format(self.name))
        self.last_error = None
        self.layer.setName(self._title())
        self.layer.setCustomProperty("digitaltwin/last_updated", snapshot.fetched_at.isoformat())
        self.layer.triggerRepaint()
        self.updated.emit()

    def _fail(self, message):
        first_failure = self.last_error is None
        self.last_error = message
        if self.layer is not None:
            self.layer.setName(self._title())
        if first_failure:  # one warning per outage, not one per refresh
            kept = tr("showing the data of {0}").format(self._clock()) if self.last_updated else tr("no data yet")
            self.notify(Qgis.MessageLevel.Warning, tr("{0}: {1} ({2}; retrying every {3} s)").format(
                self.name, message, kept, self.interval_s))
        self.failed.emit(message)

    def _title(self):
        if self.last_updated is None:
            return self.name
        if self.last_error is not None:
            return tr("{0} (updated {1}, feed failing)").format(self.name, self._clock())
        return tr("{0} (updated {1})").format(self.name, self._clock())

    def _clock(self):
        return self.last_updated.astimezone().strftime("%H:%M:%S") if isinstance(self.last_updated, datetime) else ""

    def _create_layer(self, snapshot):
        kinds = {item["geometry"]["type"] for item in snapshot.features if item.get("geometry")}
        geometry = kinds.pop() if len(kinds) == 1 else "Point"
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", self.name, "memory")
        layer.dataProvider().addAttributes(qgs_fields(snapshot).toList())
        layer.updateFields()
        set_attribution(layer, self.reader.url, self.reader.feed_type)
        if self.reader.feed_type == "replay":
            set_replay_properties(layer, self.interval_s)
        self._style_pending = self.reader.feed_type == "wfs"
        self.project.addMapLayer(layer)
        self._adopt(layer)

    def _adopt(self, layer):
        options = getattr(self.reader, "options", None)
        layer.setCustomProperty(LIVE_PROPERTY, json.dumps({
            "url": self.reader.url, "feed_type": self.reader.feed_type, "interval_s": self.interval_s,
            "name": self.name, "record_path": self.record_path, "options": asdict(options) if options else None}))
        self.layer = layer
        self.project.layerWillBeRemoved[str].connect(self._layer_removed)

    def _add_new_fields(self, snapshot):
        known = set(self.layer.fields().names())
        new = [field for field in qgs_fields(snapshot) if field.name() not in known]
        if new:
            self.layer.dataProvider().addAttributes(new)
            self.layer.updateFields()

    def _layer_removed(self, layer_id):
        if self.layer is not None and layer_id == self.layer.id():
            self.stop()
            self.layer = None
