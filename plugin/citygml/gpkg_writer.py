"""GeoPackage output through GDAL/OGR (osgeo.ogr of the system GDAL, no qgis): one layer per feature type, LOD and
semantic surface, created when their first feature arrives, written in batched transactions (bounded memory), and
default QGIS styles stored in the ``layer_styles`` table so QGIS opens the layers styled."""

import datetime
from pathlib import Path

from ..errors import DigitalTwinError

OGR_TYPES = {"str": "OFTString", "int": "OFTInteger", "real": "OFTReal"}
BATCH = 5000  # features per transaction
STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"


class GpkgWriter:
    def __init__(self, path, epsg):
        from osgeo import ogr, osr

        self._ogr = ogr
        ogr.UseExceptions()
        driver = ogr.GetDriverByName("GPKG")
        self.path = Path(path)
        self.path.unlink(missing_ok=True)  # atomic_output made an empty placeholder
        self.dataset = driver.CreateDataSource(str(self.path))
        if self.dataset is None:
            raise DigitalTwinError(f"{path}: GDAL could not create the GeoPackage")
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(int(epsg))
        self.layers = {}  # name -> (layer, definition, field indexes)
        self.counts = {}
        self._pending = 0
        self.dataset.StartTransaction()

    def layer(self, name, fields, geometry=True):
        if name not in self.layers:
            ogr = self._ogr
            geometry_type = ogr.wkbMultiPolygon25D if geometry else ogr.wkbNone
            options = ["SPATIAL_INDEX=YES"] if geometry else []
            layer = self.dataset.CreateLayer(name, self.srs if geometry else None, geometry_type, options=options)
            for field_name, kind in fields:
                layer.CreateField(ogr.FieldDefn(field_name, getattr(ogr, OGR_TYPES[kind])))
            definition = layer.GetLayerDefn()
            indexes = [(definition.GetFieldIndex(field_name), field_name) for field_name, _ in fields]
            self.layers[name] = (layer, definition, indexes)
            self.counts[name] = 0
        return self.layers[name]

    def feature(self, name, fields, values, wkb=None, template=None):
        """Write one feature; ``template`` (a previous feature of a layer with the same fields) copies its
        attributes in C instead of setting them one by one. Returns the feature, for use as a template."""
        layer, definition, indexes = self.layer(name, fields, geometry=wkb is not None)
        feature = self._ogr.Feature(definition)
        if template is not None:
            feature.SetFrom(template)
        else:
            for index, field_name in indexes:
                value = values.get(field_name)
                if value is not None:
                    feature.SetField(index, value)
        if wkb is not None:
            feature.SetGeometryDirectly(self._ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
        self.counts[name] += 1
        self._pending += 1
        if self._pending >= BATCH:
            self.dataset.CommitTransaction()
            self.dataset.StartTransaction()
            self._pending = 0
        return feature

    def close(self):
        if self.dataset is None:
            return
        self.dataset.CommitTransaction()
        self._write_styles()
        self.dataset.FlushCache()
        self.dataset = None

    def abort(self):
        self.dataset = None

    def _styles_table(self):
        """The table QGIS reads default styles from (same columns as QGIS writes when saving a style to a gpkg)."""
        ogr = self._ogr
        table = self.dataset.CreateLayer("layer_styles", None, ogr.wkbNone)
        for name, kind in STYLE_COLUMNS:
            definition = ogr.FieldDefn(name, getattr(ogr, kind))
            if name == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            table.CreateField(definition)
        return table

    def _write_styles(self):
        """A default style per layer (resources/styles/citygml_<layer kind>.qml) in QGIS's layer_styles table."""
        styles = [(name, STYLES_DIR / f"citygml_{style_name(name)}.qml") for name in self.layers]
        styles = [(name, path) for name, path in styles
                  if path.is_file() and self.layers[name][0].GetGeomType() != self._ogr.wkbNone]
        if not styles:
            return
        table = self._styles_table()
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        self.dataset.StartTransaction()
        for name, path in styles:
            feature = self._ogr.Feature(table.GetLayerDefn())
            values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": name, "f_geometry_column": "geom",
                      "styleName": name, "styleQML": path.read_text(encoding="utf-8"), "styleSLD": "",
                      "useAsDefault": 1, "description": "Digital Twin default style", "owner": "", "ui": "",
                      "update_time": now}
            for key, value in values.items():
                feature.SetField(key, value)
            table.CreateFeature(feature)
        self.dataset.CommitTransaction()


STYLE_COLUMNS = [("f_table_catalog", "OFTString"), ("f_table_schema", "OFTString"), ("f_table_name", "OFTString"),
                 ("f_geometry_column", "OFTString"), ("styleName", "OFTString"), ("styleQML", "OFTString"),
                 ("styleSLD", "OFTString"), ("useAsDefault", "OFTInteger"), ("description", "OFTString"),
                 ("owner", "OFTString"), ("ui", "OFTString"), ("update_time", "OFTDateTime")]


def style_name(layer_name):
    """The style used for a layer: building_lod1 -> building_lod1, waterbody_lod1 -> object."""
    if layer_name.startswith("building_"):
        return layer_name
    return "object"
