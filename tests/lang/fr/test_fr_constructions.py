"""French constructions, each with sentences written for these tests: rows that
must give a statement, and rows of the same construction that must give none.
"""
from __future__ import annotations

import pytest

from diplograph.lang.normalise import fold
from tests.fixtures import summary

# (sentence, subject, predicate, negated, modality, keyword of the object)
STATEMENTS = [
    # light verbs: "annoncer son retrait / son soutien / des sanctions", "procéder à", "mener des exercices"
    ("Le Mali a annoncé son retrait de la CEDEAO.", "Mali", "withdrawsFrom", False, "asserted", "CEDEAO"),
    ("La France a annoncé son soutien à l'Ukraine.", "France", "supports", False, "asserted", "Ukraine"),
    ("Le Canada a annoncé de nouvelles sanctions contre la Russie.", "Canada", "sanctions", False, "asserted", "Russie"),
    ("La Russie a procédé à des exercices navals en mer Noire.", "Russia", "mobilizes", False, "asserted", "mer Noire"),
    ("La Chine a lancé des exercices militaires autour de Taïwan.", "China", "mobilizes", False, "asserted", "Taïwan"),
    # the aid noun: after a light verb, or with a nationality adjective
    ("Le Canada a annoncé une aide de 200 millions de dollars à l'Ukraine.", "Canada", "providesAidTo", False, "asserted", "Ukraine"),
    ("L'aide américaine à Israël est critiquée.", "United States", "providesAidTo", False, "asserted", "Israël"),
    # a time word between the light verb and its noun
    ("Le Tchad a annoncé jeudi son retrait immédiat de la CEDEAO.", "Chad", "withdrawsFrom", False, "asserted", "CEDEAO"),
    ("Le Tchad et le Niger ont annoncé mardi le retrait de leur pays de la CEDEAO.", "Niger", "withdrawsFrom", False, "asserted", "CEDEAO"),
    ("La Chine a effectué lundi une visite en Serbie.", "China", "visits", False, "asserted", "Serbie"),
    # relative clauses: "à laquelle prendra part X", "auquel ont pris part"
    ("La conférence, à laquelle prendra part le président français Emmanuel Macron, se tiendra à Bruxelles.",
     "Emmanuel Macron", "participatesIn", False, "future", "conférence"),
    ("La réunion à laquelle ont pris part la France et l'Allemagne s'est achevée.", "Germany", "participatesIn", False, "asserted", "réunion"),
    ("La France n'a pas pris part au vote.", "France", "participatesIn", True, "asserted", "vote"),
    # French transliteration: "ben" for the knowledge base's "bin"
    ("Le président français Emmanuel Macron a reçu Tamim ben Hamad Al Thani.", "Emmanuel Macron", "meetsWith", False, "asserted", "Tamim"),
    # verbs added by lemma
    ("La France a déploré la décision de l'Algérie.", "France", "criticizes", False, "asserted", "décision"),
    ("Les États-Unis ont sommé Israël de cesser ses frappes.", "United States", "demands", False, "asserted", "cesser"),
    ("L'Iran soupçonne Israël d'avoir saboté le site.", "Iran", "accuses", False, "asserted", "Israël"),
    ("Le Japon a offert une aide de 5 millions de dollars au Soudan.", "Japan", "providesAidTo", False, "asserted", "Soudan"),
    ("Le président français Emmanuel Macron a téléphoné à Donald Trump.", "Emmanuel Macron", "meetsWith", False, "asserted", "Donald Trump"),
    ("L'Union européenne a convenu de renforcer son soutien à la Moldavie.", "European Union", "agreesTo", False, "asserted", "Moldavie"),
    # "rappeler / souligner la nécessité de": a call for it
    ("Le chef de la diplomatie française Jean-Noël Barrot a rappelé la nécessité de respecter le droit international.",
     "Jean-Noël Barrot", "callsFor", False, "asserted", "droit international"),
    ("La Chine a souligné la nécessité du dialogue avec Taïwan.", "China", "callsFor", False, "asserted", "dialogue"),
    ("La Chine a souligné l'importance d'un cessez-le-feu.", "China", "callsFor", False, "asserted", "cessez-le-feu"),
    # "en déplacement à X", and the adjunct it opens is passed over
    ("Le président français Emmanuel Macron, en déplacement à Pékin, a appelé à la paix.", "Emmanuel Macron", "visits", False, "asserted", "Pékin"),
    ("Le président français Emmanuel Macron, en déplacement à Pékin, a appelé à la paix.", "Emmanuel Macron", "callsFor", False, "asserted", "paix"),
    # stance: opposed, hostile, open to; its content is an issue
    ("La Russie s'est dite opposée à tout déploiement de troupes occidentales.", "Russia", "rejects", False, "asserted", "déploiement"),
    ("La Hongrie reste hostile aux sanctions contre la Russie.", "Hungary", "rejects", False, "asserted", "sanctions"),
    ("La Hongrie n'est pas opposée à l'adhésion de l'Ukraine.", "Hungary", "rejects", True, "asserted", "adhésion"),
    ("La Chine s'est montrée ouverte au dialogue avec Taïwan.", "China", "supports", False, "asserted", "dialogue"),
    # a verb a reporting cue 'a X' would cover, read with its own complement
    ("Le président français Emmanuel Macron a plaidé pour une solution politique à Gaza.", "Emmanuel Macron", "callsFor", False, "asserted", "solution politique"),
    ("L'Algérie a déclaré persona non grata deux diplomates français.", "Algeria", "expels", False, "asserted", "diplomates"),
    # impersonal necessity: the speaker calls for the content
    ("« Il faut négocier avec la Russie », a plaidé le président français Emmanuel Macron.", "Emmanuel Macron", "callsFor", False, "asserted", "négocier"),
    ("Il est essentiel de rouvrir les points de passage vers Gaza, a déclaré le président français Emmanuel Macron.", "Emmanuel Macron", "callsFor", False, "asserted", "points de passage"),
    ("Il est crucial que les négociations reprennent, a estimé le président français Emmanuel Macron.", "Emmanuel Macron", "callsFor", False, "asserted", "négociations"),
    # PLOVER reverse pairs: break / restore ties, impose / lift sanctions, arrest / release, deploy / withdraw
    ("Le Maroc a rompu ses relations diplomatiques avec l'Iran.", "Morocco", "cutsTiesWith", False, "asserted", "Iran"),
    ("L'Arabie saoudite a rétabli ses relations diplomatiques avec l'Iran.", "Saudi Arabia", "cooperatesWith", False, "asserted", "Iran"),
    ("Le Maroc et l'Iran ont rétabli leurs relations diplomatiques.", "Iran", "cooperatesWith", False, "asserted", "Maroc"),
    ("La Turquie va normaliser ses relations avec l'Arménie.", "Turkey", "cooperatesWith", False, "future", "Arménie"),
    ("L'Union européenne a imposé des sanctions à l'Iran.", "European Union", "sanctions", False, "asserted", "Iran"),
    ("L'Union européenne a levé les sanctions contre la Syrie.", "European Union", "easesSanctions", False, "asserted", "Syrie"),
    ("La police iranienne a arrêté deux journalistes.", "Police of Iran", "arrests", False, "asserted", "journalistes"),
    ("L'Iran a libéré deux ressortissants français.", "Iran", "releases", False, "asserted", "ressortissants"),
    ("L'Ukraine n'a pas libéré les prisonniers russes.", "Ukraine", "releases", True, "asserted", "prisonniers"),
    ("La Russie a déployé des troupes en Biélorussie.", "Russia", "deploys", False, "asserted", "troupes"),
    ("La Russie ne retirera pas ses troupes d'Ukraine.", "Russia", "withdrawsFrom", True, "future", "Ukraine"),
    ("Les derniers soldats français ont quitté le Tchad.", "France", "withdrawsFrom", False, "asserted", "Tchad"),
    ("L'Iran a décrété l'état d'alerte dans le sud du pays.", "Iran", "mobilizes", False, "asserted", "sud"),
    # French group nouns (groups.tsv): a nationality adjective gives the state
    ("Les gendarmes iraniens ont arrêté deux journalistes.", "Police of Iran", "arrests", False, "asserted", "journalistes"),
    # "quitter" what takes an article: a body, a state, a treaty
    ("Le Burkina Faso a quitté la CEDEAO.", "Burkina Faso", "withdrawsFrom", False, "asserted", "CEDEAO"),
    ("La Russie a quitté le Conseil de l'Europe en 2022.", "Russia", "withdrawsFrom", False, "asserted", "Conseil de l'Europe"),
    ("Les États-Unis quitteront l'OMS en janvier.", "United States", "withdrawsFrom", False, "future", "OMS"),
    # coordination: a second partner after "ainsi qu'avec", "et avec", ", puis avec", an article after the coordinator
    ("Le président français Emmanuel Macron s'est entretenu avec le chancelier allemand Friedrich Merz "
     "ainsi qu'avec le Premier ministre polonais Donald Tusk.", "Emmanuel Macron", "meetsWith", False, "asserted", "Donald Tusk"),
    ("Emmanuel Macron s'est entretenu avec Friedrich Merz et avec Donald Tusk.", "Emmanuel Macron", "meetsWith", False, "asserted", "Donald Tusk"),
    ("Emmanuel Macron s'est entretenu avec Friedrich Merz, puis avec Donald Tusk.", "Emmanuel Macron", "meetsWith", False, "asserted", "Donald Tusk"),
    ("La France ainsi que le Royaume-Uni ont condamné l'attaque.", "France", "condemns", False, "asserted", "attaque"),
    ("La France, ainsi que l'Allemagne, a condamné l'attaque.", "Germany", "condemns", False, "asserted", "attaque"),
]

# (sentence, predicate that must not be read)
NOTHING = [
    ("Le Mali a annoncé que le sommet aura lieu à Bamako.", "withdrawsFrom"),   # a complement clause, no event noun
    ("Les exercices militaires ont commencé lundi.", "mobilizes"),              # no actor
    ("L'Iran a tenu à saluer la médiation du Qatar.", "hosts"),                 # 'tenir à' + verb: no light verb
    ("Il faut du temps pour reconstruire le pays.", "callsFor"),               # no speaker
    ("« Il faut négocier », a plaidé le président français Emmanuel Macron.", "rejects"),
    ("Le Maroc a rétabli l'ordre à la frontière.", "cooperatesWith"),
    ("Le Maroc a rétabli ses relations diplomatiques avec l'Iran.", "agreesTo"),
    ("L'Union européenne a levé les sanctions contre la Syrie.", "sanctions"),
    ("La Russie a apporté des modifications aux sanctions contre l'Iran.", "sanctions"),  # no light verb over 'aux'
    ("Le président a offert un dîner aux délégations.", "providesAidTo"),      # no aid word
    ("La France a rappelé que la Russie avait violé le cessez-le-feu.", "callsFor"),
    ("La Hongrie reste hostile aux sanctions contre la Russie.", "sanctions"),  # the content of a stance
    ("La Russie a demandé l'aide de la Chine.", "providesAidTo"),             # asked for, not given
    ("Les États-Unis ont suspendu leur aide à l'Ukraine.", "providesAidTo"),  # the object of a suspension
    ("Abbas Araghchi a quitté Mascate mardi.", "withdrawsFrom"),
    ("Abbas Araghchi a quitté Mascate en déclarant que les discussions avaient été utiles.", "withdrawsFrom"),                # leaving a city
    ("Le président a quitté Moscou après l'entretien.", "withdrawsFrom"),
    ("Le Mali a quitté Paris mardi pour rejoindre Alger.", "withdrawsFrom"),
]


@pytest.mark.parametrize("sentence, subject, predicate, negated, modality, keyword", STATEMENTS)
def test_statement(extract, sentence, subject, predicate, negated, modality, keyword):
    # Any of the statements may be the one (a sentence with two partners gives two).
    x = extract(sentence, "fr")
    assert any(st.subject.label == subject and st.predicate == predicate and (st.negated, st.modality) == (negated, modality)
               and (fold(keyword) in fold(st.object.mention) or fold(keyword) in fold(st.object.label))
               for st in x.statements), summary(x)


@pytest.mark.parametrize("sentence, predicate", NOTHING)
def test_nothing(extract, sentence, predicate):
    x = extract(sentence, "fr")
    assert predicate not in {s.predicate for s in x.statements}, summary(x)
