"""Subscripts (arrays) of imported models, expanded at import into one scalar variable per element.

A model file may give a variable dimensions (regions, sectors, age groups) and write one
equation for every element. The engine and every view stay scalar: `expand` turns each
element into its own variable named like `Population[north]`, so nothing downstream needs
to know a model had arrays. XMILE (`storage.xmile.arrays`) and Vensim
(`storage.mdl.subscripts`) only read their syntax into the plain data of `spec`.
"""
