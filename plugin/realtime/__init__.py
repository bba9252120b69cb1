"""Realtime layers: GTFS-Realtime vehicles, SensorThings sensors, JARTIC traffic counts and generic JSON/CSV feeds,
fetched, recorded to GeoPackage and replayed. Engines here never import qgis; qgis_live_layer.py is the QGIS side."""
