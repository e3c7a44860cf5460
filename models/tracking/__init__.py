"""Tracking: what actually happened (actuals), signposts, and which scenario the world resembles."""
