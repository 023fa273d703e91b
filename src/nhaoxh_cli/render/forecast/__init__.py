"""`nhaoxh forecast` in each format: text, markdown, json, csv, xlsx."""
