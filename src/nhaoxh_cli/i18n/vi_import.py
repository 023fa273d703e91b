"""Vietnamese of import and of the plan-format fields it fills: what it says while adding figures to plans."""

VI: dict[str, str] = {
    # model.py: the fields import writes
    "a percentage": "tỷ lệ phần trăm",
    "{percent}%: a percentage of a target cannot be negative": "{percent}%: tỷ lệ so với chỉ tiêu không thể âm",
    "a target marked not_assigned has no units or share; remove them, or not_assigned": "chỉ tiêu ghi not_assigned (không được giao) thì không có số căn hay tỷ lệ; xóa các số đó, hoặc bỏ not_assigned",
    "give at least one of units, percent and outcome": "ghi ít nhất một trong units (số căn), percent (tỷ lệ) và outcome (đạt/không đạt)",
}
