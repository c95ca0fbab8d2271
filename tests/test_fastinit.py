"""fast_init: the same instances as the dataclass's own __init__, still frozen."""
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from diplograph.fastinit import fast_init


def _pair(**options):
    """The same dataclass twice: with its generated __init__, and with fast_init's."""
    made = []
    for fast in (False, True):
        @dataclass(frozen=True, **options)
        class Row:
            start: int
            end: int = 0
            tags: list = field(default_factory=list)
            seen: int = field(default=5, init=False)
            kinds: frozenset = field(default=None, repr=False, compare=False)

            def __post_init__(self):
                if self.kinds is None:
                    object.__setattr__(self, "kinds", frozenset(self.tags))
        made.append(fast_init(Row) if fast else Row)
    return made


@pytest.mark.parametrize("slots", [False, True])
@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, 2), {}), ((1, 2, ["a"]), {}), ((1,), {"tags": ["b"]}),
                                          ((), {"start": 3, "end": 4, "kinds": frozenset({"x"})})])
def test_same_instance_as_the_dataclass_init(slots, args, kwargs):
    plain, fast = _pair(slots=slots)
    a, b = plain(*args, **kwargs), fast(*args, **kwargs)
    assert repr(a) == repr(b)
    assert (a.start, a.end, a.tags, a.seen, a.kinds) == (b.start, b.end, b.tags, b.seen, b.kinds)
    assert fast.__init__ is not plain.__init__


def test_default_factory_makes_a_new_value_each_time():
    _, fast = _pair()
    assert fast(1).tags is not fast(1).tags


@pytest.mark.parametrize("slots", [False, True])
def test_still_frozen_and_replace_works(slots):
    _, fast = _pair(slots=slots)
    row = fast(1, 2)
    with pytest.raises(FrozenInstanceError):
        row.end = 3
    assert replace(row, end=7).end == 7 and replace(row, end=7).start == 1


def test_missing_and_unknown_arguments_fail_as_before():
    _, fast = _pair()
    with pytest.raises(TypeError):
        fast()
    with pytest.raises(TypeError):
        fast(1, nope=2)


def test_a_class_it_cannot_speak_for_is_left_alone():
    @dataclass
    class Mutable:
        x: int

    @dataclass(frozen=True, kw_only=True)
    class KeywordOnly:
        x: int

    for cls in (Mutable, KeywordOnly):
        init = cls.__init__
        assert fast_init(cls).__init__ is init
