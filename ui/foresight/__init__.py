"""Foresight views: the drivers register and map, the 2x2 matrix, the morphological box, the actors."""
