"""ClusterBench: guided ECEI cluster-management benchmarking interviews."""

__version__ = "0.1.0"
