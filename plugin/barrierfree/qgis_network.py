"""QGIS side of the network import: any vector layer (GeoJSON, Shapefile, GeoPackage, CSV with lat/lon) -> records
for network.build_network, networks cached per layer file, profiles from a file or the project."""

import json
import os
from collections import OrderedDict

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest

from ..errors import Cancelled
from . import network as networks
from . import profiles as profile_rules

PROJECT_SCOPE, PROJECT_KEY = "digitaltwin", "barrierfree/profiles"
_NETWORKS = OrderedDict()  # cache key -> Network (its graphs are cached inside), most recent last
_CACHE_SIZE = 4


def jgd2011():
    """EPSG:6668, made when needed: a module-level CRS would outlive QGIS's CRS registry and crash qgis_process
    at exit."""
    return QgsCoordinateReferenceSystem("EPSG:6668")


def _value(value):
    """QVariant NULL -> None; everything else as Python gives it."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def records_from_source(source, transform_context, feedback=None, path=None):
    """Features of a QgsFeatureSource as records in EPSG:6668 (geometry-less rows keep coords None)."""
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != jgd2011():
        transform = QgsCoordinateTransform(source.sourceCrs(), jgd2011(), transform_context)
    names = source.fields().names()
    records = []
    for number, feature in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        coords = None
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isEmpty():
            if transform is not None:
                geometry.transform(transform)
            if geometry.type() == Qgis.GeometryType.Point:
                point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
                coords = [(point.x(), point.y())]
            else:
                coords = [(vertex.x(), vertex.y()) for vertex in geometry.vertices()]
        records.append({"properties": {name: _value(feature[name]) for name in names}, "coords": coords,
                        "where": dict(path=path, line=None, field=None, feature=number)})
    return records


def _file_key(layer):
    """What identifies a layer's data: its source, and for files their size and modification time."""
    if layer is None:
        return None
    source = layer.source()
    path = source.split("|")[0]
    if not os.path.isfile(path):
        return None  # memory and database layers are not cached: their content can change unseen
    stat = os.stat(path)
    return (source, stat.st_size, stat.st_mtime_ns)


def network_from_layers(links_source, nodes_source, code_set, transform_context, links_layer=None, nodes_layer=None,
                        feedback=None):
    """Build (or reuse) the Network of these layers; graphs cached inside it are reused by later runs."""
    links_key = _file_key(links_layer)
    key = None
    if links_key is not None and (nodes_source is None or _file_key(nodes_layer) is not None):
        key = (links_key, _file_key(nodes_layer), code_set)
        if key in _NETWORKS:
            _NETWORKS.move_to_end(key)
            return _NETWORKS[key]
    name = links_layer.name() if links_layer is not None else "links"
    link_records = records_from_source(links_source, transform_context, feedback, path=name)
    node_records = None
    if nodes_source is not None:
        node_records = records_from_source(nodes_source, transform_context, feedback,
                                           path=nodes_layer.name() if nodes_layer is not None else "nodes")
    built = networks.build_network(link_records, node_records, code_set=code_set, source=name)
    if key is not None:
        _NETWORKS[key] = built
        while len(_NETWORKS) > _CACHE_SIZE:
            _NETWORKS.popitem(last=False)
    return built


def project_profiles_json(project):
    """Profiles stored in the project (JSON text), or '' when it holds none."""
    if project is None:
        return ""
    text, found = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return text if found else ""


def project_unknown_policy(project):
    """The unknown-data policy saved with the project's profiles (the profiles dialog), else 'barrier'."""
    stored = project_profiles_json(project)
    try:
        data = json.loads(stored) if stored else {}
    except ValueError:
        data = {}
    policy = data.get("unknown_policy") if isinstance(data, dict) else None
    return policy if policy in profile_rules.UNKNOWN_POLICIES else profile_rules.UNKNOWN_BARRIER


def store_profiles_in_project(project, json_text):
    """Keep edited profiles with the project (checked first, so a bad edit fails now, not at the next run)."""
    profile_rules.profiles_from_json(json_text, where="project profiles")
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, json_text)


def available_profiles(profiles_file, project):
    """Profiles from the file given, else those stored in the project, else the shipped ones; and where from."""
    if profiles_file:
        return profile_rules.load_profiles(profiles_file), profiles_file
    stored = project_profiles_json(project)
    if stored:
        return profile_rules.profiles_from_json(stored, where="project profiles"), "project"
    return profile_rules.load_profiles(), "shipped"
