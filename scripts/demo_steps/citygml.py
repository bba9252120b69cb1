"""Demo step: PLATEAU CityGML to styled GeoPackages, headless through qgis_process.

1. The Tokyo Ota-ku fixture (uro 1.4, LOD0-2, flood risk in generic attribute sets, one broken line on purpose),
   loaded with 'skip broken city objects': 7 of its 8 buildings, roof/wall/ground surfaces, flood rank joined.
2. A PLATEAU-shaped release zip built from the Sapporo (uro 2.0) and Shizuoka (uro 3.0) fixtures, read in place
   with a mesh filter: only the Sapporo mesh is read.
"""

import zipfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "plateau"


def _release_zip(path):
    top = "01100_sapporo-shi_city_2020_citygml_1_op"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "sapporo_64413325_bldg_6697_op.gml", f"{top}/udx/bldg/64413325_bldg_6697_op.gml")
        archive.write(FIXTURES / "shizuoka_52382287_bldg_6697_psc_op.gml", f"{top}/udx/bldg/52382287_bldg_6697_op.gml")
        for codelist in sorted((FIXTURES / "codelists").glob("*.xml")):
            archive.write(codelist, f"{top}/codelists/{codelist.name}")
    return path


def run(demo):
    tokyo = demo.output_dir / "citygml_tokyo_ota.gpkg"
    result = demo.run("digitaltwin:loadcitygml", INPUT=str(FIXTURES / "tokyo-ota_53392642_bldg_6697_op2.gml"),
                      SKIP_BROKEN=True, OUTPUT=str(tokyo))
    demo.outputs["citygml: Tokyo Ota-ku buildings (LOD0-2, surfaces, flood risk)"] = tokyo
    lines = [f"CityGML Tokyo Ota-ku (uro 1.4): {result['BUILDINGS']} buildings in {result['CRS']} "
             f"({result['LAYERS']}); the broken building at line 538 skipped and reported"]

    archive = _release_zip(demo.output_dir / "citygml_release.zip")
    sapporo = demo.output_dir / "citygml_sapporo_mesh.gpkg"
    result = demo.run("digitaltwin:loadcitygml", INPUT=str(archive), FEATURE_TYPES="bldg",
                      MESH_FILTER="64413325", OUTPUT=str(sapporo))
    demo.outputs["citygml: Sapporo mesh 64413325 from a release zip"] = sapporo
    lines.append(f"CityGML release zip, mesh 64413325 (uro 2.0): {result['BUILDINGS']} buildings in "
                 f"{result['CRS']} with L1/L2 flood rank, depth and river joined ({result['LAYERS']})")
    return lines
