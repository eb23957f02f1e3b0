import pytest
from tui_fixtures import build_rich_timeline


@pytest.fixture
def rich_timeline():
    return build_rich_timeline()
