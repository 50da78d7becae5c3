"""Evaluation on gold corpora: dates (TempEval-3 measures) and timelines (date F1)."""
