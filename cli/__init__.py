"""The command line: what the commands share, and the larger commands; main.py parses the line and calls them."""
