"""casefile: news and court documents into one searchable Elasticsearch corpus.

Each stage is a small function over a `Document` or a batch of them; see
`etl.pipeline` for how they are chained, `dags/` and `etl.cli` for the two
ways they are run.
"""
