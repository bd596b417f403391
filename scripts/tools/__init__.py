"""Layer 3: contributor tools — make add, make check, fetching a page, make lock."""
