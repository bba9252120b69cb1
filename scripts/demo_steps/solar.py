"""Demo step: rooftop solar potential of the sample district, headless through qgis_process.

The district's buildings (loaded by the citygml step) -> buildingsdsm (1 m: LOD1 heights and LOD2 roof planes over
the district's DEM) -> solarirradiance (embedded Tokyo climate, monthly rasters and sky view factor) ->
solarpotential by the PLATEAU rule and the Tokyo Solar Atlas rule.
"""

from demo_steps.citygml import BUILDINGS

PLATEAU_POTENTIAL = "solar: potential per building (PLATEAU rule)"
ATLAS_POTENTIAL = "solar: potential per building (Tokyo Solar Atlas rule)"


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
    out = demo.output_dir
    buildings = demo.outputs[BUILDINGS]
    layer = f"{buildings}|layername=building_lod0"  # footprints, with measured_height
    dsm = demo.run("digitaltwin:buildingsdsm", BUILDINGS=layer, ROOFS=f"{buildings}|layername=building_lod2_roof",
                   DEM=demo.outputs["sample district: DEM"], CELL_SIZE=1.0, MARGIN=30.0, TARGET_CRS="EPSG:6677",
                   OUTPUT=out / "solar_dsm.tif")["OUTPUT"]
    demo.outputs["solar: DSM from LOD1 buildings and LOD2 roofs (1 m)"] = dsm

    irradiation = demo.run("digitaltwin:solarirradiance", INPUT=dsm, OUTPUT=out / "solar_annual.tif",
                           MONTHLY=out / "solar_monthly.tif", SKY_VIEW=out / "solar_sky_view.tif")
    demo.outputs["solar: annual irradiation (kWh/m²)"] = irradiation["OUTPUT"]
    demo.outputs["solar: monthly irradiation (12 bands)"] = irradiation["MONTHLY"]
    demo.outputs["solar: sky view factor"] = irradiation["SKY_VIEW"]

    lines = ["Solar: 1 m DSM of the buildings over the DEM -> annual sunshine on every roof with shadows "
             "(Tokyo climate)"]
    for rule, label, name in ((1, PLATEAU_POTENTIAL, "solar_potential_plateau.gpkg"),
                              (0, ATLAS_POTENTIAL, "solar_potential_tokyo.gpkg")):
        path = out / name
        demo.run("digitaltwin:solarpotential", IRRADIATION=irradiation["OUTPUT"], DSM=dsm, BUILDINGS=layer,
                 RULE=rule, OUTPUT=path)
        demo.outputs[label] = path
        count, capacity, energy, suitable = _totals(path)
        lines.append(f"Solar potential, {label.split('(')[1].rstrip(')')}: {suitable} of {count} buildings suitable, "
                     f"{capacity:,.0f} kW, {energy / 1000:,.0f} MWh/yr")
    return lines
