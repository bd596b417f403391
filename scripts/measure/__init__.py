"""Layer 4: measuring — make bench, make bench-site, the search page's budgets, make eval, screenshots."""
