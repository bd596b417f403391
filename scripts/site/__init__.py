"""Layer 2: the archive site — ingest (source_texts/ → docs/speeches/), browse pages, shared passages, the
search index and facets, the one build function (build_site.build) and the preview server."""
