"""The map, and the only place folium is imported: ``mapview`` (one marker per fact), ``placemap``
(one per place, for many facts), their layers (``factlayer``, ``regionlayer``), country
``outlines`` and the offline ``basemap`` of names."""
