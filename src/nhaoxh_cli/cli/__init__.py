"""The command line: options in, exit code out. All work happens elsewhere."""
