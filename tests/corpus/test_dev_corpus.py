"""The parser on reporting in the genres of real coverage: the shared development corpus, scored as the
team's scorer scores it.

`tests/corpus/` is a copy of the corpus the team was given: 80 passages written for it on the facts of
real reporting (32 official reports retold in new words, 48 in the genres of wire copy, regional news,
releases, parliamentary answers, briefs, op-eds and captions), read by hand into facts under
`CONVENTIONS.md`, with its scorer. The same scorer is run elsewhere on real passages this project never
sees, so a fix here must be a rule of English, not of one sentence.

Each passage goes through what ``python -m dashboard extract FILE --format json`` does (the file's bytes,
its header line, the plausibility guard, the JSON rows), in this process. The issue's marks are printed
beside the score; the test fails below ``FLOOR``, the best score reached so far, which only ever rises
towards ``MARKS``. The blind corpora (``blind.json`` to ``blind10.json``, see ``BLIND.md``)
are scored the same way, against a floor that only flags a regression.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from dashboard.exports import plain
from dashboard.ingest.local import checked_facts
from dashboard.sources import article

CORPUS = Path(__file__).resolve().parent
MARKS = {"quantified_f1": 0.90, "country_f1": 0.95, "status_accuracy": 0.92, "distractor_hits": 5}
# The distractor floor was 3 until round 4 traded one hit for a fact found: "fewer than 1,000 remained"
# takes its story's place, a camp's reference point the annotators list as a distractor (still <= 5). It
# was 4 until the gazetteer knew regions within countries (round 5): a region now known is a distractor
# in one passage of the fold, while the blind corpora found facts there (the mark, 5, still holds).
FLOOR = {"quantified_f1": 0.916, "country_f1": 0.957, "status_accuracy": 0.957, "distractor_hits": 5}


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def passages(name: str = "dev.json") -> list[dict]:
    return json.loads((CORPUS / name).read_text(encoding="utf-8"))


def extract_rows(text: str, gaz) -> list[dict]:
    """What ``python -m dashboard extract FILE --format json`` prints for a file holding ``text``, read back."""
    parsed = article.from_bytes(text.encode("utf-8"), name="passage.txt")
    facts, _refused = checked_facts(parsed, gaz, name="passage.txt")
    return json.loads(plain.to_json(plain.fact_rows(facts)))


# Each corpus with the least its score may be. dev.json: the best score reached so far, rising towards
# MARKS. blind.json to blind12.json (tests/corpus/BLIND.md): measures of text
# written without the parser's rules in view, not tuning targets; each floor is its latest score less 0.02
# (two more distractor hits), so that it flags a regression only. First scores: blind.json, parser at
# f22bb65, 0.808 / 0.872 / 0.874 / 9 hits; blind2.json and blind3.json, parser at fb3a891, 0.678 / 0.836 /
# 0.898 / 22 and 0.677 / 0.829 / 0.868 / 20; blind4.json, parser at f56a506, 0.830 / 0.892 / 0.876 / 19;
# blind5.json, parser at 699c655, 0.787 / 0.873 / 0.880 / 19; blind6.json, parser at 0a01995, 0.731 /
# 0.912 / 0.931 / 11; blind7.json, parser at 8062168, 0.688 / 0.874 / 0.867 / 20; blind8.json, parser at
# 3f08002 and at be8f8fd (the same), 0.741 / 0.855 / 0.935 / 13; blind9.json, parser at 3f08002, 0.707 / 0.871 /
# 0.881 / 14 (at 81ef644, 0.707 / 0.863 / 0.881 / 14); blind10.json, parser at 8d537b0, 0.750 / 0.876 / 0.986 / 10
# (at 3f08002, 0.746 / 0.876 / 0.986 / 10); blind11.json, parser at 34bcb4b, 0.833 / 0.914 / 0.880 / 5 (at d89a9fc,
# 0.830 / 0.914 / 0.880 / 5); blind12.json, parser at 0959c9f, 0.741 / 0.899 / 0.913 / 13 (at d89a9fc, 0.736 /
# 0.899 / 0.913 / 14).
FLOORS = {
    "dev.json": FLOOR,
    "blind.json": {"quantified_f1": 0.903, "country_f1": 0.947, "status_accuracy": 0.905, "distractor_hits": 7},
    "blind2.json": {"quantified_f1": 0.816, "country_f1": 0.882, "status_accuracy": 0.905, "distractor_hits": 15},
    "blind3.json": {"quantified_f1": 0.853, "country_f1": 0.923, "status_accuracy": 0.89, "distractor_hits": 10},
    "blind4.json": {"quantified_f1": 0.889, "country_f1": 0.893, "status_accuracy": 0.88, "distractor_hits": 14},
    "blind5.json": {"quantified_f1": 0.860, "country_f1": 0.947, "status_accuracy": 0.855, "distractor_hits": 8},
    "blind6.json": {"quantified_f1": 0.838, "country_f1": 0.919, "status_accuracy": 0.912, "distractor_hits": 9},
    "blind7.json": {"quantified_f1": 0.798, "country_f1": 0.871, "status_accuracy": 0.888, "distractor_hits": 15},
    "blind8.json": {"quantified_f1": 0.850, "country_f1": 0.932, "status_accuracy": 0.925, "distractor_hits": 11},
    "blind9.json": {"quantified_f1": 0.801, "country_f1": 0.952, "status_accuracy": 0.886, "distractor_hits": 13},
    "blind10.json": {"quantified_f1": 0.864, "country_f1": 0.896, "status_accuracy": 0.932, "distractor_hits": 7},
    "blind11.json": {"quantified_f1": 0.874, "country_f1": 0.915, "status_accuracy": 0.877, "distractor_hits": 7},
    "blind12.json": {"quantified_f1": 0.78, "country_f1": 0.885, "status_accuracy": 0.898, "distractor_hits": 15},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, gaz) -> tuple[dict, dict]:
    scorer = _scorer()
    # The scorer runs a command per passage; here the same steps run in this process on the same text.
    scorer.run_extractor = lambda cmd, cwd, text: extract_rows(text, gaz)
    result = scorer.score(passages(request.param), "", ".")
    floor = json.dumps(FLOORS[request.param])
    print(f"\n{request.param}: {json.dumps(result)}\nfloor: {floor}\nmarks: {json.dumps(MARKS)}")
    return result, FLOORS[request.param]


def test_quantified_facts_hold_the_floor(scored):
    score, floor = scored
    assert score["quantified"]["f1"] >= floor["quantified_f1"], score["quantified"]


def test_host_countries_hold_the_floor(scored):
    score, floor = scored
    assert score["countries"]["f1"] >= floor["country_f1"], score["countries"]


def test_status_of_matched_facts_holds_the_floor(scored):
    score, floor = scored
    assert score["status_accuracy_on_matched"] >= floor["status_accuracy"]


def test_few_distractors_are_drawn_as_sites(scored):
    score, floor = scored
    assert score["distractor_hits"] <= floor["distractor_hits"]


def test_every_passage_quote_is_a_slice_of_its_text(facts_of):
    for passage in passages():
        parsed = article.from_text(passage["text"])
        for fact in facts_of(passage["text"]):
            assert parsed.text[fact.quote_start : fact.quote_end] == fact.quote


def test_every_fact_of_a_passage_has_its_own_id(facts_of):
    for passage in passages():
        ids = [fact.fact_id for fact in facts_of(passage["text"])]
        assert len(ids) == len(set(ids)), passage["id"]
