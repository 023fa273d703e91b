"""Vietnamese of the command line: notes, errors, help."""

VI: dict[str, str] = {
    # CLI
    "note: {note}": "lưu ý: {note}",
    "error: {message}": "lỗi: {message}",
    " Did you mean {names}?": " Có phải là {names}?",
}
