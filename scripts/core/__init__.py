"""Layer 0: what every other layer shares — the field registry, the repository root, atomic writes,
make add's staging area and the error type. Imports nothing else of scripts/."""
