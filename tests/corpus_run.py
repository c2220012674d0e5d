"""Tables for a folder of documents without Prefect (parse, extract, assemble, write), and the
shared scorer's verdict on them: how the accuracy tests measure the corpora."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline import tables
from pipeline.extract.document import extract_document
from pipeline.parse import parse_file

SCORER = Path(__file__).parent / "data" / "score.py"


def build(raw: Path, out: Path) -> Path:
    docs, extracted = [], {}
    for f in sorted(p for p in raw.iterdir() if p.is_file()):
        parsed = parse_file(f, f.name)
        m = parsed.metadata
        docs.append({"doc_id": parsed.doc_id, "source": f.name, "kind": m.get("kind"), "language": m.get("language"),
                     "title": m.get("title"), "published": m.get("published"), "publisher": m.get("publisher"),
                     "pages": parsed.page_count, "status": parsed.status, "error": parsed.error, "format": parsed.format,
                     "size_bytes": f.stat().st_size, "parser_version": parsed.parser_version, "rules_version": None,
                     "duplicate_of": None})
        if parsed.status == "ok":
            extracted[parsed.doc_id] = extract_document(parsed)
    tables.write_tables(out, tables.assemble(docs, extracted))
    return out


def score(processed: Path, gold: Path) -> dict:
    res = subprocess.run([sys.executable, str(SCORER), "--processed", str(processed), "--gold", str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])
