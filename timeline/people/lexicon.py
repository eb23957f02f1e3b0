"""The word tables the person recogniser reads: titles, stop lists, role nouns, first names.

They are data, not code: a miss on a new outlet is fixed by adding a word here (and a test),
never by another branch in the recogniser. Every entry is lower case.
"""

from __future__ import annotations

import importlib.metadata
import pickle
from functools import lru_cache
from typing import Literal

from ..files import cache_dir, write_atomically

# Title -> the gender it implies (None when it implies none). A title is followed by a name.
TITLES: dict[str, str | None] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": None,
    "dr": None,
    "doctor": None,
    "cllr": None,
    "councillor": None,
    "coun": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "baroness": "f",
    "baron": "m",
    "prof": None,
    "professor": None,
    "rev": None,
    "revd": None,
    "reverend": None,
    "judge": None,
    "insp": None,
    "inspector": None,
    "sgt": None,
    "det": None,
    "pc": None,
    "supt": None,
    # UK police ranks as papers abbreviate them ("DI Hughes", "DCI Rob Jones", "PCSO Amy Lee");
    # not DS, DC or ACC, as often a company, a place or a league ("DS Smith", "Washington DC")
    "di": None,
    "dci": None,
    "dsi": None,
    "dcs": None,
    "dsupt": None,
    "pcso": None,
    "canon": None,
    "bishop": None,
    "father": "m",
    "sister": "f",
    "rabbi": None,
    "imam": None,
    "mp": None,
    # Offices and ranks written before a name in US and UK copy ("Oregon Gov. Tom Halvorsen",
    # "Det. Sgt. Ann Lee", "Sen. Smith", "President Obama"): titles, never part of the name.
    "gov": None,
    "governor": None,
    "sen": None,
    "senator": None,
    "rep": None,
    "representative": None,
    "congressman": "m",
    "congresswoman": "f",
    "president": None,
    "mayor": None,
    "lt": None,
    "lieutenant": None,
    "capt": None,
    "captain": None,
    "col": None,
    "colonel": None,
    "gen": None,
    "general": None,
    "adm": None,
    "admiral": None,
    "cpl": None,
    "corporal": None,
    "pvt": None,
    "private": None,
    "sergeant": None,
    "detective": None,
    "officer": None,
    "deputy": None,
    "sheriff": None,
    "constable": None,
    "superintendent": None,
    "commissioner": None,
    "chancellor": None,
    "secretary": None,
    "minister": None,
    "ambassador": None,
    "attorney": None,
    "prosecutor": None,
    "coach": None,
    "chief": None,
    "ceo": None,
    "coo": None,
    "cfo": None,
    "chairman": "m",
    "chairwoman": "f",
    "manager": None,
    "director": None,
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "duke": "m",
    "duchess": "f",
    "earl": "m",
    "pope": "m",
    "cardinal": None,
}

# Courtesy titles: part of how a person is addressed, not a role ("Cllr", "Mr", "Sir"). Any
# other title is an office and is also read as the person's role ("Prime Minister").
COURTESY_TITLES = frozenset(
    "mr mrs ms miss mx dr cllr coun councillor sir dame lord lady baroness baron prof rev revd reverend".split()
)

# Titles that are also surnames: after a first name they are the surname ("Billy King",
# "Martin Luther King Jr.", "Aaron Judge"), before a name they are the title.
TITLE_SURNAMES = frozenset(
    "king prince bishop judge marshal sheriff cardinal baron earl duke pope knight major".split()
)

# Abbreviations written with a full stop that do not end a sentence ("Mr. LaRue", "Gov. Tom
# Halvorsen", "Det. Sgt. Ann Lee", "King Jr."): the word pattern keeps the stop.
DOTTED = frozenset(
    "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Sgt Det Capt Col Adm Cpl Pvt Insp Supt Prof Rev Revd Fr St Jr Sr Mt Ft Cllr Coun Hon".split()
)

# Titles that stand before a given name when alone ("Sir Keith", "Dame Eleanor", "Prince Harry"):
# the single word after them is the person's first name, not the surname.
GIVEN_NAME_TITLES = frozenset("sir dame prince princess king queen pope".split())

# Words that start a place name ("Santa Monica", "San Diego Chargers", "Fort Smith"): the
# capitalised words after one are the place, whatever the first-name table says of them.
PLACE_PREFIXES = frozenset("san santa santo sao los las fort ft port mount mt lake cape el rio new st saint".split())

# Particles inside a surname ("Ludwig Van Beethoven", "Gaetano Lo Presti"): never a first name.
NAME_PARTICLES = frozenset("van von de del della der den di da du le la lo bin ibn ter ten dos das".split())

# Generational and honorific suffixes ("Martin Luther King Jr.", "Anthony LaCalamita III"):
# part of the written name, never the surname.
SUFFIXES = frozenset("jr sr jnr snr ii iii iv esq phd md".split())
# The suffixes that are Roman numerals: written in capitals, and kept so ("Thomas Whitfield III").
NUMERAL_SUFFIXES = frozenset("ii iii iv".split())

# Endings of adjectives, participles and adverbs ("Geological", "Persian", "Breaking",
# "Currently"): a capitalised word the first-name table lacks that ends so is no first name.
NOT_NAME_ENDINGS = ("al", "ic", "ian", "ese", "ish", "ing", "ed", "ly", "ive", "ous", "ful", "ern", "ary")

# Prefixes of given names written with a capital inside ("LeBron", "DeShawn", "LaToya"). Any
# other word the first-name table lacks with a capital inside is a brand ("MacBook",
# "BlackBerry", "SeaMicro"), never a first name ("Mac" and "Mc" start surnames, not given names).
GIVEN_NAME_PREFIXES = ("De", "La", "Le", "Da", "Ja", "Di", "Ke", "Ty")

# Words after a title that make a role or a body, not a name ("Lord Mayor", "Judge Advocate").
NOT_AFTER_TITLE = frozenset(
    """
mayor chancellor chief justice advocate general president chairman chair speaker lieutenant
provost of the and in
""".split()
)

# Heads of organisations, bodies and places: a capitalised run holding one is not a person
# ("Kent County Council", "Wells Council", "St Anne's Hospital", "Harlow Road").
ORG_WORDS = frozenset(
    """
council councils county borough district parish authority authorities committee commission
department ministry office agency service services trust foundation fund society association
union federation league club party group company corporation corp inc ltd plc llp bank court
courts tribunal police constabulary army navy force forces government parliament assembly
senate congress cabinet board school schools academy college university institute hospital
clinic surgery centre center church cathedral chapel mosque temple news radio television tv
times post mail telegraph guardian herald gazette echo express mirror observer independent
standard chronicle journal press media bbc itv channel network online magazine review
street road lane avenue drive close way place square gardens park hill grove terrace crescent
row walk court bridge station airport port harbour estate house hall tower towers building
city town village valley river island islands north south east west northern southern eastern
western central upper lower greater kingdom republic states state nations united
boulevard blvd motel hotel inn unit shop store restaurant cafe mall plaza stadium arena field
theater theatre museum library factory plant prison jail penitentiary camp base highway freeway
interstate route bay beach lake mountain mountains neighborhood neighbourhood garden heights
springs falls advisors advisers associates capital systems solutions technologies industries
enterprises airlines airways communications pictures studios records entertainment productions
ship warship vessel boat ferry tanker frigate destroyer submarine aircraft
rehab recovery treatment facility clinic ranch farm market exchange motors electric dynamics
mills foods
ltd limited holdings partners partnership network alliance movement campaign project programme
report inquiry review act law scheme fund award awards prize cup festival
cooperation co-operation organisation organization forum summit conference coalition community
initiative ocean sea gulf strait
""".split()
)

# Establishments named after a person and written in lower case after the name ("the Betty
# Ford clinic", "Harry Winston jewellers"): the name there is the establishment's.
ESTABLISHMENTS = frozenset(
    """
clinic hospital center centre hotel motel store stores shop restaurant school college university
foundation institute museum library stadium arena jewellers jewelers boutique gallery theater
theatre company warehouse dairy building plant factory mill brewery bakery farm ranch winery
""".split()
)

# Capitalised words that are never part of a person's name in news copy.
NOT_NAMES = frozenset(
    """
the a an and or but if of in on at to for from by with as into after before since during
this that these those there here then when where while what which who whom whose why how
he she it they we you i his her its their our your my me him them us
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
today yesterday tomorrow tonight now last next early late mid every each
home news article close learn more image picture photo caption video related links vacancy
con lab lib dem dems tory tories labour conservative conservatives liberal democrat democrats
green greens ukip snp plaid independent ind
mp mps mep meps kcc bbc nhs ofsted
english british french german european american scottish welsh irish
former new senior interim acting deputy chief executive director leader member minister
secretary spokesman spokeswoman spokesperson officer head chairman chair
god christmas easter jesus christ allah
although however meanwhile moreover also despite because until unless though yet so nor not no
yes according including following asked
once unlike both even does do did about under throughout all every some many most such only just
still then thus hence indeed perhaps maybe instead besides beyond within without among between
across against around amid amongst upon toward towards whether either neither nevertheless
public national federal international global
le les der die das
man woman men women teen teens boy boys girl girls mom mum dad baby child children kid kids
family families hero heroes fans
americans englishman englishwoman frenchman ukrainian australian canadian indian chinese
japanese russian israeli palestinian iranian sudanese mexican italian spanish texan californian
african asian muslim christian catholic jewish hindu sikh
u.s u.k u.n l.a d.c n.y n.j
pacific atlantic arctic antarctic
""".split()
)

# Stop words that are also surnames ("Theresa May", "Mrs May"): allowed as a surname after a
# title or a first name, never as a name on their own.
SURNAMES_TOO = frozenset("may june april august".split())

# Words common in headlines and places that the first-name list also holds ("May", "Kent").
NOT_FIRST_NAMES = frozenset(
    """
will may kent hope faith major king prince rich young long summer autumn spring winter royal
general justice queen princess duke earl baron sky london paris dallas orlando georgia
virginia carolina lincoln jordan india israel france sun said art silver chase rock
christian county holland jersey chelsea sydney florence austin victoria essex sussex surrey
red blue black brown green golden gold april june august
""".split()
)

# Nouns that head a role ("interim director of families", "KCC leader", "chief executive").
ROLE_NOUNS = frozenset(
    """
leader director executive chief boss head member secretary minister chairman chairwoman
chair spokesman spokeswoman spokesperson officer manager president mayor councillor judge
inspector commissioner editor reporter correspondent mp headteacher teacher deputy worker
solicitor barrister lawyer founder owner coach captain governor chancellor treasurer
campaigner mother father son daughter wife husband widow brother sister grandmother
grandfather resident pensioner student nurse doctor surgeon consultant adviser advisor
analyst economist spokesperson administrator controller clerk superintendent constable
sergeant detective officer investigator auditor architect engineer scientist professor
lecturer researcher author writer presenter actor actress singer player striker manager
councilman councilwoman surgeon pupil lineman receiver quarterback prosecutor
senator representative congressman congresswoman sheriff attorney comptroller
gov sen rep det sgt lt capt supt insp
neighbor neighbour guard developer witness firefighter landlord landlady tenant shopkeeper
passenger survivor volunteer organiser organizer activist protester bystander employee broker
investor paramedic coroner pathologist therapist psychologist pharmacist dentist midwife carer
caregiver janitor caretaker bodyguard lifeguard aide staffer intern assistant principal
headmaster headmistress trustee colleague friend cousin uncle aunt nephew niece grandson
granddaughter girlfriend boyfriend fiance fiancee stepfather stepmother mum mom dad contractor
""".split()
)

# Nouns that say what someone is or was known as, besides their roles: what a decade or a year
# before them describes ("the 1950s pin-up model", "the 1940s Hollywood actress", "the 2008
# Olympic champion"), which dates the person's fame, not what the sentence tells.
PERSON_NOUNS = ROLE_NOUNS | frozenset(
    """
model pinup pin-up star starlet icon idol queen king legend champion swimmer athlete
musician rapper comedian artist painter poet novelist filmmaker producer dancer boxer golfer
footballer cricketer jockey skater sprinter heiress socialite personality celebrity host
heartthrob bombshell girl boy man woman
""".split()
)

# Lower-case words that qualify a role written before a name ("former KCC chief executive",
# "acting state Sen.", "assistant U.S. Attorney"). Any other lower-case word at the start of a
# phrase read backwards from a name is not part of the role: it is a verb or an object of the
# sentence ("voted to censure Councilwoman Denise Garcia-Lopez", "paid Councilwoman ...").
ROLE_MODIFIERS = frozenset(
    """
former new senior junior interim acting deputy assistant associate vice chief executive general
lead principal top then state city county district federal regional local national area
shadow junior elected outgoing incoming retired longtime long-time veteran
""".split()
)

# Verbs that attribute speech ("said Mr Gilroy", "she added").
SPEECH_VERBS = frozenset(
    """
said says added adds told tells asked asks explained explains insisted insists warned warns
claimed claims continued continues stated states admitted admits argued argues replied
replies commented comments noted notes urged urges wrote writes announced announces
confirmed confirms declared declares revealed reveals suggested suggests remarked
""".split()
)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str | None]:
    """First name -> "m", "f" or None (either), from gender-guesser's table.

    Parsing that table takes about half a second, which would be most of the app's start-up on a
    small corpus, so the distilled table is kept in the user's cache directory (keyed by the
    library's version) and read back in milliseconds. Any problem with the cache just means
    parsing again.
    """
    version = _library_version()
    cache = cache_dir() / f"first-names-{version}.pickle"
    try:
        with cache.open("rb") as handle:
            table = pickle.load(handle)
        if isinstance(table, dict):
            return table
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    from gender_guesser.detector import Detector

    table = {name: _gender(set(entry)) for name, entry in Detector(case_sensitive=False).names.items()}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL), cache, replace=True)
    except OSError:
        pass
    return table


def _gender(genders: set[str]) -> str | None:
    if genders <= {"male", "mostly_male"}:
        return "m"
    if genders <= {"female", "mostly_female"}:
        return "f"
    return None


def _library_version() -> str:
    try:
        return importlib.metadata.version("gender-guesser")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def in_first_name_table(word: str) -> bool:
    """Whether the table holds ``word`` at all, even one that is also a word ("Will", "France")."""
    return all(part in _first_names() for part in word.lower().split("-"))


def given_name_gender(word: str) -> str | None:
    """The gender the table gives a word already read as someone's given name, even one that is
    also a word or a month ("June Whitaker" is a woman): "m", "f" or None (either, or unknown)."""
    parts = word.lower().split("-")
    return _first_names().get(parts[0])


def first_name_gender(word: str) -> str | Literal[False] | None:
    """False when ``word`` is not a first name; else "m", "f" or None (either)."""
    if "-" in word:  # "Mary-Kate": a first name when every part is one
        genders = [first_name_gender(part) for part in word.split("-")]
        return False if any(g is False for g in genders) else genders[0]
    lower = word.lower()
    if lower in NOT_FIRST_NAMES or lower in NOT_NAMES or lower in ORG_WORDS:
        return False
    if lower not in (table := _first_names()):
        return False
    return table[lower]
