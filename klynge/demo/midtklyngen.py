"""Midtklyngen's fora, terms of reference and composition rules (seed 001, seed 003)."""

from __future__ import annotations

import datetime

from klynge.organisation.models import CompositionRule, Forum, TermsOfReference

from .helpers import Kind, Rule, upsert_forum, upsert_rules, upsert_terms
from .organisation import MIDT_GENERAL_PRACTICE, MIDT_PSYCHIATRY

CLUSTER = "midtklyngen"
HE_MIDT = "Hospitalsenhed Midt"

POLITICAL = "midtklyngen-politisk-klyngegruppe"
STEERING = "midtklyngen-klyngestyregruppe"
SOMATIC = "midtklyngen-voksentemagruppen-somatik"
PSYCHIATRY = "midtklyngen-voksentemagruppen-psykiatri"
CHILDREN = "midtklyngen-temagruppen-boern-unge-familie"
DIRECTORS = "midtklyngen-direktoerkredsen"
SECRETARIAT = "midtklyngen-faellessekretariat"
THEME_GROUPS = (SOMATIC, PSYCHIATRY, CHILDREN)

# Seed 003 item 4: the steering group approved the updated terms of reference (seed 001) at its
# meeting of 7 June 2023.
APPROVED_ON = datetime.date(2023, 6, 7)
APPROVED_BY = "Klyngestyregruppen i Midtklyngen"

# Seed 001, "Plan for kommunernes rotation i formandskaberne": the municipal co-chair of each
# forum per period (the hospital side is HE Midt, or Regionspsykiatrien for psychiatry). The
# steering group's 2026-2029 municipality "afhænger af udpegning af politisk formandskommune" and
# is not known. Registered as the cluster's rotation plan by rotation_001.
ROTATION = {
    STEERING: {"2021-2022": "Silkeborg", "2023-2025": "Viborg"},
    SOMATIC: {
        "2021-2022": "Skive",
        "2023-2025": "Silkeborg",
        "2026-2027": "Viborg",
        "2028-2029": "Skive",
    },
    PSYCHIATRY: {
        "2021-2022": "Skive",
        "2023-2025": "Silkeborg",
        "2026-2027": "Viborg",
        "2028-2029": "Skive",
    },
    CHILDREN: {
        "2021-2022": "Viborg",
        "2023-2025": "Skive",
        "2026-2027": "Silkeborg",
        "2028-2029": "Viborg",
    },
}
ROTATION_NOTE = (
    "Plan for kommunernes rotation i formandskaberne (Klyngestyregruppen / Voksentemagruppen for"
    " somatik / Voksentemagruppen for psykiatri / Temagruppen for børn, unge og familie):\n"
    "2021-2022: HE Midt og Silkeborg Kommune / HE Midt og Skive Kommune / Regionspsykiatrien og"
    " Skive Kommune / HE Midt og Viborg Kommune\n"
    "2023-2025: HE Midt og Viborg Kommune / HE Midt og Silkeborg Kommune / Regionspsykiatrien og"
    " Silkeborg Kommune / HE Midt og Skive Kommune\n"
    "2026-2027: HE Midt og X kommune (afhænger af udpegning af politisk formandskommune) / HE Midt"
    " og Viborg Kommune / Regionspsykiatrien og Viborg Kommune / HE Midt og Silkeborg Kommune\n"
    "2028-2029: – / HE Midt og Skive Kommune / Regionspsykiatrien og Skive Kommune / HE Midt og"
    " Viborg Kommune\n"
    "Det kommunale medformandskab i Klyngestyregruppen skiftede pr. 16.9.2022 fra Silkeborg til"
    " Viborg Kommune. Hvis HE Midt eller Regionspsykiatrien foretager udskiftning af medformand,"
    " skal det af hensyn til kontinuitet sikres, at det ikke sker samme år, som de kommunale"
    " medformænd skifter."
)


def build_fora() -> dict[str, Forum]:
    """Seed 001's structure: political group → steering group → three theme groups, and the
    directors' circle and joint secretariat beside them."""
    midt = {"region_slug": "midtjylland", "cluster_slug": CLUSTER}
    political = upsert_forum(
        POLITICAL,
        "Politisk klyngegruppe",
        Forum.Kind.POLITICAL,
        meetings_per_year=2,
        meeting_frequency_note="Som udgangspunkt 2 årlige møder",
        position=10,
        **midt,
    )
    steering = upsert_forum(
        STEERING,
        "Klyngestyregruppen",
        Forum.Kind.STEERING,
        reports_to=political,
        meetings_per_year=4,
        meeting_frequency_note="4 gange om året samt ad hoc",
        position=20,
        **midt,
    )
    fora = {POLITICAL: political, STEERING: steering}
    for position, (slug, name) in enumerate(
        [
            (SOMATIC, "Voksentemagruppen for somatik"),
            (PSYCHIATRY, "Voksentemagruppen for psykiatri"),
            (CHILDREN, "Temagruppen for børn, unge og familie"),
        ],
        start=30,
    ):
        fora[slug] = upsert_forum(
            slug,
            name,
            Forum.Kind.THEME_GROUP,
            reports_to=steering,
            meetings_per_year=4,
            meeting_frequency_note="Som udgangspunkt 4 årlige møder",
            position=position,
            **midt,
        )
    fora[DIRECTORS] = upsert_forum(
        DIRECTORS, "Direktørkredsen", Forum.Kind.DIRECTORS, position=60, **midt
    )
    fora[SECRETARIAT] = upsert_forum(
        SECRETARIAT,
        "Fællessekretariatet",
        Forum.Kind.SECRETARIAT,
        in_decision_structure=False,
        position=70,
        **midt,
    )
    return fora


# --- terms of reference: seed 001's text -----------------------------------------------------

POLITICAL_TERMS = {
    "purpose": (
        "Sundhedsklyngen skal løfte populationsansvaret med udgangspunkt i akuthospitalets"
        " optageområde og sikre sammenhæng i behandlings- og rehabiliteringsforløb på tværs af"
        " sundhedsområdet og i relevant omgang mellem sundhedsområdet og de tilgrænsende områder."
        " Sundhedsklyngen skal samtidig styrke forebyggelse, kvalitet og omstilling til det nære"
        " sundhedsvæsen."
    ),
    "tasks": (
        "Den politiske klyngegruppe skal:\n"
        "- Sætte retning for sundhedsklyngen, herunder igangsætte indsatser med omstilling til det"
        " nære sundhedsvæsen\n"
        "- Implementere og komme med input til sundhedsaftalen og nationale tiltag\n"
        "- Drøfte og beslutte anvendelsen af prioriterede midler\n"
        "- Opstille selvstændige mål for arbejdet med udgangspunkt i lokale udfordringer og behov"
    ),
    "chairs_and_secretariat": (
        "Sekretariatsbetjening af den politiske klyngegruppe sker i samarbejde med"
        " regionsadministrationen. Fra kommunerne varetages sekretariatsbetjeningen af konsulent"
        " fra den kommune, som varetager det kommunale medformandskab i den politiske"
        " klyngegruppe. Dette i tæt dialog med de øvrige klyngekommuner."
    ),
    "meeting_frequency": "Den politiske klyngegruppe har som udgangspunkt 2 årlige møder.",
}

STEERING_TERMS = {
    "purpose": (
        "Klyngestyregruppen skal tage hånd om borgernes behov med fokus på at sikre konkrete"
        " løsninger for bedre sammenhæng, kvalitet og øget nærhed og samtidig være en drivende"
        " kraft for styrket kvalitet, sammenhæng og omstilling i det nære sundhedsvæsen. (jf."
        " bekendtgørelse om sundhedsklynger, sundhedssamarbejdsudvalg, sundhedsaftaler og"
        " patientinddragelsesudvalg)"
    ),
    "tasks": (
        "- Udmøntning af- og opfølgning på beslutninger i den politiske klyngegruppe\n"
        "- Sikre implementering af nationale eller lokalt prioriterede initiativer til styrket"
        " sammenhæng, nærhed og omstilling i regi af sundhedsaftalen, herunder f.eks. midler"
        " øremærket som led i de årlige økonomiaftaler\n"
        "- Behandle tiltag og beslutninger fra sundhedsstyrelsen og temagrupperne på et"
        " overordnet strategisk niveau.\n"
        "- Iværksætte tværsektorielle udviklingstiltag\n"
        "- Følge op på fastlagte mål og implementering af lokalt og nationalt aftalte initiativer,"
        " f.eks. kvalitetstiltag, nationale handlingsplaner og øvrige relevante initiativer\n"
        "- Inddrage patient- og pårørendeperspektivet\n"
        "- Understøtte spredning og videndeling på tværs af klyngerne\n"
        "- Drøfte aktuelle sundhedsstrategiske emner\n"
        "- Erfaringsudveksling og idéudvikling\n"
        "- Understøtte forskningsmæssige initiativer"
    ),
    "composition": (
        "Medlemmerne af klyngestyregruppen udpeges på strategisk ledelsesniveau.\n\n"
        "Kommuner:\n"
        "3 direktører\n"
        "3-4 chefer med ansvar for sundheds- og/eller omsorgsområdet (Skive Kommune deltager med"
        " 2 chefer: sundhedschef og pleje- og visitationschef)\n"
        "1 chef fra arbejdsmarked/Social/Psykiatri (medformand for voksentemagruppen for"
        " psykiatri)\n"
        "1 chef fra Familieområdet (medformand fra temagruppen børn, unge og familie)\n"
        "3 konsulenter\n\n"
        "Region:\n"
        "Hospitalsenhed Midt:\n"
        "1 direktør\n"
        "4 center-/afdelingsledelsesrepræsentanter, hvoraf 2 varetager medformandskab i"
        " henholdsvis voksentemagruppen somatik og temagruppen børn, unge og familien.\n"
        "1 økonomi-og planchef\n"
        "1 konsulent/sekretariat\n\n"
        "Regionspsykiatrien:\n"
        "1 direktør\n"
        "1 chef-/afdelingsledelsesrepræsentant fra Regionspsykiatrien Midt (medformand"
        " voksentemagruppen for psykiatri)\n"
        "1 konsulent\n\n"
        "Almen praksis:\n"
        "1 Praksiskoordinator\n"
        "1 PLO-Midt repræsentant\n\n"
        "Patient og pårørende:\n"
        "2 repræsentanter udpeget af Patientinddragelsesudvalget\n\n"
        "Klyngestyregruppen kan supplere sig ad-hoc."
    ),
    "chairs_and_secretariat": (
        "Arbejdet i klyngestyregruppen ledes af et formandskab. Formandskabet dagsordenssætter"
        " aktuelle emner af strategisk karakter.\n\n"
        "Formandskabet har ansvar for forberedelse, facilitering og opfølgning på møderne i"
        " klyngestyregruppen samt at sikre koordinering og sammenhæng mellem klyngestyregruppens"
        " arbejde og arbejdet i temagrupperne.\n\n"
        "Formandskab er delt mellem Hospitalsenhed Midt og en kommune.\n\n"
        "Det kommunale medformandskab følger det kommunale medformandskab i den politiske"
        " klyngegruppe og er derfor som udgangspunkt for 4 år ad gangen.\n\n"
        "Klyngestyregruppen og formandskabet sekretariatsbetjenes af 2 konsulenter: 1 konsulent"
        " fra HE Midt og 1 konsulent fra den kommune, som varetager medformandskabet for"
        " klyngestyregruppen.\n\n"
        "I formandskabsmøderne vedr. dagsorden og opfølgning på klyngestyregruppemøder deltager"
        " endvidere 1 direktør og 1 konsulent fra Psykiatrien i Region Midtjylland.\n\n"
        "Der udarbejdes korte beslutningsreferater fra møderne.\n\n" + ROTATION_NOTE
    ),
    "meeting_frequency": (
        "4 gange om året samt ad hoc.\n"
        "Punkter vedrørende psykiatri placeres som udgangspunkt først på dagsordenen."
    ),
}

# The sections the three theme groups share ("Kommissorium for temagrupper").
THEME_TERMS = {
    "purpose": (
        "Temagrupperne skal sikre implementering og opfølgning på sundhedsaftalens"
        " indsatsområder og øvrige beslutninger truffet i klyngestyregruppen.\n\n"
        "Klyngetemagrupperne arbejder tværsektorielt indenfor deres respektive områder. Grupperne"
        " har ansvar for at tænke i helheder og involvere hinanden samt at bidrage til det"
        " strategiske arbejde i Klyngestyregruppen."
    ),
    "tasks": (
        "- Implementeringen af samarbejdsaftaler i regi af sundhedsaftalen\n"
        "- Opfølgning på implementering af samarbejdsaftaler og øvrige tiltag i regi"
        " sundhedsaftalen\n"
        "- Afdække behov for tværkommunale og tværsektorielle sundhedsindsatser\n"
        "- Udvikling, afprøvning og evaluering af nye løsninger, som skal styrke det"
        " tværsektorielle samarbejde\n"
        "- Inddrage patient- og pårørendeperspektivet\n"
        "- Erfaringsudveksling og idéudvikling, herunder etablering af fælles undervisnings- og"
        " uddannelsesforløb samt konkrete projekter og temadage\n"
        "- Opfølgning på økonomi og nøgletal\n"
        "- Vurdere potentiale for udbredelse og spredning"
    ),
    "meeting_frequency": (
        "Som udgangspunkt afholdes 4 årlige møder.\nTemagrupperne kan aftale anden mødefrekvens"
    ),
}
THEME_COMPOSITION_INTRO = (
    "Der udpeges ledelsesrepræsentation fra både kommuner, HE Midt og Psykiatrien i Region"
    " Midtjylland. Medlemmerne af temagrupperne udpeges, så der sikres faglig indsigt, indsigt i"
    " driften på de respektive områder samt beslutningskraft i temagruppernes arbejde.\n\n"
)
THEME_CHAIRS_COMMON = (
    "Arbejdet i temagrupperne ledes af et formandskab. Formandskabet har ansvar for forberedelse,"
    " facilitering og opfølgning på møderne i temagrupperne samt at sikre koordinering og"
    " sammenhæng mellem temagruppens arbejde og arbejdet i Klyngestyregruppen.\n\n"
)
THEME_CHAIRS_HE_MIDT = (
    "Formandskabet i hhv. voksentemagruppen for somatik og temagruppen børn, unge og familien er"
    " delt mellem Hospitalsenhed Midt og en kommune for 2 år ad gangen.\n\n"
    "Sekretariatsbetjening af temagrupperne og formandskaberne sker af 1 konsulent fra den"
    " kommune, som indgår i temagruppens formandskab.\n\n"
    "Der udarbejdes korte beslutningsreferater fra møderne."
)
THEME_CHAIRS_PSYCHIATRY = (
    "Formandskabet for voksentemagruppen for psykiatri er delt mellem Regionspsykiatrien Midt og"
    " en kommune for 2 år ad gangen og sekretariatsbetjenes af konsulent fra Regionspsykiatrien."
    "\n\nDer udarbejdes korte beslutningsreferater fra møderne."
)
THEME_COMPOSITION = {
    SOMATIC: (
        "Voksentemagruppen for somatik:\n"
        "2-4 chef-/lederrepræsentanter fra hver af de 3 kommuner (som udgangspunkt deltager alle"
        " kommuner med en Sundhedschef; hvis en kommune afviger fra dette princip, er det"
        " afgørende at vedkommende har den nødvendige beslutningskompetence).\n"
        "5-6 chef-/ledelsesrepræsentanter fra HE Midt\n"
        "1 konsulent fra kommune\n"
        "Repræsentant fra almen praksis kan deltage ad-hoc"
    ),
    PSYCHIATRY: (
        "Voksentemagruppen for psykiatri:\n"
        "1-2 chef-/lederrepræsentanter fra hver af de 3 kommuner\n"
        "1-2 chef-/ledelsesrepræsentant fra Regionspsykiatrien Midt\n"
        "1 konsulent fra Regionspsykiatrien\n"
        "Repræsentant fra almen praksis kan deltage ad-hoc"
    ),
    CHILDREN: (
        "Temagruppen for børn, unge og familien:\n"
        "1 Familiechef fra hver af de 3 kommuner\n"
        "1-2 chef-/ledelsesrepræsentanter fra HE Midt\n"
        "1 chef-/ledelsesrepræsentant fra Børne- og Ungdomspsykiatrien\n"
        "1 konsulent fra kommune\n"
        "Repræsentant fra almen praksis kan deltage ad-hoc"
    ),
}

SECRETARIAT_TERMS = {
    "purpose": (
        "Midtklyngen har etableret et fællessekretariat med konsulentdeltagelse fra"
        " Hospitalsenhed Midt, de 3 kommuner og Psykiatrien i Region Midtjylland. Sekretariatet"
        " understøtter koordinering mellem:\n"
        "- Sundhedsstyregruppen, Sundhedsaftalesekretariatet og Midtklyngens mødefora\n"
        "- Klyngestyregruppen, temagrupperne, projekter og ad-hoc grupper\n"
        "- Direktørkredsen i Midtklyngen\n"
        "- Den politiske klyngegruppe og Midtklyngens mødefora"
    ),
    "tasks": (
        "- Udarbejdelse af dagsordener til klyngestyregruppen og temagrupperne\n"
        "- Referater fra møder i klyngestyregruppen og temagrupperne\n"
        "- Opfølgning på beslutninger i klyngestyregruppen og temagrupperne\n"
        "- Understøtte igangsætning af opgaver og projekter\n"
        "- Input og udarbejdelse af dagsordener til den politiske klyngegruppe samt opfølgning"
        " herpå"
    ),
}

# --- composition rules: seed 001's "Medlemmer" lines -----------------------------------------

M = Kind.MUNICIPALITY
STEERING_RULES = [
    # Kommuner
    Rule("kom_direktoer", "direktør", 1, 1, party_kind=M, from_each=True),  # "3 direktører"
    Rule(
        "kom_chefer", "chefer med ansvar for sundheds- og/eller omsorgsområdet", 3, 4, party_kind=M
    ),
    Rule(
        "kom_psyk",
        "chef fra arbejdsmarked/social/psykiatri (medformand for voksentemagruppen for psykiatri)",
        1,
        1,
        party_kind=M,
    ),
    Rule(
        "kom_familie",
        "chef fra familieområdet (medformand for temagruppen for børn, unge og familie)",
        1,
        1,
        party_kind=M,
    ),
    # "3 konsulenter": read as one from each of the three municipalities.
    Rule("kom_konsulent", "konsulent", 1, 1, party_kind=M, from_each=True),
    # Hospitalsenhed Midt
    Rule("he_direktoer", "direktør", 1, 1, party=HE_MIDT),
    Rule("he_ledelse", "center-/afdelingsledelsesrepræsentanter", 4, 4, party=HE_MIDT),
    Rule("he_oekonomi", "økonomi- og planchef", 1, 1, party=HE_MIDT),
    Rule("he_konsulent", "konsulent/sekretariat", 1, 1, party=HE_MIDT),
    # Regionspsykiatrien
    Rule("psyk_direktoer", "direktør", 1, 1, party=MIDT_PSYCHIATRY),
    Rule(
        "psyk_chef",
        "chef-/afdelingsledelsesrepræsentant fra Regionspsykiatrien Midt"
        " (medformand for voksentemagruppen for psykiatri)",
        1,
        1,
        party=MIDT_PSYCHIATRY,
    ),
    Rule("psyk_konsulent", "konsulent", 1, 1, party=MIDT_PSYCHIATRY),
    # Almen praksis
    Rule("ap_koordinator", "praksiskoordinator", 1, 1, party=MIDT_GENERAL_PRACTICE),
    Rule("ap_plo", "PLO-Midt-repræsentant", 1, 1, party=MIDT_GENERAL_PRACTICE),
    # Patient og pårørende
    Rule(
        "patient",
        "patient- og pårørenderepræsentanter udpeget af Patientinddragelsesudvalget",
        2,
        2,
        party_kind=Kind.PATIENT_ORGANISATION,
    ),
]

THEME_RULES = {
    SOMATIC: [
        Rule("kom_ledere", "chef-/lederrepræsentanter", 2, 4, party_kind=M, from_each=True),
        Rule("he_ledelse", "chef-/ledelsesrepræsentanter", 5, 6, party=HE_MIDT),
        Rule("kom_konsulent", "konsulent fra kommune", 1, 1, party_kind=M),
    ],
    PSYCHIATRY: [
        Rule("kom_ledere", "chef-/lederrepræsentanter", 1, 2, party_kind=M, from_each=True),
        Rule(
            "psyk_ledelse",
            "chef-/ledelsesrepræsentant fra Regionspsykiatrien Midt",
            1,
            2,
            party=MIDT_PSYCHIATRY,
        ),
        Rule("psyk_konsulent", "konsulent fra Regionspsykiatrien", 1, 1, party=MIDT_PSYCHIATRY),
    ],
    CHILDREN: [
        Rule("kom_familiechef", "familiechef", 1, 1, party_kind=M, from_each=True),
        Rule("he_ledelse", "chef-/ledelsesrepræsentanter", 1, 2, party=HE_MIDT),
        Rule(
            "bup",
            "chef-/ledelsesrepræsentant fra Børne- og Ungdomspsykiatrien",
            1,
            1,
            party=MIDT_PSYCHIATRY,
        ),
        Rule("kom_konsulent", "konsulent fra kommune", 1, 1, party_kind=M),
    ],
}


def _approved_terms(forum: Forum, **sections: str) -> TermsOfReference:
    return upsert_terms(
        forum,
        1,
        title=f"Kommissorium for {forum.name.lower()} i Midtklyngen",
        status=TermsOfReference.Status.APPROVED,
        approved_on=APPROVED_ON,
        approved_by=APPROVED_BY,
        **sections,
    )


def build_terms(fora: dict[str, Forum]) -> dict[str, dict[str, CompositionRule]]:
    """Approved terms of reference with their composition rules, by forum slug."""
    _approved_terms(fora[POLITICAL], **POLITICAL_TERMS)
    _approved_terms(fora[SECRETARIAT], **SECRETARIAT_TERMS)
    rules = {
        STEERING: upsert_rules(_approved_terms(fora[STEERING], **STEERING_TERMS), STEERING_RULES)
    }
    for slug in THEME_GROUPS:
        chairs = THEME_CHAIRS_PSYCHIATRY if slug == PSYCHIATRY else THEME_CHAIRS_HE_MIDT
        terms = _approved_terms(
            fora[slug],
            composition=THEME_COMPOSITION_INTRO + THEME_COMPOSITION[slug],
            chairs_and_secretariat=THEME_CHAIRS_COMMON + chairs,
            **THEME_TERMS,
        )
        rules[slug] = upsert_rules(terms, THEME_RULES[slug])
    return rules
