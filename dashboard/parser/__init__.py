"""The parser: article text to deployment facts, in stages a reader can follow.

The pipeline, in order (each stage's docstring says what it reads and what it writes; the records
they pass are in ``doc``, the words they read in ``lang``):

1. ``text``: the article's visible characters, cut into sentences (``Sentence``) with exact offsets.
2. ``mentions`` (with ``numbers``): each sentence's units and their counts (``Mention``); the size
   the article defines for a unit (``SizeDefinition``).
3. ``places``: each sentence's named places and their roles (``PlaceList``); the places of each mention.
4. ``story``: what earlier sentences established (focus, last region, last force): the ``Story``.
5. ``attributes``: each mention's status and force; whether a sentence reports a deployment at all.
6. ``timing``: when a fact holds (``When``).
7. ``facts``: one ``Fact`` per mention and place, quoting its sentence.
"""

from dashboard.parser.facts import extract

PIPELINE = ("text", "mentions", "places", "story", "attributes", "timing", "facts")

__all__ = ["PIPELINE", "extract"]
