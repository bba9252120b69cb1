"""Evacuation sites (指定緊急避難場所, 指定避難所): readers and the hazards each site suits."""
