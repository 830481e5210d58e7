"""What is kept: the SQLite store of added articles and their facts (``articles``), its schema one
versioned step at a time (``migrations``), and the shipped facts of ``seeds/`` beside it (``shipped``)."""
