"""English verbs whose past forms the stemmer cannot bring back to the verb: "fell" and "fallen"
to fall, "shot" to shoot, "struck" to strike, "fled" to flee. Two outlets telling one event in
two tenses ("the climber fell", "after falling 150 metres") then share the word.

A past form that is also a common word of its own is left out, so that it keeps its own sense:
"bound", "found" as in founded, "ground", "wound" (an injury), "lay", "rose", "bore", "born",
"fed" (the Fed), "met" (the Met), "drunk" (a drunk driver), "felt" (a surname as often as a
verb), "saw", "left" (the side), "lost" (as in lost property), "spoke".
"""

from __future__ import annotations

# Each line: the verb, then its past forms that are not the verb with -ed (which the stemmer
# folds already).
_TABLE = """
arise arose arisen
awake awoke awoken
beat beaten
become became
begin began begun
bend bent
bite bit bitten
bleed bled
blow blew blown
break broke broken
bring brought
build built
buy bought
catch caught
choose chose chosen
cling clung
come came
creep crept
deal dealt
dig dug
draw drew drawn
drive drove driven
eat ate eaten
fall fell fallen
fight fought
flee fled
fling flung
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
kneel knelt
know knew known
lead led
leap leapt
lend lent
mean meant
pay paid
ride rode ridden
ring rang rung
rise risen
run ran
see seen
seek sought
sell sold
send sent
shake shook shaken
shoot shot
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoken
spend spent
spin spun
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
strike struck stricken
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
think thought
throw threw thrown
understand understood
undergo underwent undergone
wake woke woken
wear wore worn
weep wept
win won
withdraw withdrew withdrawn
write wrote written
"""

VERB_OF: dict[str, str] = {form: line.split()[0] for line in _TABLE.strip().splitlines() for form in line.split()[1:]}
