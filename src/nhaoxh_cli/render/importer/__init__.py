"""`nhaoxh import` in each format: text (the diff and each row), json."""
