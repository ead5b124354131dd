"""The Danish lemmatiser: inflection groups must collapse, and do so better than Snowball."""

from klynge.archive.search.lemma import lemma, lemmas, snowball, tokens

# Inflection groups from the seeds' vocabulary: nouns, verbs (regular and strong), adjectives.
# A group collapses when every form shares at least one lemma (that is what a search needs).
GROUPS = [
    ["godkende", "godkender", "godkendt", "godkendes", "godkendte"],
    ["kommissorium", "kommissoriet", "kommissorier", "kommissorierne", "kommissoriets"],
    ["klynge", "klyngen", "klynger", "klyngerne", "klyngens"],
    ["møde", "mødet", "møder", "møderne", "mødets"],
    ["beslutning", "beslutningen", "beslutninger", "beslutningerne"],
    ["anbefaling", "anbefalingen", "anbefalinger", "anbefalingerne"],
    ["kommune", "kommunen", "kommuner", "kommunerne", "kommunens"],
    ["region", "regionen", "regioner", "regionerne", "regionens"],
    ["borger", "borgeren", "borgere", "borgerne", "borgernes"],
    ["indsats", "indsatsen", "indsatser", "indsatserne"],
    ["sag", "sagen", "sager", "sagerne"],
    ["aftale", "aftalen", "aftaler", "aftalerne"],
    ["sundhedsaftale", "sundhedsaftalen", "sundhedsaftaler", "sundhedsaftalerne"],
    ["arbejdsgruppe", "arbejdsgruppen", "arbejdsgrupper", "arbejdsgrupperne"],
    ["styregruppe", "styregruppen", "styregrupper", "styregrupperne"],
    ["patient", "patienten", "patienter", "patienterne"],
    ["hospital", "hospitalet", "hospitaler", "hospitalerne"],
    ["læge", "lægen", "læger", "lægerne"],
    ["punkt", "punktet", "punkter", "punkterne"],
    ["forløb", "forløbet", "forløbene"],
    ["drøfte", "drøfter", "drøftede", "drøftet", "drøftes"],
    ["beslutte", "beslutter", "besluttede", "besluttet", "besluttes"],
    ["orientere", "orienterer", "orienterede", "orienteret", "orienteres"],
    ["indstille", "indstiller", "indstillede", "indstillet", "indstilles"],
    ["behandle", "behandler", "behandlede", "behandlet", "behandles"],
    ["udarbejde", "udarbejder", "udarbejdede", "udarbejdet", "udarbejdes"],
    ["præsentere", "præsenterer", "præsenterede", "præsenteret"],
    ["tage", "tager", "tog", "taget", "tages"],
    ["fremlægge", "fremlægger", "fremlagde", "fremlagt"],
    ["tværsektoriel", "tværsektorielt", "tværsektorielle"],
    ["ny", "nyt", "nye"],
    ["relevant", "relevante"],
    ["sammenhængende"],
    ["stor", "stort", "store"],
    ["lokal", "lokalt", "lokale"],
    ["økonomi", "økonomien"],
    ["samarbejde", "samarbejdet", "samarbejder", "samarbejdede"],
    ["sundhedsklynge", "sundhedsklyngen", "sundhedsklynger", "sundhedsklyngerne"],
]

RECALL_FLOOR = 0.85  # measured 35 of 38 (92 %); the misses are strong verbs and "stor"


def collapsed(group, lemmatise) -> bool:
    return bool(set.intersection(*(set(lemmatise(word)) for word in group)))


def test_the_issue_s_groups_collapse():
    for group in (GROUPS[0], GROUPS[1], GROUPS[2]):
        assert collapsed(group, lemma), [(word, lemma(word)) for word in group]
    assert lemma("godkendte") == ("godkende",)
    assert lemma("kommissoriet") == ("kommissorium",)


def test_recall_over_the_inflection_groups(capsys):
    assert len(GROUPS) >= 25
    ours = sum(collapsed(group, lemma) for group in GROUPS) / len(GROUPS)
    theirs = sum(collapsed(group, lambda w: (snowball(w),)) for group in GROUPS) / len(GROUPS)
    with capsys.disabled():
        print(f"\nlemma recall: hunspell-da {ours:.0%}, Snowball alone {theirs:.0%}")
    assert ours >= RECALL_FLOOR
    assert ours > theirs


def test_compounds_keep_their_head():
    assert lemma("sundhedsklyngerne")[0] == "sundhedsklynge"
    assert "sundhedsklynge" in lemma("sundhedsklyngen")


def test_unknown_words_fall_back_to_snowball():
    assert lemma("frailtyscorerne") == (snowball("frailtyscorerne"),)
    assert lemma("2025") == ("2025",)


def test_tokens_split_hyphens_and_drop_stop_words_and_single_letters():
    assert tokens("KL-aftalen og A/S's 2 møder") == ["kl", "aftalen", "2", "møder"]
    assert lemmas("Klyngerne godkendte kommissoriet") == [
        "klynge",
        "klynger",
        "godkende",
        "kommissorium",
    ]
