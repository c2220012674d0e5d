"""Stage 2: rule-based extraction of clusters, statistics and success factors."""
