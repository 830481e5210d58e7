"""Status: the words that say whether forces are there, are coming, or have gone.

``attributes`` reads these to give each mention its status; ``facts`` reads ``READINESS_AFTER``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import trie_alternation

# The words that give a clause its status, strongest first: a withdrawal over a plan over a presence.
# Plain phrases (a space matches any white space), compiled as tries: one scan of a sentence each.
WITHDRAWN_CUES = (
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "withdrawal",
    "pulled out",
    "pulling out",
    "pulls out",
    "pull out",
    "pulled back",
    "pulling back",
    "pulls back",
    "pull back",
    "brought home",
    "bring home",
    "sent home",
    "returned home",
    "returning home",
    "returns home",
    "return home",
    "redeployed home",
    "redeploying home",
    "redeployed back",
    "draw down",
    "drawing down",
    "drawdown",
    "scaled back",
    "scaling back",
    "has left",
    "have left",
    "had left",
    "has since left",
    "have since left",
    "has already left",
    "have already left",
    "had already left",
    "had since left",
    "already left",
    "ended its deployment",
    "ended their deployment",
    "ends its deployment",
    "ends its rotation",
    "ended its rotation",
    "end its rotation",
    "ends their rotation",
    "ended its mission",
    "ends its mission",
    "rotated out",
    "rotates out",
    "rotating out",
    "wrap up its rotation",
    "wraps up its rotation",
    "wrapped up its rotation",
    "wrap up their rotation",
    "go home",
    "goes home",
    "went home",
    "came to an end",
)
PLANNED_CUES = (
    "will",
    "would",
    "shall",
    "plan",
    "plans",
    "planned",
    "planning",
    "announce",
    "announced",
    "announces",
    "announcing",
    "order",
    "ordered",
    "orders",
    "decide",
    "decided",
    "decides",
    "decision",
    "intend",
    "intends",
    "intended",
    "intention",
    "expected",
    "expect",
    "expects",
    "due to",
    "due at",
    "due in",
    "set to",
    "to be",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "agreed",
    "approve",
    "approved",
    "approves",
    "prepare to",
    "prepares to",
    "preparing to",
    "is sending",
    "are sending",
    "to send",
    "to deploy",
    "to station",
    "propose",
    "proposed",
    "proposes",
    "proposal",
    "considering",
    "upcoming",
    "future",
    "creation",
    "to establish",
    "to create",
    "to add",
    "to double",
    "to boost",
    "has begun",
    "have begun",
    "is moving",
    "are moving",
    "is heading",
    "are heading",
    "on its way",
    "on their way",
    "is deploying",
    "are deploying",
    "is dispatching",
    "are dispatching",
    "is shifting",
    "are shifting",
    "is relocating",
    "are relocating",
    "is repositioning",
    "are repositioning",
)
EXISTING_CUES = (
    "currently",
    "existing",
    "already",
    "now",
    "stationed",
    "based",
    "deployed",
    "present",
    "remain",
    "remains",
    "remained",
    "arrived",
    "departed",
    "landed",
    "took over",
    "has taken over",
    "is in",
    "are in",
)


def cues(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as one pattern, to search a sentence's folded text with (textmatch.folded)."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(phrases, fold_case=True)})(?![\w-])")


STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", cues(WITHDRAWN_CUES)),
    ("planned", cues(PLANNED_CUES)),
    ("existing", cues(EXISTING_CUES)),
)
# Planned cues too, searched in the text as written: "may" and "could" are modal only in lower case
# ("May" is a month); "'ll" is "will".
MODAL_CUES = re.compile(r"\b(?:could|may|might)\b|['’](?i:ll)\b")
MODAL_WORDS = ("could", "may", "might", "'ll", "’ll")  # one is in the folded text of every match
# Forces on alert are where they are kept: "troops on high alert", "at a higher state of readiness".
READINESS_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:on\s+(?:high\s+|heightened\s+)?(?:alert|standby|readiness)|"
    r"(?:at|to)\s+(?:a\s+)?(?:high|higher|heightened)\s+(?:state\s+of\s+)?readiness)\b",
    re.I,
)
# "They will join some 200 sailors already in the port": the count right before "already" is there now.
ALREADY_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:already|currently|now)\b(?!\s+(?:left|gone|departed|withdrawn|returned))", re.I
)
