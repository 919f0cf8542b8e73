"""Elasticsearch side of the casefile ETL."""
