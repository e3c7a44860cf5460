"""Keep the window usable when a study cannot be opened: say why, and what the user can do."""
