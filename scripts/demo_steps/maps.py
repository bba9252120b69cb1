"""Demo step: the resident maps a planner hands out, one PDF per analysis (digitaltwin:exportresidentmap):
flood (buildings by L2 rank over the L2 inundation depth, A4 portrait), solar (potential per building over the
annual irradiation, A4 landscape), barrier-free (the wheelchair route, its barriers and the shelter's step-free
area over the pedestrian network, A4 landscape). Styles come from the outputs' own default styles.

Shelters: the flood and solar maps mark the sample district's evacuation sites from its GSI-format 指定緊急避難場所
CSV (Shift_JIS; the flood map shows those designated for floods); the barrier-free map names all the facilities
(station, school, hospital) from the facilities file itself."""

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


def run(demo):
    written = []
    facilities = demo.outputs["sample district: facilities"]
    sites = demo.outputs["sample district: evacuation sites"]  # GSI format: Shift_JIS, a 1 per hazard
    shelters = {"flood": sites, "solar": sites, "barrierfree": facilities}
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
