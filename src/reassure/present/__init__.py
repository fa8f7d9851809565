"""Presentation: terminal tables, JSON, GeoJSON and the HTML report."""
