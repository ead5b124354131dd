"""Fødeplanudvalget and the breastfeeding implementation networks, one per Midt cluster
(seed 000: "Kommissorium for tværsektorielle implementeringsnetværk – Styrket indsats vedr.
amning/barnets ernæring", 30.10.2023)."""

from __future__ import annotations

import datetime

from klynge.organisation.models import Forum, TermsOfReference

from .helpers import Kind, Rule, upsert_forum, upsert_rules, upsert_terms
from .organisation import MIDT_CLUSTERS

COMMITTEE = "midtjylland-foedeplanudvalget"
NETWORK_NAME = "Implementeringsnetværk for amning/barnets ernæring"
DATED = datetime.date(2023, 10, 30)

# Seed 000, section by section.
NETWORK_TERMS = {
    "purpose": (
        "Samarbejdsaftalen om en styrket indsats vedrørende amning/barnets ernæring er godkendt"
        " af Sundhedssamarbejdsudvalget 19. december 2022 og efterfølgende i regionsrådet 22."
        " marts 2023 og 18 midtjyske kommuner i perioden januar–maj 2023 (Samsø Kommune har ikke"
        " tiltrådt aftalen).\n\n"
        "Samarbejdsaftalen bygger på iværksættelsen af en række indsatser, der tilsammen bidrager"
        " til samarbejdsaftalens overordnede målsætning om øget ammefrekvens og øget"
        " brugeroplevet kvalitet, herunder etableringen af et tværsektorielt"
        " implementeringsnetværk med fokus på amning/barnets ernæring i hver klynge.\n\n"
        "Implementeringsnetværket i hver klynge har således det lokale, tværsektorielle ansvar"
        " for samarbejdsaftalens indsatser, mens det daglige ansvar for at realisere de beskrevne"
        " indsatser påhviler den lokale ledelse på hhv. fødestederne inkl. neonatalafsnit og i"
        " den kommunale sundhedspleje. Fødeplanudvalget fungerer som styregruppe på tværs af"
        " implementeringsnetværkene, der skal sikre fremdrift, koordinering samt opfølgning på"
        " efterlevelsen af samarbejdsaftalens målsætninger.\n\n"
        "Kommissoriet for de tværsektorielle implementeringsnetværk er udarbejdet af"
        " Fødeplanudvalget i Region Midtjylland som led i udmøntningen af samarbejdsaftalen.\n\n"
        "Samarbejdsaftalen om en styrket indsats vedrørende amning/barnets ernæring udgør den"
        " overordnede ramme om implementeringsnetværkets arbejde.\n\n"
        "Baggrundsmateriale: Samarbejdsaftale om en styrket indsats vedrørende amning/barnets"
        " ernæring i Region Midtjylland"
    ),
    "tasks": (
        "Hovedopgaverne for det tværsektorielle implementeringsnetværket er:\n"
        "- At sikre implementeringen af dels den faglige ramme for en styrket indsats vedr."
        " amning/barnets ernæring og dels de fælles kompetenceudviklingsaktiviteter, jf."
        " samarbejdsaftalens indsatser.\n"
        "- At understøtte og tage initiativer i forhold til løbende, praksisnær koordinering,"
        " videndeling og gensidig/fælles læring blandt fagpersoner på tværs af fødested og"
        " kommuner i den enkelte klynge inden for emner med relevans for samarbejdsaftalen om"
        " amning/barnets ernæring.\n"
        "- At afrapportere om status og planer i forhold til indsatser og resultater til"
        " Fødeplanudvalget, der fungerer som styregruppe i forhold til samarbejdsaftalen."
    ),
    "composition": (
        "Det forventes, at implementeringsnetværket har deltagelse fra fødestedet i klyngen og"
        " kommunerne i klyngen. Involvering af almen praksis forventes at ske ad hoc inden for"
        " rammerne af praksiskonsulentordningen.\n\n"
        "Deltagerne i netværket skal have tilstrækkeligt mandat til at omsætte den fælles ambition"
        " i samarbejdsaftalen til målunderstøttende beslutninger og handlinger på det operationelle"
        " niveau. Dette kræver bl.a. en stærk ledelsesmæssig forankring, der om nødvendigt giver"
        " adgang til at løfte spørgsmål og beslutninger via eksisterende ledelsessystemer og"
        " samarbejdsfora. Det er derfor et væsentligt hensyn ved sammensætningen af"
        " implementeringsnetværket, at den enkelte deltager enten har formel ledelseskompetence"
        " eller ved, at den enkelte repræsentant er tildelt et tilstrækkeligt mandat og/eller har"
        " effektiv adgang til den fornødne beslutningskraft i egen organisation.\n\n"
        "Hvis der i den enkelte klynge allerede er etableret et forum, som kan varetage de"
        " opgaver, der er beskrevet i nærværende kommissorium, er det en mulighed, at dette forum"
        " udgør det tværsektorielle implementeringsnetværk i pågældende klynge."
    ),
    "chairs_and_secretariat": (
        "De deltagende aktører vælger blandt sig en formand/forperson. Sekretariatsbetjening"
        " aftales internt i implementeringsnetværket, men følger formandskabet med mindre andet"
        " aftales.\n\n"
        "Formanden har ansvar for at orientere Fødeplanudvalgets sekretariat løbende om"
        " implementeringsnetværkets sammensætning (navn, titel, arbejdsplads og e-mailadresse),"
        " herunder hvem, der er implementeringsnetværkets kontaktperson/indgang. Dette er som"
        " udgangspunkt implementeringsnetværkets formand med mindre andet meddeles."
    ),
    "meeting_frequency": (
        "Der er ikke faste krav til implementeringsnetværkets mødefrekvens, men det forventes, at"
        " implementeringsnetværket tilrettelægger sin mødeaktivitet på en måde, der sikrer"
        " maksimal fremdrift i forhold til implementeringsopgaverne i den pågældende klynge."
    ),
    "period": (
        "De tværsektorielle implementeringsnetværk forventes etableret senest inden udgangen af"
        " 2. kvartal 2024.\n\n"
        "Implementeringsnetværkene forventes opretholdt frem til det tidspunkt, hvor"
        " Fødeplanudvalget træffer beslutning om, at implementeringsnetværkene har løst deres"
        " opgave. Dette vurderes i sammenhæng med evaluering af opfyldelsen af målsætningerne i"
        " samarbejdsaftale om en styrket indsats vedrørende amning/barnets ernæring."
    ),
}


def build_committee() -> Forum:
    """Fødeplanudvalget: a region-level forum acting as the networks' steering group."""
    return upsert_forum(
        COMMITTEE,
        "Fødeplanudvalget",
        Forum.Kind.REGIONAL_COMMITTEE,
        region_slug="midtjylland",
        position=5,
    )


def network_rules(hospital: str) -> list[Rule]:
    """Seed 000 §3: "deltagelse fra fødestedet i klyngen og kommunerne i klyngen".

    In Aarhusklyngen the rule also lists Samsø, which has not acceded to the agreement (§1).
    """
    return [
        Rule(
            "foedested",
            "repræsentant(er) fra fødestedet inkl. neonatalafsnit",
            1,
            None,
            party=hospital,
        ),
        Rule(
            "kommune",
            "repræsentant(er) fra kommunen (sundhedsplejen)",
            1,
            None,
            party_kind=Kind.MUNICIPALITY,
            from_each=True,
        ),
    ]


def build_network(committee: Forum, cluster_slug: str, cluster_name: str, hospital: str) -> Forum:
    network = upsert_forum(
        f"{cluster_slug}-implementeringsnetvaerk-amning",
        NETWORK_NAME,
        Forum.Kind.IMPLEMENTATION,
        region_slug="midtjylland",
        cluster_slug=cluster_slug,
        reports_to=committee,
        # §4: "forventes etableret senest inden udgangen af 2. kvartal 2024" is an expectation,
        # not a date of establishment, so established_on stays empty.
        ends_note="Indtil Fødeplanudvalget beslutter, at netværket har løst sin opgave",
        meeting_frequency_note="Ingen faste krav; tilrettelægges efter fremdrift",
        position=90,
    )
    terms = upsert_terms(
        network,
        1,
        title=f"Kommissorium for tværsektorielt implementeringsnetværk – styrket indsats vedr."
        f" amning/barnets ernæring ({cluster_name})",
        status=TermsOfReference.Status.APPROVED,
        dated=DATED,
        approved_on=DATED,
        approved_by="Fødeplanudvalget i Region Midtjylland",
        **NETWORK_TERMS,
    )
    upsert_rules(terms, network_rules(hospital))
    return network


def build_foedeplan() -> list[Forum]:
    """Fødeplanudvalget and its five networks."""
    committee = build_committee()
    return [
        build_network(committee, slug, name, hospital)
        for slug, name, (hospital, _short), _towns in MIDT_CLUSTERS
    ]
