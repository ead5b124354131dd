"""Seed 004: Sundhedsklynge Lillebælt's professional-strategic level, 26 February 2025, complete.

Each item's RESUMÉ is its summary, SAGSFREMSTILLING its case text and INDSTILLING its numbered
recommendations. The seed's "Beslutning" holds both the discussion and, often in a second
"Beslutning", the numbered decisions: the discussion is the item's minutes, the numbered decisions
are the decisions. A decision that only says "Godkendt." or "Drøftet." is the outcome itself and
gets no extra wording. The attachments are named by their file names; the seed gives no files, so
they are listed under "Bilag" in the case text. Written orientations have no time.
"""

from __future__ import annotations

import datetime

from klynge.meetings.models import Meeting

from .helpers import CPH
from .meeting_cycle import Approval, ItemData, MeetingSpec, build_meeting, md
from .syddanmark import (
    LB_STEERING,
    LILLEBAELT_APOLOGIES,
    LILLEBAELT_MEETING_LEADER,
    LILLEBAELT_PRESENT,
)

ITEMS: list[ItemData] = [
    {
        "kind": "welcome",
        "title": "Velkomst",
        "presenters": "Hanne Andersen",
        "duration_minutes": 15,
        "minutes_text": md("""
            Deltagere:

            Hanne Andersen, Mette Heidemann, Kurt Æbelø, Kaj Andersen, Thomas Reintoft, Rasmus
              Knudsen, Rebekka Reinert, Jens Skov, Charlotte Rosenkrantz Josefsen, Helene Smet

            Afbud:

            Sofie Plenge, Else Zippor, Anette Lund, Irene Rossavik

            Velkommen til nye repræsentanter i Fagligt Strategiske Niveau

            - Rasmus Knudsen, PLO-repræsentant,
            - Helene Smet, Patient- og pårørenderepræsentant for SIND – Landsforeningen for psykisk
              sundhed
            - Thomas Reintoft, Kommunaldirektør og direktør for Sekretariat & Borgerservice samt
              Sundhed & Sammenhæng
            """),
    },
    {
        "kind": "discussion",
        "title": "Besøg fra det tværsektorielle forskningscenter",
        "guests": md("""
            Leder af forskningscentret Mette Elkjær og specialkonsulent Maria K. Christensen,
              Tværsektorielt Forskningscenter Region Syddanmark
            """),
        "duration_minutes": 20,
        "summary": md("""
            Repræsentanter fra Tværsektorielt Forskningscenter Region Syddanmark giver et indblik i
              centerets arbejde og faciliterer en drøftelse af mulige samarbejder mellem
              Sundhedsklynge Lillebælt og forskningscenteret.
            """),
        "case_text": md("""
            Regionrådet godkendte den 27. februar 2023 etableringen af Tværsektorielt
              Forskningscenter Region Syddanmark. Forskningscenteret havde sin officielle
              åbningsdag den 12. oktober 2023.

            Centeret arbejder for at styrke mulighederne for, at sygehuse, kommuner og
              praktiserende læger kan samarbejde på tværs om patientforløb.

            Tværsektorielt Forskningscenter har følgende formål:

            - At udvikle, evaluere og tilvejebringe evidens og ny viden om effekt og
              implementering, metoder samt samarbejdsformer og herigennem sikre et fremtidigt,
              bæredygtigt og sammenhængende sundhedsvæsen af høj kvalitet.
            - Have fokus på forskningsprojekter, der kan være med til at løse de udfordringer, den
              demografiske udvikling giver.
            - Udfordre det sektoropdelte sundhedsvæsen og fokusere på udviklingen af patientforløb,
              hvor udfordringerne ved overgangene mellem sektorer reduceres.

            Forskningscenteret er et regionalt forskningscenter, der fysisk er placeret på Sygehus
              Sønderjylland, Aabenraa. Forskningscenteret drives og udvikles i tæt samarbejde
              mellem Region Syddanmark, Syddansk Universitet, Sygehus Sønderjylland, de syddanske
              kommuner og de praktiserende læger.

            Leder af forskningscentret Mette Elkjær samt specialkonsulent Maria K. Christensen
              præsenterer et oplæg om seneste nyt fra forskningscentret og faciliterer en drøftelse
              af samarbejdspotentialer mellem Sundhedsklynge Lillebælt og forskningscenteret.

            Det indstilles, at Sundhedsklynge Lillebælt - Fagligt Strategiske Niveau
            """),
        "recommendations": [
            md("""
                Drøfter muligheder for samarbejde på baggrund af oplæg fra Tværsektorielt
                  Forskningscenter
                """),
        ],
        "minutes_text": md("""
            Oplægget fra Tværsektorielt Forskningscenter i Region Syddanmark udsendes med
              referatet.

            Fagligt Strategisk Niveau drøftede muligheder for samarbejde med Forskningscentret i en
              klyngebaseret indsats. Blandt andet påtænker Forskningscentret at planlægge forskning
              i forbindelse med sundhedsreformen og igangsætte en måling før og efter
              sundhedsreformens implementering.

            Der er på nuværende tidspunkt ikke oplagte indsatser i Sundhedsklynge Lillebælt, hvor
              Forskningscentret kan inddrages, men Fagligt Strategisk Niveau vil inddrage
              Forskningscenterets kompetencer, når det er relevant.
            """),
        "decisions": [
            (
                1,
                "discussed",
                md("""
                Fagligt Strategisk Niveau drøftede muligheder for samarbejde med Forskningscentret
                  i en klyngebaseret indsats.
                """),
            ),
        ],
    },
    {
        "kind": "decision",
        "title": md("""
            Implementering af samarbejdsaftale for gravide med overvægt og / eller negativ
              kropsofattelse
            """),
        "guests": "Udviklingsjordemoder Inge Berg, Sygehus Lillebælt",
        "duration_minutes": 20,
        "summary": md("""
            I nærværende sag skal Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau beslutte, om
              erfaringer fra en lokal afprøvning omkring gravide med overvægt / negativ
              kropsofattelse mellem almen praksis, Kolding Kommune og Sygehus Lillebælt skal
              implementeres til de øvrige kommuner samt almen praksis. Punktet motiveres af
              Udviklingsjordemoder Inge Berg fra Sygehus Lillebælt, som repræsenterer den
              arbejdsgruppe, der har arbejdet med afprøvningen.
            """),
        "case_text": md("""
            **Baggrund**

            1\\. april 2023 trådte *Samarbejdsaftale for børn, unge og gravide med overvægt* i
              kraft. Samarbejdsaftalen er en del af en overordnet målsætning om at reducere andelen
              af børn og unge med moderat og svær overvægt. Dette på baggrund af data fra
              Sundhedsprofilen der viser, at der i Region Syddanmark er 55,4 % borgere over 16 år,
              der har moderat til svær overvægt. Derudover er andelen af børn, unge og gravide med
              moderat og svær overvægt større i Region Syddanmark end i resten af Danmark.

            I samarbejdsaftalen er det beskrevet, at implementeringen af anbefalingerne med fordel
              kan implementeres med en bred koordinering på tværs af kommuner og region.

            **Lokal afprøvning i Sundhedsklynge Lillebælt**

            Med afsæt i samarbejdsaftalen har der i Sundhedsklynge Lillebælt pågået arbejde på
              tværs af Sygehus Lillebælt, kommunerne og almen praksis med at afprøve og
              implementere anbefalingerne. Konkret har der været nedsat en underarbejdsgruppe, der
              specifikt har arbejdet med en afprøvning i lille skala mellem Kolding Kommune,
              Sygehus Lillebælt og Almen Praksis i Kolding, hvor der i foråret 2024 har været
              afprøvet en tværsektoriel samarbejdsmodel for gravide med overvægt eller forstyrret
              kropsofattelse samt en guide til kommunikation på tværs ud fra samarbejdsaftalen.

            Formålet med afprøvningen var at:

            1. Undersøge hvordan samarbejdet mellem almen praksis, sundhedsplejersker og jordemødre
              kan højnes ved bl.a. at tilbyde overvægtige gravide / gravide med negativ
              kropsofattelse en henvisning til en kommunal sundhedssamtale\\*, samt sikre, at alle
              sektorer er informeret om igangsatte indsatser for at hjælpe flere gravide med
              overvægt / negativ kropsofattelse og forebygge overvægt hos gravide og børn
            2. Binde sundhedsplejersker, jordemødre og Almen Praksis bedre sammen gennem tilgangen
              Lukket Kommunikationsloop, hvilket indebærer at kommunikation mellem de tre sektorer
              følges op og bringes videre (se bilag: Flow diagram_endelig version)

            \\**Sundhedssamtalen tilbydes med henblik på at sikre den gravide og familien det rette
              tilbud / forløb i kommunalt regi.*

            Efter afprøvningen er der sendt spørgeskema til de involverede parter. Resultaterne fra
              afprøvningen viser, at langt de fleste sundhedsplejersker, jordemødre og alment
              praktiserende læger er positive over for den nye måde at samarbejde omkring de
              gravide og deres familier på. Desuden oplever størstedelen, at familierne tager
              positivt imod tilbuddet om en sundhedssamtale. Desuden giver flere adspurgte gravide
              udtryk for, at de har været glade for at blive tilbudt en sundhedssamtale, og at
              kommunikationen omkring situationen har været positiv og hensigtsmæssigt.

            **Den videre implementering**

            Det koordinerende niveau anbefaler, at der arbejdes videre med implementeringen af
              højnet samarbejde og Lukket Kommunikationsloop i det tværsektorielle samarbejde med
              de øvrige kommuner.

            Til dette ønskes der at tage udgangspunkt i den underarbejdsgruppe der allerede
              eksisterer, og som har udviklet modellen for afprøvningen. Arbejdsgruppen vil
              udarbejde en implementeringsplan, der tager udgangspunkt i de erfaringer, der er
              gjort i Kolding Kommune og Almen Praksis. Desuden vil Udviklingsjordemoder fra
              Sygehus Lillebælt gerne varetage tovholderrollen ligesom sygehuset sikrer
              sekretariatsbetjening af underarbejdsgruppen.

            På mødet deltager udviklingsjordemoder Inge Berg fra Sygehus Lillebælt med en
              beskrivelse af afprøvningen samt motiverer sagsfremstillingen.

            Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau
            """),
        "recommendations": [
            md("""
                Godkender, at elementerne fra flow-diagrammet implementeres i de øvrige kommuner
                  samt almen praksis.
                """),
            md("""
                Godkender, at underarbejdsgruppen udarbejder implementeringsplan på baggrund af
                  afprøvning mellem Kolding Kommune, Almen Praksis og Sygehus Lillebælt.
                """),
            md("""
                Godkender, at der følges op via Det koordinerende niveau én gang årligt, hvor
                  implementeringen følges tæt og evalueres.
                """),
        ],
        "attachments": [("Flow diagram_endelig version.pptx", None)],
        "decisions": [
            (
                1,
                "approved_with_remarks",
                md("""
                Godkendt (PLO har nogle forbehold i forhold til arbejdsmængden. Hvis
                  implementeringen medfører en øget belastning for Almen Praksis bør projektet
                  drøftes i Fagligt Strategisk Niveau igen, derudover skal Almen Praksis
                  repræsentanten i arbejdsgruppen belyse mængden af korrespondancer til Almen
                  Praksis i projektet og kommunikere dette videre til kollegaer).
                """),
            ),
            (2, "approved", ""),
            (3, "approved", ""),
        ],
    },
    {
        "kind": "discussion",
        "title": "Styrkelse af samarbejde mellem psykiatrisygehuset og civilsamfundet",
        "duration_minutes": 15,
        "summary": md("""
            Regionsrådet i Region Syddanmark har med budgetaftalen for 2025 afsat 1,3 mio. kr.
              årligt til styrkelse af aktivitets- og kulturtilbud i psykiatrien i samarbejde med
              civilsamfundet.
            """),
        "case_text": md("""
            **Baggrund**

            Med Psykiatriplan 2020-2024 bevilligede Regionsrådet 5 mio. kr. årligt til udvidelse af
              meningsfulde aktiviteter i de psykiatriske sengeafsnit med særligt fokus på
              aktiviteter om aftenen og i weekenden.

            Psykiatrisygehuset har sideløbende og i tråd med den regionale frivillighedsstrategi
              arbejdet systematisk med at udvikle samarbejdet med civilsamfundet.

            Civilsamfundet omfatter frivillige sociale foreninger, solo-frivillige,
              patientforeninger, peer-frivillighed mv. Samarbejdet inkluderer en lang række
              aktiviteter og minikulturarrangementer for indlagte patienter, samarbejdsprojekter
              samt brobyggende aktiviteter, hvor patienter og pårørende støttes i at etablere
              kontakt til organisationer, som kan fortsætte efter en indlæggelse eller ambulans
              forløb.

            Tilbud og aktiviteter i regi af civilsamfundet kan indgå som en aktiv del af
              patienternes recovery og forebygge behov for kontakt med psykiatrien.

            **Varige midler til samarbejdet i Regionsrådets budgetaftale 2025**

            For at sikre muligheden for fortsat udvikling af aktiviteter har Regionsrådet i Region
              Syddanmark besluttet med budgetaftalen for 2025 at afsætte 1,3 mio. kr. årligt til
              styrkelse af aktivitets- og kulturtilbud i samarbejde med civilsamfundet. Hermed
              gives yderligere mulighed for at understøtte samspillet med civilsamfundet og
              muligheder for at indgå i samarbejde med frivillige foreninger fx
              kulturarrangementer, motionscafé, spisearrangementer mv.

            Midlerne afsættes til opnormering af frivillighedsindsatsen igennem ansættelse af en
              frivillighedskoordinator på psykiatrisygehuset samt til deltagelse i relevante
              aktiviteter. Psykiatrisygehuset står for udlodning til konkrete projekter.

            Det indstilles, at Sundhedsklynge Lillebælt - Fagligt Strategisk Niveau
            """),
        "recommendations": [
            md("""
                Tager orientering om Regionsrådets bevilling til psykiatrisygehusets
                  frivillighedsindsats til efterretning.
                """),
            md("""
                Drøfter om kommunerne har opmærksomhedspunkter til en styrkelse af samarbejdet
                  eller er interesseret i at samarbejde med psykiatrisygehuset og civilsamfundet
                  ift. frivillighedsindsats
                """),
        ],
        "minutes_text": md("""
            Psykiatrien orienterede om Regionsrådets bevilling til psykiatrisygehusets
              frivillighedsindsats og præsenterede initiativer der er med mellem psykiatrien og
              civilsamfundsorganisationer i Lillebælt-området og samarbejder, der er undervejs.
              Eksempelvis er samarbejde på tværs også tænkt ind i forhold til fællesskaber i
              Middelfart Nærhospital.

            Psykiatrien opfordrer til at tænke muligheder for samarbejde på tværs af sektorer og
              med civilsamfundet samt at kommunerne rækker ud såfremt kommunen kan se et potentiale
              i et samarbejde. Der er enighed om i Fagligt Strategisk Niveau at det er en god
              opmærksomhed at have i samarbejdet og i fremtiden.
            """),
        "decisions": [
            (
                1,
                "noted",
                md("""
                Psykiatrien orienterede om Regionsrådets bevilling til psykiatrisygehusets
                  frivillighedsindsats og præsenterede initiativer der er med mellem psykiatrien og
                  civilsamfundsorganisationer i Lillebælt-området og samarbejder, der er undervejs.
                """),
            ),
            (
                2,
                "discussed",
                md("""
                Der er enighed om i Fagligt Strategisk Niveau at det er en god opmærksomhed at have
                  i samarbejdet og i fremtiden.
                """),
            ),
        ],
    },
    {
        "kind": "decision",
        "title": "Udvælgelse af indsatser til Det nationale ledelsesprogram hold 4",
        "duration_minutes": 5,
        "summary": md("""
            I nærværende sag præsenteres Fagligt Strategisk Niveau for de to indsatser, som er
              blevet udpeget af Det koordinerende niveau til det kommende Nationale ledelsesprogram
              hold 4.
            """),
        "case_text": md("""
            **Baggrund**

            Det Nationale Ledelsesprogram (DNLP) er et centralt element i Det Nationale
              Kvalitetsprogram fra 2015, som blev igangsat af Danske Regioner. Fra 2022 udvikles og
              drives ledelsesprogrammet af regionerne og kommunerne selv. Formålet er at klæde
              ledere fra sundhedsområdet på til at lede datainformeret forbedringsarbejde på tværs
              af organisationer, regioner, kommuner og almen praksis med patient og borger i fokus.
              Målgruppen er ledere og chefer fra kommuner og region samt repræsentanter fra almen
              praksis.

            De næste hold i DNLP starter september 2025 og afsluttes i juni 2026. Deltagerne er på
              læringstræf ni dage med forskellige fokusområder og undervisning. De arbejder desuden
              med deres forbedringsinitiativ mellem læringstræffene. Derved træner deltagerne
              tværsektoriel ledelse via konkrete forbedringsprojekter på tværs af region, kommuner
              og almen praksis. Derudover er det en lejlighed til at egen organisation arbejder med
              strategisk vigtige udfordringer ift. det tværsektorielle samarbejde.

            Hver indsats får tildelt en sparringspartner gennem hele programmet. Udbyttet af
              programmet er således både organisatorisk og på individ niveau. Det er gratis at
              deltage.

            I november 2024 drøftede Fagligt Strategisk niveau forslag til initiativer, der kan
              indgå i det kommende ledelsesprogram. På baggrund heraf har Det koordinerende niveau
              drøftet konkrete indsatser.

            Repræsentanterne herfra foreslår følgende to indsatser:

            1. Styrkelse af fælles sprog mellem bostøtte, lokalpsykiatri og evt. psykiatrisk
              sengeafdeling, med fokus på implementering af et fælles værktøj/sprog – GAF
            2. Styrkelse af fælles sprog om skrøbelighed hos borgere +65 gennem brug af Clinical
              Frailty Score (CFS) på tværs af sektorer (sygehus – kommune – almen praksis).

            Kort uddybning af indsatser:

            **1. Styrkelse af fælles sprog mellem bostøtte, lokalpsykiatri og evt. psykiatrisk
              sengeafdeling, med fokus på implementering af et fælles værktøj/sprog – GAF**

            Et fælles sprog skaber et større fælles udgangspunkt og fælles forståelse mellem
              patientens/borgerens behandlere i det tværsektorielle samarbejde. GAF (Global
              Assessment and Functioning Scale), er en enkel og hurtig metode til at angive en
              persons psykosociale funktionsniveau. GAF kan, som fælles sprog mellem sektorer,
              derfor bidrage til at skabe større sammenhæng mellem sektorer og indsatser der
              igangsættes omkring borgeren. Et fælles sprog kan være med til at forebygge
              indlæggelser og sikre gode udskrivelser samt koordinering mellem indsatser.

            Det koordinerende niveau foreslår at indsende indsatsen til Det Nationale
              Ledelsesprogram, med repræsentanter fra både den kommunale bostøtte, lokalpsykiatri
              og evt. psykiatrisk sengeafdeling.

            **2. Styrkelse af fælles sprog om skrøbelighed hos borgere +65 gennem brug af Clinical
              Frailty Score (CFS) på tværs af sektorer (sygehus – kommune – almen praksis).**

            Clinical Frailty Scale er en lettilgængelig metode til at identificere skrøbelighed hos
              ældre. Ved at identificere borgere med skrøbelighed, vil man kunne iværksætte tiltag
              der søger at mindske funktionstab også i forbindelse med akut sygdom.

            Ved akut sygdom og indlæggelse på sygehuset er det funktionsevnen 2 uger før
              indlæggelse, som skrøbeligheden vurderes ud fra. Sygehuset er afhængig af pårørendes
              eller kommunens viden om borgerens habituelle funktionsniveau. Omvendt kan CFS sige
              noget om risiko for genindlæggelse, som kan være relevant for kommunen, når hjælpen
              tilrettelægges.

            CFS er desuden med i Dansk Selskab for Almen Medicinsk kliniske vejledning for ”Den
              ældre skrøbelige patient”.

            Det koordinerende niveau foreslår at indsende indsatsen som emne til Det Nationale
              ledelsesprogram, med repræsentanter fra både kommuner, Sygehus og Almen praksis.

            Det indstilles, at Sundhedsklynge Lillebælt - Fagligt Strategisk Niveau
            """),
        "recommendations": [
            "Godkender de to indsats",
            md("""
                Igangsætter udpegning af deltagelse til det nationale ledelsesprogram via Det
                  koordinerende niveau.
                """),
        ],
        "attachments": [
            (
                "Beskrivelse af indsats - styrket fælles sprog mellem bostøtte og"
                " lokalpsykiatri.docx",
                None,
            ),
            ("Clinical Frailty Score (det nationale ledelsesprogram).docx", None),
        ],
        "minutes_text": md("""
            Fagligt Strategisk Niveau kvitterede for Det Koordinerende Niveaus indsats med at
              beskrive to relevante indsats til det kommende nationale ledelsesprogram.

            Kommunerne gør opmærksomme på, at den kommende Ældrelov lægger et stort tids- og
              ressourcenes på lederne. Fredericia, Billund og Vejen har bl.a. på den baggrund ikke
              mulighed for at sende repræsentanter af sted til ledelsesprogrammets hold 4.
            """),
        "decisions": [
            (1, "approved", ""),
            (
                2,
                "approved_with_remarks",
                md("""
                GAF indsats: Middelfart Kommune undersøger sammen med psykiatrien mulighed for
                  udpegning af deltagere. CFS: Fra Vejen Kommune er der opmærksomhed på
                  sammenfaldet mellem CFS og kravet om at skulle lave funktionsevnescoringer, da de
                  to skalaer/scorer ligner hinanden meget, Derfor er der opmærksomhed på oplevelse
                  af meningsfuldhed for personalet, såfremt to funktionsevneskalaer skal anvendes
                  sideløbende. Nationalt er det besluttet at implementere CFS på sygehusene,
                  hvorfor SLB er i gang med implementering. Sekretariatet undersøger muligheder for
                  deltagelse i Vejle, Kolding og Middelfart kommuner. Hvis der ikke findes
                  opbakning, frafalder indsatsen i regi af Det Nationale Ledelsesprogram.
                """),
            ),
        ],
    },
    {"kind": "break", "title": "Pause", "duration_minutes": 10},
    {
        "kind": "discussion",
        "title": "Samarbejdsmuligheder med erhvervskandidatuddannelser på SDU",
        "guests": md("""
            Merete Munk, Uddannelses- og Sekretariatschef fra Det Sundhedsvidenskabelige Fakultet
              på SDU
            """),
        "duration_minutes": 20,
        "summary": md("""
            Syddansk Universitet (SDU) tilbyder en erhvervskandidatuddannelse i Klinisk Sygepleje,
              som muliggør deltidsarbejde under studiet.

            Merete Munk, Uddannelses- og Sekretariatschef fra Det Sundhedsvidenskabelige Fakultet
              på SDU vil fortælle om erhvervsuddannelsen, med det formål at Fagligt Strategisk
              niveau kan drøfte muligheder for samarbejde.
            """),
        "case_text": md("""
            **Baggrund**

            Erhvervskandidatuddannelsen i Klinisk Sygepleje, som udbydes på Syddansk Universitet
              (SDU), er tilrettelagt som en fireårig deltidsuddannelse, som muliggør deltidsarbejde
              under studiet. For arbejdsgiveren betyder dette en mulighed for at rekruttere og
              fastholde sundhedspersonale og samtidig udvikle kvaliteten af ydelserne på
              sundhedsområdet.

            Se evt. beskrivelse af ordningen på SDU's hjemmeside:
            <https://www.sdu.dk/da/uddannelse/erhvervskandidat/klinisksygepleje>

            **Mulighed for partnerskaber**

            SDU har indgået partnerskab med flere sygehuse, bl.a. Sydvestjysk Sygehus (SVS),
              Sygehus Sønderjylland (SHS) og Sjællands Universitetshospital (SUH), så
              sygeplejersker kan tage en erhvervsuddannelse, samtidig med at de arbejder deltids på
              hospitalet. Uddannelsesformen giver således arbejdsgiver i form af sygehuse og
              kommuner mulighed for at rekruttere og fastholde sundhedspersonale og for at udvikle
              kvaliteten af ydelserne på fx sundhedsområdet, idet der er kort vej mellem ny viden
              og praksis.

            Bilag vedlagt til orientering.

            På mødet deltager Merete Munk, Uddannelses- og Sekretariatschef fra Det
              Sundhedsvidenskabelige Fakultet på SDU. Merete Munk vil fortælle om
              erhvervsuddannelsen, med det formål at Fagligt Strategisk niveau kan drøfte
              muligheder for samarbejde.

            Det indstilles, at Sundhedsklynge Lillebælt - Fagligt Strategiske Niveau
            """),
        "recommendations": [
            md("""
                Drøfter muligheder for samarbejde med SDUs sundhedsfaglige
                  erhvervskandidatuddannelser på baggrund af oplægget.
                """),
        ],
        "attachments": [
            (
                "Erhvervskandidat i klinisk sygepleje (sdu.dk)",
                "https://www.sdu.dk/da/uddannelse/erhvervskandidat/klinisksygepleje",
            ),
            (
                md("""
                    Punkt 6 BILAG Pressemedd. Hospital og universitet er rykket tættere sammen – og
                      det nyder patienterne godt af _ Syddansk Universitet 2024-11-11.pdf
                    """),
                None,
            ),
            (
                md("""
                    PUNKT 6 BILAG Sundhedsmonitor - Debat. Nej. Universiteterne uddanner ikke
                      sundhedspersonale ud af faget - 2024-05-24.pdf
                    """),
                None,
            ),
        ],
        "minutes_text": md("""
            Merete Munks oplæg udsendes med referatet.

            Fagligt Strategisk Niveau drøftede muligheder i et klyngebaseret samarbejde med SDU.

            Sygehus Lillebælt har flere sygeplejersker, der studerer på uddannelsen, men har ikke
              indgået en partnerskabsaftale.

            Der ses flere positive perspektiver i et fælles og tværsektorielt partnerskab herunder
              mulighed for fælles studiemiljø og muligheder for at koble forskningsperspektiver på
              studieprojekter.

            Nogle sygehuse har erfaring med at give lønmidler ud over de 25 timers lønnet arbejde,
              som den studerende er tilknyttet arbejdspladsen på sygehuset. Dette giver mulighed
              for at den studerende kan stå for undervisning lokalt, så den nye viden spredes på
              sygehuset.

            Der er interesse for samarbejde fra Sygehus Lillebælt, og Psykiatrien ser interessante
              perspektiver ind i det vi er på vej ind i med det nære sundhedsvæsen. Vejen Kommune
              deltager i partnerskabet i SydVest – med gode erfaringer - og har derfor ikke
              interessere i et partnerskab i Lillebælt.
            """),
        "decisions": [
            (
                1,
                "discussed",
                md("""
                Punktet blev drøftet. Der laves ikke konkrete aftaler i dag. Det aftales, at
                  kommunerne internt afsøger interessen for at indgå partnerskab, og vender tilbage
                  ved interesse.
                """),
            ),
        ],
    },
    {
        "kind": "decision",
        "title": "Klyngemidler; status og beslutning om honorering af almen praksis",
        "duration_minutes": 10,
        "summary": md("""
            I denne sag gives status vedrørende Sundhedsklynge Lillebælts fælles midler. Fagligt
              Strategisk Niveau skal desuden tage stilling til honorering af repræsentanter for
              almen praksis i to af klyngens fælles initiativer.
            """),
        "case_text": md("""
            **Baggrund**

            Sundhedsklynge Lillebælt fik ved klyngens etablering tildelt ca. 8 mio. kr. i fælles
              midler. Klyngen har vedtaget og igangsat i alt seks initiativer, og alle klyngens
              midler er således bragt i anvendelse.

            **Status vedr. klyngemidler**

            Økonomien vedr. de senest igangsatte klyngemiddelprojekter er afstemt, og der er sket
              opkrævning og udbetaling af midler i forbindelse med alle projekter, så at alle
              midler var allokeret til de enkelte projekter/udførende klyngeaktører inden udgangen
              af budgetåret 2024. Overblik over fordelingen af klyngemidler for hvert projekt
              fremgår af bilag.

            Økonomien i de enkelte initiativer følges løbende og opgøres ved afslutning. Der
              forventes at være klyngemidler til rest indenfor de enkelte projekter, når alle
              opkrævninger og overførsler er gennemført. Disse beløb opgøres løbende efterhånden
              som projekterne afsluttes, samt ved udgangen af hvert år.

            Et initiativ har anvendt færre midler end afsat (temadag vedr. akutområdet), et andet
              initiativ forventes ligeledes et mindre forbrug end budgetteret
              (kompetenceudvikling), mens der i to initiativer er behov for stillingtagen til
              omkostninger, der ikke indgik i de godkendte projektoplæg (Træning og Trivsel for
              seniorer og Styrket afprøvning af FLUS).

            Herudover opstår der - pga. kommunernes mulighed for at "løfte positivliste moms af",
              når der overføres penge mellem kommuner - et overskud i flere af projekterne, selv om
              alle aktører har fået de midler, de skal have. Det gælder de tre projekter Træning og
              Trivsel for Seniorer (TOT), projektet vedr. vold og tvang samt projektet vedr.
              styrket afprøvning af FLUS. Dette generer et samlet overskud på 91.494kr.

            **Honorering af almen praksis**

            Det har i to klyngemiddelinitiativer vist sig relevant at trække på faglighed og
              understøttelse fra repræsentanter fra almen praksis. Dette indgik ikke som en del af
              det oprindelige budget for de to initiativer.

            Der er derfor behov for at drøfte honorering af repræsentanter fra almen praksis i to
              initiativer:

            - "Styrket afprøvning af FLUS": En klyngerepræsentant for almen praksis har været en
              drivende kraft ift. at understøtte samarbejde med og implementering blandt Vejle
              Kommunes læger. *Omfanget svarer til 5 timer om måneden i 8 måneder =* **42.881,00
              kr.**
            - Træning og Trivsel for seniorer: En klyngerepræsentant for almen praksis indgår i
              projektets styregruppe. *Omfanget svarer til 4 møder à 2 timer i perioden 2. halvår
              2024 – 1. halvår 2026 =* **8576,00 kr.**

            Honorering kan finansieres af restmidler fra klyngens projekter, opstået i forbindelse
              med afløftning af positivliste moms.

            **Samlet overblik vedr. klyngemidler**

            | Initiativ | Håndtering af projektøkonomi | Status på økonomi |
            | --- | --- | --- |
            | Bliv Trygt Hjemme | Alle midler til initiativet er opkrævet og regnskabet er
              afsluttet. Middelfart Kommune var ansvarlig for projektøkonomi. | 0 |
            | Kompetenceudvikling til medarbejdere på børne- og ungeområdet vedr. mistrivsel | Der
              afvikles fortsat kurser og kompetenceudvikling i 2025. Psykiatrien er ansvarlig for
              projektøkonomien og har opkrævet alle midler fra kommunerne, så projektøkonomien er
              samlet. Der forventes et overskud, når de sidste kompetenceforløb er afholdt. |
              Forventet overskud på ca 90.000. Opgøres endeligt ved udgangen af 2025 |
            | Tværsætoriel temadag vedr. samarbejde på akutområdet | Alle midler til initiativet er
              opkrævet og regnskabet afsluttet. Sygehus Lillebælt var ansvarlig for projektøkonomi.
              Der er anvendt og opkrævet færre midler end afsat til initiativet. | Restmidler i
              overskud: I alt 13.297 kr. som ligger hos de enkelte aktører. |
            | Træning og trivsel for seniorer | Vejle Kommune har på vegne af klyngen opkrævet
              klyngemidler jf fordelingsnøgle hos alle bidragende parter og fordelt midler til de
              tre deltagende kommuner. | Der er i projektet ca 25.000, som ikke er tildelt de tre
              kommuner. Fagligt strategisk niveau har godkendt, at midlerne kan anvendes til
              dækning af deltagerudgifter i projektet. Anvendelsen af midler afhænger af antallet
              af deltagere. Der genereres et overskud på 57.730 kr i forbindelse med afløftning af
              positivliste moms. Honorering af almen praksis drøftes. |
            | Forebyggelse af tvang i psykiatrien og vold på bosteder. | Vejle Kommune har på vegne
              af klyngen opkrævet klyngemidler jf fordelingsnøgle hos alle bidragende parter og
              fordelt midler til de seks deltagende kommuner. | Der generes et overskud på 28.981
              kr i forbindelse med afløftning af positivliste moms |
            | Styrket afprøvning af FLUS | Vejle Kommune har på vegne af klyngen opkrævet
              klyngemidler jf. fordelingsnøgle hos alle bidragende parter og fordelt midler til de
              to deltagende kommuner. | Der generes et overskud på 4783 kr i forbindelse med
              afløftning af positivliste moms. Honorering af almen praksis drøftes. |

            **Proces**

            Efterhånden som projekterne afsluttes, kan der vise sig at være et samlet restbeløb,
              som Sundhedsklynge Lillebælt skal beslutte, hvordan skal anvendes. I den forbindelse
              bemærkes det, at det administrative arbejde i at opkræve og flytte midler på tværs af
              kommer og regionale enheder er betragteligt. Der kan derfor arbejdes med en
              bagatelgrænse ift. anvendelsen af de sidste midler.

            Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau
            """),
        "recommendations": [
            "Tager orientering om status for klyngemidlerne til efterretning",
            "Godkender honorering af almen praksis på 8576,00 kr. for indsats i Træning og Trivsel",
            md("""
                Godkender honorering af repræsentant for almen praksis på 42.881,00 kr. for indsats
                  i FLUS
                """),
        ],
        "attachments": [
            (
                md("""
                    punkt 7. Bilag Notat - Status over klyngemidler og klyngemiddelinitiativer -
                      2025-feb.docx
                    """),
                None,
            ),
        ],
        "minutes_text": md("""
            **Drøftelser**

            Billund Kommune spørger til status for projektet om vold og tvang, og forventning om
              opstart, idet pengene nu er udbetalt. Psykiatrien orienterer om at planen er, at
              psykiatriens botilbudsteams er klar d.1. maj 2025 og kommunerne bliver kontaktet.
            """),
        "decisions": [
            (1, "noted", "Orienteringen blev taget til efterretning."),
            (2, "approved", ""),
            (3, "approved", ""),
        ],
    },
    {
        "kind": "decision",
        "title": md("""
            Godkendelse af evalueringsplan for klyngemiddelinitiativet Træning og Trivsel for
              seniorer
            """),
        "duration_minutes": 10,
        "summary": md("""
            Sundhedsklynge Lillebælt har igangsat klyngemiddelprojektet ”Træning og Trivsel for
              seniorer”. I denne sag skal Fagligt Strategisk Niveau godkende evalueringsplanen for
              projektet.
            """),
        "case_text": md("""
            **Baggrund**

            Sundhedsklynge Lillebælts politiske niveau godkendte i september 2024 at anvende
              2.454.500 kr. af klyngens fælles midler til projektet ”Træning og trivsel blandt
              seniorer”. I projektet indgår Vejle, Kolding og Fredericia Kommune, civilsamfund,
              almen praksis samt Sygehus Lillebælt.

            Projektet løber frem mod evaluering og afslutning i marts 2026

            **Tre projekter i ét**

            Klyngemiddelprojektet Træning og Trivsel for seniorer (TOT) involverer almen praksis,
              sygehus Lillebælt og tre kommuner. Det er en del af klyngeprojektets grundessens, at
              projektelementerne tilpasses vilkår og organisering i den enkelte kommune.
              Evalueringen skal derfor afspejle, at der er tre TOT-modeller, men også en række
              gennemgående elementer og krav.

            **Oplæg til evaluering**

            Der er udarbejdet et oplæg til samlet evaluering af Træning og Trivsel for seniorer,
              som sigter mod at indsamle data og erfaringer, jævnfør projektmål og succeskriterier.

            Projektets indsats med at opspore borgere i målgruppen og gennemføre træning, forløber
              over en kort periode fra primo 2025 til primo 2026, og skal i høj grad ses som en
              prøvehandling, der kan danne grundlag for yderligere udvikling og tilpasning.
              Evalueringens datagrundlag, tyngde og mulige konklusioner vil afspejle dette.

            Evalueringen retter sig mod at besvare tre evalueringsspørgsmål:

            1. I hvilket omfang har TOT-hold i hver TOT-kommune opfyldt projektets succeskriterier
              for de deltagende borgere?
            2. Hvordan så borgerflowet ud fra opsporing, henvisning, brobygning, træning og
              fastholdelse i træning?
            3. Hvilke organisatoriske hovedfund har TOT-projektet hhv. i de lokale projekter og på
              tværs ift.

            - at understøtte passende faglighed og faciliteter omkring træning i civilsamfundet
            - at understøtte samspil og brobygning mellem kommunale og/eller regionale
              sundhedstilbud, praktiserende læger og civilsamfund
            - at styrke fastholdelse, så træning bliver regelmæssig

            Der er mulighed for at udvide evalueringsfokus og dataindsamling i de tre individuelle
              projekter, idet der er defineret en række *KAN*-parametre.

            Dataindsamlingen er baseret på såvel kvantitative mål og registreringer i form af
              fysisk tests, spørgeskemaer og registrering af flow-parametre, samt mere kvalitative
              beskrivelser og erfaringsopsamlinger ift. organisation, rammer og samspil.

            Afrapporteringen af de enkelte TOT-projekter sker med udgangspunkt i SundBy-Netværkets
              videnskabelon, hvor besvarelser for de tre evalueringsspørgsmål indarbejdes.

            Evalueringen vil derfor bestå af individuelle vidensopsamlinger fra de tre
              TOT-projekter, og en tværgående erfaringsopsamling, der sammenfatter fund og
              fokuspunkter fra det samlede projekt.

            Den samlede evaluering forventes således at bidrage med tendenser, erfaringer og evt.
              anbefalinger til brug for videre udvikling af initiativerne i de tre kommuner, samt
              evt. udbredelse til andre kommuner.

            **Proces**

            Evalueringens hovedelementer forventes afsluttet og klar til formidling ved
              projektafslutning i 2. kvartal 2026. Såfremt de enkelte projekter ønsker at
              gennemføre yderligere evaluering eller analyser kan dette ske individuelt.

            Udkast til evaluering, dokumentation og afrapportering fremgår af bilag, sammen med den
              godkendte projektbeskrivelse, der er vedlagt til orientering.

            Styregruppen for projekt Træning og Trivsel for seniorer indstiller, at Sundhedsklynge
              Lillebælt - Fagligt Strategiske Niveau
            """),
        "recommendations": [
            md("""
                Godkender oplæg til evaluering, dokumentation og afrapportering vedr.
                  klyngemiddelprojektet Træning og Trivsel for Seniorer.
                """),
        ],
        "attachments": [
            (
                md("""
                    punkt 8 BILAG Evaluering - dokumentation - afrapportering vedr. TOT -
                      07.02.25.docx
                    """),
                None,
            ),
            (
                md("""
                    Projektbeskrivelse - Træning og trivsel for seniorer - 2024-08-27 _ ENDELIG.pdf
                    """),
                None,
            ),
        ],
        "minutes_text": md("""
            Der lægges ikke med denne evalueringsplan ikke op til en økonomisk evaluering.
              Projektet ses som en prøvehandling, der kan bidrage med indsigter og viden, som kan
              indgå i forbindelse med yderligere udvikling og evt. udbredelse.

            Oplægget fremstår flot og gennearbejdet, og der er opbakning til den fremlagte
              evalueringsplan. Vejle Kommune har skriftligt meddelt, at de bakker op om den
              fremlagte plan.
            """),
        "decisions": [(1, "approved", "")],
    },
    {
        "kind": "decision",
        "title": md("""
            Tilbagemelding vedr. driftsmodel for fælles kompetenceudvikling på børne- og
              ungeområderne vedr. mistrivsel
            """),
        "duration_minutes": 10,
        "summary": md("""
            Sundhedsklynge Lillebælt har anvendt en andel af de fælles klyngemidler til
              kompetenceudvikling målrettet medarbejdere, der arbejder med børn, unge og mental
              mistrivsel.

            I denne sag skal Fagligt Strategisk niveau beslutte, hvorvidt der fortsat skal udbydes
              fælles kompetenceudvikling vedr. børn, unge og mistrivsel i Sundhedsklynge Lillebælt.
            """),
        "case_text": md("""
            **Baggrund**

            Sundhedsklynge Lillebælt har i alt afsat cirka 3,5 mio. kr. til kompetenceudvikling på
              børne- og ungeområderne med henblik på 1) at styrke opsporing af børn og unge i
              mistrivsel, eller i risiko for mistrivsel, samt 2) at styrke mulighederne for tidlig
              indsats til børn og unge og dermed forebygge forværring og senere behov for
              behandling i den regionale psykiatri. Målgruppen har været potentielt meget bred; fra
              frontmedarbejdere i skole og dagtilbud, til mere specialiserede medarbejdergrupper i
              forhold til PPR.

            I 2023-2025 afvikles en række kurser og kompetenceforløb finansieret af klyngemidlerne
              og med deltagelse af klyngens parter. Det er en central opmærksomhed fra Fagligt
              Strategisk niveau, at klyngemidlerne er éngangsmidler, og udelukkende kan anvendes
              til udvikling og afprøvning. Kompetenceudvikling skal derfor fremadrettet ske via
              driften.

            **Erfaringer fra arbejdsgruppen**

            En arbejdsgruppe har udbudt kurser inden for en række problemfelter og målgrupper;
              Traumer, funktionelle lidelser, OCD, spiseforstyrrelser, autistiske vanskeligheder og
              pædagogiske forståelsesrammer. Kurserne har været meget efterspurgt, og haft meget
              stor deltagelse. Deltagerne har primært været kommunale medarbejdere, men også
              medarbejdere fra Fremskudt Funktion, har haft mulighed for at deltage.

            Tidligere fremlagte tilbagemeldinger viser, at deltagerne generelt har oplevet godt
              udbytte af kurserne, og at kompetencerne giver konkret værdi for børn og familier i
              egen organisation

            Arbejdsgruppen har dog oplevet, at planlægning og afvikling af kompetenceforløbene har
              båret præg af

            - Meget omfattende administrative ressourcer i forhold til at afstemme, koordinere og
              udbyde kurser
            - At den korte tidsramme for at igangsætte og udbyde - og samtidig lange beslutningsvej
              mellem arbejdsgruppe og endelige godkendelser af økonomiske dispositioner på
              politiske niveau har været svær
            - At der er brug for tydelighed og afklaring i forhold til målgrupper og indhold for de
              enkelte kursusforløb for at sikre godt udbytte.
            - Det mulige udbytte ses især, hvis kurserne udbydes på tværs af sektorer, idet de så
              kan understøtte fælles viden og tilgang i samarbejdet. De udbudte kurser har
              imidlertid især haft kommunale deltagere.

            Disse opmærksomheder skal inddrages, i forhold til at indfri det potentielle udbytte på
              tværs af kommuner og sektorer.

            **Anbefalinger**

            Baseret på arbejdsgruppens tilbagemeldinger har chef- og ledelsesrepræsentanter fra
              psykiatri og kommuner drøftet ønsker og anbefalinger til fremtidigt samarbejde om
              kompetenceudvikling.

            Denne ledelsesgruppe anbefaler, at der ikke laves en model, hvor der fremadrettet
              udvikles og udbydes kompetenceudvikling i fællesskab. De væsentligste argumenter for
              dette er det store ressourcetræk i fælles planlægning og administration.

            Gruppen af ledelsesrepræsentanter anbefaler i stedet, at kommuner og psykiatri
              fremadrettet er opmærksomme på at invitere hinanden med, når én part arrangerer
              kurser eller forløb, som kan have bredere interesse. Det kræver systematik og fælles
              fokus at fastholde den praksis, og ledelsesgruppen vil derfor være undersøgende på
              hvordan dette kan sikres.

            Gruppen peger på følgende vigtige punkter for det fremadrettede samarbejde om
              kompetenceudvikling:

            - Langtidsplanlægning er centralt, når flere organisationer skal med.
            - Der er stor værdi i at anvende og dele den viden, som findes lokalt i
              organisationerne
            - Kompetenceudvikling kan forstås meget bredt og komme i mange former. Fra korte
              vidensdelingssessioner, e-læringsmoduler til længere forløb. Alle former giver stor
              værdi
            - To væsentlige udviklingspunkter ligger forude 1) det nye/kommende samarbejde mellem
              kommuner og psykiatri i regi af lettere behandling / STIME, som i høj grad involvere
              kompetenceudvikling og med afsmittende effekt fra behandlingstilbuddene til den
              kommunale organisation. 2) Der forventes en revision af den tværsektorielle børne- og
              ungeaftale, som skal implementeres lokalt. Her vil fælles forløb på tværs af kommuner
              og psykiatri være relevante.

            Gruppen af ledelsesrepræsentanter anbefaler således

            - At der ikke etableres en fast model for fælles kompetenceudvikling på børn, unge,
              -trivselsområdet i Sundhedsklynge Lillebælt
            - At kommuner og region har fælles fokus på at vidensdele og udbyde relevante
              kompetencetilbud til hinanden.

            Gruppen peger desuden på styrkede muligheder for dialog og samarbejdsfora på tværs af
              kommuner og psykiatri. Kommunerne ønsker mulighed for at mødes på ledelsesniveau med
              relevante områder af børne- og ungespsykiatrien, eksempelvis fælles visitation og
              ambulatorier. Dette behov adskiller sig fra nuværende muligheder for at mødes i
              borgersager i fx Fremskudt Funktion og Fremskudt Koordinering - og er adskilt fra
              opgaven om at forholde sig til fremadrettet kompetenceudvikling.

            Ledelsesgruppen indstiller til Sundhedsklynge Lillebælt - Fagligt Strategisk Niveau, at
            """),
        "recommendations": [
            md("""
                Godkender, at kommuner og psykiatri ikke udarbejder en fælles model for
                  kompetenceudvikling i Sundhedsklynge Lillebælt,
                """),
            md("""
                Godkende, at kommuner og psykiatri har fremadrettet fokus på at invitere gensidigt
                  til relevant vidensdeling og større kompetenceforløb.
                """),
        ],
        "minutes_text": md("""
            Fagligt Strategisk Niveau ønsker at kvittere for det store arbejde, som arbejdsgruppen
              bag kompetenceforløbene har leveret.

            De udbudte kompetenceforløb og -tilbud har været gode og efterspurgt. Både kommuner og
              psykiatrien ser nu ind i en årrække, hvor samarbejde og kompetenceudvikling i regi af
              STIME vil fylde meget og der er ikke kapacitet til mere. Fagligt Strategisk Niveau
              bakker derfor op om ledelsesgruppens anbefalinger.
            """),
        "decisions": [(1, "approved", ""), (2, "approved", "")],
    },
    {
        "kind": "mutual_orientation",
        "title": "Sundhedsreformen",
        "duration_minutes": 20,
        "case_text": md("""
            Med nærværende punkt lægges der op til en åben og gensidig orientering, hvor parterne
              har mulighed for at orientere om status fra egen organisation. Desuden ønskes der en
              fælles drøftelse af de ekstraordinære klyngemøder, som der inviteres til i løbet af
              foråret 2025 med deltagelse af Jane Kraglund og Kurt Espersen samt klyngemedlemmer og
              andre relevante.
            """),
        "decisions": [(None, "discussed", "")],
    },
    {
        "kind": "decision",
        "title": "Punkter til næste møde i Politisk Niveau d. 4. april 2025",
        "duration_minutes": 10,
        "summary": md("""
            Punkter til det kommende møde i Sundhedsklynge Lillebælts politiske niveau drøftes og
              godkendes.
            """),
        "case_text": md("""
            Det næste møde i Sundhedsklynge Lillebælts politiske niveau afholdes d. 4. april 2025

            Følgende punkter forventes til behandling:

            Tema: På vej mod en sundhedsreform:

            1. Orienteringspunkt: Fælles overblik og kommende opgaver
            2. Rundvisning på Middelfart Nærhospital
            3. Status vedr. klyngemidler og klyngemiddelinitiativer.
            4. Drøftelsespunkt: Lokale erfaringer og samarbejde i Lillebælt
            5. Punkter til næste møde
            6. Evt.

            Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau
            """),
        "recommendations": ["Beslutter, om der er yderligere punkter til dagsordenen"],
        "minutes_text": md("""
            Det politiske formandskab har på formøde drøftet og godkendt dagsordensoplægget. Der
              ændres dog på rækkefølgen af punkterne.
            """),
        "decisions": [(1, "approved", "Punkterne blev godkendt uden tilføjelser.")],
    },
    {
        "kind": "decision",
        "title": "Punkter til næste møde i Fagligt Strategisk Niveau d. 15. maj 2025",
        "duration_minutes": 10,
        "summary": md("""
            Punkter til det kommende møde i Sundhedsklynge Lillebælts Fagligt Strategiske niveau
              drøftes og godkendes.
            """),
        "case_text": md("""
            Det næste møde i Fagligt Strategisk Niveau afholdes d. 15. maj 2025 kl. 11.30-14.00 i
              Regionshuset.

            Følgende punkter forventes til behandling:

            - Gensidigt orientering: sundhedsreformen
            - Opfølgning på møde i Politisk Niveau
            - Orientering om fase 2 ift. delvis overtagelse af misbrugsområdet /
              dobbeltdiagnosebehandling i psykiatrien.

            Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau
            """),
        "recommendations": ["Beslutter, om der er yderligere punkter til dagsordenen"],
        "minutes_text": md("""
            Der er udarbejdet en Sundhedsberedskabsplan mellem Kolding, Fredericia, Middelfart,
              Vejen og Billund kommuner, som de fire kommuner gerne vil dagsordenssætte.
            """),
        "decisions": [
            (
                1,
                "approved",
                md("""
                De fremlagte punkter blev godkendt. Punktet om sundhedsberedskabsplan tilføjes.
                """),
            ),
        ],
    },
    {
        "kind": "any_other_business",
        "title": "Eventuelt",
        "duration_minutes": 5,
        "minutes_text": md("""
            Vejen Kommune foreslår at Fagligt Strategisk Niveau genovervejer muligheden for at
              sende relevante chefer til møder i Fagligt Strategisk Niveau, for at sikre kommunal
              repræsentation. Ligeledes opfordrer Psykiatrien til at repræsentationen tænkes
              bredere i forhold til relevante chefer og direktører for samarbejdet.

            Formandskabet ønsker en pragmatisk tilgang til ovenstående problemstilling, hvorfor det
              i de tilfælde, hvor en direktør må melde afbud til møde, er i orden at sende en anden
              repræsentant. Alternativt ønskes det at man klæder en anden repræsentant fra Fagligt
              Strategisk Niveau på i forhold til at sikre beslutningskraft på møderne.
            """),
    },
    {
        "kind": "written_orientation",
        "title": "Organisering og implementering af SAM:BO-aftalen",
        "summary": md("""
            I forbindelse med implementeringen af en ny version af SAM:BO-aftalen skal
              sundhedsklyngerne drøfte, hvorledes man ønsker at organisere sig i forhold til den
              kommende opgave med at undervise i den nye aftale samt sikre en implementering af
              aftalen, der løbende understøtter samarbejde, sparring og vidensdeling.
            """),
        "case_text": md("""
            **Baggrund**

            Sundhedsklyngerne modtog i starten af juli et høringsforslag til en ny version af
              SAM:BO-aftalen. Strategisk Sundhedsstyregruppe har på mødet den 30. oktober drøftet
              bearbejdningen af høringssvarene. Herefter der har været en proces i
              Sundhedsdirektørkredsen med henblik på at afklare, om der kunne opnås enighed omkring
              scenarie 1 eller det alternativt beskrevne scenarie 2.

            Sideløbende har Revisionsgruppen arbejdet med en implementeringsplan, som skal sikre,
              at den nye aftale bliver solidt implementeret, og at vi fastholder fokus på den
              løbende understøttelse af aftalen. Implementeringsplanen udsendes, når den er
              godkendt af formandskabet for Strategisk Sundhedsstyregruppe.

            Den endelige version af en ny SAM:BO-aftale samt implementeringsplanen er godkendt på
              møde i Strategisk Sundhedsstyregruppe den 29. januar 2025.

            **Kompetenceudvikling**

            For at indlede kompetenceudviklingen afholder Revisionsgruppen en tværsektoriel
              undervisningsseance for udvalgte medarbejdere og ledere i hver af de fire
              sundhedsklynger i ugerne 13, 14 og 15 i 2025.

            I Sundhedsklynge Lillebælt afholdes disse to undervisningsdage d. 2. april og 10.
              april.

            Revisionsgruppen er i gang med at beskrive en drejebog for disse undervisningsdage.
              Rammerne for undervisningen vil være et oplæg om den nye aftale og herefter god tid
              til spørgsmål samt gruppearbejde med udgangspunkt i en række cases. Det vil bidrage
              til at sikre, at deltagerne kan få en praktisk tilgang til den nye aftale, ligesom
              det kan være med til at styrke samarbejdsrelationen.

            **Organiseringen af SAM:BO-samarbejdet i sundhedsklyngen**

            Det næste skridt i kompetenceudviklingen er, at sundhedsklyngerne og de enkelte
              organisationer selv skal kunne varetage den videre undervisning af medarbejderne.

            Revisionsgruppen stiller undervisningsmateriale til rådighed for opgaven, herunder
              PowerPoint og cases.

            I den forbindelse skal sundhedsklyngerne drøfte, hvilken organisering der er nødvendig,
              dels for at kunne varetage den pågældende undervisning af relevante medarbejdere
              forud for implementeringen af den nye aftale, og dels for løbende at kunne undervise
              nye medarbejdere, så kendskabet og brugen af SAM:BO-aftalen fastholdes på et højt
              niveau. Som en del af undervisningen kan indgå praksistræning, sparring og
              videndeling på tværs af sektorerne.

            Sundhedsklyngerne skal desuden drøfte, hvordan de vil løbende vil sikre et forum for
              den gode dialog i forhold til samarbejdet omkring SAM:BO aftalen.

            Følgende spørgsmål kan med fordel overvejes:

            - Hvordan vil vi i fællesskab sikre undervisningen af medarbejderne? Del gerne lokale
              erfaringer i forhold til hvordan der allerede arbejdes med onboarding og
              kompetenceudvikling i forhold til SAM:BO.
            - Er der behov for udpegning af tovholdere og kulturbærere i de enkelte organisationer?
            - Er der behov for etablering af et dialogforum, hvor samarbejdet om aftalen kan
              drøftes?
            - Er det klart, hvem man som leder skal kontakte i situationer, der kræver
              ledelsesmæssig involvering?
            - Ved lederen hvem i egen organisation, der kan løfte generelle emner og spørgsmål om
              samarbejdet op i sundhedsklyngen?

            **Indstilling og proces**

            Fagligt strategiske niveau beder det koordinerende niveau sikre implementeringen af den
              reviderede SAM:BO-aftale, herunder

            - Drøfter implementeringen af SAM:BO-aftalen samt hvorledes sundhedsklyngen ønsker at
              organisere sig for at sikre og fastholde en vedvarende solid implementering.
            - drøfte, hvilken organisering af undervisningsopgaven, de vil anbefale
            - drøfte, hvorledes man kan sikre det løbende tværsektorielle samarbejde, sparring og
              vidensdeling, herunder om det kræver oprettelse af nye fora
            - drøfte, hvorledes de fremadrettet ønsker at monitorere implementeringen af SAM:BO
              aftalen.
            """),
        "attachments": [
            ("Mail til sundhedsklyngerne vedr. SAMBO.docx", None),
            ("Invitation SAMBO undervisning Sundhedsklynge Lillebælt.docx", None),
            ("godkendt-sambo-aftale-d-29-januar-2025.pdf", None),
            ("Bilag - SAMBO - Tids- og procesplan - centrale nedslag_3 december.docx", None),
        ],
    },
    {
        "kind": "written_orientation",
        "title": md("""
            Evaluering, tværsektoriel temadag i Sundhedsklynge Lillebælt d. 6. november 2024
            """),
        "summary": md("""
            D. 6/11 2024 blev der afholdt en tværsektoriel temadag i Sundhedsklynge Lillebælt.
              Temadagen blev betalt via klyngemidler. Temadagen, der bød på en afveksling mellem
              oplæg, marketplace og mulighed for netværk, var overordnet en succes, med 185
              deltagere fra forskellige organisationer i Sundhedsklyngens optageområde.
            """),
        "case_text": md("""
            D. 6/11 2024 afholdt Sundhedsklynge Lillebælt en tværsektoriel temadag. Formålet med
              temadagen var at styrke gode patientforløb på tværs af sektorgrænser, at dele viden
              om gode projekter, der findes i klyngen samt at styrke relationer mellem medarbejdere
              på tværs af sektorerne.

            På dagen var der bred repræsentation af i alt 185 deltagere. Deltagerne var
              sygeplejersker fra kommune og sygehus, læger både fra sygehus og praksis, kommunale
              visitatorer, ledere, fysio- og ergoterapeuter, forskere, konsulenter, repræsentanter
              fra det præhospitale område, social- og sundhedsassistenter fra kommune og sygehus.

            Temadagen bød på en vekslen mellem oplæg, mulighed for at udforske forskellige
              tværsektorielle projekter i Marketplace samt drøftelse af cases ved bordene. Der blev
              lagt stor vægt på at sikre en god fordeling af kommunale og regionale medarbejdere
              ved bordene for at fremme dialogen på tværs.

            Evalueringen af dagen viser, at deltagerne overordnet har været tilfredse med den store
              afveksling, der var i programmet, og de gode muligheder der var for både ny og
              konkret viden samt netværk på tværs af organisationer. De nye relationer forventes at
              styrke samarbejdet, hvilket styrker patientsikkerheden og gode overgange mellem
              sektorerne. Flere deltagere nævnte i evalueringen, at temadagen bidrog med konkrete
              ideer og inspiration til at afprøve nye løsninger, især inden for sundhedsfremme,
              skrøbelighed og samarbejdsprojekter.

            Deltagerne gav udtryk for at have fået et bedre indblik i de udfordringer og
              muligheder, der findes i tværsektorielt samarbejde. Der blev også fremhævet et ønske
              om bedre koordination og større synlighed af eksisterende projekter for at undgå
              overlap.

            Generelt blev temadagen set som en god anledning til at styrke samarbejdet og udvikle
              nye ideer til forbedring af patientforløb. Deltagerne gav udtryk for, at der også
              fremover er brug for en lignende mulighed for en tværsektoriel temadag, hvor
              relationer styrkes og viden om projekter og indsatser deles.

            Evalueringen er desuden uddybet i vedhæftede bilag.
            """),
        "attachments": [("Bilag, Evaluering, tværsektoriel temadag.docx", None)],
    },
    {
        "kind": "written_orientation",
        "title": md("""
            Status på implementeringen af det tværsektorielle forløbsprogram for borgere med
              lænderygbesvær
            """),
        "summary": md("""
            Det tværsektorielle forløbsprogram for borgere med lænderygbesvær har været gældende
              siden 1. januar 2024, herefter er implementeringen påbegyndt. Punktet giver et
              overblik over de implementeringstiltag, som er igangsat.
            """),
        "case_text": md("""
            Implementeringen af forløbsprogrammet forudsætter, at der arbejdes med både fælles
              implementeringstiltag, og at hver sektor og faggruppe selvstændigt arbejder med at
              implementere eget ansvarsområde i forløbsprogrammet.

            Derudover skal der i hver sektor være fokus på det tværsektorielle samarbejde i
              sektorovergangen, så der skabes et sammenhængende borgerforløb.

            Den regionale arbejdsgruppe har igangsat en række implementeringstiltag. Disse tiltag
              henvender sig både til ledelse på alle niveauer i alle sektorer. Tiltagene vedrører
              både fælles og ensrettet kommunikation til borgerne og fagfolk om forløbsprogrammet,
              f.eks. via videoer og foldere, men også digitalt tilgængeligt materiale samt
              information på infoskærme.

            Centralt i implementeringen står interventionsudvikling vedrørende egenhåndtering og
              støttet egenhåndtering i form af udvikling af et uddannelsesprogram rettet mod
              fysioterapeuter og kiropraktorer samt udarbejdelse af materialer rettet mod borgerne.

            Til at understøtte processen og paradigmeskiftet, er Sundhedsfaglig rygkoordinator
              Lisbeth Hartvigsen ansat som sundhedsfaglige rygkoordinator pr. 1. juni 2024 en dag
              om ugen. Den sundhedsfaglige rygkoordinators overordnede opgave er at koordinere
              regionens indsatser på rygområdet og sikre sammenhængskraft mellem praksissektoren,
              sygehussektoren, kommunerne, rygforskningen/ rygforskerne og regionen

            Implementeringstiltagene er uddybet i bilaget.

            **Lokal implementeringsproces**

            I Sundhedsklynge Lillebælt er der nedsat en arbejdsgruppe, der sikrer tværsektorielt
              fokus på implementering af forløbsprogrammet. Arbejdsgruppen består af regionale
              deltagere fra Rygcenter Syddanmark / Sygehus Lillebælt, almen praksis,
              privatpraktiserende fysioterapeuter og kiropraktorer samt kommunale deltagere fra
              sundheds- og beskæftigelsesområderne. Arbejdsgruppen håndterer de praktiske og
              detaljerede spørgsmål, der viser sig i implementeringsfasen, og at anbefalinger fra
              den regionale arbejdsgruppe implementeres lokalt. Arbejdsgruppen har særlig fokus på
              adfærdsændring i forbindelse med paradigmeskiftet, hvorved det sikres, at borgere og
              patienter mødes med et fælles sprog og samme tilgang, uanset hvor borgeren/patienten
              er. Derudover er der fokus på læring og videndeling, særligt på i relation til
              samarbejdet med praksis. Derved sikres gode patientforløb og ensartet kommunikation.

            Derudover har Sundhedsklynge Lillebælt en indsats i regi af Det Nationale
              Ledelsesprogram, der er med til at sikre den ledelsesmæssige fokus og opbakning til
              paradigmeskiftet, som følger Lænderygprogrammet.

            Da den regionale arbejdsgruppe har planlagt aktiviteter ind i foråret 2025, forventes
              arbejdsgrupperne tidligst at være i mål med dele af opgaven medio 2025, men det
              kræver en forståelse af at et paradigmeskifte tager år og kræver vedholdenhed.

            **Indstilling og proces**

            Status tages til efterretning og formidles til Det koordinerende niveau.
            """),
        "attachments": [
            (
                md("""
                    Generisk punkt – Sundhedsklyngerne vedr. forløbsprogram for mennesker med
                      lænderygbesvær
                    """),
                None,
            ),
        ],
    },
]

MEETING = MeetingSpec(
    forum_slug=LB_STEERING,
    title="Sundhedsklynge Lillebælt - Fagligt strategisk niveau",
    starts_at=datetime.datetime(2025, 2, 26, 14, 30, tzinfo=CPH),
    ends_at=datetime.datetime(2025, 2, 26, 17, 30, tzinfo=CPH),
    place="Regionshuset, Damhaven 12 7100 Vejle, Mødelokale 6 - stuen",
    leader=LILLEBAELT_MEETING_LEADER,
    invitees=LILLEBAELT_PRESENT + LILLEBAELT_APOLOGIES,
    apologies=LILLEBAELT_APOLOGIES,
    items=ITEMS,
    # The level has no chairs registered; the seed does not say when the minutes were approved.
    approval=Approval(
        outside_at=datetime.datetime(2025, 3, 5, 12, 0, tzinfo=CPH),
        outside_note="Godkendt af formandskabet",
    ),
)


def build_meeting_004() -> Meeting:
    """Seed 004's meeting, from agenda to published minutes."""
    return build_meeting(MEETING)
