import datetime as dt

import pytest

from timeline.temporal import tag

# Sunday 10 April 2011, the publication date of the BBC seed article.
DCT = dt.date(2011, 4, 10)


@pytest.fixture
def found():
    """(text, value, mod) of every expression tagged in a text, against DCT unless given."""

    def run(text, dct=DCT, **kwargs):
        return [(e.text, e.value, e.mod) for e in tag(text, dct, **kwargs)]

    return run
