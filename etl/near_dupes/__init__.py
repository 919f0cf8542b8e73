"""The near-duplicate stage: syndicated copies of one story share a `cluster_id`, and
`duplicate_of` points to the earliest copy. MinHash LSH (datasketch) over word shingles
of the normalized text; see `clusters` for the cluster semantics, `sketch` for the
signatures, `elastic_store` for the state every worker shares."""

from etl.near_dupes.clusters import (
    DEFAULT_THRESHOLD,
    THRESHOLD_VARIABLE,
    ClusterStore,
    MemoryClusterStore,
    ThresholdError,
    assign_clusters,
    follow_originals,
    near_dup_threshold,
)
from etl.near_dupes.elastic_store import ClusterStoreError, ElasticClusterStore

__all__ = [
    "DEFAULT_THRESHOLD",
    "THRESHOLD_VARIABLE",
    "ClusterStore",
    "ClusterStoreError",
    "ElasticClusterStore",
    "MemoryClusterStore",
    "ThresholdError",
    "assign_clusters",
    "follow_originals",
    "near_dup_threshold",
]
