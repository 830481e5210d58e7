"""Attributes of a mention: its status from the words of its clause, and the force that sends it.

The force is a nationality on the noun ("Dutch detachment"), "troops from Canada", the clause's
subject ("Canada will deploy"), or "by X"; never a name that is a place ("in Poland"), an
adversary ("Russian aggression") or a host ("Estonia will host"). A sentence that speaks of forces
without reporting a deployment (a question, a loss, a wish) gives none.

Reads: a ``Sentence``'s text, its ``Mention`` list and ``PlaceList`` list, the gazetteer's force names.
Writes: the sentence's clause breaks, status cues (``StatusCue``) and usable force names (``ForceName``);
each mention's status and force; whether the sentence reports a deployment at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from dashboard.parser.doc import ForceName, Mention, PlaceList, StatusCue
from dashboard.parser.lang import clauses, frames, placenames, roles
from dashboard.parser.lang import forces as force_words
from dashboard.parser.lang import status as status_words
from dashboard.parser.lang.numbers import DIGIT, NUMBER_WORD
from dashboard.places.gazetteer import Gazetteer
from dashboard.util.textmatch import Gated, folded, for_folded, trie_alternation


def home_code(force: str, gazetteer: Gazetteer) -> str:
    """The country code of a national force ("Spain" -> ES); empty for NATO and mixed forces."""
    return gazetteer.country_code(force) if force else ""


# status and force ---------------------------------------------------------------------------------------
# Tried at every word of every sentence with counts: in its folded text, without IGNORECASE, they cost
# half as much (textmatch.for_folded).
_OWN_ARMY = Gated(for_folded(frames.OWN_ARMY))
_CAPABILITY = Gated(for_folded(frames.CAPABILITY))


class ClauseBreaks:
    """A sentence's clause breaks, found once; the clause around a mention is between two of them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._length = len(text)
        breaks = [(m.start(), m.end()) for m in clauses.CLAUSE_BREAK.finditer(text)]
        self._starts = [start for start, _ in breaks]
        self._ends = [end for _, end in breaks]

    def around(self, mention: Mention) -> tuple[int, int]:
        """The clause around a mention, at most about 250 characters either side of it."""
        index = bisect.bisect_right(self._ends, mention.start) - 1
        while index >= 1 and self._place_aside(index - 1):
            # (a place's own aside ends no clause: "will send 2,000 troops from Fort Bragg, North Carolina, to
            # Poland and move a further 1,000 soldiers" is one clause)
            index -= 2
        start = max(self._ends[index] if index >= 0 else 0, mention.start - 250, 0)
        following = bisect.bisect_left(self._starts, mention.end)
        limit = min(self._length, mention.end + 250)
        end = self._starts[following] if following < len(self._starts) else limit
        return start, min(end, limit)

    def _place_aside(self, index: int) -> bool:
        """Whether the breaks at ``index`` and after it are the commas around a larger place's name, with no
        clause of its own after them ("left Tapa, Estonia, and two incoming ones took their place")."""
        return (
            self._text.startswith(",", self._starts[index])
            and self._text.startswith(",", self._starts[index + 1])
            and bool(clauses.PLACE_ASIDE.fullmatch(self._text, self._ends[index], self._starts[index + 1]))
            and not clauses.OWN_CLAUSE.match(self._text, self._ends[index + 1])
        )

    def aside_after(self, end: int) -> list[tuple[int, int]]:
        """The clause after the aside that follows a clause ending at ``end``: "The contingent, a unit of
        120 troops, ends its rotation". Empty when either is a clause of its own ("and", "but", "which",
        "said" ...), a break is not a comma, or there is none."""
        index = bisect.bisect_left(self._starts, end)
        if index < len(self._starts) and self._starts[index] == end and self._text.startswith(",", end):
            # A clause that opens with a finite verb is the predicate of the subject before the aside
            # the mention is in: "The contingent, a squadron of 130 troops, ends its rotation".
            start = self._ends[index]
            if clauses.PREDICATE_START.match(self._text, start) and not clauses.CHANGE_PREDICATE.match(
                self._text, start
            ):
                following = self._starts[index + 1] if index + 1 < len(self._starts) else self._length
                return [(start, min(following, start + 250))]
        if index + 1 >= len(self._starts) or self._starts[index] != end:
            return []
        aside, after = self._ends[index], self._ends[index + 1]
        if not self._text.startswith(",", end) or not self._text.startswith(",", self._starts[index + 1]):
            return []
        if predicate := self._predicate_after_long_aside(index):
            return predicate
        if clauses.OWN_CLAUSE.match(self._text, aside) or clauses.OWN_CLAUSE.match(self._text, after):
            return []
        following = self._starts[index + 2] if index + 2 < len(self._starts) else self._length
        return [(after, min(following, after + 250))]

    def _predicate_after_long_aside(self, index: int) -> list[tuple[int, int]]:
        """The clause after an aside of several pieces, or a relative clause, that opens with a finite verb:
        "A brigade of the U.S. Army, from Fort Carson, Colorado, will be based at Novo Selo"; "The brigade,
        which has its command near Constanta, will return home". An aside that is a clause of its own
        ("and", "but", "said") ends the search."""
        if clauses.OWN_CLAUSE.match(self._text, self._ends[index]) and not clauses.RELATIVE_START.match(
            self._text, self._ends[index]
        ):
            return []
        for later in range(index + 1, min(index + 4, len(self._starts))):
            start = self._ends[later]
            if not self._text.startswith(",", self._starts[later]) or start - self._ends[index] > 200:
                return []
            if clauses.PREDICATE_START.match(self._text, start):
                if clauses.CHANGE_PREDICATE.match(self._text, start):
                    # "the contingent, roughly 900 troops, ..., is due to grow to 1,000": the figure changed is
                    # the one there now
                    return []
                following = self._starts[later + 1] if later + 1 < len(self._starts) else self._length
                return [(start, min(following, start + 250))]
            if clauses.OWN_CLAUSE.match(self._text, start):
                return []
        return []


_PLANNED = [name for name, _ in status_words.STATUS_CUES].index("planned")
_CONTINUING = [name for name, _ in status_words.STATUS_CUES].index("existing")
_WITHDRAWN = [name for name, _ in status_words.STATUS_CUES].index("withdrawn")
_PRESENT = len(status_words.STATUS_CUES) - 1  # the weakest: a presence
_HOME_PARTICIPLE = for_folded(status_words.HOME_PARTICIPLE)
_NEGATED_DEPLOYMENT = for_folded(frames.NEGATED_DEPLOYMENT)
_DENIED_AFTER = for_folded(frames.DENIED_AFTER)
_CALLED_OFF_AFTER = for_folded(frames.CALLED_OFF_AFTER)
_NEGATION_WORDS = re.compile(
    r"\b(?:not|never|no|rul\w+|refus\w+|declin\w+|barred|banned|prohibited|forbidden|cancell?ed|scrapped|called|shelved|"
    r"abandoned|den(?:y|ies|ied|ying)|dismissed|rejected|postponed|dropped|false|untrue|unfounded|incorrect|fake|turned)\b"
)


def status_cues(text: str) -> list[StatusCue]:
    """Every status word of a sentence, found once for all its mentions."""
    lower = folded(text)
    cues = [
        (match.start(), match.end(), rank)
        for rank, (_, pattern) in enumerate(status_words.STATUS_CUES)
        for match in pattern.finditer(lower)
    ]
    if " not " in lower or "never" in lower or "n't" in lower:
        # "have not returned home", "will never be withdrawn": a withdrawal denied keeps the forces there.
        cues = [
            (start, end, _CONTINUING)
            if rank == _WITHDRAWN
            and status_words.NEGATED_BEFORE.search(lower, max(0, start - 30), start)
            and not status_words.UNTIL_AFTER.match(lower, end)
            else (start, end, rank)
            for start, end, rank in cues
        ]
    if "pull" in lower:
        cues += [(match.start(), match.end(), _WITHDRAWN) for match in status_words.PULLED_BACK.finditer(lower)]
    if any(word in lower for word in ("end", "complet", "finish", "conclud", "replaced", "relieved", "home")):
        cues += [(match.start(), match.end(), _WITHDRAWN) for match in status_words.ENDED_MISSION.finditer(lower)]
    if "left" in lower or "leav" in lower or "quit" in lower or "depart" in lower:
        # A leaving is a withdrawal only with no destination after it: the last destination, found once.
        last = max((m.start() for m in status_words.DESTINATION_AFTER.finditer(text)), default=-1)
        cues += [(m.start(), m.end(), _WITHDRAWN) for m in status_words.LEFT_PLACE.finditer(text) if last < m.end()]
    if (
        " to " in lower
        or "seek" in lower
        or "sought" in lower
        or "request" in lower
        or "asked" in lower
        or "want" in lower
        or "offer" in lower
    ):
        cues += [(match.start(), match.end(), _PLANNED) for match in status_words.WISH_TO_DEPLOY.finditer(lower)]
    if any(
        word in lower for word in ("declaration", "agreement", "deal", "road", "memorandum", "pact", "plan", "accord")
    ):
        cues += [(match.start(), match.end(), _PLANNED) for match in status_words.DOCUMENT_PROVIDES.finditer(lower)]
    if " back " in lower or "recall" in lower:
        cues += [(match.start(), match.end(), _WITHDRAWN) for match in status_words.SENT_BACK_HOME.finditer(lower)]
    if " no " in lower or " not " in lower or "refus" in lower or "declin" in lower or "rul" in lower:
        cues += [(match.start(), match.end(), _CONTINUING) for match in status_words.NOT_REDUCED.finditer(lower)]
    if " keep " in lower or " maintain " in lower:
        cues += [(match.start(), match.end(), _CONTINUING) for match in status_words.KEPT_COUNT.finditer(lower)]
    if " for " in lower:
        cues += [(match.start(), match.end(), _PLANNED) for match in status_words.SET_OUT_FOR.finditer(lower)]
    if any(word in lower for word in status_words.DECIDED_WORDS):
        cues += [(match.start(), match.end(), _PLANNED) for match in status_words.DECIDED_TO_DEPLOY.finditer(lower)]
    if any(word in lower for word in status_words.MODAL_WORDS):
        cues += [(match.start(), match.end(), _PLANNED) for match in status_words.MODAL_CUES.finditer(text)]
    if "strong" in lower:
        # "The battalion in Estonia, currently 900 strong, is to be sent to Poland": its size now describes
        # it; the predicate after the aside gives the status (a size on its own is there: mentions).
        cues = _presence_outside(cues, status_words.SIZE_NOW_ASIDE.finditer(lower))
    if "after" in lower or "since" in lower or "following" in lower or "despite" in lower or "before" in lower:
        # "At least 1,000 soldiers remain in Romania after the drawdown": the drawdown dates the count.
        cues = [
            cue
            for cue in cues
            if not (
                cue[2] == _WITHDRAWN
                and status_words.WITHDRAWAL_NOUN.match(lower, cue[0])
                and status_words.WITHDRAWAL_AS_TIME_BEFORE.search(lower, max(0, cue[0] - 30), cue[0])
            )
        ]
    if "announc" in lower and " that " in lower:
        # "announced on Monday that 300 troops had arrived": an announcement reports a clause that has a
        # tense of its own; the announcing plans nothing where that clause says they are there.
        cues = _reported_presence(lower, cues)
    if "based" in lower or "stationed" in lower or "garrisoned" in lower:
        # "1,000 soldiers currently based in Vilseck, Germany, will move to Romania": where a force is
        # based describes it; the move's predicate gives its status.
        cues = _presence_outside(cues, _HOME_PARTICIPLE.finditer(lower))
    return cues


def _presence_outside(cues: list[StatusCue], asides: Iterator[re.Match[str]]) -> list[StatusCue]:
    """``cues`` without the cues of a presence that lie within ``asides``: what describes a force ("currently
    based in Vilseck", ", now 900 strong,") gives no status to the predicate after it."""
    spans = [(m.start(), m.end()) for m in asides]
    return [cue for cue in cues if cue[2] != _PRESENT or not any(s <= cue[0] and cue[1] <= e for s, e in spans)]


def _reported_presence(lower: str, cues: list[StatusCue]) -> list[StatusCue]:
    """``cues`` without an announcing that reports a presence ("announced that 300 troops had arrived")."""
    present_at = [start for start, _, rank in cues if rank == _PRESENT]
    return [
        (start, end, rank)
        for start, end, rank in cues
        if not (
            rank == _PLANNED
            and lower.startswith("announc", start)
            and (that := status_words.REPORTED_THAT_AFTER.match(lower, end))
            and any(at >= that.end() for at in present_at)
        )
    ]


def withdrawals_aside(cues: list[StatusCue]) -> list[StatusCue]:
    """``cues`` without those of a withdrawal: what a move's status is read from."""
    return [cue for cue in cues if cue[2] != _WITHDRAWN]


def status_of(
    text: str, mention: Mention, cues: list[StatusCue], *, clause: tuple[int, int], breaks: ClauseBreaks
) -> str:
    """The status its clause gives a mention, else the clause its predicate is in after an aside ("one
    Patriot system, with U.S. crews manning it, will be repositioned"), else the words just before it;
    "existing" by default.

    Within a window the strongest cue wins: a withdrawal over staying over a plan over a presence."""
    if status_words.ALREADY_AFTER.match(text, mention.end) or status_words.READINESS_AFTER.match(text, mention.end):
        return "existing"
    # A relative clause has its own verb: "Britain, which has 900 troops in Estonia, will send more" says
    # nothing to come of the 900; an aside with no verb of its own takes the predicate after it.
    asides = [] if clauses.OWN_CLAUSE.match(text, clause[0]) else breaks.aside_after(clause[1])
    for low, high in (clause, *asides, (max(0, mention.start - 200), mention.start)):
        ranks = [rank for cue_start, cue_end, rank in cues if low <= cue_start and cue_end <= high]
        if ranks:
            return status_words.STATUS_CUES[min(ranks)][0]
    return "existing"


def force_mentions(text: str, gazetteer: Gazetteer) -> list[ForceName]:
    pattern = _force_pattern(gazetteer)
    return [(m.start(), m.end(), gazetteer.forces[" ".join(m.group("name").split())]) for m in pattern.finditer(text)]


_FORCE_PATTERNS: dict[int, re.Pattern[str]] = {}


def _force_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    key = id(gazetteer)
    if key not in _FORCE_PATTERNS:
        _FORCE_PATTERNS[key] = re.compile(
            r"(?<![\w])(?P<name>" + trie_alternation(gazetteer.forces) + r")(?:-led|['’]s)?(?![\w])"
        )
    return _FORCE_PATTERNS[key]


def clause_force(text: str, mention: Mention, forces: list[ForceName], *, status: str) -> str:
    """Who deploys: "troops from Canada", else the nearest name before the mention, else "by X".

    "From" names the force only when it is not where a move starts ("from Italy to Hungary") or
    where a withdrawal leaves. ``forces`` are the sentence's usable force names (see usable_forces).
    """
    origin = force_words.FROM_AFTER.match(text, mention.end)
    if origin and status != "withdrawn":
        contributors = _contributors(text, origin.end(), forces)
        if contributors:
            return contributors
    # Where a move starts ("from Bavaria to the Baltic states") says nothing of who moves.
    forces = [f for f in forces if not force_words.FROM_BEFORE.search(text, max(0, f[0] - 12), f[0])]
    if subject := _subject(text, mention, forces):
        return subject
    index = bisect.bisect_right(forces, mention.start, key=lambda f: f[1])
    if index:
        return _coordinated(text, forces[:index])
    for force in forces[index:]:
        if force[0] >= mention.end and force_words.BY_BEFORE.search(text, max(0, force[0] - 8), force[0]):
            return force[2]
    return ""


def _coordinated(text: str, before: list[ForceName]) -> str:
    """The nearest force before a mention, with the nations listed with it: "Belgium and Luxembourg
    deployed a combined 300 troops", "Britain, France and Germany are each sending 200" (all of them,
    in their order)."""
    names = [before[-1]]
    for force in reversed(before[:-1]):
        if not force_words.LIST_JOIN.fullmatch(text, force[1], names[0][0]) or force_words.NOT_LISTED_BEFORE.search(
            text, max(0, force[0] - 20), force[0]
        ):
            # "After talks with Poland, Germany sent", "Like France, Britain deployed": not a list of senders
            break
        names.insert(0, force)
    return ", ".join(dict.fromkeys(f[2] for f in names))


def _contributors(text: str, start: int, forces: list[ForceName]) -> str:
    """ "600 sailors from Norway and Denmark": every nation of the list, unless it is where a
    move starts ("from Italy to Hungary")."""
    names: list[str] = []
    position = start
    for force in forces:
        if force[0] < position:
            continue
        if force[0] != position and not force_words.LIST_JOIN.fullmatch(text, position, force[0]):
            break
        if force_words.TO_AFTER.match(text, force[1]):
            return ""
        names.append(force[2])
        position = force[1]
    return ", ".join(dict.fromkeys(names))


def _subject(text: str, mention: Mention, forces: list[ForceName]) -> str:
    """The nation a sentence is about when it opens with it: "Belgium, which leads the company at
    Adazi, has already sent some 250 soldiers"."""
    for index, force in enumerate(forces):
        if force[0] > force_words.SUBJECT_REACH or force[1] > mention.start:
            break
        if force_words.SUBJECT_VERB.match(text, force[1]) and not force_words.NEW_CLAUSE.search(
            text, force[1], mention.start
        ):
            return _gapped_subject(text, mention, forces[index + 1 :]) or _coordinated(text, forces[: index + 1])
    return ""


def _gapped_subject(text: str, mention: Mention, later: list[ForceName]) -> str:
    """The nation that opens a gapped item of the subject's list, right before its count: in "Denmark will
    contribute two F-16s, France three Rafales and Germany four Eurofighters", France's and Germany's."""
    item = [force for force in later if force[1] <= mention.phrase_start][-1:]
    if (
        item
        and text[item[0][1] : mention.phrase_start].isspace()
        and force_words.GAPPED_ITEM_OPENS.search(text, max(0, item[0][0] - 12), item[0][0])
    ):
        return item[0][2]
    return ""


def usable_forces(text: str, forces: list[ForceName], lists: list[PlaceList]) -> list[ForceName]:
    """Force names that are not deployment places ("in Poland") nor adversaries ("Russian aggression")."""
    located = [(pl.start, pl.end) for pl in lists if pl.locative]
    # "from Ramstein, Germany": a country that qualifies a town is part of a place, wherever it is.
    # (Places do not overlap and come in order: the one that may hold a name is found by bisection.)
    starts = [m.start for pl in lists for m in pl.matches]
    ends = [m.end for pl in lists for m in pl.matches]

    def inside_a_place(at: int) -> bool:
        index = bisect.bisect_left(starts, at) - 1
        return index >= 0 and at < ends[index]

    return [
        f
        for f in forces
        # (a host in a relative clause may still act in its main clause: "France, which hosts a corps, sent")
        if (not any(s <= f[0] < e for s, e in located) or roles.RELATIVE_HOST_AFTER.match(text, f[1]))
        and not inside_a_place(f[0])
        and not force_words.ADVERSARIAL_NOUNS.match(text, f[1])
        and not roles.PLACE_PREPOSITION_BEFORE.search(text, max(0, f[0] - 30), f[0])
        and not roles.visited(text, f[0], f[1])
        and not placenames.TERRITORY_AFTER.match(text, f[1])
        and not roles.HOST_AFTER.match(text, f[1])
    ]


def not_a_deployment(sentence: str) -> bool:
    """Sentences that speak of forces without reporting a deployment: questions, opinion, losses,
    wishes and conditions."""
    if frames.QUESTION.search(sentence[:12] + " " + sentence[-4:]):
        return True
    lower = folded(sentence)
    if not any(word in lower for word in frames.NOT_A_DEPLOYMENT_WORDS):
        return False
    # (an incident told in a clause of time is its occasion: "NATO will reinforce its flank with jets, two
    # days after allied aircraft shot down Russian drones over Poland"; what it counts is vetoed one by one)
    occasions = {cue for _, cue, _ in _incident_occasions(lower)}
    found = [
        m
        for m in frames.NOT_A_DEPLOYMENT.finditer(lower)
        if m.start() not in occasions and not _defenders_counted(sentence, m)
    ]
    cues = [m.group(0) for m in found]
    if cues and all(cue.startswith("call") for cue in cues) and frames.PLAN_CALLS_FOR.search(lower):
        return False  # a plan that calls for forces plans them
    if found and all(
        m.group(0) in frames.LOSS_CUES
        and (count := _first_count(sentence)) < m.start()
        and frames.LOSS_CLAUSE_BEFORE.search(sentence, count, m.start())
        for m in found
    ):
        return False  # the losses are told in a clause after a count's
    return bool(cues)


def _defenders_counted(sentence: str, cue: re.Match[str]) -> bool:
    """Whether a defender's cue ("shot down", "scrambled") has a count before it in its clause: the
    defenders counted are deployed, what they met is vetoed one by one (``frame_vetoes``)."""
    if cue.group(0) not in frames.DEFENCE_CUES:
        return False
    # (a count of forces, not a live blog's time: "08:40 Polish and allied aircraft were scrambled")
    opening = max((m.end() for m in clauses.CLAUSE_BREAK.finditer(sentence, 0, cue.start())), default=0)
    return bool(frames.DEFENDERS_COUNTED.search(sentence, opening, cue.start()))


def _incident_occasions(lower: str) -> list[tuple[int, int, int]]:
    """The incidents of a sentence (``lower``, folded) told in a clause of time, each as where its clause
    opens, where the incident's cue starts and where its clause ends: "..., two days after allied aircraft shot
    down Russian drones over Poland" is the occasion of what the sentence deploys, not a veto of it."""
    return [
        (
            clause.start(),
            cue.start(),
            end.start() if (end := clauses.CLAUSE_BREAK.search(lower, cue.end())) else len(lower),
        )
        for cue in frames.NOT_A_DEPLOYMENT.finditer(lower)
        if cue.group(0) in frames.INCIDENT_CUES
        and (clause := frames.TIME_CLAUSE_BEFORE.search(lower, 0, cue.start())) is not None
    ]


def _first_count(sentence: str) -> int:
    """Where the sentence's first number is (its length if it has none)."""
    found = [m.start() for pattern in (DIGIT, NUMBER_WORD) if (m := pattern.search(sentence))]
    return min(found, default=len(sentence))


def _army_size(text: str, mention: Mention, place_lists: list[PlaceList]) -> bool:
    """Whether a count of troops sizes a nation's own army ("Estonia has a standing army of 7,000",
    "Finland, which has 280,000 wartime troops") rather than deploying it: the sentence locates no
    forces ("In Poland, the US Army has 10,000 soldiers" deploys), or, for an aside on a nation, its
    clause locates none."""
    sized = (
        frames.ARMY_SIZE_BEFORE.search(text, max(0, mention.phrase_start - 60), mention.phrase_start)
        or frames.ARMY_SIZE_MODIFIER.search(text, mention.phrase_start, mention.end)
        # "Lithuania's armed forces number about 23,000": the army named, then its size.
        or frames.ARMY_SIZED.search(text, mention.phrase_start, mention.end)
        or frames.ARMY_SIZE_AFTER.match(text, mention.end)
    )
    if not sized or frames.ABROAD_AFTER.match(text, mention.end):
        return False
    if frames.WHICH_HAS_BEFORE.search(text, max(0, mention.phrase_start - 40), mention.phrase_start):
        # "Finland, which has 280,000 wartime troops, will host ...": the aside sizes the host's army;
        # only a place in its own clause would make it a deployment.
        after = clauses.CLAUSE_BREAK.search(text, mention.end)
        clause_end = after.start() if after else len(text)
        return not any(pl.locative and mention.end <= pl.start < clause_end for pl in place_lists)
    # "In Poland, the US Army has about 10,000 soldiers": a located place anywhere makes it a deployment,
    # but the country that "has" them ("Lithuania has 23,000 active soldiers and 1,700 German troops":
    # its own army, and the German troops it hosts).
    # A place referred to ("in the country", "there") names no place of its own for the army.
    return not any(
        pl.locative and not roles.HAS_NATION_AFTER.match(text, pl.end) and pl.matches[0].text[:1].isupper()
        for pl in place_lists
    )


def _called_off(text: str, mention: Mention, start: int, *, refers: bool) -> bool:
    """Whether the calling-off at ``start`` (frames.CALLED_OFF_AFTER) is said of ``mention``: after it, not
    past a semicolon or in a clause of "after", "when", "because"; in its own clause when the forces or a word
    of deploying open it, or in a later one that refers back ("but the deployment was cancelled")."""
    return (
        mention.end <= start
        and ";" not in text[mention.end : start]
        and not frames.SUBORDINATE_BETWEEN.search(text, mention.end, start)
        and (
            refers
            or (
                not clauses.CLAUSE_BREAK.search(text, mention.end, start)
                and bool(frames.CALLED_OFF_SUBJECT_BEFORE.search(text, 0, mention.phrase_start))
            )
        )
    )


def frame_vetoes(
    text: str, mentions: list[Mention], place_lists: list[PlaceList], *, exercise_story: bool = False
) -> set[int]:
    """The mentions (by index) that a clause counts without deploying them: weapons bought, weapons
    handed to Ukraine, an exercise's totals, a nation's own army grown, a capability. A mention joined to a vetoed one
    ("250 tanks ..., as well as 180 K2 tanks") is vetoed too. A headquarters named with no count in a
    sentence that neither sets it up nor moves it is a command node, and vetoed alone. In a story about an
    exercise (``exercise_story``), what "is involved" or "takes part" with no nation of its own is its total,
    whether or not the sentence names the exercise again."""
    vetoed: set[int] = set()
    ukraine = "Ukrain" in text or "Kyiv" in text or "Kiev" in text
    spans = [(m.start(), m.end()) for m in frames.TO_UKRAINE.finditer(text)] if ukraine else []
    exercise = frames.EXERCISE_TOTAL.search(text) or (
        frames.EXERCISE_TOTAL_MORE.search(text) if any(w in text for w in frames.EXERCISE_MORE_WORDS) else None
    )
    lower = folded(text)
    # (the sentence-wide patterns only where their words are, in the folded text)
    about_exercise = any(word in lower for word in frames.EXERCISE_WORD_STEMS) and bool(
        frames.EXERCISE_WORDS.search(text)
    )
    scenario = frames.SCENARIO.search(text) if any(word in lower for word in frames.SCENARIO_STEMS) else None
    own_army = _OWN_ARMY.search(lower)
    set_up = "eadquarters" in text and frames.HEADQUARTERS_SET_UP.search(text)
    capability = _CAPABILITY.search(lower)
    negated = bool(_NEGATION_WORDS.search(lower))
    denied = [m.end() for m in _NEGATED_DEPLOYMENT.finditer(lower)] if negated else []
    entered = [m.start() for m in frames.AIRSPACE_ENTERED.finditer(lower)] if "airspace" in lower else []
    occasions = [(start, end) for start, _, end in _incident_occasions(lower)]
    # what defenders met: after their cue ("shot down three drones"), in its clause
    met = (
        [
            (m.end(), end.start() if (end := clauses.CLAUSE_BREAK.search(lower, m.end())) else len(lower))
            for m in frames.NOT_A_DEPLOYMENT.finditer(lower)
            if m.group(0) in frames.DEFENCE_CUES
        ]
        if "shot down" in lower or "intercept" in lower or "scrambled" in lower
        else []
    )
    wartime = [m.start() for m in frames.WARTIME.finditer(lower)] if "wartime" in lower or "mobili" in lower else []
    corrected = "earlier" in lower
    denied_after = [m.start() for m in _DENIED_AFTER.finditer(lower)] if negated else []
    called_off = [(m.start(), bool(m.group("ref"))) for m in _CALLED_OFF_AFTER.finditer(lower)] if negated else []
    located = [pl.start for pl in place_lists if pl.locative and not pl.destination]
    # Only what a capability reaches to is vetoed: the first count after "to", in its clause ("can be
    # scaled up to a brigade and has 1,600 soldiers" keeps the 1,600).
    capable = next(
        (
            index
            for index, mention in enumerate(mentions)
            if capability
            and capability.start() < mention.phrase_start < capability.end() + 40
            and not clauses.CLAUSE_BREAK.search(text, capability.end(), mention.phrase_start)
        ),
        -1,
    )
    destinations = [pl.start for pl in place_lists if pl.destination]
    delivered = ("eliver" in text or "handed over" in text) and frames.DELIVERED.search(text)
    clauses_of = ClauseBreaks(text) if delivered else None
    # The longer tests of the words before a count only where their words are.
    recruiting = any(word in lower for word in frames.RECRUITED_WORDS)
    building = "accommodat" in lower or " for " in lower
    typical = any(word in lower for word in frames.TYPICAL_WORDS)
    generic = frames.GENERIC_OPENING.match(text) if typical else None
    generic_end = (
        (end.start() if (end := clauses.CLAUSE_BREAK.search(text, generic.end())) else len(text)) if generic else -1
    )
    intercepting = any(word in lower for word in ("intercept", "shadow", "escort"))
    losses = any(word in lower for word in frames.CASUALTY_STEMS)
    requested = any(word in lower for word in frames.REQUEST_WORDS) and not frames.REQUEST_MET.search(text)
    capacity_words = "capacity" in lower or "capability" in lower or "ability" in lower
    able_words = (" can " in lower or "could" in lower or "able" in lower) and (" in " in lower or "within" in lower)
    people_counted = any(m.unit == "troops" and (m.quantity.low or 0) > 1 for m in mentions)
    for index, mention in enumerate(mentions):
        before = text[max(0, mention.phrase_start - 80) : mention.phrase_start]
        equipment = mention.unit not in ("troops", "battlegroups", "brigades", "battalions")
        if (
            (
                equipment
                and frames.PROCUREMENT_BEFORE.search(before)
                and not (frames.ORDERED_BEFORE.search(before) and any(d > mention.end for d in destinations))
            )
            or (
                equipment
                and clauses_of is not None
                # only a delivery in the mention's own clause: "deployed 14 tanks to Estonia, where the
                # first deliveries of spare parts arrived" deploys them.
                and frames.DELIVERED.search(text, *clauses_of.around(mention))
            )
            or (
                equipment and frames.RECEIVED_BEFORE.search(before) and frames.FROM_MAKER_AFTER.match(text, mention.end)
            )
            or (
                equipment
                and frames.BOUGHT_AFTER.match(text, mention.end)
                # "jets bought from Portugal to Lithuania" go there; "..., of which 3 landed at Fetesti" are the
                # bought jets arriving (a destination in a clause of its own)
                and not any(
                    d > mention.end and not clauses.CLAUSE_BREAK.search(text, mention.end, d) for d in destinations
                )
            )
            or (
                equipment
                and frames.AID_PACKAGE_BEFORE.search(text, max(0, mention.phrase_start - 120), mention.phrase_start)
            )
            or any(start - 60 <= mention.start < end for start, end in spans)
            or (
                exercise
                and exercise.start() < mention.start
                and not (mention.force and frames.PART_NAMED_BEFORE.search(before))
                # (a nation's own count in a clause of its own: "..., and 1,000 German troops stayed in Lithuania")
                and not (mention.force and frames.OWN_CLAUSE_BEFORE.search(text, exercise.end(), mention.phrase_start))
            )
            # a scenario's forces, after it unless a clause of their own comes between, or in its clause after them
            or (
                scenario
                and (
                    not frames.OWN_CLAUSE_BEFORE.search(text, scenario.end(), mention.phrase_start)
                    if scenario.start() < mention.phrase_start
                    else not clauses.CLAUSE_BREAK.search(text, mention.end, scenario.start())
                )
            )
            or (about_exercise and not mention.force and frames.EXERCISE_PART_AFTER.match(text, mention.end))
            or (
                exercise_story
                and not mention.force
                # ("About 600 soldiers from Spain took part": one nation's contingent, sent for it)
                and not frames.FROM_A_NATION_AFTER.match(text, mention.end)
                and (part := frames.PARTICIPATING.search(text, mention.end))
                # (its own predicate, past a list's items: no clause of another subject between, and no move
                # told before it: "Russia brought 30,000 troops into Belarus; many of them took part", "will
                # arrive 2,500 soldiers, who will take part")
                and not frames.OTHER_SUBJECT_BETWEEN.search(text, mention.end, part.start())
                and not frames.MOVED_WORDS.search(text, 0, part.start())
            )
            or frames.CAPACITY_BEFORE.search(before)
            or ("when" in before and frames.ERA_COMPARED_BEFORE.search(before))
            or (equipment and frames.DEBRIS_BEFORE.search(before))
            or (equipment and frames.CRASHED_AFTER.match(text, mention.end))
            or (mention.quantity.low is not None and mention.implicit_one and frames.DRAWN_FROM_BEFORE.search(before))
            or (mention.implicit_one and frames.STOCKS_OF_BEFORE.search(before))
            or (mention.implicit_one and people_counted and frames.SERVED_IN_BEFORE.search(before))
            or (capacity_words and frames.CAPACITY_TO_MOVE_BEFORE.search(before))
            or (
                recruiting
                and frames.RECRUITED_BEFORE.search(before)
                and not frames.RECRUITED_PLACED_AFTER.match(text, mention.end)
            )
            or (
                mention.unit == "troops"
                and losses
                and (
                    (frames.CASUALTY_BEFORE.search(before) and not frames.LOST_TO_AFTER.match(text, mention.end))
                    or frames.CASUALTY_AFTER.match(text, mention.end)
                )
            )
            or (intercepting and roles.INTERCEPT_BEFORE.search(text, 0, mention.phrase_start))
            or (requested and frames.REQUEST_BEFORE.search(before))
            or (
                mention.quantity.low is not None
                and building
                and frames.BUILT_FOR_BEFORE.search(before)
                and not frames.ARRIVING_AFTER.match(text, mention.end)
            )
            or frames.RATE_AFTER.match(text, mention.end)
            # "a division combines two to four brigades, or 10,000-20,000 troops": what any unit of a kind
            # holds defines the kind, it deploys nothing (placed, it is a fact: "a battalion has 600 at Rukla",
            # "At Kamenka a brigade is to be expanded into a division of about 10,000")
            or (
                not located
                and bool(
                    frames.KIND_DEFINED_BEFORE.search(text, max(0, mention.phrase_start - 90), mention.phrase_start)
                )
            )
            or mention.phrase_start < generic_end
            or (typical and frames.TYPICAL_KIND_BEFORE.search(before))
            or (
                typical
                and frames.TYPICAL_BEFORE.search(before)
                # (an apposition or a kind: ", typically 3,000", "such units normally number"; not "The German
                # brigade will normally number 4,800")
                and bool(frames.GENERIC_SUBJECT_BEFORE.search(before))
            )
            # "19 drones entered Polish airspace": what enters an airspace, right before its verb, is an incursion
            or any(
                start >= mention.end
                and frames.ENTERING_GAP.fullmatch(text, mention.end, start)
                and not frames.SUBORDINATE_WORDS.search(text, mention.end, start)
                for start in entered
            )
            # "..., two days after allied aircraft shot down Russian drones": what the occasion's clause counts
            or any(start <= mention.start < end for start, end in occasions)
            or any(start <= mention.start < end for start, end in met)
            # "it can field about 280,000 troops in wartime": a mobilised strength, in the mention's clause
            or any(
                not clauses.CLAUSE_BREAK.search(text, min(mention.end, at), max(mention.phrase_start, at))
                for at in wartime
            )
            or (corrected and bool(frames.CORRECTED_BEFORE.search(text, 0, mention.phrase_start)))
            # "Germany will not send troops to Lithuania", "Greek frigates are not permitted to sail into the
            # Black Sea": a deployment denied, in the mention's clause.
            or any(end <= mention.start and not clauses.CLAUSE_BREAK.search(text, end, mention.start) for end in denied)
            # "The 11th Airborne Division, based in Alaska, has no plans to deploy to Poland": a formation by its
            # name is the subject the denial is of, past its aside
            or (mention.named and any(end > mention.end for end in denied))
            or any(
                start >= mention.end
                and not clauses.CLAUSE_BREAK.search(text, mention.end, start)
                # "Dutch F-35s based in Poland are not allowed to fly over Belarus": there they are
                and not any(mention.end <= at < start for at in located)
                for start in denied_after
            )
            or any(_called_off(text, mention, start, refers=refers) for start, refers in called_off)
            or (own_army and abs(own_army.start() - mention.start) < 80)
            or index == capable
            or frames.MOVABLE_WITHIN_AFTER.match(text, mention.end)
            or (
                able_words
                and frames.ABLE_TO_MOVE_BEFORE.search(before)
                and (span := frames.WITHIN_A_SPAN_AFTER.match(text, mention.end))
                and not clauses.CLAUSE_BREAK.search(text, mention.end, span.end())
            )
            # "a NATO battle group can be raised to brigade level": a kind of unit and what it can do.
            or (capability and mention.implicit_one and not text[mention.end : capability.start()].strip())
        ):
            vetoed.add(index)
    for index in range(1, len(mentions)):
        gap = text[mentions[index - 1].end : mentions[index].phrase_start]
        if (
            index - 1 in vetoed
            and clauses.JOINED.match(gap)
            # (a nation's own count is its own: "involved 3,000 troops, and 1,000 German troops stayed")
            and (not mentions[index].force or mentions[index].force == mentions[index - 1].force)
            # equipment joins equipment, people people: "bought 250 tanks, 1,000 US soldiers are training"
            and (mentions[index].unit == "troops") == (mentions[index - 1].unit == "troops")
        ):
            vetoed.add(index)
    # An army sized vetoes only itself: "Poland's army has 150,000 soldiers, and 10,000 US troops are there".
    vetoed |= {
        index
        for index, mention in enumerate(mentions)
        if mention.unit == "troops" and _army_size(text, mention, place_lists)
    }
    # So do forces kept at home: "Sweden keeps 40 Gripens at home and six in Poland".
    if " home" in lower and not frames.READY_AT_HOME.search(text):
        vetoed |= {index for index, mention in enumerate(mentions) if frames.AT_HOME_AFTER.match(text, mention.end)}
    # A command node vetoes only itself: "the division's headquarters and one of its brigades are moving".
    vetoed |= {
        index
        for index, mention in enumerate(mentions)
        if mention.unit == "headquarters" and mention.quantity.low is None and not set_up
    }
    return vetoed
