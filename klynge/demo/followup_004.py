"""Seed 004's follow-up: what Sundhedsklynge Lillebælt's strategic level left to do on 26 February
2025.

Read line by line, the minutes hand out these follow-ups; each literal below cites its seed line
(``004:L``, lines of ``seeds/004_818f88c87e4c8c19.txt``):

- actions: presentations sent with the minutes (items 2 and 6); general practice's count of
  correspondence and the subgroup's implementation plan (item 3); participants for the national
  leadership programme (item 5); the municipalities' interest in a partnership with SDU (item 6);
  the honoraria, the psychiatry's teams from 1 May and the final surplus at the end of 2025
  (item 7); the evaluation ready in the second quarter of 2026 (item 8); inviting each other to
  courses (item 9);
- referrals to the coordinating level ("Det koordinerende niveau"): the yearly follow-up of item 3,
  the appointment of participants of item 5, the SAM:BO implementation of item 14 and the status
  of item 16 ("formidles til Det koordinerende niveau");
- backlog items: item 11's points for the political level's meeting of 4 April 2025 and item
  12's for the strategic level's meeting of 15 May 2025, incl. the added preparedness plan;
- planned meetings: those two meetings.

The seed names a secretariat ("Sekretariatet undersøger …") and groups (the subgroup, the TOT
steering group, the leadership group) that are no fora in the demo. Their tasks are the strategic
level's to follow up: the strategic level is the responsible forum, and the title says who acts.

Statuses: no later seed tells what became of these actions, so they stay open.

Not follow-ups (left out on purpose): "vil inddrage Forskningscenterets kompetencer, når det er
relevant" (004:81) and "kommunerne rækker ud såfremt kommunen kan se et potentiale" (004:171) are
standing intentions without a task; Vejen Kommune answered at the meeting that it is not
interested in the SDU partnership (004:301); the extraordinary cluster meetings of spring 2025
(004:542) are an invitation still to come, not a task; item 13's question of representation was
settled at the meeting (004:619); the wish for another theme day (004:711) is the participants'
evaluation, not a proposal; the items "Punkter til næste møde" and "Evt." of the political
level's draft agenda (004:566-567) are standing items of every agenda, not matters waiting.
"""

from __future__ import annotations

import datetime

from .followup_common import (
    ActionSpec,
    BacklogSpec,
    FollowUp,
    PlannedMeeting,
    ReferralSpec,
    build_followup,
)
from .helpers import CPH, upsert_person
from .meeting_004 import MEETING
from .organisation import SYD_GENERAL_PRACTICE, SYD_PSYCHIATRY
from .syddanmark import LB_COORDINATING, LB_POLITICAL, LB_STEERING

D = datetime.date

# Agenda items of the meeting, by the start of their titles in meeting_004.ITEMS.
RESEARCH = "Besøg fra det tværsektorielle forskningscenter"
PREGNANT = "Implementering af samarbejdsaftale for gravide"
DNLP = "Udvælgelse af indsatser til Det nationale ledelsesprogram"
SDU = "Samarbejdsmuligheder med erhvervskandidatuddannelser"
FUNDS = "Klyngemidler; status"
TOT_EVALUATION = "Godkendelse af evalueringsplan"
COMPETENCES = "Tilbagemelding vedr. driftsmodel"
POLITICAL_POINTS = "Punkter til næste møde i Politisk Niveau"
STRATEGIC_POINTS = "Punkter til næste møde i Fagligt Strategisk Niveau"
SAMBO = "Organisering og implementering af SAM:BO-aftalen"
BACK_PAIN = "Status på implementeringen af det tværsektorielle forløbsprogram"

# 004:114 "Desuden vil Udviklingsjordemoder fra Sygehus Lillebælt gerne varetage
# tovholderrollen": the development midwife is Inge Berg (004:87, 004:116).
INGE_BERG = ("Inge Berg", "udviklingsjordemoder", "Sygehus Lillebælt")

# 004:305 "Det aftales, at kommunerne internt afsøger interessen for at indgå partnerskab, og
# vender tilbage ved interesse." Vejen Kommune answered at the meeting (004:301).
SDU_MUNICIPALITIES = ["Billund", "Fredericia", "Kolding", "Middelfart", "Vejle"]

ACTIONS = [
    # 004:77 "Oplægget fra Tværsektorielt Forskningscenter i Region Syddanmark udsendes med
    # referatet."
    ActionSpec(
        RESEARCH,
        "Sekretariatet udsender oplægget fra Tværsektorielt Forskningscenter med referatet",
        forum_slug=LB_STEERING,
    ),
    # 004:128 decision 1 "derudover skal Almen Praksis repræsentanten i arbejdsgruppen belyse
    # mængden af korrespondancer til Almen Praksis i projektet og kommunikere dette videre til
    # kollegaer"; the representative is not named.
    ActionSpec(
        PREGNANT,
        "Almen praksis' repræsentant i arbejdsgruppen belyser mængden af korrespondancer til"
        " almen praksis i projektet og kommunikerer det videre til kollegaer",
        decision=1,
        party=SYD_GENERAL_PRACTICE,
        notes=(
            "PLO har forbehold i forhold til arbejdsmængden. Hvis implementeringen medfører en"
            " øget belastning for almen praksis, bør projektet drøftes i Fagligt Strategisk Niveau"
            " igen."
        ),
    ),
    # 004:123 recommendation 2, decision 004:129 "Godkendt."; 004:114 the subgroup writes the
    # plan, the development midwife of Sygehus Lillebælt is its coordinator ("tovholder") and the
    # hospital serves the subgroup.
    ActionSpec(
        PREGNANT,
        "Underarbejdsgruppen udarbejder implementeringsplan på baggrund af afprøvningen mellem"
        " Kolding Kommune, almen praksis og Sygehus Lillebælt",
        decision=2,
        person=INGE_BERG[0],
        notes=(
            "Inge Berg, udviklingsjordemoder på Sygehus Lillebælt, er tovholder; sygehuset sikrer"
            " sekretariatsbetjening af underarbejdsgruppen. Elementerne fra flow-diagrammet"
            " implementeres i de øvrige kommuner samt almen praksis."
        ),
    ),
    # 004:238 decision 2 "GAF indsats: Middelfart Kommune undersøger sammen med psykiatrien
    # mulighed for udpegning af deltagere." The programme starts in September 2025 (004:185).
    ActionSpec(
        DNLP,
        "Middelfart Kommune undersøger sammen med psykiatrien mulighed for udpegning af deltagere"
        " til GAF-indsatsen i Det Nationale Ledelsesprogram hold 4",
        decision=2,
        party="Middelfart Kommune",
        notes="De næste hold i Det Nationale Ledelsesprogram starter september 2025.",
    ),
    # 004:242 decision 2 "Sekretariatet undersøger muligheder for deltagelse i Vejle, Kolding og
    # Middelfart kommuner. Hvis der ikke findes opbakning, frafalder indsatsen i regi af Det
    # Nationale Ledelsesprogram."
    ActionSpec(
        DNLP,
        "Sekretariatet undersøger muligheder for deltagelse i CFS-indsatsen i Vejle, Kolding og"
        " Middelfart kommuner",
        decision=2,
        forum_slug=LB_STEERING,
        notes=(
            "Hvis der ikke findes opbakning, frafalder indsatsen i regi af Det Nationale"
            " Ledelsesprogram. Fredericia, Billund og Vejen kan ikke sende repræsentanter til"
            " hold 4."
        ),
    ),
    # 004:291 "Merete Munks oplæg udsendes med referatet."
    ActionSpec(
        SDU,
        "Sekretariatet udsender Merete Munks oplæg om erhvervskandidatuddannelsen med referatet",
        forum_slug=LB_STEERING,
    ),
    # 004:305 decision 1: each municipality explores the interest internally and comes back.
    *(
        ActionSpec(
            SDU,
            f"{town} Kommune afsøger internt interessen for at indgå partnerskab med SDU om"
            " erhvervskandidatuddannelsen i klinisk sygepleje",
            decision=1,
            party=f"{town} Kommune",
            notes="Kommunen vender tilbage ved interesse.",
        )
        for town in SDU_MUNICIPALITIES
    ),
    # 004:381 "Psykiatrien orienterer om at planen er, at psykiatriens botilbudsteams er klar
    # d.1. maj 2025 og kommunerne bliver kontaktet." — 2025-05-01.
    ActionSpec(
        FUNDS,
        "Psykiatriens botilbudsteams er klar i projektet om vold og tvang, og kommunerne kontaktes",
        party=SYD_PSYCHIATRY,
        due_on=D(2025, 5, 1),
        notes="Billund Kommune spurgte til opstarten, idet pengene nu er udbetalt.",
    ),
    # 004:352 "Psykiatrien er ansvarlig for projektøkonomien … Forventet overskud på ca 90.000.
    # Opgøres endeligt ved udgangen af 2025" — 2025-12-31; decision 1 (004:385).
    ActionSpec(
        FUNDS,
        "Psykiatrien opgør overskuddet i projektet om kompetenceudvikling på børne- og"
        " ungeområdet endeligt",
        decision=1,
        party=SYD_PSYCHIATRY,
        due_on=D(2025, 12, 31),
        notes="Forventet overskud på ca. 90.000 kr., når de sidste kompetenceforløb er afholdt.",
    ),
    # 004:370 recommendation 2, decision 004:386 "Godkendt."; 004:344 financed from the VAT
    # surplus of the projects; 004:354 Vejle Kommune keeps the project's economy for the cluster.
    ActionSpec(
        FUNDS,
        "Honorering af almen praksis på 8.576 kr. for indsats i Træning og Trivsel for seniorer"
        " udbetales",
        decision=2,
        party="Vejle Kommune",
        notes=(
            "Finansieres af restmidler fra klyngens projekter, opstået ved afløftning af"
            " positivliste moms. Vejle Kommune har på vegne af klyngen opkrævet og fordelt"
            " projektets klyngemidler."
        ),
    ),
    # 004:371 recommendation 3, decision 004:387 "Godkendt."; 004:344; 004:356 Vejle Kommune
    # keeps the project's economy for the cluster.
    ActionSpec(
        FUNDS,
        "Honorering af repræsentant for almen praksis på 42.881 kr. for indsats i Styrket"
        " afprøvning af FLUS udbetales",
        decision=3,
        party="Vejle Kommune",
        notes=(
            "Finansieres af restmidler fra klyngens projekter, opstået ved afløftning af"
            " positivliste moms. Vejle Kommune har på vegne af klyngen opkrævet og fordelt"
            " projektets klyngemidler."
        ),
    ),
    # 004:438 "Evalueringens hovedelementer forventes afsluttet og klar til formidling ved
    # projektafslutning i 2. kvartal 2026." — by 2026-06-30; decision 1 approved the plan.
    ActionSpec(
        TOT_EVALUATION,
        "Styregruppen for Træning og Trivsel for seniorer gennemfører evalueringen, klar til"
        " formidling ved projektafslutningen",
        decision=1,
        forum_slug=LB_STEERING,
        due_on=D(2026, 6, 30),
        notes=(
            "Individuelle vidensopsamlinger fra de tre TOT-projekter (SundBy-Netværkets"
            " videnskabelon) og en tværgående erfaringsopsamling. Ingen økonomisk evaluering."
        ),
    ),
    # 004:527 recommendation 2, decision "Godkendt."; 004:506 "ledelsesgruppen vil derfor være
    # undersøgende på hvordan dette kan sikres".
    ActionSpec(
        COMPETENCES,
        "Ledelsesgruppen (kommuner og psykiatri) undersøger, hvordan gensidig invitation til"
        " vidensdeling og større kompetenceforløb fastholdes",
        decision=2,
        forum_slug=LB_STEERING,
        notes=(
            "Kommuner og psykiatri har fremadrettet fokus på at invitere gensidigt til relevant"
            " vidensdeling og større kompetenceforløb; det kræver systematik og fælles fokus."
        ),
    ),
]

REFERRALS = [
    # 004:124 recommendation 3, decision 004:130 "Godkendt.": "der følges op via Det
    # koordinerende niveau én gang årligt, hvor implementeringen følges tæt og evalueres."
    ReferralSpec(
        PREGNANT,
        LB_COORDINATING,
        "Årlig opfølgning på implementeringen af samarbejdet om gravide med overvægt og/eller"
        " negativ kropsopfattelse",
        (
            "Fagligt Strategisk Niveau har godkendt, at der følges op via Det koordinerende niveau"
            " én gang årligt, hvor implementeringen af elementerne fra flow-diagrammet i de øvrige"
            " kommuner og almen praksis følges tæt og evalueres."
        ),
        decision=3,
    ),
    # 004:219 recommendation 2 "Igangsætter udpegning af deltagelse til det nationale
    # ledelsesprogram via Det koordinerende niveau."; decision 004:236-242.
    ReferralSpec(
        DNLP,
        LB_COORDINATING,
        "Udpegning af deltagere til Det Nationale Ledelsesprogram hold 4 (GAF og CFS)",
        (
            "Fagligt Strategisk Niveau har godkendt de to indsatser og igangsætter udpegning af"
            " deltagere via Det koordinerende niveau. GAF: Middelfart Kommune undersøger sammen"
            " med psykiatrien mulighed for udpegning af deltagere. CFS: Sekretariatet undersøger"
            " muligheder for deltagelse i Vejle, Kolding og Middelfart kommuner; findes der ikke"
            " opbakning, frafalder indsatsen. Holdet starter september 2025."
        ),
        decision=2,
    ),
    # 004:669-677 "Fagligt strategiske niveau beder det koordinerende niveau sikre
    # implementeringen af den reviderede SAM:BO-aftale, herunder …"; 004:641 the teaching days.
    ReferralSpec(
        SAMBO,
        LB_COORDINATING,
        "Implementering af den reviderede SAM:BO-aftale",
        (
            "Fagligt strategiske niveau beder det koordinerende niveau sikre implementeringen af"
            " den reviderede SAM:BO-aftale, herunder\n\n"
            "- drøfte implementeringen af SAM:BO-aftalen samt hvorledes sundhedsklyngen ønsker at"
            " organisere sig for at sikre og fastholde en vedvarende solid implementering\n"
            "- drøfte, hvilken organisering af undervisningsopgaven, de vil anbefale\n"
            "- drøfte, hvorledes man kan sikre det løbende tværsektorielle samarbejde, sparring og"
            " vidensdeling, herunder om det kræver oprettelse af nye fora\n"
            "- drøfte, hvorledes de fremadrettet ønsker at monitorere implementeringen af SAM:BO"
            " aftalen.\n\n"
            "Revisionsgruppens undervisningsdage i Sundhedsklynge Lillebælt: 2. april og 10. april"
            " 2025."
        ),
    ),
    # 004:753 "Status tages til efterretning og formidles til Det koordinerende niveau."
    ReferralSpec(
        BACK_PAIN,
        LB_COORDINATING,
        "Status på implementeringen af det tværsektorielle forløbsprogram for borgere med"
        " lænderygbesvær",
        (
            "Fagligt Strategisk Niveau har taget status til efterretning, og den formidles til Det"
            " koordinerende niveau. Arbejdsgrupperne forventes tidligst at være i mål med dele af"
            " opgaven medio 2025."
        ),
    ),
]

# 004:556 "Det næste møde i Sundhedsklynge Lillebælts politiske niveau afholdes d. 4. april 2025".
POLITICAL_MEETING = D(2025, 4, 4)
# 004:591 "Det næste møde i Fagligt Strategisk Niveau afholdes d. 15. maj 2025 kl. 11.30-14.00 i
# Regionshuset."
STRATEGIC_MEETING = D(2025, 5, 15)
REFORM_THEME = "Tema: På vej mod en sundhedsreform."
STRATEGIC_LEVEL = "Fagligt Strategisk Niveau, mødet 26. februar 2025"

BACKLOG = [
    # 004:558-565, decision 004:581 "Punkterne blev godkendt uden tilføjelser."; the political
    # chairs approved the draft agenda at their pre-meeting and change the order (004:577).
    *(
        BacklogSpec(
            POLITICAL_POINTS,
            LB_POLITICAL,
            title,
            REFORM_THEME + " Det politiske formandskab har på formøde godkendt dagsordensoplægget;"
            " rækkefølgen af punkterne ændres.",
            STRATEGIC_LEVEL,
            POLITICAL_MEETING,
        )
        for title in [
            # 004:562
            "Orienteringspunkt: Fælles overblik og kommende opgaver",
            # 004:563
            "Rundvisning på Middelfart Nærhospital",
            # 004:564
            "Status vedr. klyngemidler og klyngemiddelinitiativer",
            # 004:565
            "Drøftelsespunkt: Lokale erfaringer og samarbejde i Lillebælt",
        ]
    ),
    # 004:593-597, decision 004:611 "De fremlagte punkter blev godkendt."
    *(
        BacklogSpec(
            STRATEGIC_POINTS,
            LB_STEERING,
            title,
            "Godkendt som punkt til mødet 15. maj 2025.",
            STRATEGIC_LEVEL,
            STRATEGIC_MEETING,
        )
        for title in [
            # 004:595
            "Gensidig orientering: sundhedsreformen",
            # 004:596
            "Opfølgning på møde i Politisk Niveau",
            # 004:597
            "Orientering om fase 2 ift. delvis overtagelse af misbrugsområdet /"
            " dobbeltdiagnosebehandling i psykiatrien",
        ]
    ),
    # 004:607 "Der er udarbejdet en Sundhedsberedskabsplan mellem Kolding, Fredericia,
    # Middelfart, Vejen og Billund kommuner, som de fire kommuner gerne vil dagsordenssætte.";
    # 004:611 "Punktet om sundhedsberedskabsplan tilføjes."
    BacklogSpec(
        STRATEGIC_POINTS,
        LB_STEERING,
        "Sundhedsberedskabsplan",
        "Der er udarbejdet en Sundhedsberedskabsplan mellem Kolding, Fredericia, Middelfart,"
        " Vejen og Billund kommuner, som kommunerne gerne vil dagsordenssætte. Tilføjet som punkt"
        " til mødet 15. maj 2025.",
        "Kolding, Fredericia, Middelfart, Vejen og Billund kommuner",
        STRATEGIC_MEETING,
    ),
]

PLANNED = [
    # 004:556: the seed gives the day only; the time and place are placeholders, and the meeting
    # says so.
    PlannedMeeting(
        LB_POLITICAL,
        "Sundhedsklynge Lillebælt - Politisk niveau",
        datetime.datetime(2025, 4, 4, 14, 0, tzinfo=CPH),
        datetime.datetime(2025, 4, 4, 16, 0, tzinfo=CPH),
        booking_note="Tidspunkt og sted er foreløbige: kun datoen er kendt.",
    ),
    # 004:591 "kl. 11.30-14.00 i Regionshuset"; Regionshuset as on 26 February (004:7).
    PlannedMeeting(
        LB_STEERING,
        MEETING.title,
        datetime.datetime(2025, 5, 15, 11, 30, tzinfo=CPH),
        datetime.datetime(2025, 5, 15, 14, 0, tzinfo=CPH),
        place="Regionshuset, Damhaven 12, 7100 Vejle",
    ),
]

FOLLOWUP = FollowUp(MEETING, PLANNED, ACTIONS, REFERRALS, BACKLOG)


def build_followup_004() -> None:
    """Seed 004's actions, referrals, backlog items and planned meetings (idempotent)."""
    upsert_person(*INGE_BERG)
    build_followup(FOLLOWUP)
