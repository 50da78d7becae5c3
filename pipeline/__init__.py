"""Diplomatic Event Timeline: articles in, a tidy table of dated events out."""

__version__ = "0.1.0"
