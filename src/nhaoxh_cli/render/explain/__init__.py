"""`nhaoxh explain` in each format."""
