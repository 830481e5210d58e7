"""Articles into the store: ``local`` reads, extracts and stores them on this machine (one process
per core); ``cluster`` sends the extraction to a Dask cluster. Only the calling process writes."""
