"""`nhaoxh show` in each format."""
