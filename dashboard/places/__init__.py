"""Names to places: the offline gazetteer (countries, regions, bases, towns, each with an honest
precision) and the optional online geocoder that may refine a town or base, never a country."""
