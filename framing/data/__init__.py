"""Package data: boilerplate rules, abbreviations, model arrays."""
