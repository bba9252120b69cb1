"""PLATEAU-schema CityGML writers: buildings (udx/bldg) and the flood inundation model (udx/fld).

Namespaces and structure follow real PLATEAU 2023 files (CityGML 2.0 + i-UR uro 3.0, EPSG:6697 with lat-lon axis
order): LOD0 footprint, LOD1 solid, LOD2 solid referencing Ground/Wall/Roof surfaces by xlink as PLATEAU does,
codes with codeSpace pointing at codelists/.
"""

import uuid

import numpy as np
from lxml import etree

from .site import CITY_CODE, CITYGML_CRS_URI, PREFECTURE_CODE, to_lonlat

NS = {
    "core": "http://www.opengis.net/citygml/2.0",
    "bldg": "http://www.opengis.net/citygml/building/2.0",
    "wtr": "http://www.opengis.net/citygml/waterbody/2.0",
    "gen": "http://www.opengis.net/citygml/generics/2.0",
    "gml": "http://www.opengis.net/gml",
    "uro": "https://www.geospatial.jp/iur/uro/3.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_LOCATION = (
    "https://www.geospatial.jp/iur/uro/3.0 ../../schemas/iur/uro/3.0/urbanObject.xsd "
    "http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd "
    "http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd "
    "http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd "
    "http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd "
    "http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd"
)
RIVER_CODE = "1"  # BuildingRiverFloodingRiskAttribute_description: 荒川水系荒川 (our codelist)
ADMIN_TYPE_NATIONAL = "1"  # 国


def q(name):
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sub(parent, name, text=None, **attributes):
    element = etree.SubElement(parent, q(name), {_attribute(k): str(v) for k, v in attributes.items()})
    if text is not None:
        element.text = str(text)
    return element


def _attribute(key):
    return {"gml_id": q("gml:id"), "xlink_href": q("xlink:href"), "codeSpace": "codeSpace", "uom": "uom",
            "srsName": "srsName", "srsDimension": "srsDimension", "name": "name"}[key]


def pos_list(u, v, z):
    """"lat lon h ..." for local coordinates (lat-lon order of EPSG:6697)."""
    lon, lat = to_lonlat(u, v)
    z = np.broadcast_to(np.asarray(z, dtype=float), np.shape(lon))
    return " ".join(f"{a:.8f} {o:.8f} {h:.2f}" for a, o, h in zip(lat, lon, z, strict=True))  # 1 mm, 1 cm


def polygon(parent, ring, gml_id=None):
    """A gml:Polygon from a closed-or-open ring [(u, v, z), ...]; closes it."""
    ring = list(ring) + [ring[0]]
    u, v, z = (np.array(c, dtype=float) for c in zip(*ring, strict=True))
    attributes = {"gml_id": gml_id} if gml_id else {}
    poly = sub(parent, "gml:Polygon", **attributes)
    sub(sub(sub(poly, "gml:exterior"), "gml:LinearRing"), "gml:posList", pos_list(u, v, z))
    return poly


def city_model(lower, upper):
    """The root core:CityModel with its envelope (lower/upper = (u, v, z) corners in local metres)."""
    root = etree.Element(q("core:CityModel"), nsmap=NS)
    root.set(q("xsi:schemaLocation"), SCHEMA_LOCATION)
    envelope = sub(sub(root, "gml:boundedBy"), "gml:Envelope", srsName=CITYGML_CRS_URI, srsDimension=3)
    (lon0, lon1), (lat0, lat1) = to_lonlat([lower[0], upper[0]], [lower[1], upper[1]])
    sub(envelope, "gml:lowerCorner", f"{min(lat0, lat1):.9f} {min(lon0, lon1):.9f} {lower[2]:.3f}")
    sub(envelope, "gml:upperCorner", f"{max(lat0, lat1):.9f} {max(lon0, lon1):.9f} {upper[2]:.3f}")
    return root


def serialise(root):
    etree.indent(root, space="\t")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# ---------------------------------------------------------------------------------------------------- buildings


def building_surfaces(building):
    """Semantic surfaces [(kind, ring)] of a building: Ground, Wall, Roof; rings CCW seen from outside."""
    u0, v0, u1, v1 = building.box
    z0, ze = building.base_z, building.eaves_z
    corners = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]  # counter-clockwise from above
    if building.roof == "gable" and (u1 - u0) < (v1 - v0):
        corners = corners[1:] + corners[:1]  # make the first edge a long one: the ridge runs along it
    a, b, c, d = corners
    ground = [("GroundSurface", [(*a, z0), (*d, z0), (*c, z0), (*b, z0)])]
    if building.roof == "flat":
        walls = [("WallSurface", [(*p, z0), (*n, z0), (*n, ze), (*p, ze)]) for p, n in _edges(corners)]
        return ground + walls + [("RoofSurface", [(*a, ze), (*b, ze), (*c, ze), (*d, ze)])]
    zr = building.base_z + building.height
    r0 = ((d[0] + a[0]) / 2, (d[1] + a[1]) / 2)  # ridge ends, above the middle of the short (gable) walls
    r1 = ((b[0] + c[0]) / 2, (b[1] + c[1]) / 2)
    walls = [
        ("WallSurface", [(*a, z0), (*b, z0), (*b, ze), (*a, ze)]),
        ("WallSurface", [(*b, z0), (*c, z0), (*c, ze), (*r1, zr), (*b, ze)]),
        ("WallSurface", [(*c, z0), (*d, z0), (*d, ze), (*c, ze)]),
        ("WallSurface", [(*d, z0), (*a, z0), (*a, ze), (*r0, zr), (*d, ze)]),
    ]
    roofs = [("RoofSurface", [(*a, ze), (*b, ze), (*r1, zr), (*r0, zr)]),
             ("RoofSurface", [(*c, ze), (*d, ze), (*r0, zr), (*r1, zr)])]
    return ground + walls + roofs


def _edges(corners):
    """(corner, next corner) around a ring."""
    return zip(corners, corners[1:] + corners[:1], strict=True)


def lod1_rings(building):
    u0, v0, u1, v1 = building.box
    z0, top = building.base_z, building.base_z + building.height
    corners = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]
    rings = [[(*p, z0) for p in reversed(corners)]]
    rings += [[(*p, z0), (*n, z0), (*n, top), (*p, top)] for p, n in _edges(corners)]
    return rings + [[(*p, top) for p in corners]]


def write_buildings(buildings, uuid_rng):
    """A bldg CityModel (bytes) holding the given buildings."""
    lower = (min(b.box[0] for b in buildings), min(b.box[1] for b in buildings), min(b.base_z for b in buildings))
    upper = (max(b.box[2] for b in buildings), max(b.box[3] for b in buildings),
             max(b.base_z + b.height for b in buildings))
    root = city_model(lower, upper)
    for building in buildings:
        _building_element(sub(root, "core:cityObjectMember"), building, uuid_rng)
    return serialise(root)


def _building_element(member, b, uuid_rng):
    element = sub(member, "bldg:Building", gml_id=b.gml_id)
    if b.name:
        sub(element, "gml:name", b.name)
    sub(element, "bldg:class", b.building_class, codeSpace="../../codelists/Building_class.xml")
    sub(element, "bldg:usage", b.usage, codeSpace="../../codelists/Building_usage.xml")
    sub(element, "bldg:yearOfConstruction", b.year)
    if b.lod2:
        sub(element, "bldg:roofType", 1 if b.roof == "gable" else 4, codeSpace="../../codelists/Building_roofType.xml")
    sub(element, "bldg:measuredHeight", f"{b.height:.1f}", uom="m")
    sub(element, "bldg:storeysAboveGround", b.storeys)
    sub(element, "bldg:storeysBelowGround", b.storeys_below)
    u0, v0, u1, v1 = b.box
    footprint = sub(sub(element, "bldg:lod0FootPrint"), "gml:MultiSurface", srsName=CITYGML_CRS_URI, srsDimension=3)
    polygon(sub(footprint, "gml:surfaceMember"), [(u0, v0, b.base_z), (u1, v0, b.base_z), (u1, v1, b.base_z),
                                                  (u0, v1, b.base_z)])
    surface = _solid(sub(element, "bldg:lod1Solid"))
    for ring in lod1_rings(b):
        polygon(sub(surface, "gml:surfaceMember"), ring)
    if b.lod2:
        _lod2(element, b, uuid_rng)
    _ade_attributes(element, b)


def _solid(parent):
    solid = sub(parent, "gml:Solid", srsName=CITYGML_CRS_URI, srsDimension=3)
    return sub(sub(solid, "gml:exterior"), "gml:CompositeSurface")


def _lod2(element, b, uuid_rng):
    surfaces = [(kind, ring, f"poly_{uuid.UUID(bytes=uuid_rng.bytes(16), version=4)}")
                for kind, ring in building_surfaces(b)]
    composite = _solid(sub(element, "bldg:lod2Solid"))
    for _, _, poly_id in surfaces:
        sub(composite, "gml:surfaceMember", xlink_href=f"#{poly_id}")
    for kind, ring, poly_id in surfaces:
        semantic = sub(sub(element, "bldg:boundedBy"), f"bldg:{kind}",
                       gml_id=f"{kind[:-7].lower()}_{uuid.UUID(bytes=uuid_rng.bytes(16), version=4)}")
        multi = sub(sub(semantic, "bldg:lod2MultiSurface"), "gml:MultiSurface", srsName=CITYGML_CRS_URI,
                    srsDimension=3)
        polygon(sub(multi, "gml:surfaceMember"), ring, gml_id=poly_id)


def _ade_attributes(element, b):
    detail = sub(sub(element, "uro:buildingDetailAttribute"), "uro:BuildingDetailAttribute")
    sub(detail, "uro:buildingStructureType", b.structure,
        codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml")
    sub(detail, "uro:surveyYear", 2024)
    for scale, (rank, depth, duration) in sorted(b.flood.items()):
        risk = sub(sub(element, "uro:buildingDisasterRiskAttribute"), "uro:BuildingRiverFloodingRiskAttribute")
        sub(risk, "uro:description", RIVER_CODE,
            codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_description.xml")
        sub(risk, "uro:rank", rank, codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_rank.xml")
        sub(risk, "uro:depth", f"{depth:.2f}", uom="m")
        sub(risk, "uro:adminType", ADMIN_TYPE_NATIONAL,
            codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_adminType.xml")
        sub(risk, "uro:scale", scale, codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_scale.xml")
        sub(risk, "uro:duration", duration, uom="hour")
    ids = sub(sub(element, "uro:buildingIDAttribute"), "uro:BuildingIDAttribute")
    sub(ids, "uro:buildingID", b.building_id)
    sub(ids, "uro:prefecture", PREFECTURE_CODE, codeSpace="../../codelists/Common_localPublicAuthorities.xml")
    sub(ids, "uro:city", CITY_CODE, codeSpace="../../codelists/Common_localPublicAuthorities.xml")


# ---------------------------------------------------------------------------------------------------- flood model

FLD_CODELISTS = "../../../../codelists/"
SCALE_NAMES = {1: "L1", 2: "L2"}


# the two flood models the district has: river flooding (fld, uro 2.0 WaterBody... naming, as the L1/L2 files) and
# inland flooding (ifld); function: WaterBody_function code; codelists: the folder, seen from the model's files
FLOOD_MODELS = {"fld": dict(function=1, risk="uro:WaterBodyRiverFloodingRiskAttribute", river=True,
                            codelists=FLD_CODELISTS),  # udx/fld/natl/<river>/
                "ifld": dict(function=4, risk="uro:WaterBodyInlandFloodingRiskAttribute", river=False,
                             codelists="../../../codelists/")}  # udx/ifld/<pref>_<n>/


def write_flood_cells(cells, hazard, uuid_rng, kind="fld"):
    """A fld or ifld CityModel (bytes): one wtr:WaterBody per hazard cell, at the water surface of the scenario.

    ``cells``: [(row, col, (u0, v0, u1, v1))] of flooded cells of ``hazard``.
    """
    model = FLOOD_MODELS[kind]
    surface = [hazard.level if hazard.surface is None else float(hazard.surface[row, col]) for row, col, _ in cells]
    lower = (min(c[2][0] for c in cells), min(c[2][1] for c in cells), min(surface))
    upper = (max(c[2][2] for c in cells), max(c[2][3] for c in cells), max(surface))
    root = city_model(lower, upper)
    codelists = model["codelists"]
    risk_codelist = codelists + model["risk"].split(":")[1]
    for (row, col, (u0, v0, u1, v1)), level in zip(cells, surface, strict=True):
        body = sub(sub(root, "core:cityObjectMember"), "wtr:WaterBody",
                   gml_id=f"{kind}_{uuid.UUID(bytes=uuid_rng.bytes(16), version=4)}")
        sub(body, "wtr:class", 1140, codeSpace=codelists + "WaterBody_class.xml")
        sub(body, "wtr:function", model["function"], codeSpace=codelists + "WaterBody_function.xml")
        multi = sub(sub(body, "wtr:lod1MultiSurface"), "gml:MultiSurface")
        polygon(sub(multi, "gml:surfaceMember"), [(u0, v0, level), (u1, v0, level), (u1, v1, level), (u0, v1, level)])
        risk = sub(sub(body, "uro:floodingRiskAttribute"), model["risk"])
        sub(risk, "uro:description", RIVER_CODE, codeSpace=risk_codelist + "_description.xml")
        sub(risk, "uro:rank", int(hazard.rank[row, col]), codeSpace=risk_codelist + "_rank.xml")
        sub(risk, "uro:depth", f"{hazard.depth[row, col]:.2f}", uom="m")
        if model["river"]:
            sub(risk, "uro:adminType", ADMIN_TYPE_NATIONAL, codeSpace=risk_codelist + "_adminType.xml")
            sub(risk, "uro:scale", SCALE_NAMES[hazard.scale], codeSpace=risk_codelist + "_scale.xml")
        sub(risk, "uro:duration", int(hazard.duration_h[row, col]), uom="hour")
    return serialise(root)
