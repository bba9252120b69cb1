"""Map styles for the sample district's files that carry none of their own: the pedestrian network as a plain
path line, the facilities by kind, the river channel in water blue. Callables for plugin.qgis_results."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

from ..i18n import tr

PATH_COLOUR = "90,90,90,255"
RIVER_COLOUR = "166,206,227,200"
# facility kind -> (marker shape, fill colour)
FACILITY_MARKERS = {"station": ("square", "31,120,180,255"), "hospital": ("cross_fill", "227,26,28,255"),
                    "shelter": ("triangle", "51,160,44,255")}


def facility_labels():
    return {"station": tr("Station"), "hospital": tr("Hospital"), "shelter": tr("Shelter")}


def style_network(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"line_color": PATH_COLOUR, "line_width": "0.4"})))


def style_facilities(layer):
    labels = facility_labels()
    categories = [
        QgsRendererCategory(kind, QgsMarkerSymbol.createSimple(
            {"name": shape, "color": colour, "outline_color": "255,255,255,255", "size": "4"}), labels[kind])
        for kind, (shape, colour) in FACILITY_MARKERS.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))


def style_river(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": RIVER_COLOUR, "outline_color": "31,120,180,255", "outline_width": "0.3"})))
