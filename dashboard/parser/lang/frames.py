"""Frames that are not deployments: sentences that speak of forces without reporting where they are
(questions, opinion, losses, sorties, wishes and conditions).

``attributes.not_a_deployment`` reads these.
"""

from __future__ import annotations

import re

from dashboard.parser.lang.status import cues
from dashboard.util.textmatch import first_words

NOT_A_DEPLOYMENT_CUES = (
    "critics",  # opinion, not reporting
    "casualty",
    "casualties",
    "losses",
    "killed",
    "destroyed",  # losses counted in a war
    "scrambled",  # sorties, not forces
    "how many",
    "would be needed",
    "would be required",
    "would need",
    "did not say",
    "demand",
    "demanded",
    "demands",
    "demanding",
    "call for",
    "called for",
    "calls for",
    "urged",  # wishes
    "if it",
    "if they",
    "if the",
    "if nato",
    "if russia",  # conditions
)
NOT_A_DEPLOYMENT = cues(NOT_A_DEPLOYMENT_CUES)
# Most sentences hold none of these words, and need no scan for the cues.
NOT_A_DEPLOYMENT_WORDS = first_words(NOT_A_DEPLOYMENT_CUES)
QUESTION = re.compile(r"""^\s*["“]?Whether\b|\?["”]?\s*$""")
