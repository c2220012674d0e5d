"""Stage 2: rule-based extraction of clusters, statistics and success factors."""
import re

# The rules use some 900 distinct regular expressions on every document (plus a few built from the
# names a document holds). Python's ``re`` keeps 512 compiled patterns and drops the oldest first, so
# each document compiled hundreds of them again (a third of extraction CPU on realistic text, bench/RESULTS.md).
# A larger cache is the whole fix; the attribute is the module's own setting, read on every call.
if getattr(re, "_MAXCACHE", 0) < 4096:
    re._MAXCACHE = 4096
