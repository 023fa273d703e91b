"""`nhaoxh list` in each format."""
