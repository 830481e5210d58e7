"""The questions analysts ask of the facts, answered the same everywhere: ``filters`` (what the
sidebar chooses), ``query`` (the same as SQL over the store, reviews laid over it), ``posture``
(what stood on a date), ``reference`` (official figures) and ``compare`` (claims beside them)."""
