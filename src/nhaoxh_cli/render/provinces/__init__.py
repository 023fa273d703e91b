"""`nhaoxh provinces` in each format."""
