# ruff: noqa: E501  (one cue list a line reads and reviews better than a list cut in pieces)
"""The recall-first risk scorer of the crisis screen: weighted cues in groups, firing on combinations.

The phrase rules of bot/safety_patterns.py catch wording someone on the project wrote down; this
catches the wording nobody wrote, by adding up what a message says in groups: a means (pills, a
rope, a bridge), an act with it (taken, swallowed, in my hand, standing on), finality ('not
coming back', 'gone by'), a time ('tonight', 'after my shift'), self-harm and its severity
('deep', 'bleeding'). One group alone rarely fires; two together nearly always do. Cues whose
subject is someone else ('she has taken') count for nothing, and everyday, accident and work
uses ('for my headache', 'chopping onions', 'the male had taken') lower the score. Works on
text normalised by bot/safety_text.py; stdlib only, and it holds no text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.safety_patterns import FOUND_THEIRS, PAST_RECOVERED, PAST_SELF_HARM, SENSIBLE_PLANNING
from bot.safety_text import squeeze

# Fires at this score. A strong cue (4) fires with any first-person word; two middling cues (2
# and 2) fire with a first-person word or a time; one cue with context alone does not.
THRESHOLD = 5
# Added to the threshold by a work, everyday or accident context, or a plain 'I'm not suicidal'.
DAMPING = 2

# Group -> (weight, pattern) cues, written before squeezing like bot/safety_patterns.py.
_DRUGS = (
    r"pills|pill|tablets|tablet|tabs|meds|medication|medicine|paracetamol|co codamol|codeine|"
    r"dihydrocodeine|tramadol|morphine|oramorph|sertraline|citalopram|fluoxetine|mirtazapine|"
    r"amitriptyline|venlafaxine|quetiapine|diazepam|zopiclone|propranolol|insulin|painkillers|"
    r"sleeping pills|sleeping tablets|antidepressants|lithium|pregabalin|aspirin|ibuprofen|"
    r"overdose|prescription"
)
_PLACES = (
    r"bridge|footbridge|viaduct|cliff|cliffs|edge|ledge|railway|railway line|train|trains|tracks|"
    r"level crossing|platform|river|sea|reservoir|canal|lake|quarry|motorway|traffic|lorry|"
    r"bus|lane \d|hard shoulder|multi storey|car park|roof|rooftop|balcony|top floor|tower block"
)
# Too much of something harmless ('overdosed on caffeine'): not a means.
_HARMLESS_OD = r"(?:coffee|caffeine|sugar|chocolate|energy drinks?|red bull|monster|sweets|tea|espresso|carbs|mince pies|netflix|christmas)"
_HARM = r"cut|cutting|cuts|sliced|slicing|slit|slash|slashed|slashing|(?:burn|burning|burnt|burned)(?! (?:the candle|out|the midnight|bridges|calories|fat|toast|dinner|rubber))|scratched|scratching|carved|carving"
_BODY = r"arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|body|chest|hand|hands|face|hip|hips|self|myself"
_ANCHORS = (
    r"banister|bannister|loft hatch|hatch|beam|rafter|rafters|hook|door handle|door|curtain rail|"
    r"branch|tree|railing|railings|pipe|joist|stairs|bed post|wardrobe rail"
)
CUES: dict[str, tuple[tuple[int, str], ...]] = {
    "means": (
        (
            2,
            rf"\b(?:{_DRUGS}|overdosed(?! on {_HARMLESS_OD})|(?:i|ive|just|have|had) od|(?<!end of my )rope|end of my rope(?! with)|noose|ligature|razor|razors|blade|blades|scalpel|gun|firearm|glock|pistol|shotgun|rifle|sidearm|exhaust|hose|charcoal|carbon monoxide|helium|bleach|weedkiller|antifreeze|engine running)\b",
        ),
        (
            2,
            r"\b(?:the lot|the whole (?:box|packet|bottle|lot|strip)|a whole (?:box|packet|bottle)|everything in the (?:cupboard|cabinet|drawer|house)|a bottle of (?:pills|tablets)|a load of|too many|all of them|all my|boxes of|strips of|a handful)\b",
        ),
        (
            1,
            rf"\b(?:knife|knives|belt|cord|cable|scarf|flex|glass|dog lead|charger cable|dressing gown cord|bedsheet|gas|weapon|round|bullet|{_PLACES})\b",
        ),
    ),
    "act": (
        (
            3,
            rf"\b(?:tied|tying|tie|fixed|hooked|attached|knotted) (?:\w+ ){{0,4}}(?:to|round|around|over|from) (?:the|a|my) (?:{_ANCHORS})\b",
        ),
        (
            3,
            r"\b(?:standing|stood|stand|sat|sitting) on (?:the|a|my) (?:chair|stool|ledge|edge|railing|railings|wall|parapet)\b|\b(?:step|stepping|stepped|walk|walking|walked) (?:out )?(?:\w+ ){0,4}(?:in front of|into) (?:a |the )?(?:train|lorry|bus|traffic|lane \d|the road|the path)\b|\b(?:walk|walking|wade|wading|swim|swimming|drive|driving) (?:out )?into (?:the )?(?:sea|river|water|reservoir|lake|canal|traffic|a lorry|a wall|a tree)\b",
        ),
        (
            2,
            r"\b(?:(?:took|taken|had|eaten|ate|necked|swallowed) (?:\w+ ){0,2}(?:the lot|everything|all of|all my|all the|a load|too many|a whole|loads|the whole)|swallowed|swallowing|swallow|necked|necking|downed|downing|chucked back|popped|overdosed|overdosing|(?:i|ive|just|have|had) od)\b",
        ),
        (
            2,
            r"\b(?:in my hand|in my hands|holding|stockpiled|stockpiling|saved up|saving up|been saving|hoarded|hoarding|lined up|laid out|counting|counted out|tied|tying|got the (?:\w+ )?out|got it ready|ready to go|in the boot|in my pocket|on the table in front of me|keep walking (?:down )?to|walking there|on my way there|looking over|staring at|keep looking at|cant stop looking at|jump|jumping|hang myself|hanging myself|tighten|tightened)\b",
        ),
        (
            2,
            rf"\b(?:standing|stood|stand|sat|sitting|waiting|parked|parked up) (?:\w+ ){{0,2}}(?:by|at|on|over|near|beside|next to) (?:the|a) (?:{_PLACES}|railing|railings|crossing|barriers|edge)\b",
        ),
        (1, r"\b(?:taken|took|take|taking|bought|got|have got|ive got|saved|used|using|had)\b"),
    ),
    "final": (
        (
            4,
            r"\b(?:not coming back|wont be coming back|never coming back|not come back|not going to come back|wont come back|(?:not|never|dont|wont|dont want to) wake up(?! (?:late|early|in time|on time|for|til|until|before|with|at))|cant go on|cant carry on|cant do this any more|be gone by|gone before (?:the|tomorrow|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|better off without me|better without me(?! (?:while|for|when|on|during|til|until|at|there|today|this|nagging|around|geting|being|in the (?:way|ofice|team|house|car|nick|station)))|better off (?:\w+ ){0,3}than with me|wont be (?:in|here|around|back) (?:\w+ ){0,2}(?:or ever|ever again)|my last everything|last (?:message|goodbye|text) (?:ever|youl|from me)|(?:scared|frightened|afraid|terrified) of (?:myself|what i (?:might|could|il|wil|would|may) do)|talk myself out of|(?:lighter|easier|happier|better) without me(?! (?:while|for|when|on|during|til|until|at|there|today|this|nagging|around|geting|being|in the (?:way|ofice|team|house|car|nick|station)))|see myself (?:making it|being here|being alive|surviving|lasting|getting through)|(?:typing|writing|drafting|drafted|deleting|deleted|started) (?:a|my|the) (?:suicide|goodbye) (?:note|letter|message)|(?:wont|not going to|wil not|dont want to|not gona) be here (?:much longer|tomorrow|by|for|after|any more)|tell (?:my \w+|them|everyone|the \w+|him|her|someone|anyone|you) (?:that )?(?:im|i am|i was) sorry(?! (?:for being late|im late|i cant make|i missed|i forgot|about the|but))|(?:sorry|goodbye) (?:to|for) everyone|made my peace|nothing left to (?:sort|do|say|live for)|(?:wrote|written|writing|left) (?:my|a|the) (?:goodbye|last|suicide)? ?(?:letter|letters|note|notes) (?:for|to) (?:my|the|everyone)|goodbye (?:letter|letters|note|notes|texts|messages)|welcome (?:a|the) (?:fatal|crash|death|accident|bullet)|(?:wouldnt|would not|dont|do not) mind if (?:\w+ ){0,4}(?:crashed|crash|hit me|hits me|killed me|kills me|died|didnt wake|ran me over)|(?:will|wil|would|to) (?:just )?(?:run me over|knock me down|hit me|take me out)|not safe (?:tonight|right now|now|on my own|alone)|dont trust myself|scared of what (?:il|i might|i wil|i could|id) do|cant stop myself|wont be an accident|(?:courage|nerve|guts|bottle) to (?:jump|do it|go through with|end|die|take them|step)|(?:end|ending) it(?! (?:with|between|here|there|at|for the|off))|make it (?:al )?stop for good|disappear (?:permanently|for good|forever)|stop existing)\b",
        ),
        (
            2,
            r"\b(?:gone by|by the (?:weekend|morning|end of the week)|last (?:shift|message|goodbye|everything|time i)|goodbye|bye everyone|forgive me|for good|permanently|forever|for ever|never again|the right time to go|time to go|no point|whats the point|lost everything|nothing left|done with (?:it|everything|life)|not just in case|kindest thing|nothing (?:is )?(?:ever )?(?:going to|gona|wil) (?:get|be) better|(?:cant|dont) see (?:a|any) way|one last time|before i go(?! (?:to|on|out|home|in|back|away|off|for|into|and|shopping))|wont be able to (?:any ?more|again)|tell (?:\w+ ){0,2}(?:that )?i loved (?:them|him|her|you)|waiting for (?:it to (?:go|get) quiet|it to be dark|nobody to be (?:around|about)|the barriers? to (?:come|go) down|the right (?:moment|time)))\b|(?:kids|children|family|wife|husband|partner|everyone|everybody|they|she|he|theyl|shel|hel|theyd|shed|hed) (?:will |would )?(?:be )?(?:so much |much |a lot |way )?better off\b(?! (?:at|in|with|financially|there|if|than|when|once|on|after|moving|seeing|going|talking)\b)",
        ),
        (1, r"\b(?:sorry|decided|ready|peace|disappear|gone|done|the end|over)\b"),
    ),
    "thought": ((2, r"\b(?:suicide|suicidal|kill myself|killing myself|ending it|end it all)\b"),),
    "affairs": (
        (
            2,
            r"\b(?:(?:affairs|policies|pension|will|everything|things) (?:are |is )?(?:\w+ ){0,2}in order|(?:cancelled|cancel) the (?:milk|papers|post|gym)|rehomed|rehome|rehoming|given (?:\w+ ){0,4}(?:away|to my)|gave (?:\w+ ){0,4}away|giving (?:\w+ ){0,4}away|left a note|wrote a note|(?:wrote|written|writing|finished|left) (?:my|a|the) (?:goodbye |last )?(?:letter|letters|note|notes)|my will|death in service|life insurance|life cover|the payout|lump sum)\b|\b(?:(?:the |my )?wills? (?:is |s )?(?:signed|done|sorted|witnessed)|everythings? (?:is )?sorted(?! out for)|squared away|pension nomination|nomination form|direct debits|passwords|paid (?:\w+ ){0,3}(?:rent|mortgage|bills?) (?:up front|upfront|ahead|in advance)|(?:handed|gave|given|giving) (?:\w+ ){1,4}(?:over )?to (?:my|his|her|the|our)|(?:told|showed|shown) (?:\w+ ){0,3}where (?:the |my |all )?(?:important )?(?:papers|documents|will|passwords|deeds|policies))\b",
        ),
    ),
    # Preparations and goodbyes for after: often with no means named, and another person as
    # the subject ('she doesn't know why'), so these cues are read without the subject rule.
    "after": (
        (
            4,
            r"\b(?:(?:for )?whoever finds me|for when im (?:not here|gone|no longer (?:here|around))(?! (?:on|to|for|away|abroad|out|in))|when im (?:not here|gone|no longer here) (?:any ?more|for good)|(?:letter|note|something|a few words) (?:\w+ ){0,2}for the coroner|(?:asking for help|a cry for help|help) or (?:saying |a )?goodbye|goodbye or (?:asking for |a cry for )?help|thats when (?:im|i am|il|i wil) (?:going|go|doing it)(?! (?:to|out|for|home|shopping|on|into|back|off|away|up|down|in|over|round|with))|(?:runs out|run out|is up|ends|expires|finishes) (?:\w+ ){0,6}and so (?:wil|am|shal) i(?= \.|$))",
        ),
        (
            2,
            r"\b(?:when im (?:not here|gone)(?! (?:on|to|for|away|abroad|out|in))|for afterwards|(?:so|then) (?:they|she|he|the kids|my \w+|everyone) (?:can|wil|could|would) (?:stil|always) (?:hear|have|see) (?:my voice|me|my face|something of me)|(?:doesnt|dont|didnt|wont) know why(?! (?:the|it|this|that|my|its))|(?:keeps|kept|keep) asking (?:me )?why|(?:so|then) (?:\w+ ){0,3}(?:dont|doesnt|wont|do not|wil not) have to (?:deal with|find|clean up|see|sort) (?:it|me|this)|(?:look after|take care of|care for|feed|walk|mind) (?:my|the) (?:\w+ ){0,2}for me|(?:thank|thanks|thanking) (?:\w+ ){0,4}(?:for everything|properly|one last time)|(?:wont|not going to|dont|wil not) (?:be )?(?:needing|need|using|use) (?:it|them|that|those|any of it)(?! (?:now|til|until|for|on|in|because|as|since|today|tonight|this)))\b",
        ),
    ),
    "resolve": (
        (
            2,
            r"\b(?:(?:ive|i have|im|i am|i) (?:\w+ )?decided|made my mind up|made up my mind|mind is made up|im done|i am done|on purpose|(?:not|stopped|stop|without) wearing (?:my |a )?(?:seatbelt|seat belt|stab vest|body armour|vest|helmet)|without looking|stopped calling for backup|no going back|(?:keeps|keep|going|goes) (?:going )?round (?:in )?my head|(?:cant|can not) stop thinking about|all i (?:can )?think about)\b",
        ),
    ),
    "wish": (
        (
            2,
            r"\b(?:(?:id|i would|i d) (?:\w+ )?be relieved|relieved if|(?:keep|been|always) hoping|(?:if|hope|wish) (?:i|id) (?:got|get|was|were) (?:\w+ )?(?:stabbed|shot|killed|run over|hit)|better off (?:\w+ ){0,3}(?:without|than with) me|(?:hope|hoping|wish|wishing) (?:someone|somebody|something|a car|a lorry|a bus|a train|they) (?:\w+ ){0,2}(?:gets|get|hits|hit|kills|kill|stabs|stab|shoots|shoot) me|(?:hope|hoping|wish|wishing) (?:someone|somebody|something|a car|a lorry|a bus|they) (?:\w+ ){0,2}(?:runs me over|run me over|takes me out|take me out))\b",
        ),
    ),
    "harm": (
        # A harm verb on the body, on oneself or with no object; 'cutting my hours' is weak.
        (
            2,
            rf"\b(?:{_HARM})\b(?! (?:down|back|off|out|up|corners|costs|prices|hours|ties|through|across)\b)(?! (?:on |into |across )?(?:his|her|their) (?:{_BODY})\b)(?! (?:him|her|them|someone|somebody|the \w+|a \w+|people) down\b)(?! (?:my|the|a|an|our|his|her|their|some|this|that|it|your) (?!(?:{_BODY})\b))|\b(?:hit my head|bang my head|banging my head|self harm|self harming|harm myself|hurt myself|hurting myself)\b",
        ),
        (1, rf"\b(?:{_HARM})\b"),
    ),
    "severity": (
        (
            2,
            r"\b(?:deep|deeper|bleeding|bled|blood(?! pressure| test| tests| sugar| sugars| donor| donation| type| count| work)|wont stop|wont stop bleeding|to the bone|relapsed|relapse|urge|urges)\b",
        ),
        # 'can't stop thinking about' already counts as resolve: not twice.
        (1, r"\b(?:again|worse|cant stop(?! thinking)|keep|keeps|every night|so bad)\b"),
    ),
    "time": (
        (
            1,
            r"\b(?:now|right now|tonight|today|tomorrow|this weekend|the weekend|after (?:my|this|the) (?:\w+ )?(?:shift|set|nights|earlies|lates)|when i get home|next time|on my way|this morning|this evening|when im ready|soon|any minute)\b",
        ),
    ),
    "help": (
        (
            2,
            r"\b(?:pls help|please help|help me|help what do i do|cant feel my|feel really weird|feeling really weird|feel weird|feeling weird|dizzy|throwing up|being sick)\b",
        ),
    ),
    "first": ((1, r"\b(?:i|im|ive|id|il|me|myself|my|mine)\b"),),
}
# Classes found in the misses of blind sets 4 and 5 once they were spent (development data), and
# classes no set of ours had; each written as general wording, with the everyday uses it must not
# catch as lookaheads or a second group it needs (docs/safety/safety-case.md, point 4c).
_ABOUT_TO = r"(?:thinking (?:about|of)|want to|wanted to|going to|gona|about to|might|could|keep|il|wil|just|tempted to|urge to|feel like)"
_INTO = r"(?:central reservation|oncoming|wall|tree|river|bridge|lorry|artic|pillar|barrier|barriers|sea|bus|train|reservoir|cliff|quarry|canal|lake|water)"
_HIGH = r"(?:bridge|viaduct|cliffs?|edge|ledge|roof|rooftop|top floor|multi storey|railway|tracks|level crossing|reservoir|quarry|lough|loch|river|pier|harbour wall)"
MORE_CUES: dict[str, tuple[tuple[int, str], ...]] = {
    "final": (
        (
            4,
            # sign-offs in gaming and tech words; command voices; a bare 'can't any more'; no
            # promise to be here; 'literally' after a high place; burden and 'better without me'
            # in new words; messages for the people left ('tell X I'm sorry', 'her dad loved her')
            r"\b(?:(?:cant|can not) (?:do )?any ?more(?= \.|$)|(?:not|never) be coming (?:back|home)|(?:alt fa|uninstal|unsubscribe from|log out of|delete) (?:my )?(?:life|existence)|(?:loging|log|loged|signing|sign) (?:off|out) (?:for good|permanently|forever)|(?:switch|switching|turn|turning|shut|shuting) (?:my head|my brain|myself|it al|everything) (?:off|down) (?:for good|permanently|forever)|voices? (?:\w+ ){0,3}(?:teling|tel|told|saying|say|says) (?:me )?to (?:jump|die|kil|end|hurt|cut|do it|step|hang)|(?:going to|gona|wil|il|about to) be (?:one of those|another|a) statistics?|(?:cant|can not) promise (?:il|i wil|im going to|i) (?:stil )?be (?:here|around|alive)|(?:at|on) the (?:edge|ledge|rof|clif|bridge)(?: \.)? literaly|wont be (?:in|here|around|back) (?:\w+ ){0,3}(?:or any (?:other )?day|any day after|again after))\b",
        ),
        (
            2,
            r"\b(?:(?:not|never|wont be|not going to be) (?:geting|get|go|going|coming) back (?:in|into|out|up|home)|(?:not sure|dont know if|doubt) (?:im|i am|il|i wil|i) (?:geting|get|going to get|make it|coming|come) (?:out|back|home|down|of)|for when it (?:al )?(?:gets|get|becomes) (?:to much|unbearable)|would (?:anyone|anybody) (?:even )?(?:notice|care|mis me)|the end of me|(?:a|the) burden|weight round (?:\w+ ){0,5}necks?|(?:this|it|today|tonight) (?:to )?be my last|dont wory about me (?:after|any more|now|when)|(?:wont|wil not|might not|may not|not going to) be (?:around|alive|here) (?:for|to see|by|at|on|when|in))\b",
        ),
    ),
    "thought": (
        (
            4,
            r"\b(?:plan|plans|planing|planed|ploting|preparing|organising|aranging) (?:\w+ )?my (?:own )?(?:suicide|death)\b",
        ),
    ),
    "after": (
        (
            4,
            # burden in new words, 'me' the object and others the subject
            r"\b(?:beter of with a dead (?:dad|mum|mam|dady|mumy|father|mother|husband|wife|partner|son|daughter)|(?:cope|manage|get on|do|be) (?:\w+ ){0,2}beter without (?:me(?! (?:while|for|when|on|during|til|until|at|there|today|this|nagging|around|geting|being|in the (?:way|ofice|team|house|car|nick|station)))|having to (?:cary|lok after|deal with|wory about|put up with) me)|(?:be|being) a burden (?:on|to) (?:\w+ ){0,3}(?:any longer|any more|much longer))\b",
        ),
        (
            2,
            # someone to ring or tell after; not their fault; if I wasn't here; who gets or
            # looks after what is mine; where the papers are
            r"\b(?:(?:its |it is )?not (?:their|your|anyones|his|her) fault|if (?:i|im) (?:wasnt|werent|was not|am not|not|no longer|dont come back|dont make it back|dont wake up)(?: (?:here|around|alive))?(?= \.|$| who| what| would| wil| make| tel| please| can)|if anything (?:happens|were to happen|should happen) to me|(?:pension|insurance|policy|policies|forms|papers|documents|paswords|wil|keys) (?:are|is) in (?:my|the) (?:\w+ ){0,2}(?:drawer|locker|desk|cupboard|safe|folder|bag|box)|make sure (?:\w+ ){0,3}(?:goes|go|gets|get) to|(?:deserves?|deserved) beter than me|(?:number|numbers|pin|pasword|paswords|code|details) (?:is |s |are )?in my phone)\b",
        ),
    ),
    # Words for the people left ('tell X I'm sorry', 'her dad loved her', 'say to my team I was
    # happy'), read without the subject rule like 'after': the others are named in them.
    "farewell": (
        (
            4,
            r"\b(?:(?:tel|teling|told|say to|let) (?:\w+ ){1,2}(?:that )?(?:im|i am|i was) sory(?! (?:for being late|im late|i cant make|i mised|i forgot|about the|but))|(?:tel|teling|say to) (?:\w+ ){1,2}sory (?:i|for) (?:let|leting|failed|failing|everything|being a)|tel (?:\w+ ){0,3}(?:her|his|their) (?:dad|mum|mam|dady|mumy|mamy|father|mother) loved (?:her|him|them))\b",
        ),
        (
            2,
            r"\b(?:(?:tel|say to|let) (?:\w+ ){1,3}(?:know )?(?:that )?i (?:was|have ben|always was) (?:hapy|proud|grateful|lucky)|(?:tel|teling|told|say to) (?:\w+ ){1,3}(?:that )?i love (?:them|him|her|you)|(?:ring|cal|phone|tel|text) (?:my|his|her) (?:\w+ )?(?:after|afterwards|when its done|when it hapens)(?= \.|$)|(?:can|should|is to|gets to) (?:have|keep) (?:my|the) (?:\w+ )?(?:cat|cats|dog|dogs|car|things|stuf|watch|ring|rings|medals|bike|guitar|console|records|boks|clothes))\b",
        ),
    ),
    "affairs": (
        (
            2,
            r"\b(?:(?:canceled|cancel|canceling) (?:the|my) (?:phone|contract|phone contract|subscriptions?|netflix|standing orders?)|sorted everything(?! out for)|(?:gave|given|giving) (?:\w+ ){1,4}early|who (?:wil|would|is going to) (?:lok after|have|get|take|fed|walk|care for) (?:my|the) \w+|(?:wrote|writen|writing|left|leaving) (?:\w+ ){1,3}(?:a |my |the )?(?:leter|leters|note|notes))\b",
        ),
    ),
    "act": (
        (
            4,
            rf"\b(?:{_ABOUT_TO} (?:just )?(?:steer|steering|swerve|swerving|turn|turning|drive|driving|crash|crashing|plough|ploughing|put|puting) (?:the car |my car |the motor |it )?(?:into|under|of) (?:the|a|an) {_INTO}|{_ABOUT_TO} (?:just )?(?:steer|steering|swerve|swerving|drive|driving) into (?:oncoming|trafic)|(?:be|go|going|end up|jump|jumping|step|stepping|throw myself|lie|lying|lay) under (?:a|the) (?:train|lory|bus|tube|whels|artic))\b",
        ),
        (
            2,
            # the speaker at a high place or water; a means beside them, hidden, looked at; on
            # the way to a place
            rf"\b(?:(?:(?:im|i am|ive ben|ben|sat|siting|stod|standing|waiting|parked|parked up) (?:\w+ ){{0,4}}|^)(?:on|at|up on|on top of|by|under|in) (?:the|a) (?:\w+ )?{_HIGH}|(?:next to|beside|in front of) me|on my lap|(?:hid|hiden|hiding|stashed|stashing) (?:a|the|my|some) (?:\w+ )?(?:{_DRUGS}|rope|nose|ligature|razor|razors|blade|blades|knife|knives|gun|shotgun|pistol|belt|cord|cable|charcoal|bleach)|(?:loking|staring|stared|loked) at (?:it|them)(?! (?:for work|on|with))|(?:drive|driving|drove|go|going|head|heading|walk|walking|away) (?:out |up |down )?to (?:the|a) (?:bridge|viaduct|clifs?|edge|railway|tracks|level crosing|reservoir|quary|river|sea|lough|loch|canal|lake|pier|coast)|with (?:a|the|my) (?:blade|razor|rope|knife|nose|gun|shotgun|pils|tablets|ligature)|(?:im|i am|sat|siting|lying|laying) (?:\w+ ){0, 4}with (?:\w+ ){0, 6}(?:al my|the lot|a box of|a packet of|a strip of|boxes of) (?:\w+ )?(?:{_DRUGS}))\b(?! (?:club|game|party|night|school|road|street|hotel|pub|bar|restaurant|cafe|shop|station|side|view|end|walk|run|trip|path))",
        ),
    ),
    # Questions about a method's lethality, pain or certainty ('what dose is lethal', 'high
    # enough', 'would it hurt', 'I need to know for me').
    "ask": (
        (
            2,
            r"\b(?:lethal|fatal dose|fatal amount|deadly dose|to (?:definitely|def|defo|surely|certainly|actualy) (?:work|kil|do it|be fatal)|(?:would|does|wil|is) it (?:hurt|be painful|much pain|painful)|painles|quickest way to (?:die|go|do it)|surest way|most reliable way|(?:ned to know|asking) for (?:me|myself)(?! and))\b",
        ),
        (1, r"\b(?:high|deep|fast|far|strong|tal) enough\b"),
    ),
    "resolve": (
        (
            2,
            r"\b(?:(?:gogl\w*|research\w*|loked up|loking up|lok up|read up on|reading up on|working out|worked out|figuring out|figured out|searching|searched) (?:how|which|what|where|ways|methods)|deliberately|about to find out|no (?:seat ?belt|belt) on|(?:keep|kept|keps) thinking about (?:it|that|doing it|using it))\b",
        ),
    ),
    "wish": (
        (
            4,
            r"\b(?:(?:asked|asking|ask|beged|beging|beg|pray|praying|prayed|prayers?) (?:\w+ ){0,3}(?:god|the lord|jesus|alah|him|the universe) (?:\w+ ){0,2}to (?:take me|let me die|let me go|end it|cal me home)|take me in my slep|(?:god|lord|jesus|alah) (?:please )?take me|(?:hope|hoping|wish|wishing) (?:i|id) (?:\w+ ){0,2}(?:hit|crash|crashed|wrap|wraped|plough|hits|go) (?:into |of |under )?(?:a|the) (?:tre|wal|lory|bridge|barier|pilar|train|bus|clif|river))\b",
        ),
    ),
    "harm": (
        (
            2,
            r"\b(?:hiting|hit|punching|punch|punched|hitin|bang|banging|smash|smashing) (?:myself|my head|my fists?)\b",
        ),
    ),
    "severity": (
        (
            2,
            r"\b(?:stitches|steri strips|went to far|to deep|(?:want|ned|going) to do it again|bleds|with (?:a|my) (?:lighter|razor|blade|compas|scisors|sharpener))\b",
        ),
    ),
    # Drink beside a means or a place adds, like a time.
    "drink": (
        (1, r"\b(?:drunk|pised|hamered|wasted|vodka|whisky|whiskey|drinking|ben drinking)\b"),
    ),
}
for _group, _cues in MORE_CUES.items():
    CUES[_group] = CUES.get(_group, ()) + _cues
# Groups that say something on their own; 'time', 'help', 'drink' and 'first' only add to them.
CONTENT = frozenset(
    {
        "means", "act", "final", "thought", "affairs", "after", "resolve", "wish", "harm",
        "severity", "ask", "farewell",
    }
)  # fmt: skip
# Groups read without the subject rule: what others do not know is part of the goodbye.
_ANY_SUBJECT = frozenset({"first", "after", "farewell"})

# Groups where each further cue adds: putting several things in order is the signal.
_ACCUMULATE = frozenset({"affairs"})

# Everyday, accident, leisure and work uses of the same words; each lowers the score.
DAMPERS = (
    r"\bfor (?:my|the|a) (?:headache|migraine|back|cold|flu|hay fever|hayfever|period|tooth|toothache|knee|pain|allergy|allergies|chest|infection|sleep)\b|\bas prescribed\b|\b(?:pharmacy|chemist|doctor|gp|dentist|side effects?|dosage|repeat prescription|is it (?:normal|safe|ok)|physio|physiotherapist|self refer|self referral)\b|\b(?:usual|normal|daily|regular|morning|evening|nightly) (?:dose|doses|meds)\b|\bwith (?:my )?(?:breakfast|food|a meal)\b",
    r"\b(?:cooking|cook|recipe|chopping|chop|onions?|veg|vegetables|kitchen|bread|cake|oven|bbq|barbecue|shaving|shave|skirting|wood|diy|saw|drill|climbing|climb|harness|garden|gardening|hedge|mirror|shelf|picture|wallpaper|paint)\b",
    r"\b(?:(?<!season )ticket|(?<!season )tickets|timetable|fare|fares|booking|book|booked|delayed|cancelled(?! (?:\w+ ){0,2}(?:direct debits|standing orders|subscriptions|milk|papers|post|gym|phone|contract|netflix))|late for|diversion|closed|holiday|trip|flight|hotel|commute|journey|sat nav|satnav|directions|insurance quote|mot|service|jump start|jump leads|jumper|jump in the shower|jump on|jump to|jump at|trampoline|parachute|skydive|bungee|swim|swimming|surf|surfing|paddle|fishing|walk the dog|dog walk|cycle|cycling|game|gaming|level|boss|film|movie|tv|book club|crossword|quiz|calories|exercise|workout|gym)\b",
    r"\b(?:the male|the female|a male|a female|the man|the woman|the deceased|deceased|the body|a body|sudden death|casualty|suspect|the subject|misper|concern for welfare|attended|called to|on scene|we found|detained|prisoner|custody|requal|range|recert|recertification|firearms training|firearms course|the job|a job|at the job|on the job|discharged|deployed|deployment|incident|briefing|operation|afos|arv|policy|procedure|report|niche|storage|how do i write|training)\b|\b(?:overdose|hanging|suicide|jumper|drowning|fatal|rtc|cot death) (?:job|jobs|call|calls)\b|\bcot death\b|\bworked (?:the|a|on the|on a) (?:suicide|hanging|jumper|fatal|sudden death|death|rtc|overdose)\b|\bdebriefs?\b",
    rf"\b(?:{_DRUGS}) for (?:my|the|a|an|his|her)\b|\b(?:took|taken|take|taking|had|have) (?:my|me) (?:usual |normal |daily |morning |evening |night )?(?:{_DRUGS})\b",
    # The morning after a night's drinking ('had a heavy one ... feel rough'); not the drinking
    # itself, which beside a means adds (group 'drink').
    r"\b(?:a heavy one|hangover|hungover|feel rough|feeling rough)\b",
    r"\b(?:swing|tent|camping|boat|sailing|knot|knots|scouts|washing line|tow|towing|abseil|abseiling|zip wire|tyre|kit belt|duty belt|utility belt|belt kit)\b",
    r"\b(?:cut|cutting|burnt|burned|sliced|scratched|hurt) (?:myself|my \w+) (?:on|while|when|shaving|cooking|chopping|gardening|at the gym|playing)\b|\bby accident\b|\baccidentally\b",
    r"\b(?:(?:hand|handing|handed|put|putting|give|giving|gave) (?:my |in my )?notice in|(?:hand|handing|handed) in my notice|resign|resigning|resigned|resignation|"
    r"retire|retiring|retired|retirement|leaving do|leaving card|leaving party|last day|transfer|transferring|secondment|moving house|moving out|moving in|new house|new flat|old flat|new job|new console|upgraded|outgrown|grown out of|declutter|decluttering|charity shop|car boot|wedding|honeymoon|dog sitter|cat sitter|house sitter|airport|abroad|away for|while im away|when im away|pub)\b",
    r"\b(?:not|never|nowhere near) (?:\w+ )?(?:suicidal|in (?:any )?danger|going to do anything|going to hurt myself|going to kill myself|at risk)\b|\b(?:not|never) (?:\w+ )?(?:thinking|thought) (?:of|about) (?:hurting|harming|killing|ending) (?:myself|it|my life)\b|\bno (?:intention|plans?) (?:of|to)\b|\bim (?:safe|fine|ok)\b",
    # The last message for tonight, not for ever ('last message from me tonight').
    r"\blast (?:message|mesage|msg|text|post) (?:from me |of mine )?(?:tonight|today|for now|for today|for tonight|til (?:tomorow|monday|next shift)|this shift)\b",
    # Notice asked about.
    r"\b(?:how much|how long|what) notice\b|\bnotice period\b",
    # Too much coffee or chocolate, and done with a chat's questions or a form: everyday talk.
    rf"\b(?:overdosed|overdosing|overdose|oded) on {_HARMLESS_OD}\b",
    r"\b(?:done|finished) with (?:the|these|your|this|my|all the|all your) (?:questions|quiz|form|forms|survey|chat|bot|menu|test|paperwork|report|homework|essay|questionnaire)\b",
    # Handing in a warrant card, badge or kit: leaving the job.
    r"^(?!.*\b(?:where im going|wont need|wont be needing|not be needing|after im gone|wont be here)\b)"
    r".*\b(?:hand|handing|handed|give|giving|gave|return|returning) (?:in |back )?(?:my )?(?:warrant card|warant card|badge|id card|kit|uniform|lanyard|pass)(?: in| back)?\b",
    # Self-harm, suicidal thoughts or an attempt told of in the past with wellness now, as the
    # screen reads them.
    PAST_SELF_HARM,
    PAST_RECOVERED,
)

# Dampers read on a window and the sentence after it: what is said straight after of the
# sentence before ('thinking of ending it... my career in the police, that is'; 'signing off
# for good. Well, till next shift').
TAIL_DAMPERS = (
    r"\b(?:the|this|my) (?:(?:career|time|days|years) (?:in|with|at|on) (?:the|this) )?(?:job|force|career|role|work|police|service) (?:i mean|that is)\b(?! (?:and|or|but) (?:everything|life|me|myself|it all|all of it))|\bi mean (?:the|this|my) (?:job|force|career|role|work)\b(?! (?:and|or|but) (?:everything|life|me|myself|it all|all of it))",
    r"\b(?:wel|ok|okay|or|at least|haha|lol|jk|joking)(?: \.)? (?:til|until) (?:next|the next|my next) (?:shift|set|tour|week|time)\b",
    r"\b(?:from|of|with) (?:this|the) (?:app|chat|bot)(?: i mean| that is)\b",
)

# Words that make the nearest subject the speaker, and words that make it someone else.
# A cue that holds one of these is the speaker's whoever is named before it ('his tablets in
# my hand').
_MINE = frozenset({"my", "myself"})
_HIS = frozenset({"his", "her", "their", "hes", "shes", "theyre"})
_SELF = frozenset(squeeze(w) for w in ("i", "im", "ive", "id", "il", "me", "myself", "imma"))
_OTHER = frozenset(
    squeeze(w)
    for w in (
        "he", "she", "they", "hes", "shes", "theyre", "theyve", "theyd", "him", "her", "them",
        "his", "husband", "wife", "partner", "mate", "friend", "colleague", "son", "daughter",
        "brother", "sister", "mum", "dad", "mother", "father", "boyfriend", "girlfriend", "man",
        "woman", "male", "female", "shed", "hed", "hell", "shell", "theyll", "someone", "somebody", "crewmate", "sergeant", "sarge",
        "officer", "pcso", "teenager", "kid", "child", "neighbour", "guy", "bloke", "lad",
        "girl", "boy", "probationer", "suspect", "patient", "caller", "subject", "staff",
        "pc", "pcs", "inspector", "skipper", "recruit", "oppo", "special", "specials",
        "detective", "dc", "ds", "tutee",
        "sons", "daughters", "operator", "dispatcher", "handler", "volunteer", "lady", "gentleman",
        "public", "people",
    )
)  # fmt: skip


# Verbs of a relative clause about someone else ('a special I work with'); the screen reads
# subjects with the same set.
# Verbs of meeting someone on the job ('one of the people I interviewed today talked about'):
# the screen also reads them after 'the people' or 'those'.
MET_VERBS = frozenset(
    squeeze(w) for w in ("spoke", "talked", "met", "interviewed", "assessed", "visited")
)
RELATIVE_VERBS = MET_VERBS | frozenset(
    squeeze(w) for w in ("work", "know", "manage", "supervise", "sit", "tutor", "mentor", "crew")
)


def _compile(pattern: str) -> re.Pattern[str]:
    """A pattern squeezed like the text; a letter after a backslash is regex syntax, kept."""
    return re.compile(re.sub(r"(?<!\\)([a-z])\1+", r"\1", pattern))


_CUES = {g: tuple((w, _compile(p)) for w, p in cues) for g, cues in CUES.items()}
_DAMPERS = tuple(_compile(p) for p in DAMPERS)
_TAIL_DAMPERS = tuple(_compile(p) for p in TAIL_DAMPERS)
_FOUND_THEIRS = _compile(FOUND_THEIRS)
_SENSIBLE = _compile(SENSIBLE_PLANNING)


@dataclass(frozen=True)
class Risk:
    """The scorer's verdict on one message: whether it fires, its best score and top group."""

    fires: bool
    score: int
    group: str = "none"
    # Crisis cues were there, but an everyday, accident or work context held them back.
    damped: bool = False


def _speaker(before: str) -> bool:
    """Whether the nearest subject before a cue is the speaker (or nobody: unsure means self)."""
    words = before.split()[-12:]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        # 'a special I work with has': a relative clause about the special.
        relative = 0 < i < len(words) - 1 and words[i + 1] in RELATIVE_VERBS
        if word == "i" and relative and words[i - 1] in _OTHER:
            return False
        if word in _SELF:
            return True
        if word in _OTHER:
            return False
    return True


def in_theirs(
    text: str, theirs: Iterable[tuple[int, int]], start: int, speaker: frozenset[str]
) -> bool:
    """Whether `start` lies in what was found of someone else's, before the speaker says 'I'.

    `theirs` are FOUND_THEIRS spans ('found searches on her phone about suicide'); from a word
    of `speaker` on ('and I want to die too'), the words are the speaker's again. The screen
    (bot/safety.py) and this scorer each pass their own words for the speaker.
    """
    return any(
        a <= start < b and not speaker.intersection(text[a:start].split()) for a, b in theirs
    )


def _group_weight(
    group: str, window: str, subjects: bool = True, theirs: tuple[tuple[int, int], ...] = ()
) -> int:
    """The heaviest cue of a group in the window whose subject is not someone else.

    `theirs` are the spans of things found among someone else's ('found a rope in her
    wardrobe'): a cue inside one is theirs.
    """
    best = 0
    for weight, regex in _CUES[group]:
        if weight <= best:
            continue
        for match in regex.finditer(window):
            if subjects and in_theirs(window, theirs, match.start(), _SELF):
                continue
            words = match.group(0).split()
            mine = _MINE.intersection(words)
            # 'giving away his stuff': his affairs, told of by someone else.
            owner = words + window[match.end() :].split()[:1]
            if group == "affairs" and not mine and _HIS.intersection(owner):
                continue
            if group in _ANY_SUBJECT or not subjects or mine or _speaker(window[: match.start()]):
                best = weight
                break
    if group in _ACCUMULATE and best:
        # Settling several things ('affairs in order', 'dog rehomed') says more than one.
        found = {m.group(0) for _, regex in _CUES[group] for m in regex.finditer(window)}
        best = min(4, best * len(found))
    if group == "first" and not best and not _OTHER.intersection(window.split()):
        return 1  # a dropped subject ('took the lot') is the speaker's
    return best


def _score(window: str, subjects: bool = True, tail: str = "") -> tuple[int, int, str]:
    """The window's score, its threshold, and the content group that weighs most.

    `tail` is the sentence after the window, read for TAIL_DAMPERS only.
    """
    theirs = tuple(m.span() for m in _FOUND_THEIRS.finditer(window)) if subjects else ()
    weights = {group: _group_weight(group, window, subjects, theirs) for group in _CUES}
    if _SENSIBLE.search(window):
        # Life cover or a will 'for when I'm gone', said to be sensible planning with no risk
        # word beside it (the screen reads it the same way): not a goodbye.
        weights["after"] = weights["affairs"] = 0
    content = {g: w for g, w in weights.items() if g in CONTENT and w}
    if not content:
        return 0, THRESHOLD, "none"
    score = sum(weights.values())
    # One content group alone needs a strong cue (a time or 'I' beside a place is not enough),
    # and weak cues alone never add up ('my kit belt ready for tomorrow').
    strongest = max(content.values())
    if (len(content) == 1 and strongest < 4) or strongest < 2 or sum(content.values()) < 3:
        score = min(score, THRESHOLD - 1)
    dampers = sum(1 for d in _DAMPERS if d.search(window))
    # A plain correction ('my career, that is') counts twice: it takes back the words before it.
    read_on = f"{window} . {tail}"
    dampers += 2 * sum(1 for d in _TAIL_DAMPERS if d.search(read_on))
    threshold = THRESHOLD + DAMPING * dampers
    return score, threshold, max(content, key=lambda g: content[g])


def assess(text: str) -> Risk:
    """Score a normalised message, sentence by sentence and in pairs of sentences."""
    sentences = [s.strip() for s in text.split(" . ") if s.strip(" .")]
    if len(sentences) > 1 and _score(" ".join(sentences), subjects=False)[0] < THRESHOLD:
        # No window can score more than the whole message read without subjects or dampers:
        # most messages stop here.
        return Risk(False, 0)
    after = [*sentences[1:], ""]
    windows = list(zip(sentences, after, strict=False)) + [
        (f"{a} {b}", after[i + 1]) for i, (a, b) in enumerate(itertools.pairwise(sentences))
    ]
    best = Risk(False, 0)
    damped = False
    for window, tail in windows:
        score, threshold, group = _score(window, tail=tail)
        if score >= threshold:
            return Risk(True, score, group)
        damped = damped or (threshold > THRESHOLD and score >= THRESHOLD - 2)
        if score > best.score:
            best = Risk(False, score, group)
    return Risk(False, best.score, best.group, damped)
