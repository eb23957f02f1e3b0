"""A deterministic synthetic corpus of news-like articles for the pipeline benchmark.

    python benchmarks/synth_corpus.py OUT_DIR [--articles 10000] [--seed 7]

Each article (~500 words) reports on one of a few hundred running stories: people named with
titles and bare full names (sometimes misspelt by one outlet), roles, quotations credited before
and after, absolute and relative dates (publication-relative, a list of years, "several months
before" an event), and traps: organisations and places that look like names ("Wells Council",
"St Anne's Hospital", "Harlow Road"), boilerplate lines, identical duplicate articles and
contradictory dates between outlets. Files get YAML front matter with the publication date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

FIRST = (
    "Paul Jenny Peter Trudy Chris Sharon Malcolm Keith Rosalind Katherine Ed Sarah David Helen Mark "
    "James Emma Laura Simon Andrew Claire Richard Susan Michael Alison Graham Julie Neil Fiona Ian "
    "Rachel Stephen Karen Martin Joanne Gary Nicola Tony Deborah Colin Amanda"
).split()
SURNAMES = (
    "Carter Whittle Gilroy Dean Wells Shoesmith Newsam Ferrin Turner Kerswell Balls Hughes Patel "
    "Morgan Fletcher Barker Holloway Pritchard Whitmore Ashdown Crane Dunmore Ellison Fairbanks "
    "Gresham Hartley Ingram Jarvis Kendrick Lockwood Marsden Norwood Oakley Pemberton Quarles "
    "Radcliffe Sutcliffe Thornbury Underwood Vickers Waddington Yardley Ashworth Blackmore"
).split()
TITLES = ("Mr", "Cllr", "Dr", "Councillor", "Prof")
FEMALE = set(
    "Jenny Trudy Sharon Rosalind Katherine Sarah Helen Emma Laura Claire Susan Alison Julie Fiona "
    "Rachel Karen Joanne Nicola Deborah Amanda".split()
)
ROLES = (
    "council leader",
    "interim director of children's services",
    "cabinet member for highways",
    "chief executive",
    "head teacher",
    "chairman of the planning committee",
    "police commander",
    "finance director",
    "opposition leader",
    "health board chair",
)
ORGS = (
    "Kent County Council",
    "Wells Council",
    "Medway Council",
    "the Environment Agency",
    "Ofsted",
    "the Court of Appeal",
    "BBC Radio Kent",
    "St Anne's Hospital",
    "Harlow Road surgery",
    "the NHS trust",
)
PLACES = ("Maidstone", "Ashford", "Canterbury", "Dover", "Harlow Road", "Tunbridge Wells", "Margate", "Folkestone")
TOPICS = (
    "the bypass",
    "the school merger",
    "the care home closure",
    "the budget cuts",
    "the flood defences",
    "the hospital ward",
    "the library review",
    "the bus contract",
    "the housing scheme",
    "the child protection service",
)
NOUNS = ("inspection", "report", "vote", "inquiry", "consultation", "review", "audit", "meeting", "closure", "contract")
ADJ = ("damning", "critical", "glowing", "long-awaited", "independent", "council", "public", "internal")
VERBS = ("approved", "rejected", "published", "criticised", "delayed", "launched", "announced", "cancelled")
FILLER = (
    "Residents have raised concerns about the plans for months and say they were not consulted properly.",
    "The authority says it has listened to the public and changed the proposals as a result.",
    "Campaigners said the decision would affect hundreds of families across the county.",
    "Officials insisted that the service would continue to operate while the changes were made.",
    "A spokesman for the authority declined to comment further on the matter.",
    "Opposition councillors said the figures did not add up and called for a full explanation.",
    "The scheme has been criticised by local businesses, which fear a drop in trade.",
    "Many of those affected told reporters that they had heard nothing from the council.",
    "The costs have risen sharply and the final bill is expected to be far higher than planned.",
    "Staff were told about the changes at a meeting and many were said to be unhappy.",
)
MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
BOILER = (
    "Home   Kent   News   Article",
    "Close This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.Learn More",
    "Image caption, A file picture",
    "More on this story",
    "Related Internet Links",
)


_ONSETS = "B Br C Ch Cr D Dr F G Gr H K L M N P Pr R S Sh St T Th W Wh".split()
_VOWELS = "a e i o u ai ea oo".split()
_CODAS = "ck ll mb nd ng rd rn rt sh st tt".split()
_ENDINGS = "son ley ton well by ford field ham more wood worth er".split()


def make_surname(rng: random.Random) -> str:
    """A surname: a common one, or one of some 30,000 made-up English-looking ones."""
    if rng.random() < 0.3:
        return rng.choice(SURNAMES)
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) + rng.choice(_ENDINGS)


class Story:
    """A running story: its people (with one misspelling an outlet may use), topic and key dates."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.topic = rng.choice(TOPICS)
        self.noun = rng.choice(NOUNS)
        self.adj = rng.choice(ADJ)
        self.org = rng.choice(ORGS)
        self.place = rng.choice(PLACES)
        self.year = rng.randint(2003, 2020)
        self.people = []
        for _ in range(rng.randint(3, 6)):
            first = rng.choice(FIRST)
            self.people.append((first, make_surname(rng), rng.choice(ROLES)))
        self.event_day = dt.date(self.year, rng.randint(1, 12), rng.randint(1, 28))


def misspell(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :] if rng.random() < 0.5 else word[:i] + word[i] + word[i:]


def article(rng: random.Random, story: Story, outlet: int) -> tuple[str, dt.date]:
    published = story.event_day + dt.timedelta(days=rng.randint(1, 300))
    people = list(story.people)
    if outlet % 5 == 4:  # one outlet in five misspells a name
        first, surname, role = people[0]
        people[0] = (first, misspell(rng, surname), role)
    ev = story.event_day
    lines = [rng.choice(BOILER) if rng.random() < 0.5 else "", f"Row over {story.topic} in {story.place}", ""]
    title_of = {}
    for first, surname, _role in people:
        title = "Mrs" if first in FEMALE and rng.random() < 0.3 else rng.choice(TITLES)
        title_of[surname] = title
    sentences = []
    first, surname, role = people[0]
    sentences.append(
        f"The {story.adj} {story.noun} into {story.topic} was {rng.choice(VERBS)} on {ev.day} {MONTHS[ev.month - 1]} {ev.year}, "
        f"{role} {first} {surname} said."
    )
    sentences.append(
        f'{title_of[surname]} {surname} said: "We knew the problems went back to {ev.year - 3}, {ev.year - 2} and {ev.year - 1}."'
    )
    for first, surname, role in people[1:]:
        pronoun = "she" if first in FEMALE else "he"
        sentences.append(
            f"{first} {surname}, the {role}, told {rng.choice(ORGS)} the matter had been raised last year."
        )
        sentences.append(f'"It is not good enough and people deserve better," {pronoun} said.')
        sentences.append(
            f"{title_of[surname]} {surname} retired several months before the {story.adj} {story.noun} and was replaced."
        )
    contradict = outlet % 7 == 6
    month = MONTHS[(ev.month + (1 if contradict else 0)) % 12]
    sentences.append(f"By {month} the authority had reviewed more than {rng.randint(100, 9000)} cases at {story.org}.")
    sentences.append(f"A further meeting at {rng.choice(ORGS)} in {story.place} is planned for {rng.choice(WEEKDAYS)}.")
    sentences.append(
        f"The numbers fell from {rng.randint(1000, 3000)} last {rng.choice(MONTHS)} to just {rng.randint(10, 99)} this week."
    )
    while sum(len(s.split()) for s in sentences) < 470:
        sentences.append(rng.choice(FILLER))
    body = []
    for i in range(0, len(sentences), 3):
        body.append(" ".join(sentences[i : i + 3]))
    lines.extend(p + "\n" for p in body)
    if rng.random() < 0.3:
        lines.append(rng.choice(BOILER))
    return "\n".join(lines), published


def generate(out: Path, articles: int = 10000, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    stories = [Story(rng, n) for n in range(max(1, articles // 25))]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    previous = None
    for n in range(articles):
        if previous is not None and n % 500 == 499:  # an identical duplicate now and then
            text = previous
        else:
            story = stories[rng.randrange(len(stories))]
            body, published = article(rng, story, n)
            text = f"---\ntitle: Article {n}\nsource: Outlet {n % 9}\npublished: {published.isoformat()}\n---\n{body}"
        path = out / f"a{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        previous = text
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.articles, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} articles, {words} words in {args.out}")


if __name__ == "__main__":
    main()
