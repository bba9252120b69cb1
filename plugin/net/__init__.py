"""The plugin's one network layer: every remote read (catalogs, CityGML URLs, point-cloud tiles, realtime feeds)
goes through ``http.HttpClient`` over a transport: ``plain.PlainTransport`` (QGIS-free: tests, batch workers) or
``qgis_transport.QgisTransport`` (QGIS's network manager, so proxy and authcfg apply)."""
