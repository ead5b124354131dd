"""Seed 003: the Midtklyngen steering group's meeting of 7 June 2023, complete.

The minutes are OCR text; æ/ø/å are repaired throughout ("mgde" → "møde", "drgfter" → "drøfter"),
as are a few obvious OCR slips ("Shitfladen" → "Snitfladen", "favhe" → "favne", "Joans" →
"Jonas"). The seed numbers the last two items "8." and "9." after item 10; here they are items 11
and 12. A scan of an invitation's image in the written orientations is left out. The times follow
the seed's: 08:30 start, a 10-minute break after item 4, items 11 and 12 after 11:05.
"""

from __future__ import annotations

import datetime

from klynge.meetings.models import Meeting

from .helpers import CPH
from .meeting_cycle import Approval, ItemData, MeetingSpec, build_meeting, md
from .midtklyngen import STEERING
from .midtklyngen_members import STEERING_INVITEES

NOTED_WITH_REMARKS = (
    "Orienteringen blev taget til efterretning med ovenstående opmærksomhedspunkter."
)

ITEMS: list[ItemData] = [
    {
        "kind": "welcome",
        "title": "Velkomst, præsentationsrunde og godkendelse af dagsorden",
        "duration_minutes": 10,
        "case_text": md("""
            Godkendelse af dagsordenen og punkter til eventuelt.

            Særlig velkommen til Jonas Dahl konst. Hospitalsdirektør i HE Midt, Jan Bendix Jensen,
              ny chef for Pleje- og Omsorg i Skive Kommune og velkommen tilbage til konsulent
              Helena Vendelin Æbeløe, Skive Kommune, som er tilbage efter barselsorlov.
            """),
        "recommendations": ["At Klyngestyregruppen godkender dagsordenen"],
        "minutes_text": "Der var en præsentationsrunde, og dagsorden blev godkendt.",
        "decisions": [(1, "approved", "")],
    },
    {
        "kind": "decision",
        "title": md("""
            Status på de 4 initiativer i regi af de politisk prioriterede fokusområder i
              Midtklyngen
            """),
        "presenters": "Mette Andreassen samt formandskaber for initiativer",
        "duration_minutes": 25,
        "case_text": md("""
            Direktørkredsen godkendte på møde den 24. april de foreløbige budgetter for de 4
              politisk prioriterede initiativer i Midtklyngen.

            De foreløbige budgetter kan ses i nedenstående oversigt, hvoraf det også fremgår, at
              der forventes at være overskydende midler, idet Midtklyngen har fået 6,348 mio. kr.

            **Tabel 1. Godkendte foreløbige budgetter - forventet fordeling på budgetår beløb i
              1.000,-**

            | Initiativ | 2023 | 2024 | I alt |
            | --- | ---: | ---: | ---: |
            | Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen | 623 |
              646 | 1.269 |
            | Fragile fast track – Hospitalsbehandling i eget hjem | 139 | 248 | 387 |
            | Forberedelse af implementering af Tele-KOL | 1.267 | 733 | 2.000 |
            | Etablering af samarbejdsmodel om børn og unge i psykisk mistrivsel | 375 | 839 |
              1.214 |
            | I alt | 2.402 | 2.466 | 4.870 |

            Overstående oversigt er baseret på de vedlagte bilag, der er fra medio april, og som lå
              til grund for direktørkredsens godkendelser af de foreløbige budgetrammer.

            Initiativerne har fået indtil den 14. juni at melde opdaterede budgetter ind til
              fællessekretariatet, hvorefter der udarbejdes en model for økonomistyring som
              godkendes af formandsskabet. Det er forventningen, at økonomistyringsmodellen vil
              tage udgangspunkt i at de økonomiansvarlige bliver de organisationer som har den
              største økonomiske aktie et givent initiativ.

            Formandskabet for hvert af de 4 initiativer giver en kort status med vægt fremdrift,
              tidsplan, og eventuelle overvejelser ift. inddragelse af patient- og pårørende
              perspektiv.
            """),
        "recommendations": [
            "at klyngestyregruppen tager orienteringen til efterretning",
            md("""
                at klyngestyregruppen giver input til det videre arbejde med patient/pårørende
                  perspektivet i initiativerne
                """),
            md("""
                at klyngestyregruppen godkender, at klyngesekretariatet udarbejder forslag til en
                  model for økonomistyring, som godkendes af klyngeformandskabet.
                """),
        ],
        "attachments": [
            ("Foreløbig Styrket samarbejde udskrivningsterapeuter april 2023", None),
            ("Foreløbig Fast track april 2023", None),
            ("Foreløbig Implementering af TeleKOL", None),
            ("Foreløbig Samarbejdsmodel april 2023", None),
        ],
        "minutes_text": md("""
            Der blev givet en orientering om status på de enkelte initiativer jf. nedenstående:

            **Karen Kudsk vedr. udskrivningsterapeuter i Akutafdelingen**

            Den 1. juni startede to terapeuter i Akutafdelingen. De skal bl.a. bidrage til at
              styrke fokus på hjælpemidler og den beskrivelse af borgerens funktionsniveau, som
              fremsendes til kommune ved udskrivelse. Der er planlagt audits, opfølgning via
              kontrolgruppe samt stikprøver af den borgeroplevede kvalitet.

            Der blev opfordret til at være opmærksom på kommunernes input ift. at identificere
              behov og forbedringspotentialer ift. udskrivelser, så fokus er på det samlede
              udskrivningsforløb.

            **Karen Kudsk vedr. fragile fast track**

            Oprindeligt var det planen, at Akutafdelingen tilknyttes en geriater, men idet dette
              har vist sig ikke at være muligt, arbejdes der på at tilknytte læge fra andet
              medicinsk speciale.

            Tiltaget er integreret i forskningsprojektet vedr. hospitalsbehandling i eget hjem og
              er omfattet af projektets evalueringsdesign, herunder borgerevaluering.

            **Trine Brøcker vedr. forberedelse af implementering af Tele-KOL**

            Organiseringen i Midtklyngen er blevet justeret og strømlinet, og det forventes, at der
              pr. 1. august tiltræder en projektleder i en 1-årig stilling. Forberedelsesfasen vil
              have fokus på opdatering af den foreliggende samarbejdsaftale, herunder arbejdsgange
              m.v., og at klæde personalet på til at håndtere Tele-KOL. Udarbejdelse af
              borgerinformation er også et centralt element i initiativet, og her vil borgere blive
              involveret.

            Ift. det anslåede budget vil midler fra 2023 skulle overføres til 2024.

            **Helle Trangbæk vedr. samarbejdsmodel om børn og unge i psykisk mistrivsel**

            Der er etableret en styregruppe, og projektleder forventes at tiltræde 1. august. Der
              er planlagt en workshop den 11. august med fokus på samarbejdsaftalen om børn og unge
              i psykisk mistrivsel.

            Der blev opfordret til, at arbejdet også indtænker foreninger og øvrigt civilsamfund.

            Trine Frøstrup og Ralph Jørgensen stillede sig generelt til rådighed ift.
              borger-/patientperspektivet, også ift. at formidle kontakter til deres bagland og
              øvrige netværk.

            Der var en kort drøftelse af budgetter og økonomistyring i de 4 klynge-projekter,
              herunder at der skal etableres så simpel en model som muligt. Sekretariatet indhenter
              relevant sparring herpå.
            """),
        # The seed's first decision answers recommendations 1 and 2 together.
        "decisions": [
            (
                1,
                "noted",
                md("""
                Orienteringerne og input til det videre arbejde med patient/pårørende perspektivet
                  i initiativerne blev taget til efterretning
                """),
            ),
            (
                2,
                "noted",
                md("""
                Orienteringerne og input til det videre arbejde med patient/pårørende perspektivet
                  i initiativerne blev taget til efterretning
                """),
            ),
            (
                3,
                "approved",
                md("""
                Sekretariatet udarbejder forslag til en model for økonomistyring til godkendelse i
                  formandskabet.
                """),
            ),
        ],
    },
    {
        "kind": "discussion",
        "title": md("""
            Foreløbige erfaringer med det nye politiske niveau i Midtklyngen - den politiske
              klyngegruppe
            """),
        "duration_minutes": 15,
        "case_text": md("""
            Ved klyngestyregruppens tidligere drøftelser af behovet for en opdatering af
              Midtklyngens kommissorium, blev det besluttet at afvente de indledende erfaringer med
              det nye politiske niveau - den politiske klyngegruppe - i Midtklyngen. Dette mhp. at
              kunne vurdere behovet for eventuelle justeringer ift. at understøtte samspillet
              mellem den politiske klyngegruppe og klyngens administrative fora bedst muligt.

            Der er nu afviklet 2 møder i den politiske klyngegruppe i Midtklyngen, hhv. den 30.
              november 2022 og den 6. marts 2023. Næste møde afvikles den 9. oktober 2023.

            Direktør Mette Andreassen giver en kort indledende orientering mhp. at
              klyngestyregruppen drøfter:

            - Hvilke opmærksomhedspunkter ses med afsæt i de 2 møder, som er afviklet? - hvad er vi
              lykkedes med? Hvad skal vi have fokus på at styrke fremadrettet?
            - Opleves det, at etableringen af den politiske klyngegruppe har ændret rammer og
              vilkår for klyngestyregruppen og dens opgaver? - i så fald hvordan, og hvilke
              opmærksomhedspunkter bør vi have?
            - Hvordan kan vi i klyngen bedst understøtte, at relevante emner og udfordringer i
              klyngen dagsordenssættes i den politiske klyngegruppe?

            Formål, opgaver og sekretariatsbetjening af den politiske klyngegruppe og klyngens
              administrative fora er beskrevet i udkast til opdateret kommissorium jf. bilag til
              punkt 4.

            Endvidere er der herunder linket til referaterne fra de afholdte møder i den politiske
              klyngegruppe.
            """),
        "recommendations": [
            md("""
                Klyngestyregruppen drøfter de foreløbige erfaringer og opmærksomhedspunkter ift. at
                  understøtte den politiske klyngegruppe i Midtklyngen
                """),
        ],
        "attachments": [
            (
                md("""
                    Referat fra møderne i den politiske sundhedsklynge, Midtklyngen: Den 6. marts
                      2023 Midtklyngen - Multisalen, Rådhuset, Prinsens Alle 5, 8800 Viborg (rm.dk)
                    """),
                "https://dagsorden.rm.dk/vis?id=2214320e-c356-420a-b40e-aeb30c7b989e",
            ),
            (
                md("""
                    Referat fra møderne i den politiske sundhedsklynge, Midtklyngen: Den 30.
                      november 2022: Midtklyngen - Viborg Kommune (rm.dk)
                    """),
                "https://dagsorden.rm.dk/vis?id=acb8e287-5697-4f5a-964e-165fbc4334e1",
            ),
        ],
        "minutes_text": md("""
            Mette Andreassen indledte med bemærkning om, at de 2 afviklede møder i den politiske
              klyngegruppe er forløbet positivt, og at udvalget ønsker at være eksekverende. De er
              i særlig grad optaget af børn og unges trivsel, ligesom der var stor opbakning til de
              4 iværksatte initiativer jf. punkt 3.

            Mette Andreassen opfordrede til, at inspirationskataloget over virkningsfulde indsatser
              til børn og unge i psykisk mistrivsel, anvendes i klyngen. I den sammenhæng
              orienterede Claus Graversen fra et møde i Sundhedsstyrelsen vedr. 10 årsplanen på
              psykiatriområdet om, at lovgrundlaget for etablering af 'et let tilgængeligt
              kommunalt tilbud' forventes at være på plads i løbet af 2023.

            Der var en efterfølgende drøftelse af de foreløbige erfaringer med den politiske
              sundhedsklynge, hvor der opsummerende blev peget på:

            - Det er for nogle aktører meget mærkbart, at der er kommet 'en ny bestiller' -
              etableringsfasen vedr. de 4 klyngeinitiativer var komprimeret. Dette fordrer en
              skærpet opmærksomhed på prioritering og forventningsafstemning med politikerne om
              tempo/eksekveringshastighed i det tværsektorielle sundhedssamarbejde.
            - Processen viste, at det vanlige 'set-up' med temagrupperne ikke var tilstrækkelig
              agilt, og der blev i perioden opbygget et parallelt system.
            - Relationerne i Midtklyngen er stærke, og på den baggrund kan meget håndteres ad-hoc.
              Omvendt er dette ressourcekrævende, og bør ikke være 'normalen'.
            - Andre gav udtryk for, at det politiske niveau kun i begrænset omfang har indvirket på
              opgaver/aktivitet.
            - En konstatering af forskelligheden på tværs af kommune og hospital ift. hvor tæt
              ledelsesaktørerne er på det politiske niveau.
            - Fra kommunerne blev fremført, at det nye politiske niveau har affødt behov for
              koordinering/involvering på tværs af fagudvalg og borgmester.
            """),
        "decisions": [(1, "discussed", "")],
    },
    {
        "kind": "decision",
        "title": "Godkendelse af opdateret kommissorium for Midtklyngen",
        "presenters": "formandskabet",
        "duration_minutes": 15,
        "case_text": md("""
            I sammenhæng med opstart af de politiske sundhedsklynger drøftede klyngestyregruppen
              den 16. september 2022 og den 16. december 2022 behovet for en opdatering af
              kommissoriet for Midtklyngen. Det blev besluttet, at det kommunale medformandskab for
              klyngestyregruppen d.d. blev overdraget fra Silkeborg Kommune v. Lauge Clemmensen til
              Viborg Kommune v. Mette Andreassen, og at perioden for det kommunale medformandskab i
              klyngestyregruppen udvides fra 2 til 4 år. Dette mhp. at spejle det kommunale
              medformandskab og valgperioden i den politiske sundhedsklynge.

            Derudover blev det besluttet, at vurderingen af behovet for en revision af kommissoriet
              skulle afvente erfaringerne fra de to første møder i den nye politiske klyngegruppe.

            Fokus i drøftelserne i klyngestyregruppen har især været på at sikre den rette
              understøttelse og mødeforberedelse af det nye politiske niveau, herunder
              klyngestyregruppens rolle og sammensætning ift. dette. Der har ikke været lagt op til
              en større revision af samarbejdsstrukturen i Midtklyngen.

            Med afsæt i ovenstående, samt sekretariatets indhentning af status og erfaring fra de
              øvrige klynger, blev der den 24. april 2023 afholdt møde i direktørkredsen i
              Midtklyngen. På den baggrund er der udarbejdet forslag til et opdateret kommissorium
              - vedlagt.

            Overordnet er der foretaget følgende opdatering:

            - Sundhedsaftalen samt den politiske og administrative ramme, som Midtklyngen arbejder
              indenfor, er beskrevet
            - Klyngestyregruppens formål og opgaver er opdateret i henhold til den nye
              bekendtgørelse. Opgavebeskrivelsen for klyngestyregruppen er endvidere justeret med
              vægt på strategiske ledelse og styring af det tværsektorielle sundhedssamarbejde,
              idet rammer og den retning sættes af den politiske klyngegruppe, sundhedsaftalen m.v.
            - Mindre justering af deltagerkredsen i klyngestyregruppen: HE Midt deltager med 1
              direktør fra hospitalsledelsen (ikke hele hospitalsledelsen); Den fælleskommunale
              repræsentation af hhv. socialområdet og beskæftigelsesområdet udgår
            - Enkelte, mindre præciseringer i de 3 temagruppers opgaver
            - Deltagerkredsen i temagruppen børn, unge og familien reduceres efter ønske fra
              Temagruppen, så temagruppen fremover har deltagelse af: 1 Familiechef fra hver
              kommune, 1-2 chef/ledelsesrepræsentanter fra HE Midt og 1 chef/ledelsesrepræsentant
              fra Børne- og Ungdomspsykiatrien.
            - Oversigt over plan for rotation i de kommunale medformandskaber er udbygget til og
              med 2029. Planen tager afsæt i, at de kommunale medformandskaber i temagrupperne
              fastholdes som 2-årige. Dette opdateres, såfremt det besluttes, at de skal være
              4-årige jf. markeringer med gult i udkast til opdateret kommissorium.

            **Perioden for de kommunale medformandskaber i temagrupperne**

            De kommunale medformandskaber i temagrupperne er aktuelt 2-årige, dog således at
              indeværende periode er udvidet til 3 år mhp. at der næste gang rokeres, på samme tid
              som i klyngestyregruppen.

            Klyngestyregruppen bedes tage stilling til, om de kommunale medformandskaber i de 3
              temagrupper fremadrettet skal fastholdes som 2-årige, eller om de i lighed med det
              kommunale medformandskab i klyngestyregruppen, skal være 4-årige. Hensynet til dette
              vil være et ensartet rotationsprincip. Omvendt vil det medføre et øget ressourcetræk
              på det aktuelle chefområde i den kommune, som varetager medformandskabsposten.
              Sekretariatet vurderer, at begge modeller kan håndteres ift. at sikre kontinuitet og
              sammenhæng i og mellem fora.
            """),
        # The seed nests the three points under "drøfter opdateret kommissorium mhp. godkendelse,
        # herunder:"; the lead-in opens the first.
        "recommendations": [
            md("""
                At Klyngestyregruppen drøfter opdateret kommissorium mhp. godkendelse, herunder at
                  deltagerkredsen i klyngestyregruppen justeres således at: HE Midt deltager med 1
                  direktør fra hospitalsledelsen (ikke hele hospitalsledelsen); Den fælleskommunale
                  repræsentation af hhv. socialområdet og beskæftigelsesområdet udgår
                """),
            md("""
                at deltagerkredsen i Temagruppen Børn, Unge og Familien reduceres, så temagruppen
                  fremadrettet har deltagelse af: 1 Familiechef fra hver kommune, 1-2
                  chef/ledelsesrepræsentanter fra HE Midt og 1 chef/ledelsesrepræsentant fra Børne-
                  og Ungdomspsykiatrien
                """),
            md("""
                at klyngestyregruppen tager stilling til, om den kommunale medformandskabsperiode i
                  de 3 temagrupper skal være 2 år eller 4 år
                """),
        ],
        "attachments": [("Udkast til opdateret kommissorium for Midtklyngen", None)],
        "minutes_text": md("""
            Mette Andreassen indledte med en opsummering af de opdaterede elementer i udkastet til
              kommissorium jf. sagsfremstillingen.

            Der var en bred drøftelse af deltagernes vurderinger af det organisatoriske set-up,
              opgavehåndtering og sagsgange i Midtklyngen. Følgende blev fremført:

            - Snitfladen mellem klyngestyregruppen/klyngeformandskab og voksentemagruppen er ikke
              entydig. Det opleves, at sagsgang og håndtering mellem disse fora kan være 'tung', og
              at emner/opgaver 'kører frem og tilbage' flere gange. En mulighed kunne være at have
              et bærende fora, som så nedsætter grupper ad-hoc ift. konkrete opgaver.
            - Det opleves, at voksentemagruppen somatik har en meget stor opgaveportefølje og skal
              favne meget bredt. Formandskabet kan en gang imellem have en oplevelse af at være
              'ekspeditionskontor'.
            - Deltagerkredsen i voksentemagruppen somatik er stor – hvilket har fordele og ulemper.
            - Klyngestyregruppen kunne med fordel løftes til at være et mere strategisk forum og
              fokusere på det retningsgivende. Og lade temagrupperne være
              operationelle/beslutningstagende.
            - Rep. fra temagrupperne kunne involveres mere aktivt og systematisk i mødeforberedelse
              af punkter til klyngestyregruppen.
            - Det opleves, at voksentemagruppen psykiatri er velfungerende, også set relativt til
              andre klynger. Møderne placeres efter klyngestyregruppemøder, så det kan følges op.
              En medvirkende årsag kan være en relativ lille deltagerkreds med stor
              beslutningskraft.
            - De relativt mange faste møder og store deltagerkredse i både klyngestyregruppen og
              voksentemagruppen somatik kan synes 'tungt' - omvendt medvirker det til at
              understøtte det relationelle mellem deltagerne.
            - Nogle klynger har reduceret i deltagerkredsen på strategisk niveau, og har færre lag.
            - Patient- og pårørenderepræsentanterne bemærkede, at de også gerne står til rådighed
              for temagrupperne og ad-hoc grupper.
            - Fra sekretariatet blev fremført, at mange ting søges håndteret/afklaret imellem
              møderne, og at det ofte ikke er entydigt om forespørgsler/opgaver skal håndteres på
              klyngestyregruppe-niveau eller temagruppe-niveau.

            Mette Andreassen afrundede drøftelsen og konkluderede, at behovet for eventuelle
              justeringer centrerer sig om voksentemagruppen somatik, herunder temagruppens samspil
              og snitflade til klyngestyregruppen, og at dette bør drøftes videre i
              voksentemagruppen somatik.
            """),
        "decisions": [
            (1, "approved", "Kommissoriet blev godkendt"),
            (2, "approved", "Kommissoriet blev godkendt"),
            (
                3,
                "approved",
                md("""
                Den kommunale medformandskabsperiode i temagrupperne fastholdes som 2-årig.
                """),
            ),
            (
                None,
                "forwarded",
                md("""
                Drøftelserne fra dette punkt videreføres i voksentemagruppen for somatik mhp. at
                  temagruppen kommer med en anbefaling til eventuelle justeringer vedrørende
                  voksentemagruppen somatik, herunder temagruppens samspil og snitflade til
                  klyngestyregruppen. Anbefalingerne forelægges efterfølgende den samlede
                  direktørkreds.
                """),
            ),
        ],
    },
    {"kind": "break", "title": "Pause", "duration_minutes": 10},
    {
        "kind": "decision",
        "title": md("""
            Arbejdet med forbedringsinitiativer i regi af det Nationale Ledelsesprogram på
              Sundhedsområdet (NLPS) i Midtklyngen
            """),
        "presenters": "formandskabet",
        "duration_minutes": 20,
        "case_text": md("""
            Med afsæt i klyngestyregruppens drøftelser den 16. december 2022 er der nu udpeget
              deltagere fra Midtklyngen til hold 2 på Nationale Ledelsesprogram på Sundhedsområdet:

            **Optimering af det tværsektorielle samarbejde omkring patienter med rygsmerter**

            - Susan Ringskær Christensen, Overlæge fra Diagnostisk Center, Diagnostisk Center,
              Hospitalsenhed Midt
            - Mette Krag Svensen, Ledende terapeut, Diagnostisk Center, Hospitalsenhed Midt
            - Kim Pedersen, Praktiserende læge, Brande, Gødstrupklyngen
            - Poul Schmidt, Leder af Genoptræning, Viborg Kommune
            - Charlotte Klitnæs, Leder af sundhed og træning, Norddjurs Kommune

            **Borgere med kronisk sygdom/akutområdet: Forebyggelse af indlæggelse blandt borgere
              med flere kroniske sygdomme (multisyge)**

            - Tue Linderoth, Sektionsleder, Udvikling og Administration, Skive Kommune
            - Pia Toft Jepsen, Sektionsleder, Pleje & Visitation - Visitation, Skive Kommune
            - Lotte Skytte, Funktionsleder Sundhedshuset, Tværgående Sundhed, Silkeborg Kommune
            - Lisbet Lynggaard-Jensen, Leder for Sygeplejersker, Borger Eget Hjem - Kjellerup,
              Silkeborg Kommune

            Hold 2 skal deltage i første læringstræf den 4.-5. september 2023, og
              ledelsesprogrammet løber frem til juni 2024.

            Cheflæge Nikolai Hoffman-Petersen og Sundhedschef Kristine Stange, giver en kort
              orientering om de foreløbige overvejelser vedrørende forbedringsinitiativet
              'Optimering af det tværsektorielle samarbejde omkring patienter med rygsmerter'.

            Sundhedschef Malene Herbsleb og Pleje- og Visitationschef Jan Bendixen giver en kort
              orientering om de foreløbige overvejelser vedrørende forbedringsinitiativet 'Borgere
              med kronisk sygdom/akutområdet: Forebyggelse af indlæggelse blandt borgere med flere
              kroniske sygdomme (multisyge)'.

            **Ramme for arbejdet med forbedringsinitiativer i regi af det Nationale Ledelsesprogram
              på Sundhedsområdet (NLPS) i Midtklyngen**

            Med afsæt i NLPS-programsekretariatets anbefalinger og erfaringer fra Hold 1, har
              klyngesekretariatet udarbejdet et notat, som beskriver rammen for arbejdet med
              forbedringsinitiativer i regi af NLPS i Midtklyngen. Notatet beskriver følgende
              forhold:

            - Udpegning af tema og/eller forbedringsinitiativ (anbefalet 1-3 initiativer)
            - Udpegning af deltagere
            - Opstart af forbedringsteamet
            - Organisatorisk forankring og mandat, herunder udpegning af et formandskab for
              forbedringstemaet
            - Administrativ understøttelse
            - Øvrig økonomi
            - Afrapportering i klyngen
            """),
        "recommendations": [
            md("""
                At Klyngestyregruppen tager orienteringen om Midtklyngens deltagere og
                  forbedringsinitiativer til hold 2 til efterretning
                """),
            md("""
                At Klyngestyregruppen drøfter notatet 'Ramme for arbejdet med
                  forbedringsinitiativer i regi af det Nationale Ledelsesprogram på Sundhedsområdet
                  (NLPS) i Midtklyngen' med henblik på godkendelse
                """),
            md("""
                At Klyngestyregruppen godkender, at der nedsættes et formandskab for hvert af de to
                  forbedringsteams på hold 2, jf. vedhæftede forslag til rammenotat
                """),
        ],
        "attachments": [
            (
                md("""
                    Notat vedr. ramme for arbejdet med forbedringsinitiativer i regi af det
                      Nationale Ledelsesprogram på Sundhedsområdet (NLPS) i Midtklyngen
                    """),
                None,
            ),
        ],
        "minutes_text": md("""
            Der var en kort orientering om de 2 forbedringsteams, som deltager i NLPS Hold 2.

            **Nikolai Hoffmann-Petersen vedr. rygområdet**

            Indsatsen for rygpatienter er et centralt tværsektorielt samarbejdsfelt. Det er store
              individuelle og samfundsøkonomiske omkostninger forbundet med rygsmerter, og samtidig
              er det et felt, hvor sektorerne ikke har implementeret de nationale anbefalinger, som
              foreligger. Teamet har endnu ikke fastlagt fokus for arbejdet.

            **Malene Herbsleb vedr. forebyggelse af akutte indlæggelser af multisyge**

            Teamet er etableret med afsæt i drøftelser i voksentemagruppen somatik. Teamet mødes
              den 27. juni og indkredser et tema.

            Efterfølgende gav Kristine Stange en kort orientering om udkast til rammenotat. Der var
              opbakning til notatet med bemærkninger om, at det er positivt at få et systematisk
              fokus på afrapportering. Erfaringen fra Hold 1 er, at arbejdet har vist et potentiale
              for at forbedre fald-indsatsen, og det er vigtigt, at klyngen forholder sig til
              dette. Endvidere blev det bemærket, at der generelt skal være en opmærksomhed på
              organisatorisk forankring og deltagernes mandat, da de ikke er udpeget, men selv har
              meldt sig.
            """),
        "decisions": [
            (
                1,
                "noted",
                md("""
                Klyngestyregruppen tog orienteringen til efterretning og godkendte rammenotatet.
                """),
            ),
            (
                2,
                "approved",
                md("""
                Klyngestyregruppen tog orienteringen til efterretning og godkendte rammenotatet.
                """),
            ),
            (
                3,
                "approved",
                md("""
                Nikolai Hoffmann-Petersen og Kristine Stange varetager formandskabet for
                  forbedringsteamet vedr. rygområdet. Malene Herbsleb varetager, i samarbejde med
                  ledelsesrep. fra Skive kommune, formandskab for forbedringsteamet vedr.
                  forebyggelse af akutte indlæggelser af multisyge.
                """),
            ),
        ],
    },
    {
        "kind": "orientation",
        "title": "72-timers behandlingsansvar",
        "presenters": "Jonas Dahl og Mette Fjord Nielsen",
        "duration_minutes": 15,
        "case_text": md("""
            Region Midtjylland og de 19 kommuner er i den sidste del af forberedelsesfasen ift.
              Udarbejdelse af en model for 72 timers udvidet behandlingsansvar efter udskrivelse.

            Målgruppen for det udvidede behandlingsansvar er færdigbehandlede somatiske patienter,
              som har været indlagt i over 24 timer og får kommunal pleje.

            Processen for nedsættelse af arbejdsgruppe og udarbejdelse til model har været
              usædvanlig og ganske kort.

            Udkast til model er blevet behandlet på møde i Sundhedssamarbejdsudvalget den 8. maj og
              i Hospitalsudvalget den 26. maj 2023.

            Modellen forventes politisk godkendt af Regionsrådet den 21. juni 2023 med forventet
              implementering i 2 trin:

            - 15. september 2023 indføres 72 timers behandlingsansvar for patienter, der udskrives
              til kommunal sygepleje på kommunale akutpladser/midlertidige pladser og plejehjem
            - 1. november 2023 indføres 72 timers behandlingsansvar for patienter, der udskrives
              til kommunal sygepleje i eget hjem.

            Hver kommune har hver udpeget en kommunal nøgleperson som ad hoc deltager i HE Midts
              implementeringsgruppe, der har første møde den 31. maj 2023.

            **Deltagere HE Midt – Implementeringsgruppe**

            - Medformand, deltager i regional arbejdsgruppe: ledende overlæge, Lotte Kirring -
              Diagnostisk Center
            - Medformand, cheflæge Uffe Schou Løve - Kirurgi
            - Chefsygeplejerske, Maria Brinck Krogh - Center for Planlagt Kirurgi
            - Udskrivningskoordinator, Kirstine Ommen - sygeplejerske i Neurologi
            - Oversygeplejerske - Rikke Thuesen Østergaard – Medicinsk Afdeling
            - Ledende lægesekretær, Lene Hovmøller Albertsen – Medicinsk Afdeling
            - Lægesekretær, Lena Brønlund Jacobsen - Akutafdelingen
            - Sundheds-it konsulent, Morten Sode
            - Sekretariatsbetjening, Katrine Gimm - Økonomi og Plankonsulent
            - Kvalitetskonsulent (ad hoc), Betty Bie Mikkelsen

            **Kommunale ad hoc deltagere**

            - Chef for Omsorg og Pleje Jan Bendix Jensen, Skive Kommune
            - Distriktsleder – Henriette Siv Holm Kristensen, Viborg Kommune
            - Sundhedsfaglig leder Hanne Kirial, Silkeborg Kommune

            Derudover etableres der en regional implementeringsnetværk, hvor klyngerne kan melde
              1-3 deltagere ind.

            Midtklyngens kommunale repræsentant i det regionale implementeringsnetværk er Jan
              Bendix Jensen.

            Jan Bendix supplerer mundtligt med evt. øvrige opmærksomhedspunkter fra mødet den 31.
              maj.
            """),
        "recommendations": [
            "at klyngestyregruppen tager orienteringen til efterretning",
            md("""
                at klyngestyregruppe drøfter om der er yderligere input/opmærksomhedspunkter til
                  implementeringsgruppen
                """),
            md("""
                at Klyngestyregruppen drøfter og beslutter om der på nuværende tidspunkt er behov
                  for yderligere tiltag.
                """),
        ],
        "attachments": [
            (
                "Udkast model 72 timers udvidet behandlingsansvar v.17.5.2023",
                "https://dagsorden.rm.dk/vis/pdf/bilag/1a699e72-a1d4-44bd-8f64-9405420ff630/?redirectDirectlyToPdf=false",
            ),
        ],
        "minutes_text": md("""
            Mette Fjord orienterede kort om, at alle regioner skal implementere 72 timers
              behandlingsansvar inden udgangen af 2023, og at modellen således er udarbejdet i en
              komprimeret proces. Modellen er nu godkendt i Region Midtjyllands hospitalsudvalg og
              forventes godkendt i regionsrådet den 22. juni.

            Implementering skal ske via klyngerne og i to trin:

            - 15. september 2023 indføres 72 timers behandlingsansvar for patienter, der udskrives
              til kommunal sygepleje på kommunale akutpladser/midlertidige pladser og plejehjem.
            - 1. november 2023 indføres 72 timers behandlingsansvar for patienter, der udskrives
              til kommunal sygepleje i eget hjem.

            HE Midt har nedsat en intern implementeringsgruppe, og der er ligeledes udpeget 1
              ledelsesrep. fra hver kommune til at deltage på møder med implementeringsgruppen.

            Fra kommunerne blev der peget på, at det er en vigtig erfaring fra andre regioner, at
              en tværsektoriel gruppe følger implementeringen. Der blev således opfordret til at
              have fokus på involvering af kommunerne, og særligt hyppigt i opstartsfasen, mhp. at
              få den bedst mulige forberedelse og opstart.

            Der blev spurgt til, hvorvidt de praktiserende læge bør indgå i implementeringsgruppen.
              Jane Gregersen tilkendegav, at hun vil afklare, hvorvidt dette er relevant og give en
              tilbagemelding til Katrine Gimm herom.

            Der blev endvidere spurgt til, hvorvidt borgere på botilbud er omfattet af aftalen.
              (sekretariatet har efterfølgende afklaret, at botilbud er omfattet af 'borgere i eget
              hjem' med opstart 1. november)
            """),
        "decisions": [
            (1, "noted", NOTED_WITH_REMARKS),
            (2, "discussed", NOTED_WITH_REMARKS),
            (
                3,
                "discussed",
                md("""
                HE Midt vurderer, om dette giver anledning til justering af implementeringsplanen.
                """),
            ),
        ],
    },
    {
        "kind": "orientation",
        "title": "Den akutte natordning",
        "presenters": "Jonas Dahl og Mette Fjord Nielsen",
        "duration_minutes": 15,
        "case_text": md("""
            Regionsrådet godkendte den 25. januar 2023 en ny lægevagtsaftale. Region Midtjylland
              skal som følge af den nye aftale overtage opgaven med at sikre borgere i regionen med
              akut ikke-livstruende sygdom eller skade, der ikke kan vente til næstkommende dag,
              adgang til relevant rådgivning og hjælp i nattetimerne (kl. 23-08).
              Opgaveovertagelsen skal ske fra den 1. marts 2024.

            Regionsrådet traf den 24. maj træffe beslutning omkring opgavevaretagelsen og
              løsningsmodel for Region Midtjyllands akutte natordning.

            Der blev valgt en model med Telefonkonsultation / Videokonsultation / Visitation med
              almen medicinere, 2 fysiske konsultationer samt sygebesøg med tre kørende biler.

            Der etableres to fysiske konsultationer bemandet med speciallæger i almen medicin.
              Sygebesøg varetages af tre biler med regionalt ansatte paramedicinere, erfarent
              ambulancepersonale eller erfarne sygeplejersker, der har lægefaglig backup via
              telefon/video. Der udnyttes to eksisterende biler, der p.t. kun anvendes om dagen, og
              anskaffes en ny bil. I spidsbelastningssituationer anvendes eksisterende præhospitale
              beredskaber som buffer.

            Arbejdet med implementering igangsættes med det samme.

            **Risikovurdering:**

            Der er generelt udfordringer med rekruttering af relevant personale i sundhedssektoren,
              herunder specifikt de personalegrupper, som skal bruges for at implementere modellen.
              Særligt vanskeligt forventes det at blive at rekruttere det ønskede antal
              speciallæger i almen medicin samt personale til bemanding af sygebesøgsbiler.

            Akuthospitalerne er derfor forespurgt om muligheden for at etablere fysiske
              vurderingsspor i akutafdelingerne, bemandet af akutafdelingspersonale, som
              tilbagefaldsmodel ved rekrutteringsvanskeligheder. Akuthospitalerne vurderer, det er
              vigtigt, at organiseringen af den akutte natordning i videst muligt omfang sikrer, at
              der ikke kommer flere patienter ind i akutafdelingerne om natten, end der gør i
              forvejen. Hvis akutafdelingerne skal kunne håndtere flere uafklarede patienter i et
              vurderingsspor, vil det kræve et større set-up, fordi modtagelse og vurdering af en
              patient i hospitalsregi er helt forskellig fra vurdering af en speciallæge i almen
              medicin i lægevagtsregi. Da der samtidig forudses udfordringer med at ansætte folk i
              rene vagtfunktioner under hensyn til gældende overenskomster mv. vil bemanding af
              vurderingsspor om natten kræve bred ansættelse af nyt personale, der også skal have
              funktioner i dagtid. Etablering af vurderingsspor er derfor alene medtaget som en
              tilbagefaldsmodel, idet det vurderes at ville blive en dyr løsning med ineffektiv
              udnyttelse af begrænsede personalemæssige ressourcer.

            Jonas Dahl og Mette Fjord Nielsen orienterer på mødet om status for den akutte
              natordning i Region Midtjylland.
            """),
        "recommendations": [
            "At klyngestyregruppen tager orienteringen til efterretning",
            md("""
                At klyngestyregruppen drøfter om der er noget i snitfladen vi skal være særligt
                  opmærksomme på ift. at undgå afledte konsekvenser som øget antal indlæggelser i
                  Akutafdelingen
                """),
        ],
        "attachments": [("Beslutning om Region Midtjyllands akutte natordning", None)],
        "minutes_text": md("""
            Mette Fjord orienterede kort om aftalen. Der blev fra flere parter anført
              opmærksomhedspunkter ift. den nye model: dels en rekrutteringsudfordring, dels en
              bekymring for et visitationsskred og deraf et stigende antal patienter - også børn -
              i akutafdelingerne og heraf afledt pres på øvrige afdelinger, det lægefaglige ansvar
              ved tvangsindlæggelser på 'røde papirer', og fra kommunerne en opmærksomhed på mulige
              afledte konsekvenser for akutsygeplejen.

            Jane Gregersen bemærkede, at PLO understøtter rekrutteringsprocessen, og at der ser ud
              til at være en vis interesse blandt praktiserende læger for at tage vagter i
              natordningen.

            Claus Graversen bemærkede, at aftalen om natordning ift. psykiatriske patienter
              henviser til den samlede lægevagtsaftale, hvor der er aftalt et tværsektorielt
              udviklingsspor vedr. psykiatri. Det står dog pt. uklart, hvad dette omfatter.

            Aftale om Region Midtjyllands akutte natordning se punkt 4: regionsrådet -
              Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg (rm.dk)

            Den samlede lægevagtsaftale: aftale-om-laegevagten-i-region-midtjylland.pdf (laeger.dk)
            """),
        "decisions": [(1, "noted", NOTED_WITH_REMARKS), (2, "discussed", NOTED_WITH_REMARKS)],
    },
    {
        "kind": "mutual_orientation",
        "title": "Sundhedsaftalen i høring",
        "presenters": "formandskabet",
        "duration_minutes": 10,
        "case_text": md("""
            Sundhedssamarbejdsudvalget har sendt et forslag til sundhedsaftale 2024-2024 i høring.
              Høringsperioden løber frem til 25. august.

            Sundhedsaftalen sætter den fælles politiske retning for udviklingen af det nære og
              sammenhængende sundhedsvæsen i den kommende periode 2024-2027. Aftalen indeholder
              visioner, indsatsområder med tilhørende målsætninger samt bærende principper for
              samarbejdet. Aftalen lægger op til at videreføre Psykiatri og trivsel samt indsatsen
              for borgere med kronisk sygdom, som prioriterede indsatsområder. Som noget nyt indgår
              'velfærdsteknologi, digitalisering og datadeling' som et prioriteret indsatsområde.
            """),
        "recommendations": [
            md("""
                At klyngestyregruppen gensidigt orienterer hinanden om eventuelle
                  opmærksomhedspunkter ift. høring af forslag til sundhedsaftale 2024-2027
                """),
        ],
        "attachments": [
            ("Høringsbrev Sundhedsaftalen 2024-2027", None),
            ("Høringsparter Sundhedsaftalen 2024-2027", None),
            ("Høringsversion Sundhedsaftalen 2024-2027", None),
            (
                md("""
                    Dagsordenspunkt Sundhedssamarbejdsudvalget 8. maj 2023: Pkt. 3 Godkendelse af
                      høringsversion ny sundhedsaftale
                    """),
                None,
            ),
        ],
        "minutes_text": md("""
            Der var enkelte bemærkninger til den del af udkastet, som vedrører psykiatri samt børn,
              unge: Dels at der med fordel kunne have være mere fokus på forebyggelse ift. børn og
              unge. Og dels en opmærksomhed på, at børn og unges trivsel pt. står højt på
              dagsordenen alle steder, men at det er afgørende også at fastholde en prioritering af
              indsatsen for borgere med psykisk sygdom, som et helt centralt samarbejdsfelt.
            """),
        "decisions": [(1, "discussed", "")],
    },
    {
        "kind": "orientation",
        "title": "Orientering fra øvrige mødefora",
        "duration_minutes": 10,
        "case_text": md("""
            Formandskabet orienterer om:

            **Udvalgte punkter fra mødet i Sundhedsstyregruppen den 21. april:**

            Referat Dagsordner og referater fra Sundhedsstyregruppen - Sundhedsaftalen (rm.dk)
            Referat Sundhedsstyregruppen 21. april 2023 (Tillægsdagsorden) (rm.dk)

            - Pkt. 3 Tværsektoriel handleplan på akutområdet: Godkendelse af potentialer for et
              styrket samarbejde på akutområdet og det fælles ambitionsniveau for handleplanen
            - Pkt. 4. Orientering om status og ny retning i arbejdsgruppe vedr. samarbejde mellem
              Præhospitalet og kommunale akutfunktioner

            **Udvalgte punkter fra møde i Sundhedssamarbejdsudvalget den 8. maj:**

            Referat Dagsorden og referat fra Sundhedssamarbejdsudvalget

            - Pkt. 2 Tema: Børn og unge i psykisk mistrivsel
            - Pkt. 4. Godkendelse af slutstatus for Sundhedsaftalen 2019-2023
            - Pkt. 6 Prøvehandling om skinner til børn med cerebral parese
            """),
        "recommendations": [
            "At Klyngestyregruppen tager orienteringen til efterretning",
            md("""
                At deltagerne kort orienterer hinanden om arbejdet i øvrige aktuelle
                  tværsektorielle fora og arbejdsgrupper, såfremt der er opmærksomhedspunkter ift.
                  arbejdet i Midtklyngen
                """),
            "At klyngestyregruppen beslutter, om orienteringerne giver anledning til opfølgning",
        ],
        "minutes_text": md("""
            Mette Andreassen orienterede kort fra ovenstående møder.

            Arbejdet med en tværsektoriel handleplan har haft fokus på data, og næste skridt er nu
              at udarbejde en handleplan. Her vil det bl.a. skulle afklares, hvad de 19 kommuner i
              fællesskab kan forpligte sig på i samarbejdet med hospitaler og praksis.

            Et samarbejdsprojekt med Præhospitalet – hvor Viborg og Horsens kommune deltager - er
              pt. sat på 'stand-by' grundet vakante chef-stillinger i kommunerne.

            Sundhedssamarbejdsudvalget har besluttet at igangsætte en prøvehandling, hvor
              administrationen af skinner til børn med cerebral parese forenkles betydeligt. Det
              juridiske grundlag for prøvehandlingen er pt. uafklaret, og der er sendt ansøgning
              til relevante ministerier.

            Orienteringen gav anledning til en mere generel drøftelse af hjælpemiddelområdet.
              Klyngeinitiativet vedr. udskrivningsterapeuter har fokus på et mere smidigt
              samarbejde om hjælpemidler, bl.a. etablering af et satellitdepot. Erfaringerne herfra
              skal følges tæt.

            Kristine Stange orienterede kort om arbejdsgruppen vedr. overvægt, hvor der pt.
              arbejdes på et udkast til en samarbejdsaftale.
            """),
        "decisions": [(1, "noted", ""), (2, "discussed", ""), (3, "discussed", "")],
    },
    {
        "kind": "discussion",
        "title": "Punkter til kommende klyngestyregruppemøder",
        "duration_minutes": 10,
        "case_text": md("""
            I 2023 afholdes Klyngestyregruppemøder:

            - 8. marts (på HE Midt)
            - 7. juni (på HE Midt)
            - 27. oktober (på Rådhuset, Viborg)
            - 8. december (på Rådhuset, Viborg)

            Der er noteret en række emner til kommende dagsordener. Klyngestyregruppen bedes
              kvalificere de foreslåede punkter samt drøfte, om der er andre emner til kommende
              møder.

            - Tematisere erfaringer med forebyggelse af indlæggelser, input fra projekter om fx
              indsatser fra præhospitalet eller PRO-data.
            - Kost og ernæring - hvordan samarbejder vi i Midtklyngen om patienter/borgere i
              ernæringsmæssig risiko?
            - Inddragelse af psykiatri i 'Aftale om Den gode indlæggelse og udskrivelse'
            - Implementering af Samarbejdsaftale om børn og unge i psykisk mistrivsel
            - Datapakker og arbejde med data/indikatorer i Midtklyngen
            """),
        "recommendations": [
            md("""
                At Klyngestyregruppen drøfter punkter til kommende klyngestyregruppemøder og
                  ønskede resultater heraf
                """),
        ],
        "minutes_text": md("""
            Der blev foreslået en temadrøftelse med fokus på 'transformation' - bl.a. jf. Region
              Midts transformationsdagsorden.
            """),
        "decisions": [(1, "discussed", "")],
    },
    {
        "kind": "any_other_business",
        "title": "Eventuelt",
        "duration_minutes": 10,
        "minutes_text": md("""
            HE Midt gjorde opmærksom på nedenstående invitation vedr. KUF workshop og opfordrede
              til deltagelse.
            """),
    },
    {
        "kind": "written_orientation",
        "title": "Skriftlige orienteringspunkter",
        "duration_minutes": 0,
        "case_text": md("""
            **KUF workshop - Tværsektorielle forløb med Tværfaglige løsninger den 13. juni i
              Skive**

            Tilmelding på mail til kuf.tvaersektoriel@midt.rm.dk
            Senest den 1. juni. OBS begrænset antal pladser, som tildeles efter først til mølle
              princippet.

            Program for eftermiddagen den 13. juni 2023, Kedelhuset - Kompagnigade 11, 7800 Skive

            | Fra kl. | til kl. | Program |
            | --- | --- | --- |
            | 15:30 | 16:00 | Indtjek/ankomst og forfriskning |
            | 16:00 | 16:10 | Velkomst |
            | 16:10 | 17:10 | Oplæg/input til drøftelser ift. social udsatte og arbejdet i de
              forskellige sektorer, samt input/forslag til hvordan vi i fællesskab kan skabe mere
              lighed i Sundhed. Oplægsholdere bl.a.: Mette Bach Larsen, seniorforsker - Afdeling
              for Folkesundhed; Lotte Bolding, socialsygeplejerske - HE Midt; Rie Andersen,
              souschef Socialafdelingen - Viborg Kommune |
            | 17:10 | 17:20 | PAUSE - forfriskning |
            | 17:20 | 18:05 | Drøftelse ved borde/grupper |
            | 18:05 | 18:20 | Opsamling i plenum |
            | 18:20 | 18:30 | Næste skridt |
            | 18:30 | 19:00 | Tak for i dag + spisning |

            **Folkesundhed i Midten**

            Der er åbnet for ansøgninger til Folkesundhed i Midten: Opslag af tværsektorielle
              forskningsmidler for 2023 - Sundhed Fagperson (rm.dk)

            Der kan søges om midler til forskningsprojekter (A) og ph.d.-protokoller (B). Midlerne
              kan anvendes fra 1. januar 2024.

            Ansøgningsrunden åbnes i efond onsdag den 12. april 2023 og lukkes igen tirsdag den 5.
              september 2023 kl. 12.00.

            Der kan søges om midler, der falder indenfor et eller flere af følgende temaområder fra
              sundhedsaftalens strategiske spor:

            - Mere lighed i sundhed - socialt og geografisk
            - På borgerens præmisser
            - Sundhedsløsninger tæt på borgeren
            - Mere sundhed for pengene

            Prioriteringsudvalget ser også gerne ansøgninger med fokus på borgernes mistrivsel,
              mentale sundhed, psykisk sårbarhed og psykisk sygdom.

            **Implementering af revideret 'Aftale om anvendelse af korrespondancebrevet mellem
              hospitaler, det regionale socialområde, kommuner og almen praksis i Region
              Midtjylland'**

            Aftale om anvendelse af korrespondancebreve beskriver de overordnede rammer for "den
              gode elektroniske korrespondance" mellem hospitaler, kommuner og almen praksis.
              Aftalen har hidtil alene omfattet hospitaler, kommunernes sundheds- og ældreområde
              samt almen praksis. I november 2022 godkendte Sundhedsstyregruppen en revideret
              aftale om anvendelse af korrespondancebreve. Det nye i den reviderede aftale er, at
              det kommunale socialområde og det regionale socialområde også forpligter sig på at
              anvende korrespondancemeddelelser til digital kommunikation med hospitaler og almen
              praksis.

            Klyngerne har fået til opgave at implementere den reviderede aftale i løbet af 2023.
              Midtklyngen har derfor nedsat en implementeringsgruppe med deltagere fra kommuner,
              hospitaler (psykiatri og somatik) samt almen praksis. Socialchef fra Viborg Kommune,
              Morten Kurth, er formand for implementeringsgruppen. Det regionale socialområde er i
              første omgang ikke en del af klyngeimplementeringsarbejdet. Dels fordi området ikke
              er en del af Midtklyngen og dels fordi det ikke for nuværende er teknisk muligt for
              hospitalerne (både psykiatri og somatik) at sende korrespondancer til området. Der
              vil derfor skulle ske en særskilt implementering i forhold til det regionale
              socialområde - for hospitalernes vedkommende først, når der åbnes op for
              kommunikation mellem MidtEPJ og socialområdets fagsystem.

            Vurderingen er, at det kommende implementeringsarbejde hovedsageligt ligger i
              kommunernes socialområde, hvor der i nogle kommuner skal skabes tekniske muligheder
              for at anvende elektroniske korrespondancer og etableres arbejdsgange for modtagelse
              af korrespondancebreve. For hospitalerne vil den reviderede aftale ikke betyde store
              ændringer, da kriterierne for anvendelse af korrespondancebreve er de samme, som man
              kender fra elektronisk kommunikation med kommunernes sundheds- og ældreområde samt
              almen praksis. Dog er det anderledes, at det ikke er muligt at sende
              udskrivningsrapporter og plejeforløbsplaner (eksisterende MED-COM standarder) til
              socialområdet. Hospitalerne skal derfor bruge korrespondancebreve i stedet.

            De hovedopgaver, der ligger i Midtklyngens implementeringsgruppe er hovedsageligt:

            - At undersøge, hvor langt de enkelte organisationer er ift. at kunne implementere
              aftalen
            - At aftale hvornår kommunerne teknisk åbner for, at hospitalerne og almen praksis kan
              anvende korrespondancebreve til socialområdet, herunder at etablere arbejdsgange, der
              sikrer, at korrespondancerne bliver læst og håndteret
            - At synliggøre hvilke lokationsnumre hospitalerne og almen praksis skal anvende.

            **Samarbejdsaftale om børn og unge i mistrivsel**

            Samarbejdsaftalen om børn og unge i psykisk mistrivsel er nu godkendt af alle parter og
              trådt i kraft pr. 1. maj 2023. Aftalen kan findes på sundhedsaftalehjemmesiden her:
            https://www.sundhedsaftalen.rm.dk/sundhedsaftalen-2019-2022/samarbejdsaftaler/born-og-unge-i-psykisk-mistrivsel/

            Implementering:

            Aftalen er en ramme for det fælles samarbejde, som skal forankres i de politiske
              klynger. Yderligere konkretisering af aftalen vil således indgås i regi af den
              enkelte klynge.

            2023 afsættes til et implementeringsår. Den første administrative opfølgning til
              Sundhedsstyregruppen vil være 2./3. kvartal 2024. Herefter vil der blive udarbejdet
              en administrativ status på samarbejdet hvert 2. år, som ligeledes fremlægges for
              Sundhedsstyregruppen.

            Implementering af aftalen samt erfaringer fra øvrige projekter indenfor området vil
              blive fulgt tæt, da der forventes at være et forbedringspotentiale.

            Som en forudsætning for at samarbejdsaftalen om børn og unge i psykisk mistrivsel kan
              implementeres, er Aftale om anvendelse af korrespondancebrevet mellem hospitaler, det
              regionale socialområde, kommuner og almen praksis i Region Midtjylland revideret og
              trådt i kraft pr. 10. november 2022.

            **Inspiration til implementering**

            Til arbejdet med at implementere samarbejdsaftalen kan der hentes inspiration i
              erfaringerne fra Syddjurs Kommunes afprøvning af modellen fælles forpligtende forløb
              og handleplan. Erfaringerne er omsat til nogle anbefalinger bl.a., at samarbejdet
              mellem sektorer og internt i kommunerne bør styrkes, herunder at der udpeges en
              indsatsansvarlig, at indgangen til kommunerne ensrettes, og at man fastsætter
              milepæle i barnets forløb, samt udarbejder en handleplan med realistiske mål. Der er
              særligt en opmærksomhed på, at man bør sikre overensstemmelse mellem ønsket
              serviceniveau og ressourcer. Se afrapportering på fælles forpligtende forløb og
              handleplan samt bilag, fra Sundhedsstyregruppens møde 21. april 2023 for uddybende
              evaluering og anbefalinger.

            I Midtklyngen arbejdes der med implementering af nærværende samarbejdsaftale i det ene
              af de politisk prioriterede initiativer, jf. punkt 2 på dagsordenen.
            """),
        "attachments": [
            (
                "Samarbejdsaftale om børn og unge i psykisk mistrivsel (sundhedsaftalen.rm.dk)",
                "https://www.sundhedsaftalen.rm.dk/sundhedsaftalen-2019-2022/samarbejdsaftaler/born-og-unge-i-psykisk-mistrivsel/",
            ),
        ],
    },
]

MEETING = MeetingSpec(
    forum_slug=STEERING,
    title="Klyngestyregruppemøde Midtklyngen",
    starts_at=datetime.datetime(2023, 6, 7, 8, 30, tzinfo=CPH),
    ends_at=datetime.datetime(2023, 6, 7, 11, 30, tzinfo=CPH),
    place=md("""
        Mødelokale 303+304, Indgang M, Lilla trappe Etage 3, Toldbodgade 12M, Viborg,
          Regionshospitalet Viborg
        """),
    booking_note="Fysisk møde med mulighed for virtuel deltagelse, jf. mødebooking",
    virtual_address="Virtuel mødeadresse fremgår af mødebooking",
    leader="Mette Andreassen",
    minute_takers=["Mette Kvist"],
    invitees=[invitee.name for invitee in STEERING_INVITEES],
    apologies=["Claus Brøckner Nielsen", "Lauge Clemmensen", "Anja Skaarup"],
    items=ITEMS,
    # Both co-chairs approve in Klynge; the seed's minutes are dated 13 June 2023.
    approval=Approval(
        chairs=["Jonas Dahl", "Mette Andreassen"],
        chairs_at=datetime.datetime(2023, 6, 13, 12, 0, tzinfo=CPH),
    ),
)


def build_meeting_003() -> Meeting:
    """Seed 003's meeting, from agenda to published minutes."""
    return build_meeting(MEETING)
