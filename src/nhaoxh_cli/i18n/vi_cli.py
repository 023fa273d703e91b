"""Vietnamese of the command line: notes, errors, help."""

VI: dict[str, str] = {
    # CLI
    "note: {note}": "lưu ý: {note}",
    "{former} merged into {unit} on {date} (Nghị quyết 202/2025/QH15): showing {unit}'s plan.": "{former} đã hợp nhất vào {unit} từ {date} (Nghị quyết 202/2025/QH15): hiển thị kế hoạch của {unit}.",
    "error: {message}": "lỗi: {message}",
    "no plan for the province '{query}' in {folder}.": "không có kế hoạch cho tỉnh '{query}' trong {folder}.",
    " Did you mean {names}?": " Có phải là {names}?",
    " Plans there: {names}.": " Các kế hoạch có: {names}.",
    "{unit} has no plan in {folder} yet; write one with the fields of docs/plan-format.md.": "{unit} chưa có kế hoạch trong {folder}; tạo bằng `nhaoxh new` theo docs/plan-format.md.",
}
