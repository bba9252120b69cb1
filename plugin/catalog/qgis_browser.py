"""Catalog entries in the QGIS Browser panel: "Digital Twin catalogs" > connection > (prefecture > city >) dataset
> layer items, so datasets can be dragged onto the map or into a project. Listing a connection fetches it in the
Browser's worker thread (QGIS network manager, cached on disk). Resources that need conversion first (CityGML,
LAS/LAZ) are loader items: a double-click or their context-menu action opens the loader's Processing dialog
(digitaltwin:loadcitygml, digitaltwin:pointcloudtocopc) with the input filled in.

Register with ``register_browser_provider()`` in initGui and remove with ``unregister_browser_provider()`` in unload.
"""

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsErrorItem,
    QgsLayerItem,
)
from qgis.PyQt.QtWidgets import QAction

from ..errors import DigitalTwinError
from ..i18n import engine_text, tr
from ..net.qgis_transport import qgis_client
from . import qgis_connections, sources
from .model import CITYGML
from .qgis_layers import is_remote, layer_source, local_path, needs_preparation

ROOT_PATH = "digitaltwin-catalog:"
BROWSER_MAX_DATASETS = 1000  # a CKAN portal lists the first thousand here; the dock searches all of them
_provider = None


def _layer_item(parent, name, path, resource, dataset):
    source = layer_source(resource)
    if source is None:
        return None
    layer_type, uri, provider_key = source
    item = QgsLayerItem(parent, name, path, uri, layer_type, provider_key)
    metadata = item.layerMetadata()
    if dataset.licence:
        metadata.setLicenses([dataset.licence])
    if dataset.attribution:
        metadata.setRights([dataset.attribution])
    metadata.setTitle(dataset.title)
    metadata.setAbstract(dataset.description)
    item.setLayerMetadata(metadata)
    item.setToolTip(_tool_tip(dataset, resource))
    return item


def _tool_tip(dataset, resource, *more):
    return "\n".join(filter(None, [dataset.title, dataset.licence, dataset.attribution, resource.url, *more]))


def loader_call(resource):
    """(algorithm id, parameters to prefill) turning a CityGML or LAS/LAZ resource into layers, else None."""
    if not needs_preparation(resource):
        return None
    location = resource.url if is_remote(resource.url) else local_path(resource.url)
    if resource.kind == CITYGML:
        return "digitaltwin:loadcitygml", {"INPUT": location}  # the loader reads URLs and release zips itself
    if is_remote(resource.url):  # the COPC converter reads local files: download first
        return "digitaltwin:catalogdownload", {"URL": resource.url, "EXPECTED_SIZE": resource.size or 0,
                                                "CHECKSUM": resource.checksum}
    return "digitaltwin:pointcloudtocopc", {"INPUT": location}


def _item(parent, name, path, resource, dataset):
    if layer_source(resource) is not None:
        return _layer_item(parent, name, path, resource, dataset)
    return LoaderItem(parent, name, path, resource, dataset)


class LoaderItem(QgsDataItem):
    """A CityGML or LAS/LAZ resource: QGIS cannot open it as it is, its loader algorithm can."""

    def __init__(self, parent, name, path, resource, dataset):
        super().__init__(Qgis.BrowserItemType.Custom, parent, name, path)
        self.algorithm_id, self.parameters = loader_call(resource)
        self.setState(Qgis.BrowserItemState.Populated)  # no children: no expand arrow
        icon = "/mIconPolygonLayer.svg" if resource.kind == CITYGML else "/mIconPointCloudLayer.svg"
        self.setIcon(QgsApplication.getThemeIcon(icon))
        self.setToolTip(_tool_tip(dataset, resource, tr("Double-click: {0}").format(self.action_text())))

    def action_text(self):
        return {"digitaltwin:loadcitygml": tr("Load with the CityGML loader…"),
                "digitaltwin:pointcloudtocopc": tr("Convert to COPC…"),
                "digitaltwin:catalogdownload": tr("Download (then convert to COPC)…")}[self.algorithm_id]

    def actions(self, parent):
        action = QAction(self.action_text(), parent)
        action.triggered.connect(self.open_loader)
        return [action]

    def handleDoubleClick(self):  # noqa: N802 (QGIS API)
        self.open_loader()
        return True

    def open_loader(self, _checked=False):
        from .. import qgis_dialogs

        qgis_dialogs.open_algorithm_dialog(self.algorithm_id, dict(self.parameters))


def _browsable(resource):
    return layer_source(resource) is not None or needs_preparation(resource)


def dataset_items(parent, datasets, path):
    """One item per dataset with a single resource to show, a folder of items for the others: layer items for what
    QGIS opens directly, loader items for CityGML and LAS/LAZ."""
    items = []
    for index, dataset in enumerate(datasets):
        loadable = [r for r in dataset.resources if _browsable(r)]
        item_path = f"{path}/{index}"
        if len(loadable) == 1:
            item = _item(parent, dataset.title, item_path, loadable[0], dataset)
        elif loadable:
            item = DatasetItem(parent, dataset, loadable, item_path)
        else:
            continue
        items.append(item)
    return items


class DatasetItem(QgsDataCollectionItem):
    def __init__(self, parent, dataset, resources, path):
        super().__init__(parent, dataset.title, path)
        self.dataset = dataset
        self.resources = resources
        self.setCapabilitiesV2(Qgis.BrowserItemCapability.Fast)  # children known: no worker thread needed

    def createChildren(self):  # noqa: N802 (QGIS API)
        return [_item(self, resource.name or resource.format, f"{self.path()}/{index}", resource, self.dataset)
                for index, resource in enumerate(self.resources)]


class GroupItem(QgsDataCollectionItem):
    """A prefecture, city or catalog group holding already fetched datasets or sub-groups."""

    def __init__(self, parent, name, path, datasets, levels):
        super().__init__(parent, name, path)
        self.datasets = datasets
        self.levels = levels
        self.setCapabilitiesV2(Qgis.BrowserItemCapability.Fast)

    def createChildren(self):  # noqa: N802 (QGIS API)
        return grouped_items(self, self.datasets, self.path(), self.levels)


def grouped_items(parent, datasets, path, levels):
    """Group by the first of ``levels`` (a function dataset -> group name) when it splits the datasets."""
    if levels:
        key = levels[0]
        groups = {}
        for dataset in datasets:
            groups.setdefault(key(dataset) or tr("Other"), []).append(dataset)
        if len(groups) > 1 or len(datasets) > 50:
            return [GroupItem(parent, name, f"{path}/{name}", members, levels[1:])
                    for name, members in sorted(groups.items())]
    return dataset_items(parent, datasets, path)


LEVELS = {
    "plateau": [lambda d: d.pref, lambda d: " ".join(filter(None, [d.city, d.ward]))],
    "terria": [lambda d: d.group],
}


class ConnectionItem(QgsDataCollectionItem):
    """One catalog connection; its datasets are fetched when the user expands it (in a worker thread)."""

    def __init__(self, parent, connection):
        super().__init__(parent, connection["name"], f"{ROOT_PATH}/{connection['name']}")
        self.connection = connection

    def createChildren(self):  # noqa: N802 (QGIS API)
        kind = self.connection["type"]
        if kind == "plateau-citygml":
            return []  # needs a place: use the dock
        client = qgis_client(self.connection.get("authcfg", ""))
        try:
            _, datasets = sources.fetch(kind, self.connection["url"], client, name=self.connection["name"],
                                        max_results=BROWSER_MAX_DATASETS)
        except DigitalTwinError as exc:
            return [QgsErrorItem(self, engine_text(exc), f"{self.path()}/error")]
        return grouped_items(self, datasets, self.path(), LEVELS.get(kind, []))


class CatalogRootItem(QgsDataCollectionItem):
    def __init__(self):
        super().__init__(None, tr("Digital Twin catalogs"), ROOT_PATH)
        self.setCapabilitiesV2(Qgis.BrowserItemCapability.Fast)
        self.setIcon(QgsApplication.getThemeIcon("/mIconNetworkLogger.svg"))

    def createChildren(self):  # noqa: N802 (QGIS API)
        return [ConnectionItem(self, connection) for connection in qgis_connections.all_connections()]


class CatalogItemProvider(QgsDataItemProvider):
    def name(self):
        return "DigitalTwinCatalogs"

    def capabilities(self):
        return Qgis.DataItemProviderCapability.NetworkSources

    def createDataItem(self, path, parent):  # noqa: N802 (QGIS API)
        return CatalogRootItem() if not path else None


def register_browser_provider():
    global _provider
    if _provider is None:
        _provider = CatalogItemProvider()
        QgsApplication.dataItemProviderRegistry().addProvider(_provider)
    return _provider


def unregister_browser_provider():
    global _provider
    if _provider is not None:
        QgsApplication.dataItemProviderRegistry().removeProvider(_provider)
        _provider = None
