"""Rule-based extractors: pure functions from an analysed text (`Context`) to typed records."""
