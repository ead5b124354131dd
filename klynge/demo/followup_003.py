"""Seed 003's follow-up: what the Midtklyngen steering group's meeting of 7 June 2023 left to do.

Read line by line, the minutes hand out these follow-ups; each literal below cites its seed line
(``003:L``, lines of ``seeds/003_9ec46ec887e53bee.txt``, æ/ø/å repaired):

- actions: who does what by when (item 2: the initiatives' updated budgets by 14 June and the
  secretariat's model for financial management; item 5: the multimorbidity team's chairship and
  first meeting; item 6: Jane Gregersen's answer to Katrine Gimm, HE Midt's assessment, the
  secretariat's clarification; item 12: the correspondence agreement implemented during 2023);
- a referral: item 4's discussion is carried on in the adult somatic theme group;
- backlog items: item 4's recommendations go to the directors afterwards, item 5's fall
  prevention potential and item 9's satellite depot are for the steering group to follow, and
  item 10's topics for coming steering group meetings;
- planned meetings: the steering group's remaining 2023 dates (item 10).

Statuses: the minutes are from 2023 and no later seed tells what became of their actions, so they
stay open. The one exception is the secretariat's clarification of item 6, which the minutes
themselves report as done ("sekretariatet har efterfølgende afklaret").

Not follow-ups (left out on purpose): the offers of the patient representatives to help
(003:191, 003:410), the encouragements without anyone to act on them (003:163, 003:189), the
hearing deadline of the health agreement (003:789, each party answers itself), the political
cluster group's next meeting (003:219, that forum's own plan), the region's follow-up on the
agreement on children and young people (003:1034, the region's, not the cluster's).
"""

from __future__ import annotations

import datetime

from .followup_common import (
    WITHOUT_RECOMMENDATION,
    ActionSpec,
    BacklogSpec,
    FollowUp,
    PlannedMeeting,
    ReferralSpec,
    build_followup,
)
from .helpers import CPH
from .meeting_003 import MEETING
from .midtklyngen import DIRECTORS, HE_MIDT, SECRETARIAT, SOMATIC, STEERING

D = datetime.date

# Agenda items of the meeting, by the start of their titles in meeting_003.ITEMS.
INITIATIVES = "Status på de 4 initiativer"
TERMS = "Godkendelse af opdateret kommissorium"
NLPS = "Arbejdet med forbedringsinitiativer"
SEVENTY_TWO = "72-timers behandlingsansvar"
OTHER_FORA = "Orientering fra øvrige mødefora"
COMING = "Punkter til kommende klyngestyregruppemøder"
WRITTEN = "Skriftlige orienteringspunkter"

# 003:139 "Initiativerne har fået indtil den 14. juni at melde opdaterede budgetter ind til
# fællessekretariatet" — 2023-06-14.
BUDGETS_DUE = D(2023, 6, 14)
BUDGET_NOTE = (
    "Initiativerne har fået indtil den 14. juni at melde opdaterede budgetter ind til"
    " fællessekretariatet, hvorefter der udarbejdes en model for økonomistyring, som godkendes"
    " af formandskabet. {who} gav status på mødet for initiativets formandskab."
)

ACTIONS = [
    # 003:139-140 (budgets by 14 June); 003:144 ("Formandskabet for hvert af de 4 initiativer
    # giver en kort status"); 003:156 "Karen Kudsk vedr. udskrivningsterapeuter i Akutafdelingen".
    ActionSpec(
        INITIATIVES,
        "Opdateret budget for »Styrket samarbejde om udskrivelser – udskrivningsterapeuter i"
        " Akutafdelingen« meldes ind til fællessekretariatet",
        person="Karen Rabens Kudsk",
        due_on=BUDGETS_DUE,
        notes=BUDGET_NOTE.format(who="Karen Kudsk"),
    ),
    # 003:139-140; 003:166 "Karen Kudsk vedr. fragile fast track".
    ActionSpec(
        INITIATIVES,
        "Opdateret budget for »Fragile fast track – Hospitalsbehandling i eget hjem« meldes ind"
        " til fællessekretariatet",
        person="Karen Rabens Kudsk",
        due_on=BUDGETS_DUE,
        notes=BUDGET_NOTE.format(who="Karen Kudsk"),
    ),
    # 003:139-140; 003:173 "Trine Brøcker vedr. forberedelse af implementering af Tele-KOL";
    # 003:181 "Ift. det anslåede budget vil midler fra 2023 skulle overføres til 2024."
    ActionSpec(
        INITIATIVES,
        "Opdateret budget for »Forberedelse af implementering af Tele-KOL« meldes ind til"
        " fællessekretariatet",
        person="Trine Brøcker",
        due_on=BUDGETS_DUE,
        notes=BUDGET_NOTE.format(who="Trine Brøcker")
        + " Ift. det anslåede budget vil midler fra 2023 skulle overføres til 2024.",
    ),
    # 003:139-140; 003:183 "Helle Trangbæk vedr. samarbejdsmodel om børn og unge i psykisk
    # mistrivsel".
    ActionSpec(
        INITIATIVES,
        "Opdateret budget for »Etablering af samarbejdsmodel om børn og unge i psykisk"
        " mistrivsel« meldes ind til fællessekretariatet",
        person="Helle Trangbæk",
        due_on=BUDGETS_DUE,
        notes=BUDGET_NOTE.format(who="Helle Trangbæk"),
    ),
    # 003:111-112 recommendation 3; decision 003:201-202 "Sekretariatet udarbejder forslag til en
    # model for økonomistyring til godkendelse i formandskabet." No date: after the budgets of
    # 14 June (003:139-142).
    ActionSpec(
        INITIATIVES,
        "Sekretariatet udarbejder forslag til en model for økonomistyring til godkendelse i"
        " klyngeformandskabet",
        decision=3,
        forum_slug=SECRETARIAT,
        notes=(
            "Udarbejdes, når initiativerne har meldt opdaterede budgetter ind (senest 14. juni"
            " 2023). Det er forventningen, at økonomistyringsmodellen tager udgangspunkt i, at de"
            " økonomiansvarlige bliver de organisationer, som har den største økonomiske aktie i"
            " et givent initiativ. Modellen skal være så simpel som muligt."
        ),
    ),
    # 003:194-196 "der skal etableres så simpel en model som muligt. Sekretariatet indhenter
    # relevant sparring herpå."
    ActionSpec(
        INITIATIVES,
        "Sekretariatet indhenter relevant sparring om en så simpel model for økonomistyring som"
        " muligt",
        decision=3,
        forum_slug=SECRETARIAT,
    ),
    # 003:568-570 decision "Malene Herbsleb varetager, i samarbejde med ledelsesrep. fra Skive
    # kommune, formandskab for forbedringsteamet vedr. forebyggelse af akutte indlæggelser af
    # multisyge": the Skive representative is not named, so Skive Kommune is to name one.
    ActionSpec(
        NLPS,
        "Skive Kommune udpeger en ledelsesrepræsentant til formandskabet for forbedringsteamet"
        " vedr. forebyggelse af akutte indlæggelser af multisyge",
        decision=3,
        party="Skive Kommune",
        notes="Formandskabet varetages af Malene Herbsleb i samarbejde med ledelsesrep. fra Skive.",
    ),
    # 003:553-555 "Malene Herbsleb vedr. forebyggelse af akutte indlæggelser af multisyge …
    # Teamet mødes den 27. juni og indkredser et tema." — 2023-06-27.
    ActionSpec(
        NLPS,
        "Forbedringsteamet vedr. forebyggelse af akutte indlæggelser af multisyge mødes og"
        " indkredser et tema",
        person="Malene Herbsleb",
        due_on=D(2023, 6, 27),
    ),
    # 003:677-679 "Jane Gregersen tilkendegav, at hun vil afklare, hvorvidt dette er relevant og
    # give en tilbagemelding til Katrine Gimm herom." No date in the seed.
    ActionSpec(
        SEVENTY_TWO,
        "Afklare, om de praktiserende læger bør indgå i implementeringsgruppen for 72 timers"
        " behandlingsansvar, og give Katrine Gimm en tilbagemelding",
        person="Jane Gregersen",
        notes="Tilbagemelding til Katrine Gimm, sekretariatsbetjening af HE Midts"
        " implementeringsgruppe.",
    ),
    # 003:686-688 decision 3 "HE Midt vurderer, om dette giver anledning til justering af
    # implementeringsplanen." "dette": the remarks of 003:673-676 (involve the municipalities,
    # especially often at the start). No date in the seed; the first step starts 15 September
    # 2023 (003:662).
    ActionSpec(
        SEVENTY_TWO,
        "HE Midt vurderer, om klyngestyregruppens opmærksomhedspunkter giver anledning til"
        " justering af implementeringsplanen for 72 timers behandlingsansvar",
        decision=3,
        party=HE_MIDT,
        notes=(
            "Fra kommunerne blev peget på, at en tværsektoriel gruppe bør følge implementeringen,"
            " med fokus på involvering af kommunerne, og særligt hyppigt i opstartsfasen. Trin 1"
            " træder i kraft 15. september 2023, trin 2 1. november 2023."
        ),
    ),
    # 003:680-683 "(sekretariatet har efterfølgende afklaret, at botilbud er omfattet af 'borgere
    # i eget hjem' med opstart 1. november)": done, reported in the minutes of 13 June 2023.
    ActionSpec(
        SEVENTY_TWO,
        "Sekretariatet afklarer, om borgere på botilbud er omfattet af aftalen om 72 timers"
        " behandlingsansvar",
        forum_slug=SECRETARIAT,
        done_on=D(2023, 6, 13),
        notes="Afklaret: botilbud er omfattet af 'borgere i eget hjem' med opstart 1. november"
        " 2023.",
    ),
    # 003:990-993 "Klyngerne har fået til opgave at implementere den reviderede aftale i løbet
    # af 2023 … Socialchef fra Viborg Kommune, Morten Kurth, er formand for
    # implementeringsgruppen." "i løbet af 2023" — by 2023-12-31.
    ActionSpec(
        WRITTEN,
        "Implementeringsgruppen implementerer den reviderede aftale om anvendelse af"
        " korrespondancebrevet i Midtklyngen",
        person="Morten Kurth",
        due_on=D(2023, 12, 31),
        notes=(
            "Hovedopgaver: undersøge, hvor langt organisationerne er; aftale, hvornår kommunerne"
            " teknisk åbner for korrespondancebreve til socialområdet, og etablere arbejdsgange;"
            " synliggøre lokationsnumre for hospitaler og almen praksis."
        ),
    ),
]

REFERRALS = [
    # 003:426-429 decision (no recommendation of its own): "Drøftelserne fra dette punkt
    # videreføres i voksentemagruppen for somatik mhp. at temagruppen kommer med en anbefaling
    # til eventuelle justeringer …"; the chair's conclusion 003:416-419.
    ReferralSpec(
        TERMS,
        SOMATIC,
        "Anbefaling om justeringer vedr. voksentemagruppen somatik og snitfladen til"
        " klyngestyregruppen",
        (
            "Drøftelserne fra klyngestyregruppens punkt om det opdaterede kommissorium"
            " videreføres i voksentemagruppen for somatik mhp. at temagruppen kommer med en"
            " anbefaling til eventuelle justeringer vedrørende voksentemagruppen somatik,"
            " herunder temagruppens samspil og snitflade til klyngestyregruppen. Anbefalingerne"
            " forelægges efterfølgende den samlede direktørkreds."
        ),
        decision=WITHOUT_RECOMMENDATION,
    ),
]

# 003:877-881 "I 2023 afholdes Klyngestyregruppemøder: … 27. oktober (på Rådhuset, Viborg),
# 8. december (på Rådhuset, Viborg)".
COMING_MEETINGS = "kommende klyngestyregruppemøder i 2023 (27. oktober og 8. december)"
NOTED = "Klyngestyregruppen (emner noteret til kommende dagsordener)"
PROPOSED_7_JUNE = "Klyngestyregruppen, mødet 7. juni 2023"

BACKLOG = [
    # 003:429 "Anbefalingerne forelægges efterfølgende den samlede direktørkreds."
    BacklogSpec(
        TERMS,
        DIRECTORS,
        "Voksentemagruppen somatiks anbefalinger om justeringer af temagruppen og dens snitflade"
        " til klyngestyregruppen",
        "Klyngestyregruppen besluttede 7. juni 2023, at voksentemagruppen for somatik kommer med"
        " en anbefaling, og at anbefalingerne efterfølgende forelægges den samlede direktørkreds.",
        PROPOSED_7_JUNE,
    ),
    # 003:559-560 "Erfaringen fra Hold 1 er, at arbejdet har vist et potentiale for at forbedre
    # fald-indsatsen, og det er vigtigt, at klyngen forholder sig til dette."
    BacklogSpec(
        NLPS,
        STEERING,
        "Potentiale for at forbedre fald-indsatsen (erfaringer fra NLPS hold 1)",
        "Erfaringen fra Hold 1 er, at arbejdet har vist et potentiale for at forbedre"
        " fald-indsatsen, og det er vigtigt, at klyngen forholder sig til dette.",
        PROPOSED_7_JUNE,
    ),
    # 003:863-865 "Klyngeinitiativet vedr. udskrivningsterapeuter har fokus på et mere smidigt
    # samarbejde om hjælpemidler, bl.a. etablering af et satellitdepot. Erfaringerne herfra skal
    # følges tæt."
    BacklogSpec(
        OTHER_FORA,
        STEERING,
        "Erfaringer med satellitdepot for hjælpemidler (klyngeinitiativet vedr."
        " udskrivningsterapeuter)",
        "Klyngeinitiativet vedr. udskrivningsterapeuter har fokus på et mere smidigt samarbejde"
        " om hjælpemidler, bl.a. etablering af et satellitdepot. Erfaringerne herfra skal følges"
        " tæt.",
        PROPOSED_7_JUNE,
    ),
    # 003:883-895: the topics noted for coming agendas, which the steering group was asked to
    # qualify; 003:886-887.
    BacklogSpec(
        COMING,
        STEERING,
        "Tematisere erfaringer med forebyggelse af indlæggelser",
        "Input fra projekter om fx indsatser fra præhospitalet eller PRO-data. Til et af de "
        + COMING_MEETINGS
        + ".",
        NOTED,
    ),
    # 003:889-890
    BacklogSpec(
        COMING,
        STEERING,
        "Kost og ernæring",
        "Hvordan samarbejder vi i Midtklyngen om patienter/borgere i ernæringsmæssig risiko?"
        " Til et af de " + COMING_MEETINGS + ".",
        NOTED,
    ),
    # 003:892
    BacklogSpec(
        COMING,
        STEERING,
        "Inddragelse af psykiatri i 'Aftale om Den gode indlæggelse og udskrivelse'",
        "Til et af de " + COMING_MEETINGS + ".",
        NOTED,
    ),
    # 003:893
    BacklogSpec(
        COMING,
        STEERING,
        "Implementering af Samarbejdsaftale om børn og unge i psykisk mistrivsel",
        "Til et af de " + COMING_MEETINGS + ".",
        NOTED,
    ),
    # 003:895
    BacklogSpec(
        COMING,
        STEERING,
        "Datapakker og arbejde med data/indikatorer i Midtklyngen",
        "Til et af de " + COMING_MEETINGS + ".",
        NOTED,
    ),
    # 003:897-899 minutes: "Der blev foreslået en temadrøftelse med fokus på 'transformation' -
    # bl.a. jf. Region Midts transformationsdagsorden."
    BacklogSpec(
        COMING,
        STEERING,
        "Temadrøftelse med fokus på 'transformation'",
        "Bl.a. jf. Region Midts transformationsdagsorden. Til et af de " + COMING_MEETINGS + ".",
        PROPOSED_7_JUNE,
    ),
]

# 003:877-881 the steering group's remaining 2023 meetings "på Rådhuset, Viborg"; the forum's
# usual time is the seed meeting's (003:7 "kl. 08:30 - 11.30").
PLANNED = [
    PlannedMeeting(
        STEERING,
        MEETING.title,
        datetime.datetime(year, month, day, 8, 30, tzinfo=CPH),
        datetime.datetime(year, month, day, 11, 30, tzinfo=CPH),
        place="Rådhuset, Viborg",
    )
    for year, month, day in [(2023, 10, 27), (2023, 12, 8)]
]

FOLLOWUP = FollowUp(MEETING, PLANNED, ACTIONS, REFERRALS, BACKLOG)


def build_followup_003() -> None:
    """Seed 003's actions, referral, backlog items and planned meetings (idempotent)."""
    build_followup(FOLLOWUP)
