"""Renderers: leaves that only format."""
