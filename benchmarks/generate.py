"""A seeded, deterministic generator of article-like texts about force deployments.

Each article has a ``key: value`` header, about 3 KB of prose in several voices (wire copy,
ministry release, op-ed, quoted speech), about ten deployment facts in varied sentence shapes,
and distractors: datelines, captions, years, unit designations, money, places of speech and
places that are not deployments. ``python -m benchmarks.generate N DIR`` writes N files.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

FORCES = [
    "NATO",
    "The alliance",
    "The US",
    "Britain",
    "Germany",
    "Canada",
    "France",
    "Italy",
    "Poland",
    "The Netherlands",
    "Spain",
    "Denmark",
    "Norway",
    "Czechia",
    "Hungary",
]
DEMONYMS = ["US", "British", "German", "Canadian", "French", "Italian", "Polish", "Dutch", "Spanish", "Danish"]
HOSTS = ["Estonia", "Latvia", "Lithuania", "Poland", "Slovakia", "Hungary", "Romania", "Bulgaria"]
BASES = [
    "Tapa",
    "Ādaži",
    "Rukla",
    "Orzysz",
    "Lešť",
    "Tata",
    "Cincu",
    "Novo Selo",
    "Powidz",
    "Mihail Kogălniceanu",
    "Ämari",
    "Šiauliai Air Base",
    "Lielvārde",
    "Rzeszów",
]
TOWNS = [
    "Elbląg",
    "Suwałki",
    "Constanța",
    "Mielec",
    "Võru",
    "Daugavpils",
    "Klaipėda",
    "Burgas",
    "Varna",
    "Braniewo",
    "Žagarė",
    "Pärnu",
]
REGIONS = ["the eastern flank", "the Baltic states", "the Black Sea region", "Eastern Europe", "the Baltics"]
UNITS = [
    ("troops", 300, 5000),
    ("soldiers", 100, 3000),
    ("battlegroups", 1, 8),
    ("tanks", 4, 90),
    ("fighter jets", 2, 24),
    ("warships", 1, 12),
    ("Patriot batteries", 1, 4),
    ("helicopters", 2, 20),
    ("battalions", 1, 4),
    ("paratroopers", 100, 2000),
]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 12: "a dozen"}
SPEAKERS = ["the defence minister", "a NATO spokesperson", "the secretary general", "a Pentagon official"]
CITIES_OF_SPEECH = ["Brussels", "Washington", "Madrid", "Vilnius", "Warsaw", "Bucharest"]
FILLER = [
    "Officials described the move as defensive and proportionate to the threat.",
    "The decision followed months of debate among member states about burden sharing.",
    "Critics in parliament questioned the cost, estimated at $1.2 billion over 2023 and 2024.",
    "Moscow condemned the step as a provocation and warned of consequences.",
    "Local residents said they had grown used to the sound of armoured columns on the roads.",
    "The 82nd Airborne Division and 1 Canadian Mechanized Brigade Group have rotated through the region before.",
    "Analysts noted that defence budgets rose by 2 percent on average since 2014.",
    "Exercises are planned for the spring, when the ground is firm enough for heavy vehicles.",
    "The invasion of Ukraine changed the calculus of every government on the eastern flank.",
    "Logistics remain the hardest part, with rail gauges changing at the Polish-Lithuanian border.",
]


def _count(rng: random.Random, low: int, high: int) -> tuple[int, str]:
    value = rng.randint(low, high)
    if value > 1000:
        value = round(value, -2)
    if value in WORDS and rng.random() < 0.5:
        return value, WORDS[value]
    style = rng.random()
    if value >= 1000 and style < 0.15:
        return value, f"{value:,}".replace(",", ".")
    if value >= 1000 and style < 0.3:
        return value, str(value)
    return value, f"{value:,}"


def _hedge(rng: random.Random) -> str:
    return rng.choice(["", "", "", "about ", "some ", "up to ", "more than ", "nearly ", "roughly "])


def _fact_sentence(rng: random.Random) -> str:
    noun, low, high = rng.choice(UNITS)
    value, written = _count(rng, low, high)
    force = rng.choice(FORCES)
    host = rng.choice(HOSTS)
    where = rng.choice([host, host, rng.choice(BASES), f"{rng.choice(TOWNS)}", rng.choice(REGIONS)])
    hedge = _hedge(rng)
    demonym = rng.choice(DEMONYMS)
    shapes = [
        f"{force} has {hedge}{written} {noun} in {where}.",
        f"{force} will send {hedge}{written} {demonym} {noun} to {where} next month.",
        f"{force} announced plans to deploy {hedge}{written} more {noun} to {where}.",
        f"{hedge.capitalize() or ''}{written if hedge else written.capitalize()} {demonym} {noun} arrived in "
        f"{where} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, {rng.choice(SPEAKERS)} said.",
        f"{force} withdrew {written} {noun} from {host} in {rng.choice(['March', 'October', 'June'])}.",
        f"Speaking in {rng.choice(CITIES_OF_SPEECH)}, {rng.choice(SPEAKERS)} said {written} {noun} are now "
        f"stationed at {rng.choice(BASES)}.",
        f"“We currently have {written} {noun} in {where},” {rng.choice(SPEAKERS)} told reporters.",
        f"The {demonym} contingent, a {value if value > 50 else 800:,}-strong battalion, is based in {host}.",
        f"{force} moved {written} {noun} from Germany to {host}.",
        f"{force} keeps {written} {noun} and {rng.randint(2, 40)} tanks in {host}.",
    ]
    return rng.choice(shapes)


def article(index: int, *, seed: int = 2022) -> str:
    rng = random.Random(seed * 1_000_003 + index)
    published = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1000))
    host = rng.choice(HOSTS)
    header = (
        f"title: Allied forces reinforce {host} (report {index})\n"
        f"url: https://example.org/news/{index}\n"
        f"published: {published.isoformat()}\n"
        f"outlet: {rng.choice(['Baltic Wire', 'Flank Monitor', 'Defence Daily', 'Black Sea Times'])}\n"
        f"author: {rng.choice(['A. Writer', 'J. Kowalska', 'M. Ionescu', 'K. Tamm'])}\n\n"
    )
    paragraphs = [
        f"{rng.choice(['VILNIUS', 'WARSAW', 'BUCHAREST', 'RIGA', 'TALLINN'])}, {host} -- "
        + _fact_sentence(rng)
        + " "
        + rng.choice(FILLER)
    ]
    size = len(header) + len(paragraphs[0])
    while size < 3000:
        sentences = [_fact_sentence(rng) if rng.random() < 0.22 else rng.choice(FILLER) for _ in range(3)]
        if rng.random() < 0.1:
            paragraphs.append(
                f"Photo: {rng.choice(DEMONYMS)} soldiers train near {rng.choice(TOWNS)}. "
                f"(Photo by {rng.choice(['NATO', 'Reuters'])})"
            )
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    if rng.random() < 0.3:
        paragraphs.append("Battlegroups typically are made up of 1,000-1,500 soldiers.")
    return header + "\n\n".join(paragraphs) + "\n"


def write(count: int, directory: Path, *, seed: int = 2022) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"article_{index:05d}.txt"
        path.write_text(article(index, seed=seed), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
