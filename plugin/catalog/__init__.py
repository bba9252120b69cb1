"""Catalogs: one dataset model over PLATEAU's API, CKAN portals, TerriaJS catalogs and local folders."""
