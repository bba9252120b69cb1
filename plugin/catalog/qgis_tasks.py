"""Background work of the catalog dock, as QgsTasks (progress bar in the QGIS status bar, Cancel, UI never frozen):
opening a catalog, adding a resource to the map (layers are made in the task's thread and moved to the main
thread), and downloading resources to a folder."""

from pathlib import Path

from qgis.core import QgsApplication, QgsFeedback, QgsTask

from ..dependencies import as_missing_dependency
from ..errors import Cancelled, DigitalTwinError
from ..i18n import engine_text
from ..net.qgis_transport import qgis_client
from ..progress import Progress
from . import sources
from .qgis_layers import file_name_of, make_layer, needs_preparation, open_prepared, prepare_resource


class CatalogTask(QgsTask):
    """A task whose engine gets a Progress and an HttpClient over the QGIS network manager, and that calls
    ``on_done(task)`` on the main thread with ``error`` (a sentence) set when it failed."""

    def __init__(self, description, on_done, authcfg="", offline=False):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.on_done = on_done
        self.error = ""
        self.reported = False
        self.feedback = QgsFeedback()
        self.client = qgis_client(authcfg, self.feedback, offline)
        self.progress = Progress(self.setProgress, lambda: self.isCanceled() or self.feedback.isCanceled())
        # A task cancelled while still queued never runs and never gets finished(): report it all the same.
        self.taskTerminated.connect(self._report)

    def cancel(self):
        # Mark the task cancelled before aborting the request in flight, so the worker that sees the aborted
        # reply already knows it was the user's Cancel (and says "cancelled", not "broke off").
        super().cancel()
        self.feedback.cancel()

    def run(self):
        try:
            self.work()
            return True
        except Cancelled:
            self.error = "cancelled"
        except DigitalTwinError as exc:
            self.error = engine_text(exc)
        except Exception as exc:  # noqa: BLE001 (a task must report, not crash QGIS)
            missing = as_missing_dependency(exc, self.description())  # a package to install, said so
            self.error = engine_text(missing) if missing else f"{type(exc).__name__}: {exc}"
        return False

    def work(self):
        raise NotImplementedError

    def finished(self, result):  # noqa: ARG002 (QgsTask API)
        self._report()

    def _report(self):
        if self.reported:
            return
        self.reported = True
        if self.isCanceled() and not self.error:
            self.error = "cancelled"
        self.on_done(self)


class OpenCatalogTask(CatalogTask):
    def __init__(self, connection, on_done, query="", conditions="", offline=False):
        super().__init__(connection["name"], on_done, connection.get("authcfg", ""), offline)
        self.connection = connection
        self.query = query
        self.conditions = conditions
        self.name = connection["name"]
        self.datasets = []

    def work(self):
        _, self.datasets = sources.fetch(self.connection["type"], self.connection["url"], self.client,
                                         query=self.query, conditions=self.conditions, name=self.name,
                                         progress=self.progress)


class AddToMapTask(CatalogTask):
    """Makes the layers of some resources of one dataset (e.g. every mesh file of a CityGML dataset); ``layers``
    (moved to the main thread) are added by on_done."""

    def __init__(self, resources, dataset, work_folder, on_done, authcfg=""):
        super().__init__(dataset.title, on_done, authcfg)
        self.resources = resources
        self.dataset = dataset
        self.work_folder = work_folder
        self.layers = []
        self.hidden = []  # layers that start unchecked (LOD0 outlines, walls ...)

    def work(self):
        main_thread = QgsApplication.instance().thread()
        made = []
        several = len(self.resources) > 1
        for index, resource in enumerate(self.resources):
            progress = self.progress.sub(index / len(self.resources), (index + 1) / len(self.resources))
            name = f"{self.dataset.title} {resource.name}" if several else self.dataset.title
            if needs_preparation(resource):
                # short names: the dataset's title names the group they go in
                for rank, (uri, short_name, kind, visible) in enumerate(
                        prepare_resource(resource, self.work_folder, self.client, progress)):
                    layer_name = " ".join(part for part in (short_name, resource.name if several else "") if part)
                    made.append((rank, open_prepared(uri, layer_name or name, kind, self.dataset)))
                    if not visible:
                        self.hidden.append(made[-1][1])
            else:
                made.append((0, make_layer(resource, self.dataset, name)))
        # every mesh file's LOD2 above every LOD1 ..., not one file's LOD0 above the next one's LOD2
        made = [layer for _, layer in sorted(made, key=lambda ranked: ranked[0])]
        for layer in made:
            layer.moveToThread(main_thread)
        self.layers = made


class DownloadTask(CatalogTask):
    """Downloads resources into a folder (resumable, size/checksum checked); ``files`` lists what was written."""

    def __init__(self, resources, folder, on_done, authcfg=""):
        super().__init__(f"Download {len(resources)} file(s)", on_done, authcfg)
        self.resources = resources
        self.folder = Path(folder)
        self.files = []

    def work(self):
        for index, resource in enumerate(self.resources):
            target = self.folder / file_name_of(resource.url)
            if target.exists():  # downloaded before: keep the user's file
                self.files.append(target)
                continue
            part = self.progress.sub(index / len(self.resources), (index + 1) / len(self.resources))
            self.files.append(self.client.download(resource.url, target, resource.name or "download",
                                                   expected_size=resource.size, checksum=resource.checksum,
                                                   progress=part))
