"""The bundled sample district: a synthetic, seeded, Tokyo-like district (Sumida-ku, by the Arakawa) with every kind
of data the plugin handles. ``generate.generate(folder)`` writes it; scripts/make_sample_district.py is the CLI."""
