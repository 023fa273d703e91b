"""Vietnamese of import: what it says while adding figures to plans."""

VI: dict[str, str] = {}
