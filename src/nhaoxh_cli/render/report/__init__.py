"""`nhaoxh report` in each format: text, markdown, json, csv, html, xlsx."""
