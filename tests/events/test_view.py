"""The sentence view: clauses and coordinated actor groups."""
from __future__ import annotations


def test_a_date_between_commas_cuts_no_clause(view):
    v = view("Egypt, on Monday, hosted the talks, officials said.", "en")
    assert v.clause(v.text.index("hosted")) == v.clause(0)
    assert v.clause(v.text.index("officials"))[0] > v.text.index("talks")


def test_a_decimal_comma_cuts_no_clause(view):
    v = view("La France a promis 1,5 milliard, a dit le ministre.", "fr")
    assert v.clause(v.text.index("milliard")) == v.clause(0)
    assert v.clause(v.text.index("ministre"))[0] > v.text.index("milliard")


def test_coordinated_group(view):
    v = view("Egypt, Jordan and Qatar met in Cairo.", "en")
    assert [c.actor.label for c in v.group_from(0, forward=True)] == ["Egypt", "Jordan", "Qatar"]
    assert [c.actor.label for c in v.group_from(2, forward=False)] == ["Egypt", "Jordan", "Qatar"]


def test_commas_alone_make_no_group(view):
    # A list ends with a coordinator; an actor a comma sets off before the subject is apart from it.
    for text, lang in [("According to Maxime Prévot, the European Union will suspend the agreement.", "en"),
                       ("Selon Maxime Prévot, l'Union européenne va suspendre l'accord.", "fr"),
                       ("En soutenant l'Ukraine, la France a critiqué la Russie.", "fr")]:
        v = view(text, lang)
        labels = [c.actor.label for c in v.chunks]
        assert [c.actor.label for c in v.group_from(1, forward=False)] == [labels[1]], text
    v = view("La France, l'Allemagne et l'Italie ont condamné l'attaque.", "fr")
    assert [c.actor.label for c in v.group_from(2, forward=False)] == ["France", "Germany", "Italy"]


def test_arabic_coordination_by_clitic(view):
    v = view("التقى ماكرون ترامب وزيلينسكي في باريس.", "ar")
    labels = [c.actor.label for c in v.chunks]
    i = labels.index("Donald Trump")
    assert [c.actor.label for c in v.group_from(i, forward=True)] == ["Donald Trump", "Volodymyr Zelensky"]


def test_possessor(view):
    v = view("Russia's attack on Ukraine angered Poland.", "en")
    assert [v.possessor(c) for c in v.chunks] == [True, False, False]


def test_and_between_two_modifiers_cuts_no_clause(view):
    # language.yaml coordinated_modifiers: "immediate and unconditional" modifies one noun.
    v = view("Iran and Iraq agreed to an immediate and unconditional truce.", "en")
    assert v.clause(v.text.index("truce")) == v.clause(v.text.index("agreed"))
    v = view("Russia rejected the plan and Ukraine welcomed it.", "en")
    assert v.clause(v.text.index("welcomed")) != v.clause(v.text.index("rejected"))


def test_a_genitive_acts_only_through_a_head_noun_the_language_lists(view):
    # genitive_heads: "Страны Евросоюза" may be a subject (its case is unknown); "Жители Москвы" may not
    for text, subject in [("Страны Евросоюза утвердили пакет.", True), ("Жители Москвы поддержали план.", False)]:
        v = view(text, "ru")
        assert v.may_be(v.chunks[0], "subject_cases") is subject, text


def test_a_preposition_governs_a_mention_through_an_event_noun(view):
    # "В саммите ОДКБ приняли участие ...": the bloc is the summit's, no subject
    v = view("В саммите ОДКБ приняли участие президенты.", "ru")
    assert v.no_subject(v.chunks[0])


def test_spans_before_is_the_tail_of_the_words_before(view):
    # by bisection, the same spans as the list of every word before the position, at every position
    for text, lang in [("Egypt, on Monday, hosted the talks, officials said.", "en"),
                       ("استقبل الرئيس المصري، الإثنين، وزير الخارجية الأردني.", "ar"),
                       ("L'Union européenne va suspendre l'accord.", "fr")]:
        v = view(text, lang)
        for end in range(len(v.text) + 1):
            for n in (1, 2, 3):
                assert v.spans_before(end, n) == v.scan.spans_between(0, end)[-n:], (text, end, n)


def test_a_group_asked_again_is_the_same_and_a_copy(view):
    v = view("Egypt, Jordan and Qatar met in Cairo.", "en")
    first = v.group_from(0, forward=True)
    first.pop()  # a rule that changes its list changes no other rule's
    assert [c.actor.label for c in v.group_from(0, forward=True)] == ["Egypt", "Jordan", "Qatar"]
