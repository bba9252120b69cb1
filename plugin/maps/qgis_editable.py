"""Keep a resident map's layout in the QGIS project and open it in the layout designer, for the last touches a city
always makes (a logo, a note, a moved legend). QGIS desktop only: qgis_process writes the PDF/PNG alone."""

from qgis.core import QgsApplication, QgsPrintLayout, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from ..errors import DigitalTwinError

LAYER_GROUP = "住民向け地図のレイヤ"  # the layout's own layer copies, kept (hidden) in the project


def desktop_designer():
    """iface.openLayoutDesigner in QGIS desktop; None elsewhere (qgis_process, tests, a standalone script: their
    platform is not "desktop", whatever stand-in iface they may set)."""
    if QgsApplication.instance() is None or QgsApplication.instance().platform() != "desktop":
        return None
    from qgis.utils import iface

    return iface.openLayoutDesigner if iface is not None else None


def keep_in_project(layout, layers, project, name):
    """A copy of the filled layout in ``project``'s layout manager, named ``name`` (made unique), with the layer
    copies it draws added to the project in a hidden group; returns the kept layout."""
    root = project.layerTreeRoot()
    group = root.findGroup(LAYER_GROUP) or root.insertGroup(0, LAYER_GROUP)
    kept_layers = [*layers, *([layout.keep_locator_alive] if hasattr(layout, "keep_locator_alive") else [])]
    for layer in kept_layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(False)
    document = QDomDocument()
    context = QgsReadWriteContext()
    element = layout.writeXml(document, context)
    kept = QgsPrintLayout(project)
    if not kept.readXml(element, document, context):
        raise DigitalTwinError("the layout '{name}' could not be copied into the project", name=name)
    existing = {item.name() for item in project.layoutManager().layouts()}
    unique, number = name, 2
    while unique in existing:
        unique, number = f"{name} ({number})", number + 1
    kept.setName(unique)
    if not project.layoutManager().addLayout(kept):
        raise DigitalTwinError("the layout '{name}' could not be added to the project", name=unique)
    return kept


def open_for_editing(layout, layers, project, name, open_designer=None):
    """Keep the layout in the project and open it in the designer; returns the kept layout, or None where there
    is no designer (qgis_process)."""
    open_designer = open_designer or desktop_designer()
    if open_designer is None:
        return None
    kept = keep_in_project(layout, layers, project, name)
    open_designer(kept)
    return kept
