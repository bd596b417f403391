"""Layer 1: the cleaning pipeline, raw bytes → text → cleaned lines → paragraphs and headings → metadata →
Markdown, one module per stage (DESIGN.md lists them in data-flow order; pipeline.py runs them). The rules
and vocabularies contributors extend are data in rules/. Imports core only."""
