"""Text layer: files in, ParsedDocument (pages, paragraphs, tables, metadata) out."""
