"""The health councils (sundhedsråd) that succeed the demo's clusters on 1 January 2027, and what
the public sources say about them (docs/reform.md, "What the law says", gives every source).

The names and municipalities come from a third-party dataset (afpihl/sundhedsraad), not from an
official source the research could read: in the demo they are examples. The texts label each
statement as said by a source ("Kilde"), by a third party ("Tredjepartskilde") or as a conclusion
no source states ("Antagelse").
"""

from __future__ import annotations

from dataclasses import dataclass

DATASET = "https://github.com/afpihl/sundhedsraad"
REGIONSLOVEN_15 = "https://www.elov.dk/regionsloven/paragraf/15"
L214 = "https://www.ft.dk/samling/20241/lovforslag/l214/20241_l214_som_fremsat.htm"
L42 = "https://www.ft.dk/samling/20251/lovforslag/l42/20251_l42_som_fremsat.htm"
KL_L214 = (
    "https://kl.dk/hoeringssvar/sundhed-og-aeldre/2025/hoeringssvar-forslag-til-lov-om-aendring"
    "-af-regionsloven-og-forskellige-andre-love-ny-regional-forvaltningsmodel"
)
HANDBOOK_SUMMARY = "https://mtrconsult.com/node/3361"
UPDAY = "https://www.upday.com/dk/aftale-om-sundhedsreform-er-pa-plads"
NORDICS = (
    "https://nordicstoday.com/article/conservatives-secure-most-chair-positions-new-danish-health"
    "-councils"
)
OVERGANGSLOVEN = (
    "https://www.lovguiden.dk/loven/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven"
)
OVERGANGSLOVEN_126 = (
    "https://www.elov.dk/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven/paragraf/126"
)

# The region as the party of the councils' regional members.
REGION_PARTIES = {
    "midtjylland": ("Region Midtjylland", "RM"),
    "syddanmark": ("Region Syddanmark", "RSD"),
}


@dataclass(frozen=True)
class Council:
    """A council of the demo: its predecessor cluster, its municipalities and what is known of
    its seats. ``regional_seats``/``municipal_seats`` are the third-party dataset's totals, None
    where the research notes give none."""

    slug: str
    name: str
    region: str
    cluster: str
    towns: tuple[str, ...]
    area_note: str
    regional_seats: int | None = None
    municipal_seats: int | None = None

    @property
    def forum_slug(self) -> str:
        return f"{self.slug}-sundhedsraadet"


def _area(towns: str, extra: str = "") -> str:
    return (
        f"Eksempel: navn og kommuner ({towns}) efter tredjepartsdatasættet afpihl/sundhedsraad"
        f" ({DATASET}), ikke bekræftet af en officiel kilde.{extra}"
    )


LILLEBAELT_EXTRA = (
    " Kommunerne er ikke afklaret: datasættets kommuneliste er Kolding, Fredericia, Vejle og"
    " Billund, mens dets medlemsliste har et medlem fra Middelfart og intet fra Billund. Demoen"
    " bruger medlemslisten (antagelse). Vejen hører efter datasættet til Sundhedsråd"
    " Sydvestjylland; Billund og Vejen var med i Sundhedsklynge Lillebælt."
)
SUCCESSION_NOTE = (
    " Antagelse: rådet efterfølger klyngen, fordi det dækker (næsten) de samme kommuner; ingen"
    " kilde siger det."
)

COUNCILS = [
    Council(
        "sundhedsraad-midt",
        "Sundhedsråd Midt",
        "midtjylland",
        "midtklyngen",
        ("Viborg", "Silkeborg", "Skive"),
        _area("Viborg, Silkeborg og Skive", SUCCESSION_NOTE),
        regional_seats=6,
        municipal_seats=5,
    ),
    Council(
        "sundhedsraad-aarhus",
        "Sundhedsråd Aarhus",
        "midtjylland",
        "aarhusklyngen",
        ("Aarhus", "Samsø"),
        _area("Aarhus og Samsø", SUCCESSION_NOTE),
    ),
    Council(
        "sundhedsraad-horsens",
        "Sundhedsråd Horsens",
        "midtjylland",
        "horsensklyngen",
        ("Horsens", "Hedensted", "Odder", "Skanderborg"),
        _area("Horsens, Hedensted, Odder og Skanderborg", SUCCESSION_NOTE),
    ),
    Council(
        "sundhedsraad-kronjylland",
        "Sundhedsråd Kronjylland",
        "midtjylland",
        "randersklyngen",
        ("Randers", "Favrskov", "Norddjurs", "Syddjurs"),
        _area("Randers, Favrskov, Norddjurs og Syddjurs", SUCCESSION_NOTE),
    ),
    Council(
        "sundhedsraad-vestjylland",
        "Sundhedsråd Vestjylland",
        "midtjylland",
        "goedstrupklyngen",
        ("Herning", "Holstebro", "Ikast-Brande", "Lemvig", "Ringkøbing-Skjern", "Struer"),
        _area(
            "Herning, Holstebro, Ikast-Brande, Lemvig, Ringkøbing-Skjern og Struer",
            SUCCESSION_NOTE,
        ),
    ),
    Council(
        "sundhedsraad-lillebaelt",
        "Sundhedsråd Lillebælt",
        "syddanmark",
        "lillebaelt",
        ("Fredericia", "Kolding", "Middelfart", "Vejle"),
        _area("Fredericia, Kolding, Middelfart og Vejle", LILLEBAELT_EXTRA + SUCCESSION_NOTE),
    ),
    Council(
        "sundhedsraad-soenderjylland",
        "Sundhedsråd Sønderjylland",
        "syddanmark",
        "soenderjylland",
        ("Aabenraa", "Haderslev", "Sønderborg", "Tønder"),
        _area("Aabenraa, Haderslev, Sønderborg og Tønder", SUCCESSION_NOTE),
    ),
]

# --- the council's terms: what the sources say, labelled -------------------------------------

PURPOSE = (
    "Kilde (bemærkningerne til lovforslag L 214, citeret i KL's høringssvar): sundhedsrådene skal"
    " »være drivende i omstillingen af sundhedsvæsenet og styrkelsen af det nære"
    " sundhedsvæsen«, »danne rammen om et tæt og forpligtende samarbejde mellem regioner og"
    " kommuner om sundhedsopgaverne i et afgrænset geografisk område« og »udmønte den"
    " betydelige økonomiske ramme i form af en investeringsmotor til nære sundhedsindsatser«."
    f" ({KL_L214})"
)
TASKS = (
    "Tredjepartskilde (engelsk resumé af den fælles håndbog fra Indenrigs- og"
    f" Sundhedsministeriet, KL og Danske Regioner, januar 2026; {HANDBOOK_SUMMARY}):\n"
    "- udvikle sundhedstilbuddene i området og prioritere ressourcerne inden for de økonomiske"
    " rammer, som regionsrådet delegerer\n"
    "- have ansvaret for nyligt overførte opgaver, fx akutsygepleje, patientrettet forebyggelse,"
    " specialiseret genoptræning og regionale sundheds- og omsorgspladser\n"
    "- styrke samarbejdet mellem hospitaler, almen praksis, psykiatri og kommuner\n"
    "- udarbejde en lokal sundhedsplan. Antagelse: det er nærsundhedsplanen i lovforslag L 42"
    f" (2025-26), men at rådet udarbejder den, er ikke bekræftet ({L42}).\n\n"
    f"Kilde (L 214's titel, {L214}): sundhedsklyngerne, sundhedssamarbejdsudvalgene og"
    " sundhedsaftalerne i deres nuværende form afskaffes. Hvad der lokalt afløser"
    " sundhedsaftalen, siger ingen af de læste kilder."
)
COMPOSITION = (
    "Rådet består af regionale medlemmer (valgt til regionsrådet) og kommunale medlemmer (valgt"
    " til kommunalbestyrelserne i rådets kommuner).\n"
    "- Kilde: regionsloven § 15, stk. 4, nævner »regionale medlemmer af sundhedsrådet«"
    f" ({REGIONSLOVEN_15}); »Sundhedsrådene skal bestå af både regionsråds- og"
    f" byrådspolitikere« ({UPDAY}).\n"
    "- Tredjepartskilde: de regionale medlemmer har flertallet og formandsposten"
    f" (afpihl/sundhedsraad, {DATASET}; {NORDICS}).\n"
    "- Ikke verificeret: lovens antal medlemmer pr. råd, fordelingen pr. kommune og hvem der"
    " udpeger (regionsloven §§ 14 a-14 p kunne ikke læses). Antagelse: regionsrådet udpeger de"
    " regionale medlemmer og kommunalbestyrelserne de kommunale.\n"
    "- Patientrepræsentanter og almen praksis (PLO) i selve rådet: ikke fundet i kilderne.\n\n"
)
SEATS_KNOWN = (
    "Sammensætningsreglerne er et eksempel. Tredjepartsdatasættet angiver {regional} regionale og"
    " {municipal} kommunale medlemmer; fordelingen på kommunerne er ikke verificeret. Reglerne:"
    " {regional} regionale medlemmer og mindst 1 kommunalt medlem fra hver kommune (antagelse)."
)
SEATS_UNKNOWN = (
    "Sammensætningsreglerne er et eksempel; antallet er ikke verificeret. Reglerne: mindst 1"
    " kommunalt medlem fra hver kommune (antagelse) og mindst ét regionalt medlem mere end"
    " antallet af kommuner, så de regionale har flertallet (antagelse ud fra flertalsreglen)."
)
CHAIRS = (
    "Rådet har en formand og en næstformand. Kilde: regionsloven § 15, stk. 2 og 6"
    f" (»sundhedsrådenes formænd«, »sundhedsrådenes næstformænd«; {REGIONSLOVEN_15}).\n"
    "Tredjepartskilde: i alle 17 råd er formand og næstformand regionale medlemmer"
    f" (afpihl/sundhedsraad, {DATASET}).\n"
    "Rådet er efter tredjepartsresuméet af håndbogen et stående politisk udvalg i regionen, ikke"
    f" en selvstændig myndighed ({HANDBOOK_SUMMARY}). Rådets administrative fora: ingen af de"
    " læste kilder beskriver dem; i demoen fortsætter klyngens administrative fora under rådet"
    " (antagelse)."
)
PERIOD = (
    f"Fra 1. januar 2027 (L 214, {L214}; overgangsloven, lov nr. 699 af 20. juni 2025,"
    f" {OVERGANGSLOVEN}).\n"
    "Valgperiode: ikke fundet i kilderne. Antagelse: den følger regionsrådets funktionsperiode."
)
REGIONAL_SEAT = "regionale medlemmer (regionsrådsmedlemmer), heriblandt formand og næstformand"
MUNICIPAL_SEAT = "kommunale medlemmer (kommunalbestyrelsesmedlemmer)"

# --- Region Østdanmark ---------------------------------------------------------------------

MERGER_TITLE = "Region Hovedstaden og Region Sjælland lægges sammen til Region Østdanmark"
MERGER_NOTE = (
    "Kilde: overgangsloven § 2 gælder ændringer »med virkning fra den 1. januar 2027:"
    " Sammenlægning af Region Sjælland og Region Hovedstaden til Region Østdanmark«; § 126:"
    " »Region Østdanmark overtager den 1. januar 2027 Region Sjællands og Region Hovedstadens"
    " aktiver, passiver, rettigheder, pligter og ansatte.«"
)
MERGER_SOURCE = (
    "Lov nr. 699 af 20. juni 2025 om overgangen til en ny sundhedsstruktur (overgangsloven):"
    f" {OVERGANGSLOVEN} ; § 126: {OVERGANGSLOVEN_126}"
)
SUCCESSION_SOURCE = (
    f"Navn og kommuner: afpihl/sundhedsraad (tredjepart), {DATASET} ; sundhedsrådene: L 214"
    f" (2024-25), {L214}"
)
