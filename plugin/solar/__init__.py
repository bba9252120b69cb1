"""Solar potential: sun positions (pvlib SPA), climate, horizon-based shadows, rooftop irradiation, per-building
capacity and yield (Tokyo Solar Atlas and PLATEAU rules), and building DSMs. Engines only; no qgis here."""
