"""Foresight: drivers, actors and objectives, the 2x2 matrix and the morphological box that produce scenarios."""
