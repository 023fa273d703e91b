"""`nhaoxh validate` in each format: text (people), json (scripts), github (workflow commands)."""
