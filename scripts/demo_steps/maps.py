"""Demo step: the resident maps a planner hands out, one PDF per analysis (digitaltwin:exportresidentmap):
flood (buildings by L2 rank over the L2 inundation depth, A4 portrait), solar (potential per building over the
annual irradiation, A4 landscape), barrier-free (the wheelchair route, its barriers and the shelter's step-free
area over the pedestrian network, A4 landscape). Styles come from the outputs' own default styles.

Shelters: the flood and solar maps mark the sample district's shelter from a GSI-format 指定緊急避難場所 CSV
(Shift_JIS, made here from the district's facilities: the school, designated for floods and earthquakes); the
barrier-free map names all the facilities (station, school, hospital) from the facilities file itself."""

import csv
import io
import json

from demo_steps import barrierfree, flood, solar

PORTRAIT_A4, LANDSCAPE_A4 = 0, 1
PRESET = {"flood": 1, "solar": 2, "barrierfree": 3}
SAMPLE_ATTRIBUTION = "サンプル地区: 合成データ（実在の地区・建物ではありません）Digital Twin for QGIS"


def _layer(demo, label, layer=None):
    path = str(demo.outputs[label])
    return f"{path}|layername={layer}" if layer else path


def _maps(demo):
    """(name, preset, paper, layers top first)."""
    return [
        ("flood", PORTRAIT_A4, [_layer(demo, flood.EXPOSURE), _layer(demo, flood.INUNDATION_DEPTH)]),
        ("solar", LANDSCAPE_A4, [_layer(demo, solar.PLATEAU_POTENTIAL),
                                 _layer(demo, "solar: annual irradiation (kWh/m²)")]),
        ("barrierfree", LANDSCAPE_A4, [_layer(demo, barrierfree.ROUTE, "barriers"),
                                       _layer(demo, barrierfree.ROUTE, "route"),
                                       _layer(demo, barrierfree.SHELTER_AREA, "service_areas"),
                                       _layer(demo, barrierfree.NETWORK, "links")]),
    ]


GSI_COLUMNS = ["NO", "共通ID", "施設・場所名", "住所", "洪水", "崖崩れ、土石流及び地滑り", "高潮", "地震", "津波",
               "大規模な火事", "内水氾濫", "火山現象", "指定避難所との住所同一", "緯度", "経度", "備考"]
SHELTER_HAZARDS = ("洪水", "地震", "内水氾濫")  # what the sample district's school is designated for


def gsi_shelter_csv(facilities, path):
    """The district's shelters as GSI publishes evacuation sites: Shift_JIS CSV, hazard columns 1 or empty."""
    rows = []
    for feature in json.loads(facilities.read_text(encoding="utf-8"))["features"]:
        properties = feature["properties"]
        if properties["kind"] != "shelter":
            continue
        lon, lat = feature["geometry"]["coordinates"][:2]
        row = dict.fromkeys(GSI_COLUMNS, "")
        row.update({"NO": str(len(rows) + 1), "共通ID": properties["facility_id"], "施設・場所名": properties["name"],
                    "住所": "サンプル地区", "指定避難所との住所同一": "1", "緯度": f"{lat:.7f}", "経度": f"{lon:.7f}",
                    **dict.fromkeys(SHELTER_HAZARDS, "1")})
        rows.append(row)
    text = io.StringIO()
    writer = csv.DictWriter(text, GSI_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode("cp932"))
    return path


def run(demo):
    written = []
    facilities = demo.outputs["sample district: facilities"]
    shelters = {"flood": gsi_shelter_csv(facilities, demo.output_dir / "sample_district_hinanjo.csv"),
                "barrierfree": facilities}
    shelters["solar"] = shelters["flood"]
    # offline basemap from the district's own data: the river (the file is named river.geojson) and the footpaths
    basemap = [str(demo.outputs["sample district: river channel"]),
               str(demo.outputs["sample district: pedestrian links"])]
    for name, paper, layers in _maps(demo):
        output = demo.output_dir / f"resident_map_{name}.pdf"
        demo.run("digitaltwin:exportresidentmap", LAYERS=layers, PRESET=PRESET[name], TEMPLATE=paper,
                 DPI=150, ATTRIBUTION=SAMPLE_ATTRIBUTION, SHELTERS=str(shelters[name]), BASEMAP_LAYERS=basemap,
                 OUTPUT=str(output))
        demo.outputs[f"maps: resident map ({name}, PDF)"] = output
        written.append(output.name)
    return [f"Resident maps (PDF, Japanese): {', '.join(written)}"]
