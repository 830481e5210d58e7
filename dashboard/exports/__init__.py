"""The table on disk and in downloads: ``plain`` writes CSV and JSON from plain rows without pandas
(the command line, the streamed CSV download); ``tables`` reads and writes the pandas table (CSV
safe to open in a spreadsheet, GeoJSON, the Excel workbook), with the filters and sources."""
