"""Vietnamese of extract: what it says while drafting a plan."""

VI: dict[str, str] = {}
