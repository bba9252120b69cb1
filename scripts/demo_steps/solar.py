"""Demo step: rooftop solar potential, headless through qgis_process.

Buildings (the sample district's PLATEAU CityGML when it is there, else the real Shizuoka fixture) -> loadcitygml ->
buildingsdsm (1 m: LOD1 heights and LOD2 roof planes over the district's DEM) -> solarirradiance (embedded Tokyo
climate, monthly rasters and sky view factor) -> solarpotential by the PLATEAU rule and the Tokyo Solar Atlas rule.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "resources" / "sample_district"
FIXTURE = ROOT.parent / "shared" / "fixtures" / "plateau" / "shizuoka_52382287_bldg_6697_psc_op.gml"


def _totals(gpkg):
    from osgeo import ogr

    source = ogr.Open(str(gpkg))
    layer = source.GetLayer(0)
    capacity = energy = 0.0
    count = suitable = 0
    for feature in layer:
        count += 1
        capacity += feature.GetField("capacity_kw") or 0.0
        energy += feature.GetField("yield_kwh") or 0.0
        suitable += feature.GetField("suitability") in ("high", "medium")
    return count, capacity, energy, suitable


def run(demo):
    district_buildings = sorted((DISTRICT / "udx" / "bldg").glob("*.gml"))
    source = district_buildings[0] if district_buildings else FIXTURE
    dem = DISTRICT / "dem.tif" if district_buildings and (DISTRICT / "dem.tif").is_file() else None
    out = demo.output_dir
    buildings = out / "solar_buildings.gpkg"
    demo.run("digitaltwin:loadcitygml", INPUT=str(source), OUTPUT=str(buildings))
    layer = f"{buildings}|layername=building_lod0"  # footprints, with measured_height

    dsm_params = dict(BUILDINGS=layer, ROOFS=f"{buildings}|layername=building_lod2_roof", CELL_SIZE=1.0,
                      MARGIN=30.0, TARGET_CRS="EPSG:6677", OUTPUT=str(out / "solar_dsm.tif"))
    if dem is not None:
        dsm_params["DEM"] = str(dem)
    dsm = demo.run("digitaltwin:buildingsdsm", **dsm_params)["OUTPUT"]
    demo.outputs["solar: DSM from LOD1 buildings and LOD2 roofs (1 m)"] = dsm

    irradiation = demo.run("digitaltwin:solarirradiance", INPUT=dsm, OUTPUT=str(out / "solar_annual.tif"),
                           MONTHLY=str(out / "solar_monthly.tif"), SKY_VIEW=str(out / "solar_sky_view.tif"))
    demo.outputs["solar: annual irradiation (kWh/m²)"] = irradiation["OUTPUT"]
    demo.outputs["solar: monthly irradiation (12 bands)"] = irradiation["MONTHLY"]
    demo.outputs["solar: sky view factor"] = irradiation["SKY_VIEW"]

    lines = [f"Solar: {source.name}{' over the district DEM' if dem else ' on flat ground'} -> 1 m DSM -> "
             "annual irradiation with shadows (Tokyo climate, 32 sectors)"]
    for rule, label in ((1, "PLATEAU"), (0, "Tokyo Solar Atlas")):
        path = out / f"solar_potential_{label.split()[0].lower()}.gpkg"
        demo.run("digitaltwin:solarpotential", IRRADIATION=irradiation["OUTPUT"], DSM=dsm, BUILDINGS=layer,
                 RULE=rule, OUTPUT=str(path))
        demo.outputs[f"solar: potential per building ({label} rule)"] = path
        count, capacity, energy, suitable = _totals(path)
        lines.append(f"Solar potential, {label} rule: {count} buildings, {suitable} suitable, {capacity:,.0f} kW, "
                     f"{energy / 1000:,.0f} MWh/yr")
    return lines
