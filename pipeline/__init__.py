"""cluster-pipeline: innovation-cluster documents in, normalized datasets out.

The library is pure Python with no orchestration: ``flows/`` wraps it in Prefect.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
