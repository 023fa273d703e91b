"""`nhaoxh extract`: what the drafter tells a person, on stderr, beside the draft."""
