"""Danish text for the archive benchmark, built from the seed documents' vocabulary.

The seeds (real minutes and terms of reference) give the sentence pool and the item titles;
templates written here add the words whose inflections the search must bring together (godkende,
godkendt, godkendes; kommissorium, kommissoriet; klynge, klyngen, klyngerne …), a few topics on a
long tail (so some words are rare), and "frailty score" with its two words also apart. Everything
is drawn from one random.Random, so a seed gives the same archive every time.
"""

from __future__ import annotations

import ast
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = Path("/work/shared/seeds")
# 003 is OCR text with damaged æ/ø/å ("mgde", "drgfter"): its words would only add noise.
CLEAN_SEEDS = ("000_", "001_", "002_", "004_")

# The inflection groups the search must find together (issue 7, point 5).
INFLECTION_GROUPS: dict[str, tuple[str, ...]] = {
    "godkende": ("godkende", "godkender", "godkendes", "godkendt", "godkendte"),
    "kommissorium": ("kommissorium", "kommissoriet", "kommissorier", "kommissorierne"),
    "klynge": ("klynge", "klyngen", "klynger", "klyngerne"),
    "drøfte": ("drøfte", "drøfter", "drøftes", "drøftet", "drøftede"),
    "beslutte": ("beslutte", "beslutter", "besluttes", "besluttet", "besluttede"),
    "indsats": ("indsats", "indsatsen", "indsatser", "indsatserne"),
    "borger": ("borger", "borgeren", "borgere", "borgerne"),
    "samarbejdsaftale": ("samarbejdsaftale", "samarbejdsaftalen", "samarbejdsaftaler"),
    "skrøbelighed": ("skrøbelighed", "skrøbeligheden"),
    "evaluering": ("evaluering", "evalueringen", "evalueringer"),
    "implementere": ("implementere", "implementeres", "implementeret", "implementerede"),
}

# (topic, weight): a long tail, so that some topics (and their words) are rare.
TOPICS: tuple[tuple[str, float], ...] = (
    ("sammenhængende forløb for ældre medicinske patienter", 30),
    ("opsporing af skrøbelighed hos ældre borgere", 14),
    ("børn og unges mentale trivsel", 20),
    ("samarbejdsaftale for gravide med overvægt", 10),
    ("træning og trivsel for seniorer", 12),
    ("det tværsektorielle forløbsprogram for lænderygbesvær", 8),
    ("akutfunktioner i kommunerne", 14),
    ("udgående sygeplejersker fra hospitalet", 9),
    ("hjemmemonitorering af borgere med KOL", 10),
    ("digitale konsultationer og datadeling", 11),
    ("rekruttering og fastholdelse af personale", 16),
    ("det nationale ledelsesprogram", 6),
    ("kompetenceudvikling på børne- og ungeområdet", 7),
    ("amning og barnets ernæring", 6),
    ("borgere med svær psykisk sygdom", 12),
    ("samarbejdet med civilsamfundet", 5),
    ("sundhedsreformen og de nye sundhedsråd", 9),
    ("klyngemidler og budgetopfølgning", 15),
    ("medicinhåndtering i overgange", 7),
    ("palliativ indsats i eget hjem", 5),
    ("forebyggelse af genindlæggelser", 11),
    ("almen praksis og lægedækning", 10),
    ("diabetes type 2 og kronisk sygdom", 8),
    ("tandpleje til hjemløse borgere", 0.4),
    ("bækkenbundstræning efter fødsel", 0.1),
)

# Template sentences: {cluster}, {forum}, {topic}, {year}, {party} are filled in. Between them
# every form of every inflection group occurs, each in its own sentences.
CASE_TEMPLATES: tuple[str, ...] = (
    "Kommissoriet for arbejdet med {topic} blev godkendt af {forum} i {year}.",
    "{forum} skal godkende et revideret kommissorium for {topic}.",
    "Kommissorierne for temagrupperne godkendes hvert andet år.",
    "Det foreslås, at kommissorierne for {topic} samles i ét kommissorium.",
    "Et udkast til kommissorium for {topic} er vedlagt som bilag.",
    "Klyngen har siden {year} arbejdet med {topic}.",
    "Klyngerne i regionen har forskellige erfaringer med {topic}.",
    "Erfaringerne fra andre klynger viser, at {topic} kræver en fælles indsats.",
    "{cluster} er en klynge med {party} som en central part.",
    "Indsatsen for {topic} blev besluttet af den politiske klyngegruppe i {year}.",
    "Indsatserne evalueres ved udgangen af {year}, og evalueringen forelægges {forum}.",
    "Der er iværksat flere indsatser inden for {topic}, og en evaluering er undervejs.",
    "Evalueringer fra andre klynger peger på behovet for tættere opfølgning.",
    "Borgeren skal opleve et sammenhængende forløb på tværs af sektorerne.",
    "Borgerne har i dag for lange ventetider, og flere borgere genindlægges.",
    "{party} har implementeret samarbejdsaftalen om {topic}.",
    "Samarbejdsaftalen implementeres trinvist, og samarbejdsaftaler på området gennemgås.",
    "Parterne implementerede en ny arbejdsgang i {year}, som nu skal implementeres bredt.",
    "Skrøbelighed hos ældre borgere opspores med en frailty score ved indlæggelsen.",
    "Skrøbeligheden vurderes ud fra Clinical Frailty Scale ved første kontakt.",
    "Den samlede score for patienttilfredshed steg i {year}.",
    "Sekretariatet har drøftet sagen med {party} og anbefaler at drøfte den på mødet.",
)
SUMMARY_TEMPLATES: tuple[str, ...] = (
    "{forum} skal drøfte status på {topic}.",
    "Sagen forelægges med henblik på at beslutte den videre indsats for {topic}.",
    "Punktet giver en orientering om {topic} i {cluster}.",
    "{forum} præsenteres for et forslag om {topic}, som besluttes på mødet.",
    "Sekretariatet fremlægger evalueringen af {topic}.",
)
RECOMMENDATION_TEMPLATES: tuple[str, ...] = (
    "godkender kommissoriet for {topic}",
    "godkender, at klyngen fortsætter indsatsen for {topic}",
    "drøfter de foreslåede indsatser for {topic}",
    "beslutter, at evalueringen af {topic} forelægges i {year}",
    "tager orienteringen om {topic} til efterretning",
    "godkender samarbejdsaftalen om {topic}",
    "beslutter at afsætte klyngemidler til {topic}",
)
MINUTES_TEMPLATES: tuple[str, ...] = (
    "{forum} drøftede {topic} og godkendte indstillingen.",
    "Punktet blev drøftet, og kommissoriet blev godkendt med enkelte rettelser.",
    "Der var enighed om, at klyngerne skal dele erfaringer om {topic}.",
    "{forum} besluttede at udsætte sagen til næste møde.",
    "Sekretariatet følger op på indsatsen og orienterer klyngen i {year}.",
    "Det blev besluttet, at borgerne inddrages i det videre arbejde.",
)
TITLE_TEMPLATES: tuple[str, ...] = (
    "Status på {topic}",
    "Godkendelse af kommissorium for {topic}",
    "Evaluering af {topic}",
    "Drøftelse af {topic}",
    "Orientering om {topic}",
    "Klyngemidler til {topic}",
)
DECISION_TEXTS: dict[str, tuple[str, ...]] = {
    "approved": ("Godkendt.", "Godkendt som indstillet.", "Indstillingen blev godkendt."),
    "approved_with_remarks": (
        "Godkendt med bemærkning om, at klyngen følger op.",
        "Godkendt, idet kommissoriet tilrettes.",
    ),
    "rejected": ("Indstillingen blev ikke godkendt.",),
    "postponed": ("Sagen blev udsat og drøftes igen på næste møde.",),
    "discussed": ("Drøftet.", "Punktet blev drøftet."),
    "noted": ("Taget til efterretning.", "Orienteringen blev taget til efterretning."),
}
PARTIES = (
    "almen praksis",
    "regionspsykiatrien",
    "hospitalsenheden",
    "kommunerne",
    "praksiskonsulenterne",
    "patientinddragelsesudvalget",
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_WORD = re.compile(r"[A-Za-zÆØÅæøå][\w-]*")
_ITEM_HEADING = re.compile(r"^Punkt \d+: (?:[^:]+: )?(.+?)(?: \(kl\..*)?$")
_SEED_CLUSTERS = re.compile(r"Sundhedsklynge(?:n)? (?:Lillebælt|Sønderjylland)|Midtklyngen")


@dataclass
class Vocabulary:
    """The sentence pool and titles read from the seeds, with the templates above."""

    sentences: list[str]
    titles: list[str]
    topics: list[str] = field(default_factory=lambda: [t for t, _ in TOPICS])
    topic_weights: list[float] = field(default_factory=lambda: [w for _, w in TOPICS])

    def words(self) -> set[str]:
        text = " ".join(self.sentences + self.titles)
        return {w.lower() for w in _WORD.findall(text)}


def load_vocabulary(seeds_dir: Path = DEFAULT_SEEDS) -> Vocabulary:
    """Sentences and item titles from the clean seeds; from the demo meetings when the seeds
    folder is absent (a checkout without /work/shared)."""
    text = _seed_text(seeds_dir) if seeds_dir.is_dir() else _demo_text()
    sentences = sorted(set(_sentences(text)))
    titles = sorted({m.group(1).strip() for line in text.splitlines() if (m := _heading(line))})
    if len(sentences) < 50:
        raise SystemExit(f"too little seed text in {seeds_dir} ({len(sentences)} sentences)")
    return Vocabulary(sentences=sentences, titles=titles)


def _seed_text(seeds_dir: Path) -> str:
    files = sorted(p for p in seeds_dir.glob("*.txt") if p.name.startswith(CLEAN_SEEDS))
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def _demo_text() -> str:
    """The string literals of the demo meetings (seed 004's clean text, in the repository)."""
    parts = []
    for name in ("meeting_003.py", "meeting_004.py"):
        tree = ast.parse((ROOT / "klynge" / "demo" / name).read_text(encoding="utf-8"))
        parts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    return "\n".join(p for p in parts if isinstance(p, str))


def _heading(line: str) -> re.Match[str] | None:
    match = _ITEM_HEADING.match(line.strip())
    return match if match and 3 <= len(match.group(1).split()) <= 14 else None


def _sentences(text: str) -> list[str]:
    """Prose sentences of 6–35 words: no tables of contents, lists of names or headings."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split()).lstrip("-• ")
        for sentence in _SENTENCE_END.split(flat):
            words = sentence.split()
            letters = sum(c.isalpha() for c in sentence)
            if (
                6 <= len(words) <= 35
                and sentence[0].isupper()
                and sentence[-1] in ".!?"
                and letters > 0.75 * len(sentence.replace(" ", ""))
                and "..." not in sentence
                and "@" not in sentence
            ):
                found.append(sentence)
    return found


@dataclass
class ItemText:
    title: str
    summary: str
    case_text: str
    minutes_text: str
    recommendations: list[str]


class TextMaker:
    """Builds one agenda item's texts at a time; deterministic for a given random.Random."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random) -> None:
        self.vocabulary = vocabulary
        self.rng = rng

    def item(self, cluster: str, forum: str, year: int, recommendations: int) -> ItemText:
        rng = self.rng
        topic = rng.choices(self.vocabulary.topics, self.vocabulary.topic_weights)[0]
        slots = {
            "cluster": cluster,
            "forum": forum,
            "topic": topic,
            "year": str(year + rng.choice((-1, 0, 0, 1))),
            "party": rng.choice(PARTIES),
        }
        fill = _Filler(slots, cluster)
        case = [fill.seed(s) for s in rng.sample(self.vocabulary.sentences, rng.randint(2, 4))]
        case += [fill(t) for t in rng.sample(CASE_TEMPLATES, rng.randint(1, 3))]
        rng.shuffle(case)
        half = len(case) // 2
        return ItemText(
            title=self._title(fill),
            summary=fill(rng.choice(SUMMARY_TEMPLATES)),
            case_text=" ".join(case[:half]) + "\n\n" + " ".join(case[half:]),
            minutes_text=" ".join(fill(t) for t in rng.sample(MINUTES_TEMPLATES, 2)),
            recommendations=[
                fill(t) for t in rng.sample(RECOMMENDATION_TEMPLATES, recommendations)
            ],
        )

    def _title(self, fill: _Filler) -> str:
        if self.vocabulary.titles and self.rng.random() < 0.3:
            return fill.seed(self.rng.choice(self.vocabulary.titles))[:300]
        return fill(self.rng.choice(TITLE_TEMPLATES))

    def decision(self, outcome: str) -> str:
        return self.rng.choice(DECISION_TEXTS[outcome])


class _Filler:
    """Fills a template's slots and puts the item's cluster where a seed names its own."""

    def __init__(self, slots: dict[str, str], cluster: str) -> None:
        self.slots = slots
        self.cluster = cluster

    def __call__(self, template: str) -> str:
        text = template.format_map(self.slots)
        return text[0].upper() + text[1:]

    def seed(self, sentence: str) -> str:
        return _SEED_CLUSTERS.sub(self.cluster, sentence)
