"""Scorecard sections contributed by scorer families."""
