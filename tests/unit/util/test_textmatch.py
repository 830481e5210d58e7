"""Long word lists as one trie-shaped regular expression."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.parser.text import split
from dashboard.util.textmatch import Gated, first_words, folded, for_folded, required_words, trie_alternation

PHRASES = ["Tapa", "Tapa Army Base", "Tartu", "U.S.", "Ādaži", "a+b"]


def matcher(phrases, *, fold_case: bool = False) -> re.Pattern[str]:
    return re.compile(trie_alternation(phrases, fold_case=fold_case), re.IGNORECASE if fold_case else 0)


def test_each_phrase_matches_itself_and_nothing_else_whole():
    pattern = matcher(PHRASES)
    for phrase in PHRASES:
        assert pattern.fullmatch(phrase)
    for other in ("Tap", "Tapa Army", "UxSx", "aab", "tapa"):
        assert not pattern.fullmatch(other), other


def test_the_longest_phrase_wins_at_a_position():
    assert matcher(PHRASES).match("Tapa Army Base, Estonia").group(0) == "Tapa Army Base"


def test_a_space_in_a_phrase_matches_any_run_of_white_space():
    assert matcher(PHRASES).fullmatch("Tapa  Army\n Base")


def test_folded_case_matches_any_case():
    pattern = matcher(["Eastern Flank"], fold_case=True)
    assert pattern.fullmatch("eastern flank") and pattern.fullmatch("EASTERN FLANK")


@given(st.lists(st.text(alphabet="ab .-", min_size=1, max_size=6), min_size=1, max_size=12), st.text("ab .-"))
def test_it_accepts_exactly_what_a_plain_alternation_accepts(phrases, probe):
    plain = re.compile("|".join(re.escape(p) for p in phrases))
    pattern = matcher(phrases)
    normalised = {re.sub(r"\s+", " ", p) for p in phrases}
    assert bool(pattern.fullmatch(probe)) == (bool(plain.fullmatch(probe)) or re.sub(r"\s+", " ", probe) in normalised)


def test_folded_text_holds_every_word_a_case_blind_pattern_finds():
    # re takes "ı" and "İ" for "i", "ſ" for "s" and the Kelvin sign for "k": str.lower() alone hides some.
    cases = [("SİMİLAR forces", "similar"), ("ſuch units", "such"), ("sımılar", "similar"), ("\u212aILLED", "killed")]
    for text, word in cases:
        assert re.search(word, text, re.IGNORECASE)
        assert word in folded(text), text


def test_a_folded_character_is_what_a_case_blind_pattern_takes_it_for():
    # Every character of the scripts that have case (and the signs re folds to ASCII letters) folds to one
    # character, the lower-case ASCII letter a case-blind pattern takes it for, and of the same class.
    letters = [(letter, re.compile(letter, re.IGNORECASE)) for letter in "abcdefghijklmnopqrstuvwxyz"]
    classes = [re.compile(pattern) for pattern in (r"\w", r"\s", r"\d", r"[^\W\d_]")]
    for char in map(chr, [*range(0x3000), 0x212A, 0x212B, *range(0xFF00, 0xFF60)]):
        fold = folded(char)
        assert len(fold) == 1, hex(ord(char))
        for letter, pattern in letters:
            assert bool(pattern.fullmatch(char)) == (fold == letter), hex(ord(char))
        for pattern in classes:
            assert bool(pattern.fullmatch(char)) == bool(pattern.fullmatch(fold)), hex(ord(char))
    assert len(folded("İstanbul, IŞIK")) == len("İstanbul, IŞIK")


def test_first_words_keep_one_word_of_every_phrase():
    words = first_words(["call for", "called for", "if it", "demand", "demanded", "don't ask"])
    assert sorted(words) == ["call", "demand", "don", "if"]


def test_a_folded_copy_finds_in_the_folded_text_what_the_rule_finds_in_the_text():
    rule = re.compile(r"(?<![\w-])(?P<verb>Sent|MOVED)\s+\W*(?:\w+\s+)?(?P=verb)?[A-Z]\w*\b|\bHQ\S*", re.IGNORECASE)
    copy = for_folded(rule)
    texts = ["They SENT Marines, then moved İzmir troops", "ſent \u212aeys", "hq-2 and Hq’s: moved moved Tanks"]
    for text in texts:
        found = [(m.span(), m.groupdict()) for m in rule.finditer(text)]
        assert found, text
        assert [(m.span(), m.groupdict()) for m in copy.finditer(folded(text))] == [
            (span, {name: value and folded(value) for name, value in groups.items()}) for span, groups in found
        ]


def test_a_rule_that_would_not_fold_so_is_refused():
    # Not case-blind; a letter outside ASCII; a letter given by its code; a part that is not case-blind.
    rules = [("Tapa", 0), ("Ādaži", re.I), (r"\u0041", re.I), ("(?-i:A)", re.I)]
    for source, flags in rules:
        with pytest.raises(ValueError):
            for_folded(re.compile(source, flags))


@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r"\bsaid\s+in\b", re.I, ("said",)),  # the longest run of letters
        (r"(?:reinforc\w*|bolster\w*|shore\s+up)\s+", re.I, ("bolster", "reinforc", "shore")),  # one of each branch
        (r"(?:spoke|spokes)(?:man|woman)?", 0, ("spoke",)),  # a word holding another adds nothing
        (r"\bNATO\b", 0, ("nato",)),  # case kept in the text is folded in both
        (r"(?:additional\s+)?troops", re.I, ("troops",)),  # a part that may be absent requires nothing
        (r"(?:\w+\s+){1,3}troops", re.I, ("troops",)),
        (r"(?:base\s+){2,}", re.I, ("base",)),  # a part that repeats at least once requires what it holds
        (r"(?<=said )\d+", 0, ()),  # what a look-behind reads is outside the match
        (r"\b(?:in|at)\s+\w+", re.I, ()),  # words of two letters are in nearly every sentence
        (r"troops|\d+", 0, ()),  # a branch that requires nothing lets anything through
        (r"’s\s+worth", 0, ("worth",)),  # letters outside ASCII end a run
    ],
)
def test_the_words_a_pattern_requires_are_read_from_the_pattern(source, flags, words):
    assert required_words(re.compile(source, flags)) == words


def test_a_pattern_that_requires_no_word_is_not_gated():
    with pytest.raises(ValueError):
        Gated(re.compile(r"\b(?:in|at)\s+\w+", re.I))


GATED_RULES = [
    re.compile(r"(?<![\w-])(?:reinforc\w*|SAID)\s+(?:(?:the|its)\s+)?(?P<what>\w+)", re.I),
    re.compile(r"\bNATO(?:'s)?\s+\w+|Sent\s+to"),
    re.compile(r"(?:ab\s+){1,2}cab|(?:ba)+sick", re.I),
]


@given(st.text(alphabet="abcisk NATOSentoſıİK\u212a'-", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_gated_pattern_finds_what_the_pattern_finds(text, pos, endpos):
    for rule in GATED_RULES:
        gated = Gated(rule)
        assert [m.span() for m in gated.finditer(text, pos, endpos)] == [
            m.span() for m in rule.finditer(text, pos, endpos)
        ]
        for ask in ("search", "match", "fullmatch"):
            found, expected = getattr(gated, ask)(text, pos, endpos), getattr(rule, ask)(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (ask, text)


def test_case_blind_letters_outside_ascii_still_open_the_gate():
    # re reads "ſ" as "s", the Kelvin sign as "k", "ı" and "İ" as "i": the gate must not close on them.
    gated = Gated(re.compile(r"\bsaid\s+kiev", re.I))
    for text in ("He ſaid \u212aiev", "He saİd kıev", "HE SAID KIEV"):
        assert gated.search(text), text
    assert gated.search("he stated kiev") is None


def test_every_gated_rule_of_the_parser_finds_nothing_in_a_sentence_it_is_not_tried_on():
    import dashboard.parser  # noqa: F401  (loads every rule module)

    passages = json.loads((Path(__file__).parents[2] / "corpus" / "dev.json").read_text(encoding="utf-8"))
    rules = {
        f"{name}.{attribute}": value
        for name, module in list(sys.modules.items())
        if name.startswith("dashboard.parser")
        for attribute, value in vars(module).items()
        if isinstance(value, Gated)
    }
    assert len(rules) > 30
    closed = 0
    for passage in passages:
        for sentence in (piece.text for piece in split(passage["text"])):
            for name, rule in rules.items():
                if not rule.search(sentence):
                    assert rule.pattern.search(sentence) is None, (name, sentence)
                    closed += not any(word in folded(sentence) for word in rule.words)
    assert closed > 1000
