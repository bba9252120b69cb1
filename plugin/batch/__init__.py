"""City-scale batch runs: an area split into tiles (JIS mesh or release-zip member), each tile's engine work a task
on dask.distributed, the tiles merged into one GeoPackage, resumable through a manifest. QGIS-free, so that dask
workers import only engines; ``python -m digital_twin batch`` is the command line (cli.py)."""
