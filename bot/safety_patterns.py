# ruff: noqa: E501  (one pattern a line reads and reviews better than a pattern cut in pieces)
"""The reviewed wording of the crisis screen: what raises the alarm and what calms it.

Patterns are written in plain lower-case English without apostrophes ('dont', 'im', 'il' for
"I'll"); bot/safety.py squeezes repeated letters out of them exactly as it does out of the text,
so 'kill', 'kiiill' and 'kil' are one word. Every change here needs a second reviewer and the
corpora in tests/data/crisis/ (docs/safety/safety-case.md says how).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Who(Enum):
    """Whose risk a pattern speaks of."""

    SELF = "self"  # the wording itself is first person ('kill myself', 'my life')
    ANY = "any"  # the subject decides: the nearest pronoun or 'my mate is ...' before it
    OTHER = "other"  # the wording itself is third person ('kill himself', 'end her life')


@dataclass(frozen=True)
class Rule:
    """One pattern: its category, whose risk it speaks of, and how it can be calmed."""

    category: str
    pattern: str
    who: Who = Who.ANY
    # Wording a police officer also uses about a job ('a suicide note', 'took an overdose'):
    # calmed when the sentence is plainly work talk.
    weak: bool = False
    # A pattern that only means crisis when the message also speaks of a death.
    needs_death: bool = False
    # A pattern that only means crisis when the message also names a means or a place.
    needs_means: bool = False
    # Wording the message must also hold somewhere for the pattern to count (a means named
    # beside 'engine running'), and wording that sets the pattern aside (leaving the job beside
    # 'nobody will talk me out of it'). Empty means no condition.
    needs: str = ""
    unless: str = ""


# Small building blocks (before squeezing).
_ADV = r"(?:(?:just|really|honestly|actually|literally|truly|seriously|kind of|sort of|so|proper|genuinely|properly|even|still|often|sometimes|always) )*"
_INTENT = (
    r"(?:going to|want to|wanted to|wanting to|wants to|need to|needs to|planning to|plan to|"
    r"planned to|ready to|about to|decided to|tempted to|trying to|tried to|try to|urge to|"
    r"urges to|thinking about|thinking of|thought about|thought of|think about|considering|"
    r"might|could|should|wil|would|il|id|to|just|gonna)"
)
_DRUGS = (
    r"(?:tablets|pills|medication|medicine|paracetamol|painkillers|sleeping tablets|"
    r"sleeping pills|insulin|antidepressants|co codamol|codeine|tramadol|oramorph|morphine|"
    r"amitriptyline|sertraline|diazepam|zopiclone|propranolol|aspirin|ibuprofen|pills)"
)
_PEOPLE = (
    r"(?:kids|children|son|sons|daughter|daughters|wife|husband|partner|family|mum|mam|dad|"
    r"mother|father|boyfriend|girlfriend|parents|brother|sister|little ones|baby|boys|girls|"
    r"grandkids|loved ones)"
)
_PLACES = (
    r"(?:edge|ledge|bridge|cliff|cliffs|cliff edge|tracks|railway line|railway|train line|"
    r"train tracks|level crossing|platform edge|multi storey|rooftop|roof|viaduct|motorway bridge)"
)
_WEAPONS = (
    r"(?:gun|glock|pistol|firearm|weapon|sidearm|taser|carbine|rifle|shotgun|barrel|knife|"
    r"blade|razor|rope|belt)"
)
_KILL_VERBS = (
    r"(?:kill|killing|top|topping|unalive|end|ending|hang|hanging|shoot|shooting|gas|gassing|"
    r"poison|poisoning|electrocute|suffocate|suffocating|drown|drowning|stab|stabbing|"
    r"overdose|starve)"
)
_HARM_VERBS = (
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burnt|scratch|scratching|hit|"
    r"hitting|punch|punching|bite|biting|bruise|bruising|bang|banging|mutilate|mutilating|"
    r"slice|slicing|carve|carving)"
)

# More building blocks (before squeezing) for means in hand, time set, burden, passive wishes.
_MORE_DRUGS = (
    r"(?:tablets|pills|medication|medicine|paracetamol|painkillers|sleeping tablets|insulin|"
    r"antidepressants|co codamol|codeine|dihydrocodeine|tramadol|oramorph|morphine|oxycodone|"
    r"fentanyl|amitriptyline|sertraline|citalopram|fluoxetine|mirtazapine|venlafaxine|"
    r"quetiapine|olanzapine|lithium|pregabalin|gabapentin|diazepam|zopiclone|propranolol|"
    r"aspirin|ibuprofen|naproxen|nytol|antihistamines|prescription|meds|sleepers|benzos|"
    r"pills|tabs|caps|capsules|tablet|pill|capsule)"
)
_ALCOHOL = (
    r"(?:vodka|gin|whisky|whiskey|wine|rum|brandy|beer|cider|alcohol|booze|red|white|tequila|"
    r"bourbon|spirits|drink|lager|jack daniels|jd|prosecco)"
)
# A quantity no one takes as a dose: the lot, a box, a strip, too many, twenty.
_HOARD = (
    r"(?:every|the whole|a whole|whole|the lot|a load of|loads of|lots of|a lot of|a handful of|"
    r"handfuls of|a fistful of|a box of|boxes of|\d+ boxes of|a packet of|packets of|\d+ packets of|"
    r"a pack of|packs of|a strip of|strips of|\d+ strips of|a bottle of|bottles of|a tub of|"
    r"too many|way too many|far too many|too much|way too much|dozens of|[1-9]\d+|twenty|thirty|"
    r"forty|fifty|sixty|a hundred|a months worth of|a weeks worth of|all|all of|enough)"
)
_INGEST = (
    r"(?:take|taken|taking|took|swallow|swallowed|swallowing|neck|necked|necking|down|downed|"
    r"downing|pop|popped|popping|chuck back|chucked back|washed down|wash down|gulp|gulped|"
    r"scoffed|eaten|ate|had|emptied|emptying|tipped|crushed)"
)
# When a plan is set ('tonight', 'after my last set of nights', 'once the kids are asleep').
_WHEN = (
    r"(?:tonight|today|tomorrow|this (?:weekend|week|morning|afternoon|evening|time tomorrow)|"
    r"at the weekend|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|next (?:week|rest day|rest days|weekend|set)|on my (?:next )?(?:rest day|rest days|"
    r"day off|days off|birthday)|in (?:an|a few|a couple of|two|a) (?:hour|hours|minutes|days)|"
    r"(?:after|when|once|as soon as|soon as|before|while) (?:\w+ ){0,5}(?:shift|shifts|nights|"
    r"set|earlies|lates|funeral|christmas|kids|wife|husband|partner|she|he|they|everyone|"
    r"everybody|house|home|work|asleep|gone|out|ends|finishes|finish|over|leave|leaves|left|"
    r"bed|dark))"
)
# Things 'it' may be in everyday plans: 'I'm doing it tonight, the essay'.
# Times that only a private plan needs ('once the house is empty'), for 'I'll do it ...', which
# is also how people answer a suggestion ('I'll do it tomorrow').
_WHEN_PRIVATE = (
    r"(?:tonight|this weekend|at the weekend|(?:on |this )?(?:friday|saturday|sunday)|"
    r"(?:when|once|while|as soon as|after) (?:\w+ ){0,4}(?:kids|wife|husband|partner|she|he|they|"
    r"everyone|everybody|house|asleep|gone|out|dark|empty|alone|on my own|last set|funeral))"
)
_CHORES = (
    r"(?:essay|form|forms|paperwork|course|training|exam|report|assignment|application|"
    r"overtime|shopping|washing|ironing|homework|module|elearning|ncalt|revision|statement|"
    r"file|presentation|interview|test|run|swim|gym|workout|decorating|garden|move|drive|party|"
    r"do|meeting|match|game|briefing|raid|op|operation|warrant|wedding|concert|gig|night out|"
    r"bbq|barbecue|referral|call|appointment|email|quiz|walk|ride|marathon|sponsored)"
)
_PAYOUT = (
    r"(?:death in service|life insurance|life cover|insurance money|insurance payout|"
    r"insurance policy|the insurance|my insurance|payout|pay out|lump sum|death benefit|"
    r"police pension|my pension|widows pension)"
)
_HEIGHTS = (
    r"(?:multi storey|car park|bridge|viaduct|cliff|cliffs|roof|rooftop|top floor|balcony|"
    r"tower block|flats|overpass|footbridge|ledge|parapet|beachy head|platform|station|"
    r"quarry|tower)"
)
_LIGATURE = (
    r"(?:rope|noose|belt|cord|cable|cable ties|ligature|scarf|lead|dog lead|flex|strap|"
    r"dressing gown cord|charger cable|washing line|tow rope|tie|sheet|bungee)"
)
_ANCHOR = (
    r"(?:banister|bannister|beam|beams|rafter|rafters|loft|loft hatch|hatch|hook|tree|branch|"
    r"railing|railings|door|stairs|pipe|wardrobe|curtain rail|handle|bar|joist|bracket|shed|"
    r"garage|attic)"
)
# A death or its place, beside wanting to do the same ('after that call I want to go the same way
# she did'): the job is the cause there, so work talk does not calm it.
_COPIED_DEATH = (
    r"\b(?:jumper|jumpers|jumped|jump|hanging|hanged|hung himself|hung herself|overdose|suicide|"
    r"sudden death|took (?:his|her|their) own life|killed (?:himself|herself|themselves)|die|"
    r"died|dead|death|body|that call|the call|on the line|bridge|viaduct|car park|multi storey|"
    r"cliff|railway|tracks)\b"
)
_LEAVING_JOB = (
    r"\b(?:notice|resign|resigning|resignation|resigned|leave the job|leaving the job|"
    r"leave the force|leaving the force|quit|quitting|retire|retiring|retirement|transfer|"
    r"divorce|tattoo|course|promotion|move|moving|wedding|holiday)\b"
)

# Self-harm told of in the past with safety now ('self-harmed as a teenager, fine for ten years');
# anything said of now ('again', 'lately', 'urges') keeps the rule on.
PAST_SELF_HARM = (
    r"^(?!.*\b(?:again|stil(?! (?:have|got) (?:the |my |some )?scars| (?:so |too )?(?:hard|critical) on myself)|started|starting|tonight|lately|recently|relapse\w*|back to|urges?|want to|wana|craving|thinking about|this week|last night|today|yesterday|creeping back|(?<!not )(?<!never )(?<!hasnt )(?:coming|come|came) back|(?:slipped|slipping|fallen|falling|sliding) back|(?<!not )(?<!never )(?<!hasnt )returned|returning|(?:its|theyre|they are|it is) back)\b)"
    r".*\b(?:as a (?:teenager|teen|kid|child|student)|when i was (?:younger|a teenager|a teen|a kid|at schol|in schol|at uni|a student|\d+)|years ago|in my teens|in my twenties|(?:ben|im|i am|ive ben) (?:fine|wel|ok|okay|god|beter|clean|fre) (?:for|now)|havent (?:self harmed|done it|cut) (?:for|in))\b"
)
# What helped, told of after a bad time ('therapy sorted me out'; 'counselling really helped').
_HELPED_BY = (
    r"(?:therapy|counseling|treatment|support|medication|help|emdr|cbt|dbt|meds|antidepressants|"
    r"talking therapies|talking therapy|my counselor|my therapist|trim)"
)
# The one who takes the calls now the one in need ('tonight I'm the caller'), and a role played.
_NOW_IM_THE = (
    r"\b(?:tonight|now|today|this time|for once)(?: its me| im| i am)? (?:im |i am )?the "
)
_ROLE_PLAY = r"exercise|training|scenario|role play|roleplay|playing the|acting"
# Suicidal thoughts or an attempt told of years ago, with wellness now ('tried to end my life
# three years ago; doing well now'); anything said of now keeps the rule on.
PAST_RECOVERED = (
    r"^(?!.*\b(?:again(?! (?:just )?(?:for a|as a) (?:check in|top up|refresher|catch up|follow up|booster))|tonight|lately|recently|relapse\w*|(?:slipped|slipping|fallen|falling|sliding) back (?:in)?to|back to (?:that|those|the same|square one|how i was)|creeping back|coming back|come back|came back|urges?|this week|last night|today|at the moment|right now|currently|but(?! (?:ive|i have) had (?:some |the |a lot of |lots of )?(?:support|help|treatment|counseling|therapy)| (?:the )?"
    + _HELPED_BY
    + r" (?:\w+ )?(?:sorted|helped|fixed)| (?:i )?(?:want|wanted|would like|id like|im after|am after|fancy|could do with|need|would love) (?:a |some |another )?(?:top up|refresher|booster|check in|follow up|catch up)| (?:ive|i have|i) (?:not|never|havent|have not) (?:felt|thought|ben|been) (?:like that|that way|that)| (?:im|i am|ive been|i have been|now im|thankfully im) (?:doing )?(?:really |so |much )?(?:well|fine|ok|okay|good|great|better|stable|in a (?:realy |much |so )?(?:good|beter|much beter) place))|starting to|still (?:get|have|think|feel|want|struggle)|slip\w*|struggl\w*|worse|scared|frightened|cant cope|spiral\w*|sliding|wobbl\w*|not (?:ok|okay|coping)|plan|plans|pills|tablets|rope|bridge)\b)"
    r"(?=.*\b(?:years ago|last year|a year ago|as a (?:teenager|teen|kid|child|student)|when i was (?:younger|a teenager|a teen|a kid|at uni|a student|\d+)|back in (?:\d+|the day)|in my (?:teens|twenties)|(?:a|two|three|few|couple of) years back)\b)"
    r".*\b(?:(?:im|i am|ive been|i have been) (?:doing )?(?:really |so |much )?(?:well|fine|ok|okay|good|great|better|stable|in a (?:realy |much |so )?(?:good|beter|much beter) place) (?:now|these days|since|for years|for a long time|for (?:\w+ )?years)|(?:doing|feeling) (?:really |so |much )?(?:well|great|fine|good|better) (?:now|these days)|got (?:help|support|treatment)|"
    + _HELPED_BY
    + r" (?:realy |really |properly |totaly |genuinely |massively |so )?(?:sorted me|sorted me out|helped me|helped|fixed me|worked)|got through (?:it|them|that|those)|came out the other side|recovered|in recovery|(?:not|never|havent|have not) (?:felt|thought) (?:like that|that way|that) (?:in|for|since) (?:a long time|years|ages|a long while|a while))\b"
    # Or asked about as a disclosure of the past ('if I tell you I was suicidal in the past, will
    # it go on my record'), with nothing said of now.
    r"|^(?!.*\b(?:now|again|tonight|lately|currently|at the moment|right now|still|but|today|this week)\b)"
    r".*\b(?:if|when|should) i (?:tell|told|say|said|mention|mentioned|admit|admitted|disclose|disclosed|declare|declared)\b[^.]*\b(?:was|were|had been|have been|ive been|ive had|i have had|had|used to be|used to|felt|have felt|ive felt|had felt)\b[^.]*\b(?:in the past|before|years ago|once|previously|as a (?:teenager|teen|kid|student)|in my (?:teens|twenties|thirties)|when i was (?:younger|a teenager|a teen|a kid|at uni|a student)|back in \d+|last year)\b"
)
# A rope got for climbing, sailing, towing or camping (not when said not to be for them).
ROPE_EVERYDAY = (
    r"^(?!.*\bnot (?:\w+ ){0,2}(?:for )?(?:climbing|the boat|towing|camping)\b)"
    r".*\b(?:(?:for|go|going|went|took up|taking up|love|do|rock|indoor) climbing|climbing (?:wall|gym|trip|club|session|centre|course|with|at|tomorrow|this weekend)|abseil\w*|harness|belay|crag|bouldering|caving|sailing|boat|towing|tow|camping|tent|scouts|washing line|tug of war|skipping)\b"
)
# Things given away because they no longer fit or were replaced; not where I am going.
GIVEN_AWAY_EVERYDAY = (
    r"^(?!.*\b(?:wont need|not going to need|wont be needing|where im going|after im gone|when im gone|wont be here|not be here)\b)"
    r".*\b(?:cadets|charity shop|they fit|didnt fit|dont fit|doesnt fit|no longer fit|outgrown|too small|too big|car boot|ebay|vinted|upgraded|new ones|new pair|declutter\w*)\b"
)
# 'I'm OK in myself' with no death or means named: the trouble is what should stop.
OK_IN_MYSELF = (
    r"^(?!.*\b(?:end it|die|dying|dead|kill|suicid\w*|not be here|wake up|tablets|pills|rope|bridge|knife|blade)\b)"
    r".*\b(?:im|i am|i feel|feeling) (?:ok|okay|fine|alright|all right|safe) in myself\b"
)
# Ordinary reasons for planning 'for when I'm gone' (a will, life cover, a new house).
SENSIBLE_PLANNING = (
    r"^(?=.*\b(?:life insurance|life cover|death in service|will|wills|pension nomination)\b)"
    r"(?=.*\b(?:just being sensible|being sensible|planning ahead|and healthy|im healthy|new baby|baby on the way|had a baby|having a baby|just had (?:a|our) (?:baby|little one|son|daughter)|babys? (?:is here|here|arrived|has arrived|came|was born)|now (?:the|our) baby|since (?:the|our) baby|just got married|getting married|got married|since (?:i|we) (?:got )?married|got engaged|civil partnership|moved in together|new partner|bought a house|new house|mortgage)\b)"
    r"(?!.*\b(?:tonight|soon|this week|better off|burden|relief|pays out|payout|not be here long|"
    r"wont be here long|done|cant|end it)\b)"
)

# Risk words that make 'the friend is me' or 'he's me' a disclosure, not small talk.
_FRIEND_IS_ME_RISK = (
    r"nothing left|trains?|tracks|jump\w*|pils|tablets|overdose|end (?:it|things|my life)|"
    r"ending it|die|dying|dead|kil\w*|suicid\w*|hang\w*|rope|bridge|wake up|harm\w*|cut\w*|"
    r"give up|no point|not be here|gone"
)

# 'Dead by the weekend': the deadline, the same for the speaker and for someone else.
_DEAD_BY_WHEN = (
    r"(?:by|before) (?:the )?(?:weekend|morning|tomorrow|tonight|friday|saturday|sunday|monday|"
    r"christmas|next week|end of the week|end of the month)\b"
)
# 'I'll be dead by Friday at this rate', of a rota, a cold or a hangover.
_DEAD_BY_IDIOM = r"\b(?:at this rate|at the rate|if (?:this|these|the|that|i have to|i do another|i keep)|with (?:this|these|the|that|all) (?:rota|shifts?|workload|overtime|cold|flu|bug|hangover|heat|paperwork|training)|hangover|flu|man flu|a cold|this cold|lol|haha)\b"

RULES: tuple[Rule, ...] = (
    # Direct wording.
    Rule("direct", rf"\b{_KILL_VERBS} myself\b", Who.SELF),
    Rule(
        "direct",
        r"\b(?:to|just|going to|il|wil|might|could|should|want to) off myself\b",
        Who.SELF,
    ),
    Rule("direct", r"\b(?:do|doing) myself in\b", Who.SELF),
    # 'if I die by my own hand': the old phrase for suicide, never an everyday one beside death.
    Rule(
        "direct",
        r"\b(?:die|dying|death|dead|end it|ending it|go|going|gone|end my life|life) (?:\w+ ){0,2}(?:by|at) my own hands?\b",
        Who.SELF,
        unless=PAST_RECOVERED,
    ),
    Rule(
        "direct",
        r"\b(?:end|ending|take|taking|took|ended) (?:my|me) (?:own )?life\b",
        Who.SELF,
        unless=PAST_RECOVERED,
    ),
    Rule(
        "direct",
        r"\bend(?:ing)? (?:it all|everything|it for good|it once and for all|my misery|things for good|it permanently)\b",
    ),
    Rule(
        "direct",
        rf"\b{_INTENT} {_ADV}(?:end|ending) (?:it|things)\b(?! (?:with|between|for the (?:day|night|week)|here|there|now then|at))",
    ),
    Rule(
        "direct",
        rf"\b(?:want|wanted|wanting|wants|going|ready|deserve|need|wish|wishing|hope|hoping|prefer|rather) to {_ADV}die\b",
    ),
    Rule(
        "direct",
        rf"\b(?:want|wants|wanted|wish|wishing) (?:i was |i were |to be |i could be |id be |that i was )?{_ADV}dead\b",
    ),
    Rule(
        "direct",
        r"\bwish (?:i|id|i had|i could|i would|i was|i were|i wasnt|i did not|i didnt) (?:\w+ ){0,2}(?:dead|died|never been born|not been born|been born|not wake up|never wake up|disappear|vanish|not exist|didnt exist|stop existing|cease to exist|fall asleep forever|sleep forever|alive|born|here any more|around any more|gone)\b",
        Who.SELF,
    ),
    Rule("direct", r"\b(?:better off|be better) dead\b"),
    Rule(
        "direct",
        r"\bsuicidal\b(?! (?:man|male|female|woman|person|people|lad|bloke|girl|boy|kid|kids|teen|teenager|teenagers|patient|patients|caller|callers|subject|subjects|individual|individuals|member|jumper|prisoner|prisoners|detainee|detainees|casualty|adult|adults|child|children|youth|young|men|women|persons|crisis calls|jobs|job|calls|call|incidents|incident))",
        unless=PAST_RECOVERED,
    ),
    Rule(
        "direct",
        r"\b(?:commit|commiting|atempt|atempted|atempting|contemplate|contemplating|consider|considering|thinking about|thinking of|thought about|thought of|thoughts of|thoughts about|think about|plan|planning|planning on|talk of|resort to|resorting to) suicide\b",
        weak=True,
        unless=PAST_RECOVERED,
    ),
    Rule(
        "direct",
        r"\bsuicide (?:plan|plans|attempt|attempts|thoughts|ideation|pact|method|methods|is the only|is my only|seems like the only|is the answer|is an option|feels like the|is looking|is on my mind|on my mind|crossed my mind|keeps crossing|is all i (?:can )?think about|is all i think of|is (?:always |constantly )?in my head|keeps coming into my head|is calling)\b",
        weak=True,
        unless=PAST_RECOVERED,
    ),
    Rule(
        "direct",
        r"\b(?:cant|cannot|can not|not|no longer|unable|struggling|dont|doesnt|wont|how do i|help me|not sure) (?:\w+ ){0,4}keep myself safe\b",
        Who.SELF,
    ),
    Rule(
        "direct",
        r"\b(?:not|dont feel|never feel) (?:\w+ )?safe (?:from myself|with myself|around myself|on my own tonight|to be alone|alone tonight|being alone)\b",
        Who.SELF,
    ),
    Rule(
        "direct",
        r"^(?:\w+ )?(?:suicide|suicidal|self harm|self harming|overdose|unalive|kill myself|end it|end it all|die|dying)(?: \w+)?$",
    ),
    Rule(
        "direct",
        r"\b(?:end|ending|take|taking|took|ended) mine\b(?! (?:with|black|white|later|home|off|out|back|to|for|in|on))",
        Who.SELF,
        needs=r"\blife\b",
    ),
    Rule("direct", r"\bunalive\b"),
    Rule("direct", r"\bctb\b"),
    # The whole message: 'no point', 'what's the point any more'.
    Rule(
        "indirect",
        r"^(?:theres |there is |just |honestly |tbh )?(?:no point|whats the point|what is the point)(?: (?:any ?more|in anything|to anything|in any of it|of anything|of it all|in going on|in carrying on|in me|to me|in living|in trying))?(?: \.)?$",
    ),
    # 'arrangements for my family in the event of my death, which I anticipate may be soon';
    # not a death foretold by an illness.
    Rule(
        "indirect",
        r"\bmy (?:death|passing|demise)\b[^.]{0,60}\b(?:may|might|wil|could|is going to|is likely to) (?:be|come|happen) (?:very |quite |rather )?(?:soon|sooner than (?:you|people|anyone|most) (?:think|expect)|any day|before long|shortly)\b",
        Who.SELF,
        unless=r"\b(?:terminal\w*|cancer|diagnos\w*|hospice|palliative|prognosis|illness|disease|tumour|months to live|weeks to live)\b",
    ),
    # 'It's time', as the whole message.
    Rule(
        "indirect",
        r"^(?:i think |i think that |ok |okay |right )?(?:its|it is) time(?: now)?(?: \.)?$",
    ),
    # Standing on the chair for a time, or still: not to reach, fix or hang up anything.
    Rule(
        "method",
        r"\b(?:stod|standing|been standing|been stod|up) on (?:a|the|my|this|the kitchen|a kitchen|the dining) (?:chair|stol)\b(?= (?:for (?:\w+ ){0,2}(?:minutes|mins|hours|ages|an hour|a while|half an hour)|again|now|right now|wondering|thinking|and (?:cant|cannot|just|im|i cant)))",
        Who.SELF,
        unless=r"\b(?:bulb|lightbulb|light bulb|curtains?|shelf|shelves|cupboard|decorat\w*|paint\w*|spider|mouse|smoke alarm|wallpaper|tinsel|christmas|reach|loft|fix|fixing)\b",
    ),
    # A means held, with a cry for help ('please help I have the knife').
    Rule(
        "method",
        r"\b(?:i have|ive got|i got|i am holding|im holding|holding|got) (?:the|a|my) (?:knife|blade|razor|rope|pills|tablets|gun|cord|belt|ligature)\b",
        Who.SELF,
        needs=r"\b(?:help|please|scared|frightened|cant stop|dont know what to do)\b",
        unless=r"\b(?:stuck|toaster|jar|kitchen drawer|drawer|sharpen\w*|recipe|cook\w*|chop\w*)\b",
    ),
    # 'I'll be dead by the weekend', not 'at this rate' or of a cold.
    Rule(
        "indirect",
        rf"\b(?:il|i wil|im going to|i am going to|i shal) be dead {_DEAD_BY_WHEN}",
        Who.SELF,
        unless=_DEAD_BY_IDIOM,
    ),
    # Knowing how, from the job, told as the danger ('did enough ligature training to know how.
    # That's the problem').
    Rule(
        "method",
        r"\b(?:know|knows|knowing|learnt|learned|taught) (?:me |us )?(?:exactly |just |too wel |ful wel |precisely )?how(?: (?:to do it|id do it|i would do it|it is done|its done|it works))?(?: \.)? (?:and )?(?:thats|that is|which is|and that|that) (?:exactly )?(?:the|what|my) (?:problem|scares me|worries me|frightens me|bothers me|danger|worry)\b",
        Who.SELF,
    ),
    # Negated or hedged wording that still means crisis.
    Rule(
        "indirect",
        rf"\b(?:dont|do not|doesnt|does not|didnt|no longer|not sure i|not sure if i|not sure that i|dont know if i|dont know why i|dont think i|dont even|dont really|cant say i|not|never|dont feel like i|dont feel i) {_ADV}(?:want|wana|wish|care|wanting|wants) to {_ADV}(?:live|be alive|exist|wake up|stay alive|keep living|survive|breathe|be on this earth|be in this world|see tomorrow|see another day)\b",
    ),
    Rule(
        "indirect",
        rf"\b(?:dont|do not|doesnt|does not|no longer|not sure i|not sure if i|dont know if i|dont think i|dont really|not|never|dont feel like i) {_ADV}(?:want|wana|wish|wanting|wants|can) to {_ADV}(?:go on|carry on|keep going|be here|be around)(?: (?:like this|any more|any longer|no more|much longer|for much longer|now|at all|on this earth|in this world)|\s*(?:\.|$))",
    ),
    Rule(
        "indirect",
        r"\b(?:want|wana|wish|need|going|rather|would rather|prefer|wanting|wants) to (?:stop living|stop existing|not be alive|not be here|not exist|not wake up|never wake up|sleep forever|go to sleep forever|fall asleep forever|never exist|vanish for ever|disappear for ever|disappear forever|disappear for good|disappear and never come back)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:sleep|asleep) (?:and |an |n )?(?:not|never|dont|wont) (?:have to |need to |ever )?wake(?: up)?\b(?! (?:for|til|until|early|at \d|to (?:an|the|my) alarm))",
    ),
    Rule(
        "indirect",
        r"\b(?:hope|hoping|wish|wishing|want|pray|praying|praying that) (?:that )?(?:i |id |to )?(?:\w+ )?(?:dont|do not|never|wont|not) wake up\b",
    ),
    Rule(
        "indirect",
        r"\b(?:hope|hoping|pray|praying) (?:that )?(?:i|id) (?:just )?(?:die|get killed|get hit|crash|never wake up|dont wake up|dont make it|dont come home)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:something|a car|a bus|a lorry|a train|someone|somebody|it|the next job|the next one|this|cancer) (?:would |wil |just )?(?:kill|kills|hit|hits|take me out|takes me out|finish|finishes) (?:me|me off)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:dont|do not) care (?:if|whether) (?:i|id) (?:live|die|wake up|make it|get hurt|get killed|am alive|am dead|died|lived)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:no|dont (?:\w+ )?see (?:the|any)|cant (?:\w+ )?see (?:the|any)|whats (?:\w+ )?the|what is (?:\w+ )?the|wheres the|there is no|theres no|lost (?:the|any)|losing the|never see the|not much|no real|no longer see (?:the|any)|there isnt (?:a|any)|cant find (?:the|any)) point (?:in |of |to )?(?:me )?(?:living|being alive|life|going on|carrying on|keeping going|existing|being here|staying alive|trying any more|anything any more|waking up|it all any more|me being here|me being alive|continuing|my life|me|any of it any more)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:life|living|it|my life|this life) (?:isnt|is not|aint|not|is no longer|isnt even|doesnt feel|hardly) (?:\w+ )?worth (?:living|it any more|carrying on|going on)\b",
    ),
    Rule("indirect", r"\bnot worth living\b"),
    Rule("indirect", r"\b(?:nothing|no one|nobody|noone) (?:left )?to live for\b"),
    Rule(
        "indirect",
        r"\b(?:no|any|lost my|lost the|lost all|cant find a|cant think of a|cant think of any|give me a|find a) reasons? (?:left )?(?:to|for) (?:live|living|go on|carry on|keep going|be here|stay|exist|wake up|stay alive|keep living|get up|be alive)\b",
    ),
    Rule("indirect", r"\blost (?:the|my|all) will to live\b"),
    Rule(
        "indirect",
        r"\b(?:better off|beter|be better|happier|be happier|better) (?:\w+ ){0,2}without me\b(?! (?:while|for|when|on|during|til|until|at|there|today|this|nagging|around|geting|being|in the (?:way|ofice|team|house|car|nick|station)))",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:better off|be better|be happier|happier|better) if i (?:was|were|wasnt|werent|was not|were not|died|disappeared|was gone|was dead|wasnt here|wasnt around|was no longer|didnt exist|never existed|never was|killed myself|ended it|didnt wake up|wasnt alive|left this world)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\bbetter off with (?:me gone|me dead|me out of the way|the life insurance|my life insurance|the insurance|my insurance|the death in service|my death in service|death in service|my pension|the payout|the insurance money|the money)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:no one|noone|nobody|anyone|anybody|no1|not a single person|not one person) (?:\w+ ){0,3}(?:miss me|(?:notice|care|even notice|bother|be sad) (?:\w+ ){0,2}if i (?:\w+ )?(?:was|were|wasnt|werent|died|dead|disappeared|vanished|gone|killed myself|ended it|didnt wake up|wasnt here|wasnt around|didnt come home|never came back))",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:im|i am|i feel like|feel like|i feel|being|ive become|become|just|such|im just|i know im|im nothing but|nothing but) (?:\w+ ){0,2}(?:a |such a |nothing but a |the )?(?:burden|waste of space|waste of oxygen|waste of air|waste of skin|waste of a life)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:no|theres no|there is no|cant see a|cant see any|dont see a|dont see any|only|the only|cant find a|cant find any|no other) way (?:out|forward|through this|back from this|to escape)\b",
        # A way out of a maze or a level of a game.
        unless=r"\b(?:maze(?! of\b)|escape room|labyrinth(?! of\b)|puzzle|dungeon|sudoku|crossword|video game|level (?:\d+|one|two|three|for|five|six|seven|eight|nine|ten))\b",
    ),
    Rule(
        "indirect",
        r"\b(?:no future|no hope left|no hope any more|no hope at all|no escape|hopeless|no light at the end)\b(?! (?:at|with|in|for) (?:maths|cooking|football|this job|work|the job|directions|computers|this))",
    ),
    Rule(
        "indirect",
        r"\b(?:cant|dont|do not|can not|no longer) (?:\w+ )?see (?:a|any|my|much of a|the|me having a) future\b",
    ),
    Rule(
        "indirect",
        r"\b(?:cant|can not|cannot|no longer able to|unable to) (?:do|take|handle|bear|face|stand|cope with|manage|deal with) (?:this|it|life|any of this|another day|living|this life|much more|it all|the pain|being alive|this pain|everything)(?: \w+)? (?:any more|any longer|no more|much longer|for much longer)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:cant|can not|cannot|no longer|unable to|dont think i can|not sure i can|dont know if i can|dont know how to) (?:\w+ )?(?:go on|carry on|keep going|keep living|face another day|face tomorrow|face waking up|do this to myself|live like this|live with this|live with myself)(?: (?:like this|any more|any longer|living|with life|much longer|for much longer|now|no more|with this|without)\b|\s*(?:\.|$))",
    ),
    Rule(
        "indirect",
        r"\b(?:im|i am|ive|i have|just|totally|so|completely) (?:\w+ )?done (?:with|wiv) (?:life|living|everything|it al|this world|being alive|existing|this life|my life|all of it)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:had enough|tired|sick|exhausted|fed up) (?:of|with) (?:\w+ )?(?:living|life|being alive|existing|being here|waking up|being me|it all|everything|my life|this life|breathing|being a person|being a human|being human)\b",
    ),
    Rule(
        "indirect",
        r"\bwant out (?:permanently|for good|of (?:life|this life|this world|everything|existence|it all))\b",
    ),
    Rule(
        "indirect",
        r"\b(?:want|wants|need|wish|wishing|needs) (?:it all|everything|it|this|the pain|my life|life|all of this|all this|all of it) (?:all )?to (?:stop|end|be over)(?: (?:for good|forever|for ever|permanently|once and for all|now))?\b(?! (?:so|and) (?:i can|we can))",
        # "I'm OK in myself" beside it, and no death or means: it is the trouble that should stop.
        unless=OK_IN_MYSELF,
    ),
    Rule(
        "indirect",
        r"\bwish (?:i|id) could (?:just )?(?:disappear|vanish|stop existing|not exist|not be here|fade away|go to sleep forever)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:it|everything|itl|it wil|it is going to|its going to|it wont be long|it will) (?:\w+ ){0,2}be (?:al )?over (?:soon|tonight|tomorrow|shortly|by the morning|by morning)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:wont|not going to|will not|not gonna) be (?:here|around|alive|a problem|a burden|a bother|a nuisance|anyones problem|your problem) (?:for )?(?:\w+ )?(?:much longer|long|tomorrow|by tomorrow|by the morning|by morning|next week|after tonight|any more|any longer|this time tomorrow|to see)\b",
    ),
    Rule("indirect", r"\b(?:could|might|may) just (?:not|never) come (?:back|home)\b"),
    Rule(
        "indirect",
        r"\b(?:hope|hoping|wish|wishing) (?:that )?i (?:dont|wont|never|didnt|do not) (?:come|make it) (?:back|home)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:easier|better|happier|simpler|best|relieved|nicer|fine|glad|kinder|lighter) (?:\w+ ){0,5}if i (?:just |simply |wasnt |werent )?(?:wasnt|werent|was not|were not|was gone|were gone|was dead|were dead|died|disappeared|didnt exist|was no longer|wasnt alive|wasnt around|did it|ended it|wasnt in the picture)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:dont think|not sure|doubt|dont know if|dont expect|dont see) (?:that )?(?:il|i wil|i|id|i would|ill) (?:still |even )?(?:be (?:here|around|alive)|make it|last) (?:at|for|by|next|this|to see|in|until|til|much|long|tomorrow|the week|the weekend|another)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:wont|not going to|will not|not gonna) (?:still )?be (?:here|around|alive) (?:at|for|by|next|this|to see|in|until|til) (?:christmas|new year|the weekend|the end|my birthday|summer|spring|next year|the morning|morning|tomorrow|then)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:world|everyone|everybody|no one|nobody|they|my family|the kids|my kids|anyone|my team|the team) (?:\w+ )?(?:doesnt|dont|does not|do not|wouldnt|wont|never) (?:\w+ )?need me (?:in it|any more|around|here|in their lives|in this world|alive)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:want|wants|wanted|wanting|wish|wishing|ready|hope|hoping|long|longing|deserve|prefer|need|going|plan|planning|time|cant wait|tempted|urge|urges|tempting) (?:(?!(?:he|she|they|him|her|them|his|their|you|boss|mate|manager|sergeant)\b)\w+ ){0,3}(?:die|be dead|not be alive|not be here any more|not exist|stop existing|not wake up|end it all|end my life|kill myself|disappear for good|disappear forever)\b",
    ),
    Rule(
        "method",
        r"\b(?:wonder|wondering|wondered|think|thinking|thought|imagine|imagining|whether|if) (?:\w+ ){0,4}(?:it would|it wil|it d|itd|would it|wil it|id|i would|i d) (?:\w+ )?(?:be quick|be painless|be peaceful|hurt much|hurt at all|feel anything|be over quickly|be instant|be fast|survive|work)\b",
        needs_means=True,
    ),
    Rule(
        "indirect",
        r"\b(?:rather|prefer to|sooner) (?:just )?(?:be dead|die|not be here|not be alive|not exist|not wake up)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:want|wish|need|wanting|wants) (?:it|everything|it all|all of it|all this|life|the pain) (?:all )?(?:to be )?over\b(?! (?:with|and done|by|before|so))",
    ),
    Rule(
        "indirect",
        r"\b(?:cant see|dont think|not sure|doubt|dont see|wont|not going to|no way) (?:\w+ ){0,3}(?:get|getting|make|making|survive|surviving|last|lasting|come|coming) (?:it )?(?:through |out of |home )?(?:\w+ ){0,3}alive\b",
    ),
    Rule(
        "indirect",
        r"\bto not (?:exist|be alive|be here any more|wake up)\b|\bonly (?:way|option|answer|solution|way out|thing left|escape) (?:\w+ ){0,6}(?:die|be dead|not exist|not be here|end it|kill myself|suicide|not be alive|not wake up|end my life)\b",
    ),
    Rule(
        "indirect",
        r"\bwhat (?:\w+ ){0,2}difference (?:would it|does it|it would|it wil|wil it) make\b",
        needs_death=True,
    ),
    Rule(
        "indirect",
        r"\b(?:goodbye|bye|farewell)\b(?=.*\b(?:no more|forgive me|love you all|love you al|the end|its over|for good|forever|for ever|sorry for)\b)|\b(?:no more|forgive me|love you all|the end|its over|sorry for)\b(?=.*\b(?:goodbye|farewell)\b)",
    ),
    Rule(
        "plan",
        r"\b(?:how|where|when) (?:id|i would|il|i wil|im going to|i could|i might|i should|to) do it\b(?! (?:differently|better|again|next time|properly|myself|if|with|at work|on|for|in|faster|quicker))",
    ),
    Rule(
        "method",
        r"\b(?:let|letting|lets) go of the (?:steering )?wheel\b|\b(?:drive|driving|veer|veering|steer|steering|swerve|swerving) (?:my car |the car )?off (?:the|a) (?:road|motorway|bridge|cliff|edge)\b|\bcrash (?:my|the) car (?:on purpose|deliberately|into)\b",
    ),
    Rule("indirect", r"\bnothing (?:matters|means anything|is worth it) any more\b"),
    Rule(
        "indirect",
        r"\b(?:going to|might|may|wil|il|could|about to|scared|worried|afraid|terrified|think|feel like) (?:\w+ ){0,3}do something (?:stupid|silly|daft|drastic|to myself|i cant take back|permanent)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:join|be with|see) (?:him|her|them|my \w+|my \w+ \w+) (?:\w+ )?(?:again|soon|now|there|on the other side|wherever)?\b",
        needs_death=True,
    ),
    Rule(
        "indirect",
        r"\b(?:want|wana|going|need|ready|wish i could|long|longing|like|love) to (?:go and |go |just )?(?:join|be with) (?:him|her|them|my \w+|dad|mum|mam|nan|grandad)\b(?! (?:more|for|this|at|on|in|while|as|because|cos|over|during|after|when|and (?:the|my|our))\b)",
        needs_death=True,
    ),
    # Wanting to copy a death I dealt with ('after that call I want to go the same way she did',
    # 'can't stop thinking about doing the same thing from the same car park'): the job is the
    # cause here, so work talk does not calm it.
    Rule(
        "indirect",
        r"\b(?:want|wanting|wana|tempted|thinking about|thinking of|think about|going|could|ready) (?:\w+ ){0,2}(?:to )?(?:go|going) the same way (?:as )?(?:he|she|they|him|her|them)(?: did)?\b(?! (?:and|to|into|in|at|for) (?:become|join|train|apply|be a|work|the job|a job|the force|uni|college|career))"
        r"|\b(?:want|wanting|wana|tempted|thinking about|thinking of|think about|ready|going) (?:\w+ ){0,2}(?:to )?(?:do|doing) (?:the same(?: thing)?|what (?:he|she|they) did)(?: (?:from|off|at|in|on) (?:the same|that) \w+| as (?:him|her|them)| myself)\b"
        # Or, said by me, at the end of the sentence ('all I can think about is doing the same').
        r"|\b(?:i|im|ive) (?:\w+ ){0,4}(?:think|thinking|want|wanting|tempted|could|ready) (?:\w+ ){0,3}(?:to )?(?:do|doing) the same(?: thing)?(?= \.|$)",
        needs=_COPIED_DEATH,
    ),
    # Following someone who died ('had a woman die on the line tonight, thinking I should
    # follow her'); not following her example, her lead or her home.
    Rule(
        "indirect",
        r"\b(?:should|want to|wana|going to|gona|ready to|tempted to|thinking of|thinking about|might|could|just) (?:just )?(?:follow|following) (?:him|her|them)\b(?! (?:on|home|to|into|out|in|up|around|round|back|through|down|over|the|and|onto|example|lead|advice|wishes|instructions|career|blog|account|page|path|recipe)\b)",
        needs=_COPIED_DEATH,
    ),
    # Plans and means.
    Rule(
        "plan",
        r"\b(?:have|got|made|making|ive got|ive made|got a|have a|with a|working on a|come up with a) (?:\w+ )?plan (?:to|for how to|of how to|on how to|how to|for how i|for when i|for ending|for killing) (?:\w+ )?(?:kill|end|die|take|do it|hang|jump|overdose|ending|killing|il do it|i wil do it)\b",
    ),
    Rule(
        "plan",
        r"\b(?:planned|planning|worked out|know|decided|chosen|picked|figured out|sorted out) (?:exactly |just |already )?(?:how|when|where|the way|the day|the date|the place|what) (?:\w+ ){0,3}(?:to do it|il do it|i wil do it|im going to do it|i would do it|id do it|to end it|to die|to end my life|it wil happen|im going to die|il die)\b",
    ),
    Rule(
        "plan",
        r"\b(?:going to|wil|il|planning to|want to|ready to|about to|decided to|gona) (?:just )?do it (?:tonight|this time|for real|properly|when (?:everyone|they|the kids|my wife|my husband|my partner|no one)|while (?:everyone|they|the kids|my wife|my husband|my partner|no one))\b",
    ),
    Rule("plan", r"\b(?:tonight|today) is the (?:night|day)\b"),
    Rule(
        "plan",
        r"\bwhich (?:bridge|building|car park|multi storey|train|cliff|tree|rope|pills|tablets|method|way|beam|railway) (?:\w+ ){0,2}(?:use|jump|do it|go from|take|jump from|jump off|hang|would work)\b",
    ),
    Rule(
        "plan",
        r"\b(?:thinking about|thinking of|thought about|thought of|want to|going to|could|might|tempted to|keep thinking about) do(?:ing)? what (?:that|the|my|he|she|they) (?:\w+ ){0,4}(?:did|done)\b",
    ),
    Rule(
        "method",
        rf"\b(?:stockpil\w*|stock piling|hoarding|hoarded|stashing|stashed|stocking up on|stocked up on|saving up|saved up|been saving|been collecting|been keeping|been hiding|been storing|keep collecting|started collecting|counting out|counted out|lined up|sat with|sitting with|staring at|stared at|got enough|have enough|saved enough|collected enough|enough) (?:\w+ ){{0,3}}{_DRUGS}\b",
    ),
    Rule(
        "method",
        rf"\b{_DRUGS} (?:\w+ ){{0,2}}(?:saved up|stockpiled|stashed|hoarded|ready|lined up|counted out)\b",
    ),
    Rule(
        "method",
        r"\b(?:take|taking|took|takes|have|had|do|did|going to|want to|wil|il|might|could|about to|planning|plan|thinking about|thinking of|thought about|tempted to|try|tried|attempt|attempted|attempting|just) (?:an |a |another |massive |big |huge )?overdose\b(?! of (?!(?:my |the |all |some |those |these )?(?:\w+ )?(?:tablets|pills|medication|medicine|paracetamol|painkillers|insulin|antidepressants|drugs|heroin|methadone)))",
        weak=True,
        unless=PAST_RECOVERED,
    ),
    Rule(
        "method",
        r"\boverdos(?:e|ing) on\b(?! (?:nights|lates|earlies|days|the late|the early|shift|scene|work|paperwork|emails|admin|caffeine|coffee|sugar|chocolate|tv|netflix|overtime|meetings))",
        weak=True,
    ),
    Rule(
        "method",
        rf"\b(?:take|taking|swallow|swallowing|neck|necking|down|downing|chuck back) (?:the lot|all of them|them all|a handful|a whole box|the whole box|the whole packet|a whole packet|a whole bottle|the whole bottle|every pill|every tablet|the whole lot|a load of {_DRUGS}|loads of {_DRUGS}|all (?:my |the |of my |of the |these |those )?(?:\w+ )?{_DRUGS}(?= (?:at once|in one go|tonight|together|now|and|to|so)|\s*(?:\.|$)))",
    ),
    Rule(
        "method",
        rf"\bhow (?:many|much) (?:\w+ ){{0,2}}(?:{_DRUGS}|of my \w+|of these|of them|vodka|alcohol|insulin) (?:\w+ ){{0,3}}(?:would|does it|wil|to|til|before|until|could|it takes|do you need|would it take|is too many|is too much|kill|kills|is lethal|is fatal|is deadly|is an overdose)\b",
    ),
    Rule("method", r"\b(?:lethal|fatal|deadly|toxic|overdose) (?:dose|amount|quantity|level)\b"),
    Rule(
        "method",
        r"\bhow (?:high|tall|far|deep|long|much|many|quickly|fast) (?:\w+ ){0,6}(?:to|would|wil|does it take to|could|can|before) (?:\w+ ){0,2}(?:kill (?:you|me|a person|someone|myself|somebody|a human)|die|be fatal|be lethal|be deadly|not survive|not wake up|never wake up|stop (?:my|your|a) heart|bleed out|drown|suffocate|lose consciousness)\b",
    ),
    Rule(
        "method",
        r"\b(?:how|best way|easiest way|quickest way|fastest way|simplest way|surest way|most painless way|least painful way|painless way|good way|way|ways|methods|method|quickest|easiest|best) (?:\w+ ){0,2}(?:to|do i|can i|could i|should i|would i|of|for) (?:\w+ )?(?:kill myself|die|dying|end my life|end it|end it all|commit suicide|take my own life|take my life|hang myself|overdose|not wake up|stop living|unalive myself|top myself|suicide)\b",
    ),
    Rule(
        "method",
        r"\b(?:take|taking|swallow|drink|inject|mix|use|buy|get|get hold of|order) (?:\w+ ){0,3}(?:to|that would|that wil|that could|and) (?:just )?(?:die|end it all|end my life|kill myself|kill me|not wake up|never wake up|stop my heart|overdose)\b",
    ),
    Rule("method", r"\bpainless (?:death|suicide|way out|way to go|exit|end|way to die|method)\b"),
    Rule(
        "method",
        r"\b(?:bought|buying|got|ordered|ordering|have|tied|tying|tie|made|making|found|researching|research|looking up|googling|googled|learned|learning) (?:a |the |some |how to tie a |how to make a |how to tie |up )?(?:rope|ligature|noose|nooses)\b",
        weak=True,
        unless=ROPE_EVERYDAY,
    ),
    Rule(
        "method",
        r"\b(?:took|take|taking|put|tied|tying|carried|brought|left) my (?:belt|lanyard|dressing gown cord|cord|scarf|charger cable|rope|dog lead) (?:\w+ ){0,3}(?:garage|loft|attic|shed|woods|wardrobe|door|banister|bannister|tree|beam|rafters|hook|stairs|bathroom|car)\b",
        Who.SELF,
    ),
    Rule(
        "method",
        rf"\b(?:looked|looking|look|stared|staring|stood|standing|stand|sat|sitting|sit|been|went|go|going|walked|walking|drove|driving|parked) (?:\w+ ){{0,2}}(?:at|on|to|by|over|near|up to|up|along|onto) (?:the |a |that |this )?(?:top of the )?(?:\w+ )?(?<!rainbow ){_PLACES}\b(?! (?:for (?:a|the) (?:job|call|shout|incident)|club|game|night|partner|players|hand))",
        weak=True,
    ),
    Rule(
        "method",
        rf"\b{_INTENT} (?:just )?(?:\w+ )?(?:jump|jumping|step|stepping|walk|walking|throw myself|throwing myself|fling myself|lie|lying|lay|go|going|run|running) (?:out )?(?:off|from|in front of|infront of|under|onto|on to|down on) (?:a |the |that |this |an |my |one of the )?(?:\w+ ){{0,2}}(?:bridge|cliff|building|roof|multi storey|car park|train|lorry|truck|bus|tube|motorway|tracks|railway|viaduct|balcony|ledge|window|hgv|artic|traffic|oncoming traffic|train line|cliffs)\b",
    ),
    Rule(
        "method",
        rf"\b{_INTENT} (?:just )?(?:\w+ )?(?:drive|driving|crash|crashing|swerve|swerving|steer|steering|plough|ploughing|walk|walking|go|going) (?:my car |the car |the van |the job car |off |straight |head on )?(?:into|off|in front of|under|towards) (?:a |the |that |an |some |one of the )?(?:\w+ )?(?:wall|tree|bridge|lorry|truck|hgv|oncoming traffic|traffic|river|sea|canal|bridge support|pillar|barrier|cliff|lake|reservoir|quarry|train)\b",
    ),
    # 'keep drifting towards the idea of swerving into a lorry': the thought of it, at the wheel.
    Rule(
        "method",
        r"\b(?:(?:idea|ideas|thought|thoughts|image|picture|urge|urges|temptation) of|picture|picturing|imagine|imagining) (?:myself )?(?:just )?(?:driving|crashing|swerving|steering|ploughing|veering|going) (?:my car |the car |the van |the job car |straight |head on )?(?:into|off|in front of|under) (?:a |the |an |some |one of the |oncoming )?(?:\w+ )?(?:wall|tree|bridge|lorry|truck|hgv|artic|bus|traffic|river|sea|canal|bridge support|pillar|barrier|cliff|lake|reservoir|quarry|train)\b",
        unless=r"\b(?:accident|collision|crash (?:i|we) had|nearly|almost|had to swerve|replay\w*|flashbacks?|nightmares?)\b",
    ),
    Rule("method", rf"\beat(?:ing)? (?:my|me) (?:own )?(?:\w+ )?{_WEAPONS}\b", Who.SELF),
    Rule(
        "method",
        r"\beat(?:ing)? (?:his|her|their) (?:own )?(?:\w+ )?(?:gun|glock|pistol|firearm|weapon|sidearm|barrel|carbine|rifle|shotgun)\b",
        Who.OTHER,
    ),
    Rule(
        "method",
        rf"\b{_WEAPONS} (?:\w+ )?(?:to|against|in|into|at|on|under|across|round|around) my (?:own )?(?:head|temple|mouth|chest|throat|wrists?|neck|heart)\b",
        Who.SELF,
    ),
    Rule("method", rf"\b{_WEAPONS} on myself\b", Who.SELF),
    Rule(
        "method",
        r"\b(?:do|doing|pull|pulling|going to be|be|become|end up as|end up) (?:a |the next |another )(?:jumper|hanger|one under)\b",
    ),
    Rule(
        "method",
        r"\b(?:hose|hosepipe|pipe|tube) (?:\w+ ){0,3}exhaust\b|\bcharcoal (?:in|and) (?:the|my|a) (?:car|tent|room|bathroom)\b|\bbag over my head\b",
    ),
    Rule(
        "method",
        r"\b(?:cut|cutting|slit|slitting|slash|slashing|open|opening) (?:my|me) (?:own )?(?:wrists?|throat|veins?)\b",
        Who.SELF,
    ),
    Rule(
        "method",
        r"\b(?:thinking about|thinking of|thought about|thought of|considering|considered|planning|keep thinking about|been thinking about|tempted by) (?:hanging|jumping|overdosing|drowning|cutting|gassing|poisoning|stabbing|shooting)\b(?! (?:out|around|about|on|up|over|pictures|the|a|shelves|in|from the|into|ship|jobs|back|down|costs|corners|hours|ties|loose|a deal|class|a new|my hours|my hair|the grass|hoops|through))",
    ),
    # Goodbye messages.
    Rule(
        "goodbye",
        rf"\btel (?:my|the|our) {_PEOPLE} (?:\w+ )?(?:that )?(?:i love|i loved|im sorry|i am sorry|i was sorry|sorry|goodbye|i tried|it wasnt|it is not|it isnt|i never meant|i wil always|il always|how much i|i didnt mean)\b(?! (?:i missed|i mised|im late|for being late|i cant make|i forgot|about the|but))",
        Who.SELF,
    ),
    Rule(
        "goodbye",
        r"\bthis is (?:my |the )?(?:last|final) (?:message|text|post|goodbye|words|msg|note|letter|time you hear from me)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:this is goodbye|goodbye forever|goodbye for good|goodbye for ever|goodbye cruel world|goodbye world|goodbye everyone|goodbye all|goodbye everybody|bye forever|bye everyone|final goodbye|last goodbye|said my goodbyes|saying my goodbyes|say my goodbyes|my goodbyes)\b",
    ),
    Rule(
        "goodbye",
        rf"\b(?:sorted|written|wrote|writing|write|made|done|finished|left|leaving|updated|prepared|drafted|signed) (?:out |up )?(?:my |a |the |some |all my )?(?:will and (?:letters|notes|goodbye|a note|the letters)|goodbye (?:letters|notes|messages|note|letter|message|texts)|letters? (?:to|for) (?:my|the|all my) {_PEOPLE}|suicide note|suicide letter|last letters|final letters|farewell letters?|notes? (?:to|for) (?:my|the) {_PEOPLE})\b",
        weak=True,
    ),
    Rule(
        "goodbye",
        r"\b(?:sorted|put|putting|getting|got|have|get) (?:out |all )?(?:my )?affairs (?:in order|sorted|straight)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:given|gave|giving|give|given) (?:away (?:all )?my|(?:all )?my (?:\w+ ){0,4}away)\b",
        unless=GIVEN_AWAY_EVERYDAY,
    ),
    Rule(
        "goodbye",
        r"\b(?:when|after|once|by the time|for when|for after) (?:im|i am|il be|ive|i have|i) (?:\w+ )?(?:gone|dead|no longer here|not here|not around|passed)\b(?! (?:on holiday|on leave|away|for the weekend|to work|for a week|for a few|on nights|on (?:a|my|the|his|her) (?:course|trip|deployment|secondment|training)|home))",
        # The match names the speaker ('when I'm gone'), whoever else the sentence mentions.
        Who.SELF,
        unless=SENSIBLE_PLANNING,
    ),
    # A message of love and sorry sent, whose reason is still to come ('she doesn't know why yet').
    Rule(
        "goodbye",
        r"\b(?:sent|texted|messaged|told|wrote|written|left|emailed|rang|called) (?:\w+ ){0,4}(?:saying|to say|that|telling (?:her|him|them)) (?:i love (?:her|him|them|you)(?: (?:so much|loads|lots))? and (?:that )?im sorry|im sorry and (?:that )?i love (?:her|him|them|you))\b",
        Who.SELF,
        needs=r"\b(?:(?:doesnt|dont|wont|didnt) (?:know|understand|get) why(?: yet)?|(?:will|shel|hel|theyl) (?:know|understand|find out|get it) (?:why )?(?:soon|tomorrow|later|in the morning)|why yet)\b",
    ),
    Rule(
        "goodbye",
        r"\bby the time (?:\w+ ){0,3}(?:read|reads|see|sees|find|finds|get|gets|open|opens) (?:this|me|it)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:wont|will not|never) (?:\w+ )?(?:hear from|see|hear) (?:from )?me (?:again|ever again|any more)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:wont|will not|dont|not) (?:\w+ )?(?:have to|need to) worry about me (?:any more|much longer|again|for much longer|after tonight)\b",
    ),
    Rule("goodbye", r"\bsorry for everything\b"),
    Rule(
        "goodbye",
        rf"\blook after (?:my|the|our) {_PEOPLE} (?:for me )?(?:when|after|once|if anything|for me)\b",
    ),
    # Self-harm.
    Rule("self_harm", rf"\b{_HARM_VERBS} myself\b", Who.SELF),
    Rule(
        "self_harm",
        r"\bself (?:harm|harming|harmed|injury|injuring|injured|injure|harmer|mutilation|mutilate)\b(?! (?:call|calls|job|jobs|shout|shouts|incident|incidents|referral|referrals)\b)",
        weak=True,
        unless=rf"{PAST_SELF_HARM}|{PAST_RECOVERED}",
    ),
    Rule(
        "self_harm",
        r"\b(?:been|started|start|keep|kept|back to|gone back to|went back to|relapsed|relapse|urge to|urges to|want to|stop|stopped|cant stop|started to|begun|again) (?:\w+ )?cutting\b(?! (?:back|down|costs|corners|hours|out|off|it|in|the|my hair|hair|grass|onions|through|up|ties|loose|class|people|edge|wood|remarks|short|a deal|and pasting|the budget))",
    ),
    Rule(
        "self_harm",
        r"\bcutting (?:again|myself|my (?:arms|legs|thighs|wrists|skin|stomach|body|hips))\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:cut|cutting|cuts|scars|burns|bruises|scratches|scratching|slice|slicing|carve|carving|razor|blade|picking|clawing|scratched|carved) (?:\w+ ){0,2}(?:on |into |at )?my (?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?)\b",
    ),
    Rule(
        "self_harm",
        rf"\b{_HARM_VERBS} (?:\w+ )?(?:my|me) (?:own )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|hands?|face)\b(?! (?:on|at|in|playing|doing|during|while|when|shaving|cooking|lifting|falling))",
    ),
    Rule(
        "self_harm",
        rf"\b{_HARM_VERBS} (?:\w+ ){{0,3}}with (?:a |the |my )?(?:cigarettes?|a lighter|lighter|lighters|blades?|razors?|a razor|knife|knives|compass|scissors|glass|a hot|hot|boiling|an iron|matches)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:using|used|use|got|hiding|hid|keep|kept|bought) (?:a |the |my )?(?:blade|blades|razor|razors|razor blades|knife) (?:\w+ ){0,2}(?:on|against|to|into|across) my\b",
    ),
    Rule(
        "self_harm",
        r"\buntil (?:they|it|i|my skin|my arms) (?:bleed|bleeds|bled|bleeding|bleeding again)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:relapsed?|relapsing|urges?|clean from|clean of|days clean|weeks clean|months clean) (?:\w+ ){0,2}(?:sh|self harm|cutting)\b",
    ),
    Rule("self_harm", r"\bsh (?:urges|again|relapse|scars|cuts|wounds)\b"),
    # Means in hand or already taken (held-out part 4, first run 0/9 for this class).
    Rule(
        "method",
        rf"\b{_INGEST} (?:\w+ ){{0,2}}{_HOARD} (?:(?:strip|box|packet|pack|bottle|tub|load|handful|blister pack|supply|sheet)s? )?(?:of )?(?:my |the |her |his |those |these |them |their )?(?:\w+ )?{_MORE_DRUGS}\b(?! (?:for (?:my|a|the) (?:headache|migraine|back|cold|flu|period|pain|tooth)|as prescribed|this morning|every day|a day|daily|each day|with food))",
    ),
    Rule(
        "method",
        rf"\b{_INGEST} (?:\w+ ){{0,3}}{_MORE_DRUGS} (?:\w+ ){{0,3}}(?:on purpose|deliberately|intentionally|to (?:end it|die|not wake up|sleep forever|stop it all)|(?:with|and) (?:a |the |half a |some )?(?:bottle of |litre of |load of )?{_ALCOHOL})\b",
    ),
    Rule(
        "method",
        rf"\b(?:holding|hold|held|sat with|sitting with|sat here with|got|have|in front of me|with|lined up|laid out|counted out|out on the (?:table|side|bed))\b (?:\w+ ){{0,3}}(?:bottle|packet|box|strip|tub|pile|handful|load|stash|blister pack|pack|packets|boxes|strips|bottles)s? of (?:my )?{_MORE_DRUGS} (?:\w+ ){{0,3}}(?:and|with|plus|n) (?:a |the |some |my |half a )?(?:\w+ )?(?:bottle of |litre of |can of |glass of )?{_ALCOHOL}\b",
    ),
    Rule(
        "method",
        rf"\b(?:bottle|litre|can|glass)s? of {_ALCOHOL} (?:\w+ ){{0,3}}(?:and|with|plus|n) (?:a |the |some |my )?(?:bottle|packet|box|strip|tub|pile|handful|load|stash|blister pack|pack)s? of (?:my )?{_MORE_DRUGS}\b",
    ),
    Rule(
        "method",
        rf"\b(?:emptied|emptying|empty|tipped|tipping|poured|pouring|popped|popping|pushed|pushing|pressed|pressing) (?:\w+ ){{0,3}}(?:medicine cabinet|medicine cupboard|medicine box|pill box|pill bottle|blister packs?|packets|boxes|{_MORE_DRUGS}) (?:\w+ ){{0,3}}(?:into|onto|in|out into|out onto) my (?:hand|hands|palm|mouth|lap)\b",
    ),
    Rule(
        "method",
        r"\b(?:drink|drank|drinking|drunk|swallow|swallowed|swallowing|down|downed|neck|necked|take|took|taken) (?:\w+ ){0,2}(?:bleach|antifreeze|anti freeze|weedkiller|weed killer|rat poison|poison|paraquat|screenwash|white spirit|drain cleaner|slug pellets)\b(?! by (?:accident|mistake))",
    ),
    # Carbon monoxide, gas and other poisons in the air.
    Rule(
        "method",
        r"\b(?:engine|car|motor|van)s? (?:is |s |still |left )?(?:on|running|ticking over)\b(?! (?:rough|badly|hot|fine|well|smooth|smoothly|lumpy|poorly|late|out of))(?=.{0,80}\b(?:garage|asleep|sleep|pipe|hose|hosepipe|exhaust|tape|taped|sealed|closed|shut|windows up)\b)|\b(?:garage|asleep|sleep|pipe|hose|hosepipe|taped|sealed|closed|shut)\b.{0,80}\b(?:engine|car|motor|van)s? (?:is |s |still |left )?(?:on|running|ticking over)\b",
        unless=r"\b(?:found (?:him|her|them|the)|we found|attended|the male|the female|deceased|on scene|to keep (?:warm|the heater)|heater|obs|booked|mot|service|serviced|mechanic|repair|repairs|rough|warning light|breakdown)\b",
    ),
    Rule(
        "method",
        r"\b(?:charcoal|barbecue|barbeque|bbq|disposable bbq|disposable barbecue|burner|generator)s? (?:\w+ ){0,4}(?:in|into|for|inside|in the back of) (?:the |my |a )?(?:bedroom|room|car|tent|bathroom|van|flat|caravan|garage|wardrobe|boot)\b",
    ),
    Rule(
        "method",
        r"\b(?:charcoal|barbecue|bbq) (?:\w+ ){0,4}(?:tape|gaffer|duct|sealed|seal)\b|\b(?:tape|gaffer tape|duct tape|taped|taping|sealed|sealing) (?:\w+ ){0,4}(?:charcoal|barbecue|bbq)\b",
        unless=r"\b(?:garden|party|bunting|sausages|burgers|picnic|camping|beach|park|bank holiday|decorations|birthday|for the (?:barbecue|bbq))\b",
    ),
    Rule(
        "method",
        r"\b(?:tape|taped|taping|seal|sealed|sealing|gaffer taped|blocked|blocking) (?:up )?(?:all )?(?:the |my )?(?:windows?|doors?|vents?|gaps|air vents?)\b",
        needs=r"\b(?:charcoal|barbecue|bbq|gas|engine|exhaust|fumes|burner|generator|helium|die|end it|not wake up)\b",
    ),
    Rule(
        "method",
        r"\b(?:leave|leaving|left|turn|turning|turned|put|putting) (?:the |all the )?(?:gas|hob|hobs|oven|gas oven|gas fire) (?:\w+ )?on (?:\w+ ){0,3}(?:not|without|unlit|no flame|and (?:go to )?sleep|and lie)\b|\bhead in (?:the |a )?(?:gas )?oven\b|\b(?:helium|nitrogen) (?:\w+ ){0,4}(?:bag|mask|hood|tube|myself|tank|canister)\b|\bexit bag\b|\bsuicide bag\b",
    ),
    # Ligatures ready and places to hang from.
    Rule(
        "method",
        rf"\b{_LIGATURE}s? (?:is |are |s |re )?(?:already |now |all )?(?:tied|fixed|attached|hung|hanging|secured|knotted|looped|fastened|up|ready) (?:\w+ ){{0,2}}(?:to|round|around|over|from|on|in|off) (?:the |a |my )?(?:\w+ )?{_ANCHOR}\b",
        unless=r"\b(?:washing|clothes|hammock|swing|tyre|boat|tent|tug of war|climbing|abseil|abseiling|training|christmas|bunting|decorations|lights)\b",
    ),
    Rule(
        "method",
        r"\b(?:got|have|put|left|laid|set|sorted|made|tied|hidden|hid|keeping|kept) (?:\w+ ){0,5}(?<!duty )(?<!kit )(?<!utility )(?<!gun )(?<!work )(?<!police )(?<!stab )(?:rope|belt|cord|cable ties|cable|dog lead|ligature|noose|scarf|flex|strap|dressing gown cord|charger cable|washing line|tow rope)s? (?:\w+ ){0,3}(?:ready|set up|in place|waiting|sorted|prepared)\b(?! for (?:the |my |tomorrow|tomorrows|work|shift|parade|inspection|training|the gym|the match|court|duty|the walk|the dog))",
        unless=r"\b(?:tug of war|climbing|abseil|abseiling|camping|boat|sailing|dog walk|walkies|parade|inspection|kit|uniform)\b",
    ),
    Rule(
        "method",
        rf"\b{_ANCHOR} (?:\w+ ){{0,4}}(?:would|wil|could|can|might|to|should|that would|that wil|strong enough to|is strong enough to) (?:\w+ )?(?:take|hold|bear|support|carry) (?:my weight|me|my body|the weight of me|someone my size|a person)\b|\b(?:tested|testing|test|checked|checking|check) (?:\w+ ){{0,4}}(?:take|hold|bear|support|carry) (?:my weight|me|my body)\b",
    ),
    Rule(
        "method",
        r"\b(?:hangmans?|hangman|slip|noose|running) knot\b|\b(?:worked out|figured out|practised|practiced|practising|practicing|learned|learnt|looked up|googled|watched (?:\w+ ){0,2}how to tie|how to tie|tying|tied|tested|testing|tried out|checked|checking) (?:\w+ ){0,2}(?:the|a|that) knot\b(?! (?:in|on) (?:my|the|his|her) (?:shoe|shoes|laces|tie|hair|stomach|back|shoulder|neck muscles))",
        unless=r"\b(?:wedding|married|marry|fishing|sailing|scouts|cadets|climbing|tie the knot|tow|towing|boat|tent)\b",
    ),
    Rule(
        "method",
        r"\b(?:dry|trial|test|practice) run\b",
        needs=r"\b(?:rope|belt|noose|ligature|tablets|pills|bridge|edge|train|tracks|overdose|hang|jump|die|kill)\b",
        unless=r"\b(?:firearms|training|exercise|course|op|operation|raid|warrant|interview|presentation|exam|test|board)\b",
    ),
    # Railway, bridges and heights told sideways.
    Rule(
        "method",
        r"\b(?:train|trains|express|expresses|freight|fast ones|fast train|fast trains|intercity|non stopping trains)\b (?:\w+ ){0,8}(?:without stopping|(?:dont|doesnt|do not|does not|never|not|wont) (?:\w+ )?stop(?:ping)?\b|non stop|straight through|at full speed|at speed|flat out|come flying through|fly through|flies through)|\b(?:times|timetable|timings|schedule|times of)s? (?:of |for )?(?:the )?(?:freight|fast|express|non stop|non stopping|through) trains?\b(?! (?:to|into|from|for|back|home)\b)|\b(?:freight|express|non stop|fast) trains? (?:times|timetable|timings|schedule)\b",
        unless=r"\b(?:late|delayed|delay|delays|commute|commuting|ticket|tickets|fare|complaint|annoying|missed my|strike|strikes|cancelled|drive|driving|bus|change at|get off|noisy|noise)\b",
    ),
    Rule(
        "method",
        r"\bletting (?:\w+ ){0,3}(?:trains?|fast ones|expresses|ones|freight trains?) (?:go |come |rush |fly )?(?:past|by|through)\b|\b(?:how easy it (?:would|wil|d|could) be|how quick it (?:would|wil|d|could) be|how easy (?:it is|its))\b(?! to (?:get|find|make|do|use|fill|apply|book|learn|talk|ask|say|sort|fix|forget))",
        needs_means=True,
    ),
    Rule(
        "method",
        r"\b(?:looking|looked|look|leaning|leant|leaned|lean|peering|peered|staring|stared|hanging) (?:over|down) (?:the |from the |off the )?(?:edge|side|railings?|barrier|parapet|balcony|wall|top)\b|\b(?:looking|looked|look|leaning|leant|leaned|lean|peering|peered) (?:over|down)(?=\s*(?:\.|$)| (?:and|again|every|for|thinking|wondering)\b)",
        needs=rf"\b{_HEIGHTS}\b",
    ),
    Rule(
        "method",
        r"\b(?:drop|fall|height|jump|impact|water|current|train|speed|that|it|the lot|this lot|that many) (?:\w+ ){0,6}(?:would|wil|could|should|might|is going to|s going to|is enough to) (?:definitely |surely |easily |probably )?(?:do it|do the job|be enough|finish me|be high enough|be far enough|be quick|end it)\b",
        needs_means=True,
    ),
    Rule(
        "method",
        rf"\bhow (?:tall|high|far down|deep|big a drop|long a drop|high up|far up) (?:\w+ ){{0,4}}{_HEIGHTS}\b|\b{_HEIGHTS} (?:\w+ ){{0,4}}how (?:tall|high|far down|deep|high up)\b|\b(?:anyone|anybody|people|someone|you|ever) (?:\w+ )?(?:survived?|survives|survive) (?:it|the fall|the jump|jumping|a fall|that fall|falling|from|off|being hit by)\b",
        unless=r"\b(?:van|lorry|wagon|vehicle|clearance|fits?|height restriction|bus)\b|^(?!.*\bnot (?:\w+ ){0,3}quiz).*\b(?:pub quiz|quiz|trivia|settl\w* an argument|settle a bet|for a bet|general knowledge)\b"
        # A record asked about with no one in it ('how high is the tallest bridge in the UK').
        r"|^(?!.*\b(?:i|im|id|ive|me|my|myself|near|nearest|round here|around here|local)\b).*\b(?:tallest|highest|longest|deepest|biggest|largest|oldest|most famous)\b.*\bin (?:the )?(?:uk|world|country|britain|great britain|england|scotland|wales|ireland|northern ireland|europe)\b",
    ),
    Rule(
        "method",
        r"\b(?:beachy head|clifton suspension bridge|humber bridge|erskine bridge|forth road bridge|tyne bridge|severn bridge|archway bridge|hornsey lane bridge|the suicide bridge)\b",
        unless=r"\b(?:job|call|shout|attended|deployed|patrol|tasked|cordon|the male|the female|a male|a female|misper|concern for welfare|cfw|on duty)\b"
        # Travel: its toll, a closure in the wind, the traffic; not with a word of an end.
        r"|^(?!.*\b(?:jump\w*|edge|end|ending|last|goodbye|never|die|kil\w*|myself|tonight|railings?)\b).*\b(?:toll|tolls|closed|closure|reopen\w*|wind|winds|windy|roadworks|traffic|delays?|queues?|lanes?|congestion|diversion)\b"
        # A charity abseil, a sponsored walk or a run across it.
        r"|\b(?:abseil\w*|bungee|zip wire|zipwire|charity (?:walk|run|bike ride|cycle|swim|event)|sponsored|fun run|marathon|half marathon|10k|5k|bike ride|cycle ride)\b",
    ),
    # Whether a ligature on a fixing would hold a weight ('would a belt over the bannister hold
    # a 15 stone bloke'); not a hammock, a swing or a punchbag.
    Rule(
        "method",
        rf"\b{_LIGATURE}s? (?:\w+ ){{0,2}}(?:over|round|around|from|on|off|tied to|to) (?:the |a |my )?(?:\w+ )?{_ANCHOR}\b",
        needs=r"\b(?:hold|take|support|bear)s? (?:\w+ ){0,2}(?:weight|stone|kilos?|kg)\b|\bstrong enough\b",
        unless=r"\b(?:hammock|swing|punchbag|punch bag|boxing bag|washing|plant|plants|hanging basket|tv|bike|bikes|kayak|canoe|pull ?ups?|gym rings|climbing|tyre|cot|lights|decorations|tarp|bird feeder)\b",
    ),
    # Asking what makes a fall or a dose certain to kill ('what height from a car park to
    # definitely not survive').
    Rule(
        "method",
        r"\b(?:definitely|def|certainly|surely|for sure) (?:not|wouldnt|wont|couldnt) (?:survive|make it)\b|\b(?:guaranteed?|certain|sure) to (?:die|be fatal|kil|work)\b|\bto (?:definitely |def |surely )?not survive\b",
        needs_means=True,
    ),
    # Whether there would be enough fumes in a closed garage; not an MOT or a workshop's extractor.
    Rule(
        "method",
        r"\benough (?:exhaust )?(?:fumes|exhaust|carbon monoxide)\b|\b(?:fumes|exhaust|carbon monoxide) (?:\w+ ){0,3}(?:in|inside) (?:a|the|my) (?:closed|shut|sealed|locked|closed up) (?:garage|car)\b",
        weak=True,
        # Not 'alarm' or 'detector': an alarm taken down beside fumes is a plan, not a service.
        unless=r"\b(?:mot|emissions?|ventilat\w*|extractor|workshop|mechanic|boiler|gas safe)\b",
    ),
    # A weapon or a means kept, and how long before anyone notices; not a form filled in wrong.
    Rule(
        "method",
        r"\bhow long (?:before|until|til) (?:anyone|anybody|someone|somebody|they|people|my \w+|the \w+) (?:notices|notice|realises|realise|finds|find|misses|miss|comes looking|come looking|checks|check)\b",
        needs=r"\b(?:weapon|firearm|gun|glock|pistol|taser|rifle|shotgun|tablets|pills|rope|im gone|ive gone|i am gone|im missing|my body|find me|found me)\b",
        unless=r"\b(?:forgot|forgotten|by mistake|accidentaly|by accident|typo|error|booked it wrong|wrong box)\b",
    ),
    # Leaving for good, said not to be for a job ('not for a new job, leaving for good').
    Rule(
        "indirect",
        r"\b(?:leaving|going|gone|off|finished) for good\b",
        needs=r"\bnot (?:for )?(?:a |the |my )?(?:new job|another job|job|transfer|new force|another force|retirement|retiring|career|promotion)\b",
    ),
    # Phone or radio off from now, at a high place ('airwave off, phone off after this, top
    # floor of the multi storey').
    Rule(
        "plan",
        r"\b(?:phone|airwave|radio|mobile|location|tracking)s? (?:\w+ ){0,2}off (?:after this|for good|now|tonight|from now)\b",
        needs=r"\btop (?:floor|level|deck)\b|\b(?:multi storey|roof|rooftop|bridge|viaduct|cliff|edge|ledge|railway|tracks|quarry)\b",
    ),
    # Methods looked up where no one will see ('on my personal phone so it doesn't flag').
    Rule(
        "method",
        r"\b(?:looking up|looked up|researching|researched|googling|googled|reading up on|searching|searched) (?:(?:up |different |the |some |quick |quickest |painless |best )){0,2}methods\b",
        needs=r"\bso (?:it|that it) (?:doesnt|wont|dont) (?:flag|show)\b|\b(?:incognito|private browsing|personal phone|delete\w* (?:my |the )?history|clear\w* (?:my |the )?history|so no one (?:sees|knows|can see)|so nobody (?:sees|knows|can see))\b",
    ),
    # A way out thought of, said not to be the ordinary one ('and it's not a transfer').
    Rule(
        "plan",
        r"\b(?:thought of|found|figured out|worked out|know|got|have|see|sorted) (?:a|the|my|one) (?:way out|exit|way to end this|way of ending this|way to make it stop)\b(?! of (?:the|this|my) (?:job|force|contract|debt|overdraft|mess|rota|role|team|marriage|house)\b)",
        needs=r"\b(?:its|it is|and its|and|but) not (?:a |the |my )?(?:transfer|resignation|resigning|leaving|quitting|retiring|retirement|new job|job|sick note|career break|holiday)\b",
    ),
    # Pass 4v (blind set 26's misses, in our words). A weapon signed out, and being the one
    # found with it ('if I draw a pistol and I'm the one they find, does the log show it').
    Rule(
        "method",
        r"\b(?:sign|signs|signed|signing|draw|drew|drawn|drawing|book|booked|booking) (?:out )?(?:a |the |my |an )?(?:gun|weapon|firearm|glock|pistol|rifle|carbine|taser|sidearm)s?\b",
        needs=r"\b(?:is|s|being|am|im|was) the (?:one|person|body) (?:they|who|that|that gets|who gets) (?:find|finds|found|find dead)\b|\bthey find me\b|\b(?:never|not) hand\w* it (?:back|in)\b",
    ),
    # Knowing from the job how to leave one's own scene tidy for whoever is sent ('I know how
    # to leave mine neat for the attending crew'); not the scene of a job.
    Rule(
        "plan",
        r"\b(?:leave|leaving|keep|make|have) (?:mine|my own(?: scene| one)?) (?:\w+ )?(?:tidy|clean|neat|easy|straightforward|simple|dignified)\b",
        needs=r"\b(?:scenes?|whoever (?:gets sent|is sent|attends|finds|comes|turns up|gets the call)|for whoever|attending (?:crew|oficer|unit)|csi|cso|crime scene)\b",
    ),
    # A debt that only a death-in-service payout or life cover would clear ('the one answer to
    # the arrears is my life insurance'); not a nomination form.
    Rule(
        "indirect",
        r"\b(?:only|best|one) (?:thing|way|option|answer|solution|hope|fix)s? (?:\w+ ){0,5}(?:is|would be|s|wil be) (?:the |my |a )?(?:death in service|life insurance|life cover|insurance payout|payout when i die)\b",
        unless=r"\b(?:nomination|nominate|beneficiary|expression of wish|forms?|update|updated|checked|read|worked out|how much|times salary)\b",
    ),
    # 'The kit I need' waiting in the loft or the shed, beside being finished by it all.
    Rule(
        "plan",
        r"\b(?:kit|stuff|gear|rope|everything|things) i (?:need|ned|wil need)(?: for it)? (?:is |s |are )?(?:already |al )?(?:up |out )?in (?:the|my) (?:loft|attic|garage|shed|boot|wardrobe)\b",
        needs=r"\b(?:finished me|broke me|broken me|destroyed me|ruined me|done me in|cant do this|cant go on|had enough|no more|nothing left|im done|i am done|cant take)\b",
        unless=r"\b(?:camping|trip|holiday|festival|christmas|decorations|moving|tent|fishing|skiing)\b",
    ),
    # Something to keep me under in open water ('would a rucksack of bricks keep me down in
    # the canal'); not scuba weights or a current that pulls swimmers under.
    Rule(
        "method",
        r"\b(?:keep|keeps|hold|holds|weigh|weighs|pull|drag) (?:me|myself|my body) (?:under|down|underwater|under water|at the bottom)\b",
        needs=r"\b(?:reservoir|river|canal|sea|lake|quarry|loch|dock|docks|water|pond|weir|harbour|estuary)\b",
        unless=r"\b(?:diving|diver|scuba|snorkel\w*|wetsuit|buoyancy|life jacket|lifejacket|kayak\w*|paddleboard\w*|swim lesons?|freediv\w*)\b",
    ),
    # How long before work or anyone notices that I have not turned up; not an absence policy.
    Rule(
        "plan",
        r"\bhow long (?:before|until|til|till) (?:work|anyone|anybody|someone|somebody|they|people|my \w+|the \w+) (?:would |wil |actually |even )?(?:notices?|realises?|clocks?|works out|noticed) (?:that )?(?:(?:(?:you|i) (?:havent|have not|didnt|did not|dont|do not|arent|are not|am not)|ive not|youve not|im not|youre not) (?:turned up|turn up|come in|shown up|show up|clocked on|booked on|there|around|answering)|(?:youre|im|you are|i am|ive|youve|ive been|youve been) (?:gone|missing|not there|not around))\b",
        unless=r"\b(?:awol|policy|absence management|procedure|late|oversleep|overslept|hr proces|disciplinary|attendance|rota|annual leave|holiday|lieu|flexi)\b",
    ),
    # A suicide called the right idea ('what he did, taking his own life, was the right idea').
    Rule(
        "indirect",
        r"\b(?:had|has|got|have|was|is) (?:the )?right idea\b",
        who=Who.SELF,
        needs=r"\b(?:took (?:his|her|their) own life|taken (?:his|her|their) own life|taking (?:his|her|their) own life|suicide|killed (?:him|her|them)sel(?:f|ves)|ended (?:his|her|their) (?:own )?life|hanged (?:him|her)self|hung (?:him|her)self|jumper|jumped|on the tracks|under a train|overdosed)\b",
        unless=r"\b(?:prevention|posters?|campaign|awareness|training|course|charity|fundraiser|walk|negotiator|talked (?:him|her|them) down|throw line|rescued|saved|brought (?:him|her|them) back)\b",
    ),
    # One's name expected next on the memorial after a colleague's death.
    Rule(
        "indirect",
        r"\bmy (?:names?|namel) (?:is |s |be |wil be |il be |going to be |gona be )?(?:\w+ ){0,2}?(?:next|going up|soon) on (?:the |that |our )?(?:\w+ )?(?:memorial|roll of honour|wall of honour|remembrance)\b",
        who=Who.SELF,
    ),
    # A calm, thankful farewell with everything in order; not paperwork put in order.
    Rule(
        "goodbye",
        r"\b(?:everything|everythings|it all|all|affairs|things|my affairs)(?: s| is| are)? (?:now |al )?in order\b",
        who=Who.SELF,
        needs=r"\b(?:(?:feel|feeling|im|i am|i feel) (?:very |so |realy |quite )?(?:calm|peaceful|at peace|settled|light|ready) now|over the years|thank you for (?:everything|al)|thanks for (?:everything|al)|goodbye|bye)\b",
        unless=r"\b(?:paperwork|pension|pasport|visa|documents|forms?|application|mortgage|tax|insurance|car|house|move|moving|audit|inspection|files?|case|exhibits?|statement|kit|uniform|locker|handover|desk|inbox)\b",
    ),
    # 'No more' as the whole message: no question is asked that it answers.
    Rule("indirect", r"^(?:no more|nomore)(?: \.)*$", who=Who.SELF),
    # Whether a death could pass for an accident or a death on duty ('would the coroner put
    # it down as accidental if I...'); not a suspect who staged one.
    Rule(
        "method",
        r"\b(?:pass (?:for|as)|look like|looks like|seem like|put (?:it )?down as|be recorded as|count as|ruled as|ruled) (?:an |a )?(?:accident|accidental|natural causes|misadventure|death on duty)\b|\b(?:make|making) it look like i (?:died|was kiled|had an accident|fel)\b",
        who=Who.SELF,
        needs=r"\b(?:could it|would it|can it|wil it|if i|my family|my wife|my husband|my kids|mine|payout|pension|insurance|deliberate\w*|on purpose|did it)\b",
        unless=r"\b(?:suspects?|offenders?|murder\w*|homicide|staged|the male|the female|investigation|accused|defendant|he made|she made|they made|he tried|she tried)\b",
    ),
    # A deliberate crash and whether the family would still be paid.
    Rule(
        "method",
        r"\bwould (?:my |the )?(?:family|wife|husband|kids|children|partner|missus|mrs|girls|boys)s? (?:stil |definitely )?get (?:the |my |any |a )?(?:injury award|injury pension|payout|pay out|pension|death in service|lump sum|insurance|money|ful pension)\b",
        needs=r"\b(?:at speed|deliberate\w*|on purpose|wasnt an accident|not an accident|into (?:a|the) (?:bridge|wall|tree|lorry|pillar|support|bridge support|barrier|river)|look like an accident)\b",
        unless=r"\b(?:retire\w*|divorce|resign\w*|redundan\w*)\b",
    ),
    # A firearm, its certificate or ammunition kept 'for one last thing'; not a last shoot.
    Rule(
        "plan",
        r"\b(?:for|need it for|do|doing|use it for|using it for) one (?:last|final) (?:thing|job|time|use)\b",
        needs=r"\b(?:shotgun|gun|rifle|firearms?|certificate|ammo|ammunition|cartridges|glock|pistol|weapon)\b",
        unless=r"\b(?:shoot|shooting|season|clays?|competition|range day|pigeons?|pheasants?|deer|stalk\w*|renewal|renew|sell|seling|sold|hand in|surender\w*)\b",
    ),
    # The only way to stop the images, the dreams or the noise is my stopping.
    Rule(
        "indirect",
        r"\bonly way (?:\w+ ){0,4}to (?:stop|end|silence|quiet) (?:\w+ ){0,2}is (?:me|for me to|if i|to stop me|stopping me)(?: stopping| stop| not being here| being gone| gone| going| dying| die| ending it| end it| ending)?(?: \.|$)",
        who=Who.SELF,
    ),
    # Leaving tonight, 'and I don't mean the job'.
    Rule(
        "indirect",
        r"\b(?:leaving|going|off|checking out|clocking off|signing off|finishing|logging off)(?: for good)? (?:tonight|today|now|soon|this weekend|after this)\b",
        who=Who.SELF,
        needs=r"\b(?:i )?(?:dont|do not|didnt|dont just) mean (?:the |my |from )?(?:job|force|work|team|shift|house|station|nick|nights|rota)\b",
    ),
    # One's way out named as a place or a means ('my way out will be the viaduct').
    Rule(
        "plan",
        r"\bmy (?:way out|way of ending it|way to end it|ending|last stop)(?: wil be| is| s| il be)? (?:the |a )?(?:sea|river|bridge|cliffs?|railway|tracks|train|canal|reservoir|quarry|multi storey|rope|tablets|pills|motorway|water|viaduct|loch|estuary|lake)\b",
        who=Who.SELF,
        unless=r"\b(?:surf\w*|swim\w*|paddle\w*|sailing|walks?|walking|holiday|cruise|ferry|boat|kayak\w*|commute|route|diversion|trafic|junction|path|footpath|bus|stairs|door|fire exit)\b",
    ),
    # Whether a means of dying would be painless ('would charcoal in the van be painless').
    Rule(
        "method",
        r"\bpainles\b",
        weak=True,
        needs=r"\b(?:smoke|fumes|charcoal|barbecue|barbeque|bbq|exhaust|carbon monoxide|helium|drown\w*|hanging|overdose|od|tent|garage|jumping|jump from|jump of)\b",
        unless=r"\b(?:dentist|tatoo|injection|vaccine|jab|procedure|anaesthetic|vet|put down|put to sleep|euthanas\w*|dog|cat|for (?:him|her|them|my \w+)|was it)\b",
    ),
    # The drop from a named high place ('how far is the fall off the viaduct, in feet'); not
    # an abseil, a drone or a van's clearance.
    Rule(
        "method",
        r"\b(?:whats|what is|what s|hows|how big is|how far is|how high is|how long is|how much is) the (?:drop|fal)\b|\bhow (?:far|high|big) (?:a |is the )?(?:drop|fal)\b",
        needs=r"\b(?:car park|multi storey|top deck|top floor|roof|rooftop|bridge|viaduct|cliff|cliffs|tower|flats|balcony|ledge|quarry|pier|dam)\b",
        unless=r"\b(?:abseil\w*|zip wire|zipwire|bungee|parachute|skydiv\w*|drones?|climbing|climb|survey\w*|scafold\w*|harnes|fal arest|health and safety|risk asesment|roler coaster|ride|kayak\w*|mtb|bike|ramp|van|lorry|height restriction|clearance|water level|tide)\b",
    ),
    # My warrant card sent back with a note, and 'all my admin done'; not a resignation.
    Rule(
        "goodbye",
        r"\b(?:posted|sent|handed|left|returned|gave|given|dropped) (?:back )?(?:in )?(?:my )?(?:warrant card|badge|id card|warrant)\b",
        who=Who.SELF,
        needs=r"\b(?:with a note|left a note|(?:al )?my admin(?: is| s)? (?:done|sorted|finished)|admin done|last thing|final thing|affairs)\b",
        unless=r"\b(?:retir\w*|resign\w*|leaving do|new force|transfer\w*|career break|notice|leaving date|last day|suspended|suspension|lost|found|replacement|renew\w*|expired)\b",
    ),
    # Pass 4w (blind set 27's misses, in our words). Not safe, said of oneself as the whole
    # message or the end of a sentence ('honestly I don't feel safe tonight'); not unsafe on
    # patrol or in a building.
    Rule(
        "direct",
        r"^(?:(?:honestly|tbh|i think|sorry|help|please) )?(?:(?:im|i am|i m|feeling|im feeling|i feel) (?:not safe|unsafe)|(?:i )?(?:dont|do not|cant) feel safe|not (?:feeling )?safe)(?: (?:right now|tonight|now|anymore|any more|with myself|around myself|on my own|alone|by myself|at the moment|atm|at al))*(?: \.)*$"
        r"|\b(?:im|i am|i m) not safe (?:tonight|right now|anymore|any more)(?: \.|$)"
        r"|\b(?:not safe|unsafe|dont feel safe|do not feel safe|cant keep) (?:with|around|from|alone with|on my own with|to be (?:alone|left) with) myself\b",
        who=Who.SELF,
    ),
    # 'Might as well finish it off properly' beside being needed by nobody.
    Rule(
        "indirect",
        r"\bmight as wel (?:just )?(?:finish|end) (?:the job|it|things|it al|myself|me) ?(?:off )?(?:properly|for good|now|then)?\b",
        who=Who.SELF,
        needs=r"\b(?:nobody|no one|noone) (?:needs|wants|cares about|would mis|wil mis) me\b|\b(?:no use to anyone|useles|pointles|no point|nothing left|burden|no purpose|worthles|on the scrapheap|scrap heap)\b",
    ),
    # Expecting to be next after colleagues' suicides ('it'll be me next, I can feel it').
    Rule(
        "indirect",
        r"\b(?:im|i am|il be|i wil be|i could be|i might be|its going to be me|it wil be me|itl be me|it could be me|its me) next\b",
        who=Who.SELF,
        needs=r"\b(?:suicides?|took (?:their|his|her) own (?:life|lives)|killed (?:them|him|her)sel(?:f|ves)|ended (?:it|their lives|his life|her life)|hanged|jumped)\b",
        unless=r"\b(?:prevention|training|course|awarenes|rota|list|queue|in line|promotion|interview|apraisal|redundan\w*|postmortem|inquest)\b",
    ),
    # Picturing my own body or funeral, and finding it a relief.
    Rule(
        "indirect",
        r"\b(?:picture|imagine|see|seing|picturing|imagining|visualise|visualising|dream about|dreaming about) (?:my own|my) (?:body|funeral|death|corpse|grave)\b",
        who=Who.SELF,
        needs=r"\b(?:relief|relieved|peace|peaceful|comfort|comforting|calm|calming|welcome|like home|longing|tempting|apealing)\b",
    ),
    # Pass 4x (blind set 28's misses, in our words). My head or a voice telling me to jump,
    # to end it or to do it ('a voice keeps saying step off, I'm fighting it').
    Rule(
        "direct",
        r"\b(?:my (?:head|brain|mind)s?|the voices?|a voice|voices)(?: s| is| are| keeps| kept| wont stop| just keeps| started| starts)? (?:\w+ )?(?:telling|tels|tel|saying|says|say|shouting|screaming|whispering|told|said|begging)(?: at)?(?: me)?(?: to)? (?:jump|end it|end it al|die|kil myself|hurt myself|step of|step out|cut|let go|go through with it|finish it|finish myself|take the tablets|take them al|crash)\b",
        who=Who.SELF,
        unless=r"\b(?:jump (?:at|on|in|into|the queue|ship)|bungee|parachute|skydive|zip wire|diving board)\b",
    ),
    Rule(
        "direct",
        r"\b(?:my (?:head|brain|mind)s?|the voices?|a voice|voices)(?: s| is| are| keeps| kept| wont stop| just keeps)? (?:\w+ )?(?:telling|saying|says|shouting|screaming|whispering)(?: me)?(?: to)? (?:just )?do it\b",
        who=Who.SELF,
        needs=r"\bdo it do it\b|\b(?:struggling|fighting|cant stop|wont stop|hard not to|trying not to|scared|frightened|not to listen|wont shut up|getting louder)\b",
        unless=r"\b(?:apply|aplication|promotion|sign up|go for it|exam|course|marathon|interview|ask (?:her|him) out|tatoo|haircut|the job|holiday)\b",
    ),
    # Someone else's goodbye or suicide, and my saying or thinking the same and meaning it
    # ('a caller said goodbye and I'm thinking the same words, and I mean them').
    Rule(
        "indirect",
        r"\b(?:goodbye|suicid\w*|end it|ending it|kil (?:him|her|them)sel\w*|jump\w*)\b.{0,120}\b(?:saying|thinking|feeling|writing|typing|say|think|feel) the same (?:things|words|stuf|thing)\b",
        who=Who.SELF,
        needs=r"\b(?:i|and|which i|that i) (?:realy |actualy |truly )?mean (?:it|them|every word)\b",
    ),
    # Out of options but one, after everything tried ('tried it all, just one way left').
    Rule(
        "indirect",
        r"\b(?:out of options|no options|run out of options|no other options?|nothing else|no other way) (?:left )?(?:except|but|apart from|other than|bar|save) (?:one|the one|the last one|that one)\b"
        r"|\b(?:only|just) (?:one|1) (?:option|way out|way|thing|choice) left\b(?! (?:to (?:try|do|ask|book|check|sort|pay|buy|fix|decide|pick|choose|see)|on|in|for)\b)",
        who=Who.SELF,
        needs=r"\b(?:nothing(?:s| has)? (?:worked|helped)|tried everything|tried it al|no point|cant go on|had enough|tired of|give up|given up|hopeles|out of options|except one|but one)\b",
    ),
    # Pass 4z (blind set 30's misses, in our words). The darkness, the thoughts or the urges
    # winning, and my having stopped fighting them.
    Rule(
        "indirect",
        r"\b(?:the (?:darknes|dark)|darknes|black dog|(?:my |the )?demons|(?:the |my |bad |dark )?thoughts|(?:the |my )?urges|(?:the |my )?depresion)(?: s| is| are| has| have| wil| keeps)? (?:finaly |slowly |definitely |now )?(?:wining|won|win|taking over|took over|got me|beating me|beaten me|getting the better of me)\b",
        unless=r"\b(?:match|game|league|cup|score|goal|season|quiz|fancy dress|halloween)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:stoped|stop|given up|giving up|gave up|quit|done|finished|no longer|cant keep|tired of|too tired for|no energy left for) fighting(?: (?:it|this|them|anymore|any more|back|myself|the urges|the thoughts))?\b",
        needs=r"\b(?:darknes|dark|black dog|demons|thoughts|urges|voices|depresion|wining|let it (?:win|take me|happen)|let go|had enough|no point|cant go on)\b",
        unless=r"\b(?:misconduct|case|apeal|grievance|tribunal|claim|hearing|complaint|fine|ticket|divorce|custody|decision|redundancy|flu|cold|virus|infection|bug)\b",
    ),
    # Ordinary things of next year I will not be needing ('won't need to book leave next year').
    Rule(
        "indirect",
        r"\b(?:wont|wil not|shant|dont think il|not going to|dont think i wil) (?:ned|be neding|have) (?:to )?(?:(?:bok|put in for|request|plan|save|take|use|worry about|bother with) )?(?:any |my |the |much |next years )?(?:anual leave|leave|holidays?|time off|rest days|pension|retirement|christmas|birthday|rota|overtime)\b",
        who=Who.SELF,
        needs=r"\b(?:next year|after this|any more|anymore|ever again|lets just say|put it that way|where im going|after (?:this|next) (?:week|month|weekend))\b",
        unless=r"\b(?:retir\w*|maternity|paternity|career break|secondment|new job|resign\w*|part time|caried over|carry over|caried forward|sick leave|long term sick|moving|transfer\w*|leaving the (?:job|force|police))\b",
    ),
    # The speaker as the problem, and the problem removed ('I'm the problem. Remove it.').
    Rule(
        "indirect",
        r"\b(?:remove|removing|get rid of|eliminate|delete|erase|take out|take away|end|cut out) (?:the|that) (?:problem|isue)\b(?! (?:of|with|in|at|on|for)\b)"
        r"|\b(?:take|make|send) (?:the|that) (?:problem|isue) (?:away|go away|disappear)\b",
        who=Who.SELF,
        needs=r"\b(?:im|i am|i m|its me|ive become|ive always been)(?: thats| who is| whos)? (?:the|a) (?:\w+ )?(?:problem|isue|burden)\b(?! (?:drinker|gambler|solver|solving|child|area|page)\b)|\bthe problem (?:is|was) me\b",
    ),
    # Done, as the whole message.
    Rule(
        "indirect",
        r"^(?:im |i am |i m )?(?:just |so |realy |totaly |completely |properly |absolutely |honestly )?done(?: now)?(?: \.)*$",
        who=Who.SELF,
    ),
    # Leaving, and plainly not the job ('not leaving the job. Just leaving.').
    Rule(
        "indirect",
        r"\bnot (?:leaving|quiting|retiring from|resigning from|leaving from) (?:the |my |this )?(?:job|force|police|work|service|team|role)\b(?: \.)? (?:(?:im|i am) )?(?:just )?(?:leaving|going|checking out|leaving everything|leaving it al|leaving life)\b",
        who=Who.SELF,
    ),
    # On the ledge myself, after speaking of one ('can you talk someone off a ledge? I'm on one').
    Rule(
        "method",
        r"\b(?:im|i am|i m) (?:on|up on|stood on|standing on|sat on|sitting on) (?:one|it)(?: now| right now| tonight| as we speak)?\b(?! (?:of|course|rota|shift|team|list|training|break|diet)\b)"
        r"|\b(?:of|down from|down of) (?:a|the) (?:ledge|edge|rof|bridge)\b(?: \.)? (?:\w+ ){0,3}(?:asking for (?:myself|me)|for myself|its me|im the one)\b",
        who=Who.SELF,
        needs=r"\b(?:ledges?|edges?|bridges?|rofs?|rooftops?|clifs?|parapets?|railings?|viaducts?)\b",
    ),
    # Pass 5a (blind set 31's misses, in our words). The one who takes the calls, or attends
    # them, now the one in need ('tonight I'm the caller'; 'now I'm the misper').
    Rule(
        "indirect",
        _NOW_IM_THE
        + r"(?:misper|jumper|cfw|concern for welfare|sudden death|body|one on the bridge|one on the ledge|one at risk|one in crisis|one in the river|vulnerable one|high risk misper)\b",
        who=Who.SELF,
        unless=rf"\b(?:{_ROLE_PLAY})\b",
    ),
    Rule(
        "indirect",
        _NOW_IM_THE
        + r"(?:caler|one caling|one ringing|one on the other end|one who needs help|one needing help)\b",
        who=Who.SELF,
        needs=r"\b(?:people like me|dont know who to (?:ring|cal|talk to|turn to)|cals from|other end|other side|for once|like them|like me)\b",
        unless=rf"\b(?:{_ROLE_PLAY}|raffle|quiz|bingo)\b",
    ),
    # A weapon taken away, and knowing what I would do with one.
    Rule(
        "method",
        r"\b(?:know|knew) (?:exactly |just |ful wel |fine wel |too wel )?what (?:id|i would|i wil|il|i might|im going to) do (?:with|if i had) (?:one|it|a gun|a firearm|my gun|my weapon|my firearm|that|them|a weapon)\b",
        who=Who.SELF,
        needs=r"\b(?:firearms?|guns?|weapons?|authorisation|glock|carbine|shotgun|taser|tablets|pils|rope|knife|blade|ammo|armoury)\b",
        unless=r"\b(?:licence|license|clay|shooting club|lottery|win|winings|money|pay rise|bonus|day off|extra)\b",
    ),
    # What is left of me for whoever wants it, and not sticking around for what comes.
    Rule(
        "indirect",
        r"\b(?:can|wil|il|may as wel|might as wel) (?:have|take|get) me\b(?: \.)? (?:or )?(?:whats|what is|what s) left\b",
        who=Who.SELF,
    ),
    Rule(
        "indirect",
        r"\bnot (?:sticking|staying|hanging) around (?:to (?:be|see|face|find out|watch|hear)|for (?:the|it|that|them|my|their))\b",
        who=Who.SELF,
        needs=r"\b(?:whats left|what is left|can have me|can take me|wont be here|not be here|after tonight|nobody wil|no one wil|the papers|in the papers|my body)\b",
        unless=_LEAVING_JOB + r"|\b(?:new job|apply|aplied|interview|job offer)\b",
    ),
    # Welsh: not wanting to be here or to live, wanting to die, killing or hurting myself,
    # suicide, no point living.
    Rule(
        "direct",
        r"\b(?:ddim|dim) (?:\w+ )?(?:eisiau|isio|isie|moyn|am) (?:bod yma|byw|bod yn fyw|deffro)\b|\b(?:eisiau|isio|isie|moyn) marw\b|\bladd fy (?:hun|hunan)\b|\bhunanladdiad\w*\b|\b(?:niweidio|anafu|torri|brifo) fy (?:hun|hunan)\b|\bdim pwynt (?:byw|mynd ymlaen|bod yma)\b",
    ),
    # Giving my body to science, or anything else of mine, if I do it myself.
    Rule(
        "plan",
        r"\bif i (?:do it|did it|end it|ended it|go through with it) (?:myself|to myself|by my own hand|on purpose)\b",
        who=Who.SELF,
        needs=r"\b(?:body|organs|remains|funeral|pension|insurance|life policy|lump sum|death in service|coroner|family|kids|wife|husband|partner|science|donor|donate)\b",
        unless=r"\b(?:diy|decorat\w*|paint\w*|plumb\w*|fix\w*|repair\w*|instal\w*|garden\w*|tax return|conveyancing|boiler|paperwork|form|course|hair|haircut|tatoo|extension|kitchen|bathrom)\b",
    ),
    # Someone else's suicide asked about, then 'because I'm about to'.
    Rule(
        "plan",
        r"\b(?:because|cos|coz|as|since) (?:im|i am|i m) (?:about to|going to|gona|planning to|planning on it|thinking of it|thinking about it|considering it|ready to|close to it|next)\s*(?:\.|$)",
        who=Who.SELF,
        needs=r"\b(?:suicid\w*|(?:take|took|taking|takes) (?:their|his|her|your|my|your own|their own) (?:own )?life|kil (?:themselves|himself|herself|yourself)|end (?:their|his|her|your) (?:own )?life|die|dying|jump\w*|overdose)\b",
    ),
    # The suicide exclusion of a life policy checked, or run out.
    Rule(
        "plan",
        r"\bsuicide (?:exclusion|clause|claus|exemption|period)\b",
        who=Who.SELF,
        needs=r"\b(?:ive|i have|i|just) (?:checked|read|looked|found|made sure|know|worked out)\b|\b(?:ran out|runs out|run out|expired|expires|has ended|ended|is over|finished|passed|no longer applies|doesnt apply)\b",
        unless=r"\b(?:my (?:late|brother|sister|son|daughter|dad|father|mum|mother|husband|wife|partner|friend|colleague|mate)\w*|he|she|his|her|they|their) (?:\w+ ){0,4}(?:died|passed|took (?:his|her|their) own life|killed (?:himself|herself|themselves))\b|\b(?:bereaved|bereavement|widow\w*|late husband|late wife)\b",
    ),
    # Pass 5b (blind set 32's misses, in our words). A last message passed on through the bot:
    # 'tell him it wasn't his fault', asked of the bot or said as an order, not asked how to.
    Rule(
        "goodbye",
        r"(?:^|\. |\b(?:can|could|wil|would) you (?:just |please )?|\b(?:please|just|and|if (?:anyone|anybody|they|people) asks?|when im gone|when i go|after im gone|after i go) )(?:tell|let|pass (?:on )?(?:a |this |my )?message to|make sure) (?:\w+ ){1,4}(?:that )?(?:(?:it|this|what i did|what im doing) (?:wasnt|was not|isnt|is not|was never|is never|wil never be|is nothing to do with)|none of (?:it|this) (?:is|was)) (?:his|her|their|your|on (?:him|her|them|you))(?: fault)?(?= \.|$)",
        who=Who.SELF,
        unless=r"\b(?:how (?:do|can|should|would|could) i|how to|help me|ways to|advice|what (?:do|should|can) i say)\b",
    ),
    # No one to talk me down, and unable to talk myself down, from a ledge not a temper.
    Rule(
        "indirect",
        r"\b(?:cant|can not|cannot|couldnt|could not|unable to) (?:seem to )?talk myself (?:down|of (?:the|this|a) (?:ledge|edge))\b(?! (?:from|of) (?:buying|spending|the price|it|that))|\b(?:nobody|no one|noone|someone|somebody|anyone|anybody) (?:to|who can|who could|who wil|that can|that could) talk me (?:down|of (?:the|this|a) (?:ledge|edge))(?= \.|$)",
        who=Who.SELF,
        unless=r"\b(?:adrenaline|wired|buzzing|hyped|price|prices|buying|spend (?:money|on)|spending (?:money|on)|bid|bidding|haggl\w*|angry|anger|rage|fuming|temper|email|text|reply|resign\w*|quit\w*|panic attack|flight)\b",
    ),
    # Talking before doing something that cannot be undone (not an email, a purchase or a row).
    Rule(
        "indirect",
        r"\bbefore i (?:do|try) something (?:stupid|silly|daft|drastic|dangerous|permanent|final|irreversible|i regret|(?:i|that i) (?:cant|cannot|can not|wont be able to|couldnt|could never) (?:undo|take back|come back from|reverse|walk back))(?= \.|$| tonight| to myself| again| i (?:wanted|want|need|needed|thought))",
        who=Who.SELF,
        unless=r"\b(?:email|send|sent|text|message|reply|resign\w*|quit\w*|notice|tatoo|haircut|hair|buy|buying|spend|spending|car|bank|delete|divorce|say|said|post|tweet|angry|fuming|punch|hit (?:him|her|them)|lamp|chop|shave|dye|like)\b",
    ),
    # A life seen as an innings, and time to declare (not a career or a relative's life).
    Rule(
        "indirect",
        r"\b(?:good|decent|fair|long|not a bad|not bad|decent enough|great) (?:old )?innings\b",
        who=Who.SELF,
        needs=r"\b(?:time to|ready to|going to|gona|il|wil|about to|might as wel) (?:declare|pull (?:up )?(?:the )?stumps|draw stumps|walk off|cal it|retire hurt)\b",
        unless=r"\b(?:he|she|his|her|they|nan|grandad|grandma|dad|mum|father|mother|uncle|aunt|cricket|match|club|the team|score|batting|bowling|career|job|force|service|police|retire|retiring|retirement|pension|papers|notice|leaving do|warrant card|years in|years service|tax|customs)\b",
    ),
    # A date and a place, or a day and a way, picked (not for a wedding, a court case or a do).
    Rule(
        "plan",
        r"\b(?:ive got|i have got|i have|ive|got|picked|chosen|chose|set|sorted|decided on|setled on|worked out|know) (?:a |the |my )?(?:date|day|time|night) and (?:a |the |my )?(?:place|spot|location|way|method|means)\b|\b(?:ive got|i have got|got|picked|chosen|sorted|decided on) (?:a |the |my )?(?:place|spot|location) and (?:a |the |my )?(?:date|day|time|night)\b",
        who=Who.SELF,
        unless=r"\b(?:wedding|party|christmas|xmas|social|night out|(?:team|teams|shift|works|office) do|drinks|meal|curry|leaving do|reunion|court|hearing|trial|interview|exam|holiday|trip|venue|meeting|appointment|booked|booking|match|gig|concert|moving|viewing|christening|(?:the|his|her|nans|dads|mums|grandads|grandmas) funeral|memorial|celebration|birthday|anniversary|propos\w*|engagement|date night|first date|stag|hen|meet up|meetup|handover|training|course|the (?:op|operation|raid|warrant|strike)|exercise|take her|take him|girlfriend|boyfriend)\b",
    ),
    # Not needing something where I am going (not a new job or a holiday); of someone else,
    # the colleague path.
    Rule(
        "goodbye",
        r"\b(?:wont|will not|shant|not going to|wont be|not be) need(?:ing)? (?:it|them|this|that|these|those|any of (?:it|this|them|that)|(?:my|his|her|their|the) \w+(?: \w+)?) where (?:im|i am|hes|shes|he is|she is|theyre|they are) (?:going|headed|heading|off to)\b",
        unless=r"\b(?:holiday|abroad|hot|sun|sunny|beach|spain|dubai|trip|travel\w*|flight|cruise|caravan|camping|new job|new role|posting|secondment|transfer\w*|cid|plain clothes|promotion|civy street|civilian job|desk job|office|moving|emigrat\w*|australia|winter|sumer|uni|university)\b",
    ),
    # Pass 5c (blind set 33's misses, in our words). Not one more of anything: the shift, then
    # everything ('I can't do another shift. I mean I can't do another anything').
    Rule(
        "indirect",
        r"\b(?:cant|can not|cannot|couldnt) (?:do|face|manage|take|handle) (?:another|one more) (?:anything|thing at al|day of anything|day of being alive|day alive|breath)\b|\bi mean (?:i )?(?:cant|can not|cannot) (?:do|face) (?:anything|any of it|another anything)(?: (?:any ?more|now|at al))?(?= \.|$)",
        who=Who.SELF,
    ),
    # A joke said not to be one, beside a way to die ('a swim in the river at 3am lol. not
    # joking actually').
    Rule(
        "indirect",
        r"\b(?:not|im not|i am not|no|wasnt|not even) (?:joking|kidding|having a laugh|messing)(?: (?:actualy|tho|though|tbh|honestly|for once|this time|anymore|any more|now))?(?= \.|$)",
        who=Who.ANY,
        needs=r"\b(?:river|mersey|thames|tyne|clyde|severn|taf|tay|wear|humber|sea|canal|reservoir|quarry|lake|loch|lough|bridge|viaduct|clif|clifs|edge|ledge|rof|rooftop|top flor|tower block|car park|pier|harbour|walk of|walk into|level crosing|multi storey|railway|tracks|train|trains|lory|trafic|motorway|pils|tablets|rope|noose|gun|blade|jump|jumping|swim|drown\w*|end it|die|dead|not wake up|kil myself|top myself)\b",
        unless=r"\b(?:won|winning|lottery|promotion|pay rise|bonus|engaged|pregnant|proposed|marathon|charity|sponsor\w*|triathlon|wild swim\w*|lido|club|wetsuit|dry robe|dryrobe|open water|race|swim team|lesson|lessons)\b",
    ),
    # A goodbye to the team that they must not see through.
    Rule(
        "goodbye",
        r"\b(?:say|saying|said|do|doing) (?:my |your |a |the )?(?:goodbye|goodbyes|bye|byes|farewel|farewels) (?:(?:to|at|in|on) (?:\w+ ){1,3})?without (?:them|anyone|anybody|people|her|him|my \w+|the \w+|it) (?:twiging|knowing|noticing|realising|realizing|guessing|suspecting|clocking|catching on|working it out|finding out|seing it|making a fuss)(?: it| on| what im doing)?(?= \.|$)",
        who=Who.SELF,
        unless=r"\b(?:new job|leaving do|retir\w*|transfer\w*|secondment|notice|moving|surprise|emigrat\w*|promotion|posting|career break|maternity|paternity)\b",
    ),
    # A date picked, asked about as if it were normal (not a wedding or a holiday).
    Rule(
        "plan",
        r"\b(?:is it|is that|its|it is) (?:normal|ok|okay|wrong|weird|bad|strange) (?:to|that i|i) (?:have )?(?:pick|picked|set|chose|chosen|choose) (?:a|the) (?:date|day)(?= \.|$)|^(?:ive|i have|i) (?:finaly |now )?(?:picked|set|chosen|got) (?:a|the) (?:date|day)(?: now| at last| finaly)?(?= \.|$)",
        who=Who.SELF,
        unless=r"\b(?:wedding|holiday|party|meeting|court|interview|exam|move|moving|baby|due|op|operation|surgery|retir\w*|leaving|christening|birthday|funeral|viewing|course)\b",
    ),
    # The bot asked to stay while I do it.
    Rule(
        "plan",
        r"\b(?:stay|be|keep talking|talk to me|hold on|stay on) (?:on |here |online |with me |on the line )*(?:with me )?(?:while|as|whilst|til|until) i (?:do it|go through with it|take them|take it|do this|do what i have to|end it|go)(?= \.|$| please| ok| okay| yeah)",
        who=Who.SELF,
        unless=r"\b(?:form|test|quiz|application|survey|upload|install|update|breathing|exercise|homework|paperwork|report|referral|self referral|booking)\b",
    ),
    # Gone before someone is back, at the end of a sentence (not 'before he's back, I'm on
    # earlies').
    Rule(
        "goodbye",
        r"\b(?:il|i wil|i wil have|il have|im going to|i am going to|going to) (?:be )?(?:gone|dead|done it|not be here) (?:before|by the time) (?:he|she|they|anyone|anybody|someone|the \w+|my \w+)(?:s| is| are| gets| get| wakes| wake)? ?(?:back|home|up|in|here|of shift|of nights|of work)?(?: from (?:her|his|their|the) \w+)?(?= \.|$)",
        who=Who.SELF,
    ),
    # Found, as a body ('who will take the call when they find me').
    Rule(
        "goodbye",
        r"\b(?:when|after|once|before|if) (?:they|someone|somebody|anyone|anybody|my \w+|the \w+|they eventualy|someone eventualy) (?:find|finds|found) me(?= \.|$| dead| hanging| in the morning| tomorow)",
        who=Who.SELF,
        unless=r"\b(?:hide and seek|hide and go seek|game|hiding|kids|tracing|ancestry|job|posting|slot|match|tinder|recruiter|agency|lost|walk|walking|hike|hiking|lost signal|mountain rescue|search and rescue|exercise|training)\b",
    ),
    # The weather up there, the other side: I will find out soon enough.
    Rule(
        "indirect",
        r"\b(?:il|i wil|i am going to|im going to|gona) (?:find out|see for myself|know|be finding out|get to see)(?: for myself)? (?:soon enough|soon|shortly|before long|any day now|myself soon|tonight)(?= \.|$)",
        who=Who.SELF,
        needs=r"\b(?:up there|heaven|the other side|afterlife|after life|pearly gates|upstairs|beyond|what comes after|whats next|is there anything after|on the other side|wherever (?:he|she|they) went)\b",
        unless=r"\b(?:driving|drive|flying|flight|fly|trip|holiday|visit|visiting|moving|travel\w*|train up|up north|scotland|the lakes|results|exam|scan|test|interview)\b",
    ),
    # Pass 5d (blind set 34's misses, in our words). A death made to look like an accident
    # (not a story, a game or what a suspect did).
    Rule(
        "plan",
        r"\b(?:make|making|made|look like|passes for) (?:it|this|mine|my death) (?:look |seem |pass )?(?:like|as|for) (?:an? )?(?:accident|acident|rtc|crash|natural causes|misadventure|heart attack|slip|fal|i fel|i slipped|i crashed)\b",
        who=Who.ANY,
        unless=r"\b(?:murder mystery|novel|book|story|plot|film|movie|game|cluedo|script|writing|suspect|offender|the male|the female|defendant|accused|killer|murderer|staged|investigation)\b",
    ),
    # A goodbye sent through the bot to someone who will understand ('tell my crewmate I said
    # ta-ra, he'll know what I mean').
    Rule(
        "goodbye",
        r"\b(?:tell|let) (?:\w+ ){1,3}(?:know )?(?:that )?i said (?:goodbye|godbye|bye|ta ra|tara|tra|cheerio|ta ta|so long|farewel|see ya|cya|take care)\b",
        who=Who.SELF,
        unless=r"\b(?:leave|holiday|hols|back on|back next|back in|back tomorow|see (?:him|her|them|you|yous) (?:on|next|tomorow|monday|tuesday|wednesday|thursday|friday|at|in)|off til|course|training|secondment|transfer\w*|new job|retir\w*|moving|maternity|paternity|leaving do)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:hel|shel|theyl|he wil|she wil|they wil|hed|shed|theyd) know what i mean(?= \.|$)",
        who=Who.SELF,
        needs=r"\b(?:tel|let|pass on|give) (?:\w+ ){1,3}(?:i said|my love|goodbye|bye|ta ra|tara|cheerio|thanks|thank you|sory)\b",
        unless=r"\b(?:leave|holiday|back on|back next|see (?:him|her|them) (?:on|next|tomorow)|new job|retir\w*|transfer\w*)\b",
    ),
    # The train timetable read not for a journey.
    Rule(
        "method",
        r"\b(?:timetable|train times|freight times)\b",
        who=Who.SELF,
        needs=r"\bnot (?:the (?:times|ones|trains) (?:im|i am|i was) (?:loking|after|interested)|to (?:get|go) anywhere|to catch (?:one|it|them|any)|for (?:catching|geting on|travel|a journey|work))\b",
        unless=r"\b(?:i ned the|i need the|to get to|for my (?:course|shift|interview|trip)|conection|change at|platform \d|ticket|delayed|cancel\w*|strike|engineering works|replacement bus)\b",
    ),
    # Pass 5e (blind set 35's misses, in our words). Making it all stop for good (not a leak,
    # a noise or an alarm).
    Rule(
        "indirect",
        r"\b(?:make|making|get|geting) (?:it|it al|everything|the pain|the thoughts|this|al of it|the hurt|my head|the voices) (?:to )?stop (?:for god|for gd|forever|for ever|permanently|once and for al|for good)\b",
        who=Who.SELF,
        unless=r"\b(?:door|tap|leak\w*|drip\w*|alarm|squeak\w*|bark\w*|dog|neighbours?|car|boiler|heating|printer|notifications?|emails?|spam|cals|texts|hiccups|snoring|rash|itch\w*|nosebleeds?|tinnitus|ringing|cough\w*|noise|buzzing|clicking|popups|adverts|app|phone)\b",
    ),
    # Someone who died calling me to join them ('since the shooting I hear him telling me to
    # come and join him').
    Rule(
        "indirect",
        r"\b(?:telling|tels|told|asking|asks|wants|wanting|calling|caling|begging) me to (?:come (?:and )?|go (?:and )?)?(?:join|be with) (?:him|her|them|my \w+)\b",
        who=Who.SELF,
        needs=r"\b(?:hear|heard|hearing|voice|voices|since|died|dead|death|grave|shoting|funeral|passed|lost|tonight|i think i wil|i might|il go)\b",
        unless=r"\b(?:gym|club|team|pub|holiday|squad|for a pint|for a drink|for a brew|company|firm|business|union|fed|federation|group|course|unit|department|cid|traffic|dog section|for dinner|for tea|on holiday|abroad|australia|in spain)\b",
    ),
    # Ending it with a means named straight after ('thinking of ending it with the job car').
    Rule(
        "method",
        r"\b(?:end|ending|ended|finish|finishing) (?:it|things|it al|it al of) (?:with|using|in) (?:(?:the|my|a|an|some|his|her|their) )?(?:(?:dads|mums|brothers|job|work|police|pol|old|spare) )?(?:car|van|motor|gun|firearm|pistol|glock|taser|rope|belt|knife|blade|tablets|pils|meds|insulin|exhaust|hose|shotgun|rifle|sidearm|cord|cable|ligature|overdose|razor|carbine)\b",
        who=Who.ANY,
    ),
    # 'Ready now', as the whole message.
    Rule(
        "indirect",
        r"^(?:im |i am |i m |i think im |i think i am )?(?:ready now|finaly ready|ready at last)(?: \.)*$",
        who=Who.SELF,
    ),
    # Self-harm gone too far: blood everywhere, or bleeding that will not stop, and faint.
    Rule(
        "self_harm",
        r"\b(?:blod everywhere|so much blod|wont stop bleding|cant stop the bleding|cant stop it bleding|bleding wont stop|losing a lot of blod|lost a lot of blod|blod al over)\b",
        who=Who.SELF,
        needs=r"\b(?:gone to far|went to far|to dep|this time|faint|dizy|light headed|lightheaded|pasing out|pas out|cut|cuting|did it|done it|my arm|my wrist|my leg|my thigh)\b",
        unless=r"\b(?:nosebleds?|nose bleds?|period|shaving|kitchen|knife slipped|choping|acident\w*|crime scene|scene|victim|casualty|the male|the female|attended|rtc|stabing|glas|fel (?:over|down|of)|dog bite|gums|toth|dentist|nose)\b",
    ),
    # Pass 5f (blind set 36's misses, in our words). No next week to see (not a week off on the
    # rota).
    Rule(
        "indirect",
        r"\b(?:cant|cannot|can not|dont|do not) see (?:a|any|there being a|me having a|myself having a|myself seing a) (?:next week|tomorow|next month|next year|christmas|new year|weekend|next shift|birthday|summer)\b(?! (?:off|free|without|on the rota|in the diary|where|that|when|with))",
        who=Who.SELF,
    ),
    # My funeral paid for before I do anything.
    Rule(
        "plan",
        r"\b(?:funeral|mine|my own)\b[^.]*\b(?:paid|paid for|sorted|arranged|planned|covered|booked) (?:\w+ ){0,2}before i (?:do anything|do it|go through with it|go)(?= \.|$)",
        who=Who.SELF,
    ),
    # Whether anyone would get to me in time, or must find me before something happens.
    Rule(
        "goodbye",
        r"\b(?:get to me|find me|reach me|stop me|save me) (?:in time|before its to late|quick enough|fast enough|before (?:i|it))\b(?! for| to (?:sign|help with))",
        who=Who.SELF,
        unless=r"\b(?:deadline|file|form|report|court|meeting|handover|interview|parcel|delivery|pizza|taxi|cab|lift)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:someone|somebody|anyone|someone wil|somebody wil) (?:needs? to|has to|have to|wil have to|should|must) find me\b(?= \.|$| before| first| in the morning| tomorow| when)",
        who=Who.SELF,
        unless=r"\b(?:hide and seek|game|lost|walk|walking|hike|hiking|signal|parking|desk|new posting|job)\b",
    ),
    # Better off with the payout than with me.
    Rule(
        "indirect",
        r"\bbeter of with (?:that|the money|the payout|it|the death in service|the insurance|the pension|the lump sum) than (?:with )?me\b",
        who=Who.SELF,
    ),
    # A place, and tonight, as the whole message.
    Rule(
        "method",
        r"^(?:the )?(?:bridge|river|tracks|railway|clifs?|rof|multi storey|viaduct|motorway|pier|canal|reservoir|quarry|train|rope|pils|tablets) (?:tonight|now|today|it is)(?: \.)*$",
        who=Who.SELF,
    ),
    # 'If I'm not in tomorrow you'll know why': of someone else, the colleague path.
    Rule(
        "goodbye",
        r"\bif (?:im|i am|hes|shes|he is|she is|theyre|they are) not (?:in|here|around|at work|on shift|about) (?:tomorow|on monday|next week|in the morning|by monday)(?: \w+)? (?:youl|you wil|yous wil|everyone wil|youd|you would) know why\b",
    ),
    # Pass 5g (blind set 37's misses, in our words). Hoping something happens to me (not a
    # promotion).
    Rule(
        "indirect",
        r"\b(?:hoping|hope|praying|pray|wishing) (?:that )?(?:something|somethin|anything) (?:bad )?(?:happens|wil happen|would happen|happened|hapens) to me\b",
        who=Who.SELF,
        unless=r"\b(?:promotion|god|nice|exciting|interesting|new|fun|lottery|win)\b",
    ),
    # 'Would it hurt' as the whole message.
    Rule(
        "method",
        r"^(?:wld|would|wud|wil|will|how much would|how much wil) it hurt(?: much| a lot| at al)?(?: \.)*$",
        who=Who.SELF,
    ),
    # Thinking of using what I have access to on myself, or turning it on myself.
    Rule(
        "method",
        r"\b(?:thinking about|thought about|thinking of|tempted to|want to|wana|urge to|could|shouldnt be thinking about|keep thinking about) (?:using|turning|pointing|use|turn|point) (?:\w+ ){0,2}on myself\b",
        who=Who.SELF,
        unless=r"\b(?:roler|foam|masage\w*|cream|moisturiser|tatoo|clipers|hair|dye|makeup|make up|tan|wax\w*)\b",
    ),
    # 'Talk me out of it', with a means at hand.
    Rule(
        "method",
        r"\btalk me (?:out of it|out of doing it|out of this|down)(?= \.|$| please| now)",
        who=Who.SELF,
        needs_means=True,
    ),
    # Asked now, because I need to know soon.
    Rule(
        "plan",
        r"\b(?:asking|ask|i ask) (?:because|cos|coz|as|since) i (?:need|ned|have|want|got) to know (?:soon|now|tonight|quickly|before|fast)\b",
        who=Who.SELF,
        needs=r"\b(?:suicid\w*|kil (?:themselves|himself|herself|yourself|myself)|take (?:their|your|my) (?:own )?life|die|dying|forgive\w*|heaven|hel|god)\b",
    ),
    # Not meaning to see it: retirement, Christmas, a birthday.
    Rule(
        "indirect",
        r"\b(?:dont|do not|not|dont really) (?:intend|plan|planning|expect|want) (?:to see|on seing|to be around for|to make it to|to reach|to get to) (?:it|that|them|christmas|retirement|my retirement|my birthday|next year|the new year|the end of \w+|the summer|spring|my pension)\b(?! (?:through|out|hapen|coming|again|done|finished|sorted|in|on|at|with))",
        who=Who.SELF,
    ),
    # The least messy way, and not wanting anyone to have to find me.
    Rule(
        "method",
        r"\b(?:least|most) (?:mesy|painful|painles|traumatic|peaceful|clean|cleanest|reliable|certain|quick|quickest) way(?= \.|$| to go| out| for (?:me|them|everyone))",
        who=Who.SELF,
    ),
    Rule(
        "goodbye",
        r"\b(?:dont|do not|wouldnt|would not|dont really) want (?:\w+ ){1,3}to (?:have to )?find me\b(?! a | an | some )",
        who=Who.SELF,
        unless=r"\b(?:hide and seek|game|party|surprise|hiding)\b",
    ),
    # Fading or disappearing, and wanting to help it along.
    Rule(
        "indirect",
        r"\b(?:help it along|speed it up|hurry it along|hurry it up|finish the job|give it a push)(?= \.|$)",
        who=Who.SELF,
        needs=r"\b(?:disapearing|fading|fade away|fading away|dying|vanishing|wasting away|slipping away|going under|not here|gone)\b",
    ),
    # My turn, where someone died.
    Rule(
        "indirect",
        r"\b(?:its|it is|maybe its|now its|thinking its) (?:my turn|me next)(?: now| next| soon)?(?= \.|$)",
        who=Who.SELF,
        needs=r"\b(?:hanging|hanged|hung|jumper|suicide|died|dead|death|body|bodies|fatal|bridge|tracks|train|overdose|found him|found her)\b",
    ),
    # The only quiet, peace or rest I can imagine is being dead.
    Rule(
        "indirect",
        r"\bonly (?:quiet|peace|rest|relief|escape|silence|break|way out|end|way to stop it) (?:\w+ ){0,5}is (?:being dead|death|dying|not being here|not existing|to die|if i die|when im dead|the grave|me gone|me not here)\b",
        who=Who.SELF,
    ),
    # Pass 5h (blind set 38's misses, in our words). The next body bagged up, myself (not the
    # next one on the rota).
    Rule(
        "indirect",
        r"\b(?:im|i am|il be|i wil be|i could be|i might be|feel like im|feel like i am|probably) (?:the )?next (?:body|one in (?:a|the) (?:body )?bag|sudden death|jumper|name on the wal|misper|one we find|one they find)\b(?! (?:on the rota|for|to|in line|at the|through))",
        who=Who.SELF,
    ),
    # Not needing it after this weekend (not a move, a new gym or a contract ending).
    Rule(
        "goodbye",
        r"\b(?:wont|will not|not going to|shant|wont be|not be) need(?:ing)? (?:it|them|this|that|any of (?:it|this|them)|my \w+(?: \w+)?)(?: any ?more)? (?:after|past|beyond) (?:this|the|tonight|tomorow|friday|saturday|sunday|monday|next)(?: \w+)?(?= \.|$)",
        who=Who.SELF,
        unless=r"\b(?:moving|move|new|switch\w*|cheaper|joining|transfer\w*|holiday|leaving the|retir\w*|notice|last day|finish (?:work|the job)|contract|ends|expires|runs out|course|exam|wedding|marathon|race|op|operation|surgery|cast)\b",
    ),
    # Pass 5i (blind set 39's misses, in our words). A mind that keeps showing me the means.
    Rule(
        "method",
        r"\b(?:my )?(?:brain|head|mind) (?:keps|kept|wont stop|cant stop|is always|wil not stop) (?:showing|showing me|picturing|flashing|replaying|puling me to|drawing me to|going back to|taking me to)\b",
        who=Who.SELF,
        needs_means=True,
        unless=r"\b(?:forgot|forget|forgeting|remember|reminder|prescription|dose|dosage|shoping list|advert for)\b",
    ),
    # Self-harm where it will not show ('my upper arms, so it doesn't show').
    Rule(
        "self_harm",
        r"\b(?:cut|cuts|cuting|sliced|slicing|burn|burned|burnt|burning|scratch|scratched|scratching) (?:(?:my|me) (?:upper|lower|inner) |(?:the |my )?(?:top|tops|back|backs|inside|insides) of my )(?:arms?|legs?|thighs?|wrists?|stomach|hips?)\b",
        who=Who.SELF,
    ),
    Rule(
        "method",
        r"\b(?:going to|gona|about to|ready to|want to|wana|il|wil|just|could|might|im going to|finally) (?:just )?(?:jump|leap|yeet myself|step off|step out|let go)(?:\s*(?:\.|$)| now\b| tonight\b| today\b| off\b)",
    ),
    # A time set for 'doing it', before or after.
    Rule(
        "plan",
        rf"(?:\b(?:im|i am|ima|going to|gona|planning to|plan to|decided to|ready to|want to|about to|need to|finally) (?:\w+ ){{0,2}}(?:do it|doing it|go through with it|going through with it|end it|ending it|end things|ending things|finish it|finishing it)\b (?:\w+ ){{0,2}}{_WHEN}|\b(?:i|il|i wil|wil|might) (?:\w+ ){{0,2}}(?:do it|go through with it|end it|end things|finish it)\b (?:\w+ ){{0,2}}{_WHEN_PRIVATE})\b(?!(?: \w+){{0,3}} {_CHORES}\b)",
        unless=r"\b(?:essay|form|paperwork|assignment|module|homework|report|application|training|course|exam|revision|statement|presentation|overtime|shopping|washing|ironing|referral|appointment|booking)\b",
    ),
    Rule(
        "plan",
        rf"\b(?:after|when|once|as soon as|soon as|the moment|before|by the time) (?!(?:should|do|can|could|would|must|shall|did|does|wil) )(?:\w+ ){{0,6}}(?:im going to|im gona|il|i wil|im|i am going to|going to|gona|i|ima) (?:just |finally |then )?(?:do it|doing it|go through with it|going through with it|end it|ending it|end things|end it all)\b(?!(?: \w+){{0,3}} {_CHORES}\b)",
        unless=r"\b(?:essay|form|paperwork|assignment|module|homework|report|application|training|course|exam|revision|statement|presentation|overtime|shopping|washing|ironing|referral|appointment|booking)\b",
    ),
    Rule(
        "plan",
        rf"\b(?:its|it is|it wil|itl|it s|its going to|it is going to|it has to|it must|it should) (?:be )?(?:happening|happen|going to happen|gona happen|be) (?:\w+ ){{0,2}}{_WHEN}\b(?!(?: \w+){{0,3}} {_CHORES}\b)",
        needs=r"\b(?:decided|made up my mind|mind is made up|happening|no going back|ready|sorted|planned|going through with it|nobody|no one|goodbye|sorry|love you)\b",
        unless=r"\b(?:party|do|match|game|meeting|briefing|raid|op|operation|warrant|wedding|concert|gig|night out|bbq|barbecue|interview|course|training|exam|appointment|move|leaving do|birthday party|christening|funeral|inspection|review|board|handover)\b",
    ),
    Rule(
        "plan",
        r"\b(?:tonight|today|tomorrow|tonights|todays|tomorrows)(?: is| wil be| s| il be)? the (?:night|day)\b(?= (?:i|im|il|its|it)\b| ?\.|$)|\b(?:finally|ready to|about to|this time|actually) go(?:ing)? through with it\b|\bgo(?:ing)? through with it (?:this time|for real|tonight|today|properly)\b",
        unless=r"\b(?:date|party|wedding|proposal|propose|interview|match|game|concert|gig|driving test|exam|board|leaving do)\b",
    ),
    Rule(
        "plan",
        r"\b(?:no one|nobody|noone|not even \w+|dont try to|do not try to|dont bother trying to|you cant|cant|wont|no point trying to|not going to|nothing (?:\w+ )?(?:wil|can|could)) (?:\w+ ){0,3}talk(?:ing)? me (?:out of it|round|down)\b",
        unless=_LEAVING_JOB,
    ),
    Rule(
        "plan",
        r"\b(?:ive|i have|i|im) (?:finally |already |now |just )?(?:picked|chosen|chose|set|fixed|decided on|settled on|choosing|picking) (?:the|a|my) (?:date|day|time|spot|place|location|method|way|tree|bridge|beam)\b(?! (?:for|of|to|at|on|with|in|off) (?!(?:it|doing it|ending it|when|how|myself|the end|good)\b))",
        unless=_LEAVING_JOB
        + r"|\b(?:party|do|wedding|holiday|interview|appointment|exam|board|meeting|match|trip|anniversary|christening|birthday|date night|dinner|meal|booking)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:after|once|when) (?:\w+ ){0,4}(?:funeral|gone|buried|died|passed) (?:\w+ ){0,2}(?:il|i wil|i want to|im going to|i can|i could|i should|i might|i wana) (?:just )?go (?:too|as well)\b(?! (?:to|with the)\b)|\b(?:want|wana|going|ready|need|time for me|wish i could) to (?:go|die) (?:too|as well|with (?:him|her|them))\b|\b(?:follow|following) (?:him|her|them|my \w+)(?: (?:\w+ )?(?:there|soon|now|too|into the grave|to the grave))?\b(?! (?:up|on|onto|off|around|round|home|in|into|out|through|back|down|over|along|about|for|at|with|to(?! (?:heaven|the grave|the other side|wherever)))\b)",
        needs_death=True,
    ),
    # Burden, payouts and being a favour by dying.
    # 'Does the lump sum still get paid if the coroner says it was deliberate'.
    Rule(
        "plan",
        rf"\b(?:{_PAYOUT}|pension|insurance|paid|pay)\b[^.]{{0,60}}\bif (?:the )?(?:coroner|inquest|verdict|it|my death|they find it) (?:\w+ ){{0,3}}(?:deliberate|intentional|on purpose|self inflicted|suicide)\b",
    ),
    Rule(
        "indirect",
        rf"\b{_PAYOUT}\b(?: \w+){{0,10}} (?:only (?:useful|good|thing|use|way|value|decent)|worth more|all im (?:worth|good for)|more use|more useful|better than me|clear the (?:mortgage|debts?)|pay off (?:the|my|our) (?:mortgage|debts?)|sort them out|set them up|look after them|provide for them|they(?:d| would| wil|l) (?:get|have|be))\b|\b(?:only (?:useful|good|decent) thing|worth more|more use|more useful|more valuable|better provided for|better off)\b(?: \w+){{0,10}} {_PAYOUT}\b",
        Who.ANY,
        unless=r"\b(?:who do i ask|how do i|how does|how much is|what is|whats|am i entitled|entitlement|eligible|nomination form|nominate|claim|if anything (?:happened|happens|were to happen|ever happened)|is that normal|is it normal|is that right|should i|do i need|does it|advice|adviser|financial)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:worth more|more use|more useful|more valuable|worth) (?:\w+ ){0,3}dead(?: (?:than alive|to them|to my family|to everyone))?\b",
    ),
    Rule(
        "indirect",
        r"\bthe only (?:useful|good|decent|helpful|right|kind|best|real) thing (?:left )?(?:i can|i could|id|im able to|left for me to|i have left to) (?:still )?do (?:for (?:them|my family|my kids|everyone|the kids|my wife|my husband|my partner))\b",
        Who.SELF,
        needs=rf"\b(?:death|dead|die|died|dying|gone|{_PAYOUT})\b",
    ),
    Rule(
        "indirect",
        r"\b(?:doing|do|done|be doing) (?:\w+ ){0,2}(?:a |an )?(?:favour|favor|kindness|service|mercy|blessing) (?:\w+ ){0,2}(?:if|by|when) (?:i |me )?(?:just |simply )?(?:dying|died|die|wasnt here|was gone|went|disappeared|disappearing|killing myself|ending it|ended it|wasnt around|wasnt alive|topping myself|not being here|being gone|leaving this world|checking out|going|was dead|didnt exist|stopped existing|ending my life|ended my life)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:easier|better|happier|simpler|best|relieved|nicer|fine|glad|kinder|lighter|kindness|favour|mercy|relief|blessing|gift|calmer|freer) (?:\w+ ){0,5}(?:if|once|when) (?:i|im|i was|i were) (?:just |simply |finally )?(?:went|left for good|was out of the picture|were out of the picture|out of the picture|was out of the way|out of the way|stopped existing|wasnt breathing|took myself out|disappeared for good|gone for good|no longer here|no longer around|off the scene|six feet under|in the ground|dead and gone|wasnt in their lives)\b(?! (?:home|to|on|back|out|off|for|early|away for|with))",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:be|be just|be absolutely|al be|all be|manage|cope|move on|get over it|forget me|be free) (?:fine|better|better off|happier|ok|okay|alright|free|relieved|easier|without me)? ?(?:\w+ ){0,4}(?:once|when|if|after|with) (?:im|i am|i was|i were|me|ive|i have) (?:\w+ )?(?:out of the (?:picture|way)|gone for good|dead|six feet under|off the scene|no longer (?:here|around|alive))\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:im|i am|im just|i feel like|feel like|ive become|being) (?:\w+ ){0,2}(?:a drain on|a weight (?:around|round|on)|dead weight|a millstone|a curse (?:on|to)|poison (?:to|for)|toxic (?:to|for)|a stain on) (?:everyone|everybody|my family|them|the family|the team|you all|all of them|my kids|the kids|my wife|my husband|my partner|their necks?|everyones necks?|everything)\b|\bi (?:just |only )?(?:cause|bring|give) (?:everyone|everybody|my family|them|people|the people i love) (?:\w+ )?(?:pain|misery|grief|hurt|problems|trouble|heartache)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:dont|do not|no longer) deserve to (?:live|be alive|be here|exist|breathe|be happy and alive)\b|\bdeserve to (?:suffer|be punished|hurt|feel pain|be in pain|rot|die)\b|\b(?:should|shouldve|should have|ought to) (?:just )?(?:be dead|have died|died|have been the one (?:who|that) died|not be alive|not have survived)\b|\bshouldnt (?:still )?be (?:alive|breathing)\b",
    ),
    # Passive wishes: daydreams, welcome, not minding, refusing treatment.
    Rule(
        "indirect",
        r"\b(?:daydream\w*|fantasi[sz]\w*|dream|dreaming|dreams|long|longing|yearn|yearning|romanticis\w*|romanticiz\w*|crave|craving|pray|praying|fixate\w*|obsess\w*|imagine|imagining|fantasy|fantasies|obsessed) (?:\w+ ){0,2}(?:about|of|for|with) (?:\w+ )?(?:not waking up|never waking up|not existing|no longer existing|not being here|not being alive|dying|being dead|death|my death|my own death|ceasing to exist|ceasing to be|disappearing for good|my funeral|my own funeral|being gone|ending it|ending my life|killing myself|falling asleep forever|sleeping forever|not having to wake up|it all ending|it being over)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:think|thinking|thought|thoughts) (?:\w+ ){0,2}(?:about|of) (?:dying|death|being dead|not being here|not existing|not waking up|my own death|my death)\b (?:\w+ ){0,2}(?:a lot|all the time|every day|every single day|every night|constantly|more and more|most days|daily|lately|a fair bit|often|so much|non stop|every hour|like every)\b|\b(?:think|thinking|thought) about (?:not being here|not existing|not waking up|my own death|ceasing to (?:exist|be))\b",
    ),
    Rule(
        "indirect",
        r"\b(?:wouldnt|would not|dont|do not|wont|not|wouldn|will not|woudnt) (?:\w+ )?(?:mind|care|be sad|be upset|bother me|be bothered) (?:\w+ ){0,2}if (?:i|id) (?:\w+ ){0,2}(?:didnt wake up|never woke up|dont wake up|died|was dead|got killed|got hit|didnt make it|didnt come home|wasnt here|crashed|got stabbed|got shot|never came back|stopped breathing|died in my sleep|wasnt around|was gone)\b|\b(?:wouldnt|would not|wont|not) be (?:the )?(?:worst thing|so bad|such a bad thing|a bad thing) if (?:i|id) (?:\w+ ){0,2}(?:died|didnt wake up|was dead|got killed|was gone|didnt make it|wasnt here)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying|want|part of me hopes|part of me wants) (?:that )?(?:the next|this|a|the|next|one of these) (?:\w+ ){0,3}(?:job|call|shout|incident|fight|one|knife job|pursuit|stop|blue light|deployment|firearms job|domestic) (?:\w+ ){0,2}(?:goes wrong for me|is my last|takes me|gets me|kills me|ends me|finishes me|is the one|is the end of me)\b|\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:i|id) (?:just )?(?:get|gets|end up) (?:stabbed|shot|killed|hit|run over|knocked down|taken out|glassed|in a crash)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:imagine|imagining|imagined|picture|picturing|pictured|planning|planned|plan|organising|organised|choose|chose|chosen|choosing|picked|picking|writing|wrote) (?:out )?(?:the (?:songs|music|readings) (?:for|at) )?my (?:own )?funeral\b(?! plan)|\b(?:who would|whod|who wil|anyone|would anyone) (?:\w+ ){0,2}(?:come to|turn up (?:to|at)|go to|attend|cry at) my funeral\b",
    ),
    Rule(
        "indirect",
        r"\b(?:wouldnt|would not|wont|will not|not going to|refuse to|dont want to|not|never|wouldnt even) (?:\w+ ){0,2}(?:get|have|let them|bother getting|bother having|let anyone) (?:it|them|anything|that) (?:treated|cut out|removed)\b(?! (?:on|until|til|till|privately|through|by|at|because|cos|as|if|unless|yet|for now|now|there|here|locally))|\bhope (?:its|it is|it turns out to be|the (?:results?|scan|biopsy|tests?) (?:says?|shows?|are|is)) (?:\w+ ){0,2}(?:cancer|terminal|serious|fatal|something that kills me|incurable)\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:welcome|welcoming|embrace|embracing|long for|longing for|pray for|praying for|wish for|wishing for|crave|craving|hoping for|hope for|beg for|begging for|ready for|look forward to|looking forward to) (?:\w+ )?(?:death|dying|oblivion|eternal sleep|the void|the grave)\b(?! (?:of|to|in|at|on|for|penalty|row|metal|star|toll|match|grip|zone|trap|knock|scene|message))",
    ),
    Rule(
        "indirect",
        r"\b(?:relief|release|peace|peaceful|blessing|mercy|bliss|nice|lovely|easier|better|best|good|wonderful|dream|sweet|kind) (?:\w+ ){0,3}to (?:just |simply |finally |quietly )?(?:not be here|not exist|not be alive|not wake up|never wake up|stop existing|cease to (?:exist|be)|be dead|die|be gone for good|sleep forever|fall asleep forever|not have to wake up|disappear for good|slip away|drift away for good|fade away for good)\b(?! (?:on|at|for|in|during|working|today|tomorrow|this|next|over|when)\b)",
        unless=r"\b(?:movie|film|song|lyrics?|quote|quoted|book|line from|tv|show|series|episode|character|poem|saying)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:ceasing to be|ceasing to exist|cease to exist|cease to be|stop existing|not existing any more|to not exist)\b",
        unless=r"\b(?:company|companies|shop|shops|scheme|department|unit|team|role|post|force|office|station|policy|service|rule|rules|law|contract)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:want|wana|wish|need|going|rather|would rather|prefer|wanting|wants|ready) to (?:be )?(?:gone|vanish|disappear|be dead) (?:forever|for ever|for good|permanently|from this world|from this earth|from everyone)\b|\bcheck(?:ing|ed)? out (?:of life|of this world|of this life|early|permanently|for good)\b|\b(?:clock|clocking|clocked|log|logging|logged|bow|bowing|tap|tapping) out (?:of life|of this world|of this life)\b|\bself (?:delete|deleting|deleted|destruct)\b|\bdelete myself\b|\bturn(?:ing|ed)? (?:it|the gun|the weapon|the knife|the taser|my gun|my weapon) on myself\b",
    ),
    Rule(
        "indirect",
        r"\b(?:cant be arsed|cant be bothered|done|finished|over it) (?:with|wiv) (?:life|living|being alive|existing|breathing|waking up|this world)\b(?! (?:admin|insurance|coaching|skills))|\b(?:life|living|everything|existence|it all|my life|being alive) (?:is|feels|seems|s|just feels|has become|is just) (?:\w+ )?(?:pointless|meaningless|not worth it)\b",
    ),
    # The last thing holding someone back giving way.
    Rule(
        "indirect",
        r"\bonly (?:\w+ ){0,2}(?:thing|things|reason|reasons|person|people|one|ones)s? (?:\w+ ){0,3}(?:stopping me|stops me|holding me back|keeping me (?:alive|here|breathing|safe|from)|keeps me (?:alive|here|breathing|safe|from)|that stops me|that keeps me (?:alive|here|from))\b(?! (?:from )?(?!(?:doing it|ending|killing|going through|jumping|taking|topping|hurting|harming|acting|doing something|from))\w+ing)|\b(?:only|one|main) reason (?:why )?(?:im|i am|i) (?:\w+ )?(?:still )?(?:here|alive|around|breathing|living|havent done it|havent ended it|havent gone through with it)\b(?! (?:in|at|with|on) )",
        Who.SELF,
        unless=r"\b(?:pension|mortgage|salary|pay|money|job|force|overtime|promotion|team|service|contract|visa)\b(?!.*\b(?:alive|breathing|done it|ended it|not enough|isnt enough|isnt working|no longer|wearing thin)\b)",
    ),
    Rule(
        "indirect",
        r"\b(?:dont know|not sure|no idea|dont think i know) how (?:much |many )?(?:longer|long|more) (?:i can|i wil|il|i could|im able to|i am able to|i have got|ive got) (?:\w+ )?(?:hold on|keep going|last|go on|carry on|cope|survive|keep fighting|stay alive|keep myself safe|hang on|keep myself going|keep living|take)\b(?! (?:in|at|on|with) (?:this|the|my|that) (?:job|role|team|force|department|unit|post|station|relationship|marriage))",
    ),
    Rule(
        "indirect",
        r"\b(?:cant|can not|cannot|no longer|not sure i can|dont think i can|too tired to|dont want to|tired of|sick of|dont have the strength to|no strength left to) (?:\w+ )?(?:keep )?(?:fighting|fight|battling|battle) (?:this|it|any more|any longer|myself|my own head|my head|these thoughts|the thoughts|the urges|on)(?=\s*(?:\.|$)| any more| any longer| much longer| alone| on my own| and | but | im | i )",
    ),
    Rule(
        "indirect",
        r"\b(?:promised|promise|swore|told) (?:\w+ ){0,4}(?:(?:i wouldnt|i would not|i wont|i will not|not to)(?=\s*(?:\.|$)| (?:but|and|though|again|do (?:it|anything|something)|hurt|harm|kill|try|go through|end|give up|leave|act)\b)|id stay safe|id keep safe|to stay safe|to keep safe|id keep myself safe)\b(?: \w+){0,10} (?:cant|dont think i can|not sure i can|cannot|might not be able to|wont be able to|going to|about to|might) (?:\w+ )?(?:keep|break|honour) (?:that|the|this|my) promise\b",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:theres|there is|nothing|i have) (?:\w+ )?(?:nothing )?left (?:for me )?(?:here|in this world|in this life|to stay for|to hold on to|to hold onto|to keep me here|to keep going for|to stay alive for|to give)\b(?! (?:in|at|for) (?:this|the|my) (?:job|force|team|role|department|station|area|town))|\bnothing left for me\b",
        unless=_LEAVING_JOB
        + r"|\b(?:job|force|team|role|department|station|area|town|city|country|promotion)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:it|things|life|this|everything|my life|nothing) (?:wil |is |are |s |re |isnt |is not )?(?:never|not ever|not) (?:going to |gona )?(?:get|getting) (?:any )?better\b",
        unless=r"\b(?:staffing|rota|pay|job|force|service|nhs|traffic|weather|government|management|it system|system|pension|budget|team|station|canteen|parking|knee|back|shoulder|injury)\b",
    ),
    # Self-harm in new words.
    Rule(
        "self_harm",
        r"\b(?:punch|punched|punching|hit|hitting|bang|banged|banging|headbutt\w*|smash\w*|slam\w*|kick|kicked|kicking) (?:\w+ ){0,3}(?:wall|walls|door|doors|mirror|window|my head|my fist|my hands?|my face|brick) (?:\w+ ){0,6}(?:on purpose|deliberately|to hurt|to feel|until|til|till|because i deserve|cos i deserve|so it hurts|so i can feel|when im on my own|when im alone|when i get like this)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:took|taken|swallowed|hurt|burnt|burned|burn|cut|hit|punched|scratched|bit|bitten|starved|banged|bruised|scalded|sliced|stabbed|smashed|hit) (?:\w+ ){0,2}(?:myself|my \w+|me|the wall|a wall|walls|pills|tablets)(?: \w+){0,4} (?:on purpose|deliberately|intentionally)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:starving|starved|starve|punishing|punished|punish|scalding|scalded|choking|choked|strangling|strangled) myself\b(?! (?:to (?:get|make|lose|hit|fit)|for (?:the|a|my) (?:weigh|diet|holiday|wedding|race|fight|bout)))",
        Who.SELF,
        unless=r"\b(?:diet|dieting|weigh in|weigh-in|calories|fasting|gym|bulk|cut|ramadan|lent|intermittent)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:took|take|taking|put|putting|held|hold|holding|run|ran|running|drag|dragged|dragging|press|pressed|pressing) (?:a |the |my )?(?:blade|razor|knife|lighter|compass|scissors|glass|pen knife|stanley knife|craft knife|flame|cigarette|hot iron|iron) (?:\w+ )?(?:to|on|against|across|over|into|along) (?:my|me)\b(?! (?:mate|colleague|partner|wife|husband|son|daughter|kids|friend|brother|sister))",
    ),
    Rule(
        "self_harm",
        r"\b(?:razor|razors|blade|blades|razor blades|sharpener|lighter)s? (?:is |are |s |re )?(?:back|hidden|stashed|out again|under my|in my (?:drawer|bag|wallet|room|pocket|purse|locker|sock drawer))\b",
        needs=r"\b(?:again|started|relapse|relapsed|cutting|cut|cuts|scars|urges?|clean|harm|bleed|arms|thighs|wrists|legs)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:started|starting|doing it|done it|did it|gone back to it|back at it|relapsed|slipped|caved) (?:\w+ )?again\b",
        needs=r"\b(?:blade|blades|razor|razors|cut|cuts|cutting|scars|burn|burns|burning|lighter|arms|thighs|wrists|bleed|bled|bleeding|self harm|sh)\b",
    ),
    Rule(
        "self_harm",
        r"\b(?:keep|kept|been|started|start|always|sometimes|often|urge to|want to|wana|cant stop|i) (?:\w+ )?(?:banging|bang|hitting|hit|smashing|headbutting|slamming) my head (?:against|on|off|into) (?!(?:a |the )?brick wall)(?:the |a )?(?:walls?|doors?|floor|mirror|radiator)\b",
        Who.SELF,
    ),
    Rule(
        "self_harm",
        r"\b(?:digging|dug|dig|pressing|clawing|scraping|scratching) (?:my |the )?(?:nails|fingernails|keys|pen|compass) (?:\w+ ){0,2}into my (?:arms?|legs?|skin|hands?|wrists?|thighs?|palms?)\b",
        Who.SELF,
    ),
    # Classes from the misses of blind sets 10 and 11 (safety case 4i), written as general wording.
    # A plan and a date with nothing after them ('for the move' is an ordinary plan).
    Rule(
        "plan",
        r"\b(?:ive got|i have|ive|got|have|made|ive made|i made|sorted) (?:a |the )?(?:plan and (?:a |the )?(?:date|time|day|place)|(?:date|time) and (?:a |the )?plan)\b(?! (?:for|to|of|with|set for|agreed|sorted for))",
    ),
    # Searching for methods at all hours ('methods of revision', 'methods for work' are not).
    Rule(
        "method",
        r"\b(?:googling|googled|google|researching|researched|looking up|looked up|searching|searched|reading up on|read up on|reading about) (?:\w+ )?(?:methods|ways to go|ways to die|ways of dying|painless ways|quick ways)\b(?! (?:of|for|to|in|on|that|which|we|they|at work|at school))",
    ),
    # Disappointment at still being alive in the morning.
    Rule(
        "indirect",
        r"\bdisappointed (?:that |when |to find |to see )?(?:i|im|i am|i was|ive) (?:still (?:here|alive|breathing|around)|not dead|alive|survived|didnt die|made it through the night|not(?= \.|$)|woke(?: up)?(?= \.|$| again))",
        Who.SELF,
    ),
    Rule(
        "indirect",
        r"\b(?:wake|woke|waking|wakes) up (?:and (?:im|i am|feel|i feel) )?(?:\w+ )?disappointed(?= \.|$| (?:again|every|each|i|im|to be|that i)\b)",
        Who.SELF,
    ),
    # Already dead inside: making it official, permanent or real.
    Rule(
        "indirect",
        r"\bdead inside\b(?:(?! \. ).){0,40}?\b(?:might as well|may as well|time to|going to|gona|just) (?:make|making) it (?:official|permanent|real|final)\b",
        Who.SELF,
    ),
    # A question about 'an officer' or 'a friend' at risk that turns out to be the writer.
    Rule(
        "indirect",
        r"\b(?:the|that|this|my) (?:officer|person|colleague|individual|member of staff|staff member|friend|mate|employee|pc|sergeant|one) (?:in question |im asking about |i am asking about |i mentioned |im talking about |i meant |i mean )?(?:is|was|is actually|is really) (?:me|myself)\b",
        Who.SELF,
        needs=r"\b(?:end (?:their|his|her) (?:own )?life|ending (?:their|his|her) (?:own )?life|take (?:their|his|her) (?:own )?life|kil (?:themselves|himself|herself)|suicid\w*|self harm\w*|harm (?:themselves|himself|herself)|not (?:want|wanting) to (?:live|be here))\b",
    ),
    # Following someone who died ('thinking I should follow him'), not following them up or home.
    Rule(
        "indirect",
        r"\b(?:i should|i could|i might|i wil|il|i want to|i need to|time to|tempted to|thinking i should|thinking of|thinking about) (?:just |be )?(?:follow|following|join|joining) (?:him|her|them)\b(?! (?:up|on|around|home|in|into|out|to|through|back|down|over|along|about|for|at|with))",
        # Of someone else ('one said he's thinking of following him'), the colleague path.
        Who.ANY,
        needs_death=True,
    ),
    # Once talking others down from a height, now on one.
    Rule(
        "method",
        r"\b(?:now )?(?:im|i am) the one (?:stood|standing|sat|sitting|perched|on the edge|on the ledge|on the wrong side|looking down|up there)\b",
        Who.SELF,
        needs=r"\b(?:bridges?|ledges?|roofs?|rooftops?|edge|cliffs?|railings?|parapet|viaduct|multi storey|car park|balcony)\b",
        unless=r"\b(?:directing|traffic|cordon|guarding|on duty|patrol|negotiating|negotiator)\b",
    ),
    # Classes from the misses of blind set 12 (safety case 4j), written as general wording.
    # Sarcasm about removing oneself: 'a permanent fix: one less officer on the rota'.
    Rule(
        "indirect",
        r"\bone (?:less|fewer) (?:officer|copper|cop|pc|pcso|person|body|problem|burden|mouth to feed|member of staff|name|face|waste of space|idiot|useless \w+|me)\b",
        Who.SELF,
        needs=r"\b(?:permanent|final|lasting|forever) (?:fix|solution|answer|cure)\b",
    ),
    # Methods known from the job, turned on oneself ('going through the list for me').
    Rule(
        "method",
        r"\b(?:going through|went through|gone through|been going through|working through|running through|ran through|ticking off|picking from|choosing from|weighing up) (?:the|that|my|a|them|those) ?(?:list|options|ways|methods|choices)?(?: of them| again)? (?:for|on) (?:me|myself)\b|\b(?:which|what) (?:one|way|method|option) (?:id|i would|i wil|il|i might|i should|i d) (?:pick|choose|use|go for|take)\b",
        Who.SELF,
        needs_means=True,
    ),
    # A joke about dying that has stopped being one.
    Rule(
        "indirect",
        r"\b(?:im|i am|i was|but im|but i am) not (?:joking|kidding|messing|laughing) (?:any ?more|this time|now|about it any ?more)\b|\b(?:its|it is|it s) (?:not|no longer|stopped being) (?:a )?(?:joke|funny) (?:any ?more|for me|this time|now)\b",
        Who.SELF,
        needs=r"\b(?:gun|guns|kill|killing|die|dying|dead|death|suicide|suicidal|hang|hanging|jump|jumping|pills|overdose|end it|ending it|top myself|topping|eat\w* (?:my|their|his|her|your|a) gun|bridge|rope|train)\b",
    ),
    # Leaving everything, not the job ('clock off for good. Not from the job. From everything').
    Rule(
        "indirect",
        r"\b(?:clock|clocking|log|logging|sign|signing|check|checking|bow|bowing|tap|tapping|cash|cashing|bail|bailing) (?:off|out|in) (?:for good|permanently|forever|for ever|for the last time)\b",
        Who.SELF,
        needs=r"\bfrom (?:everything|it all|life|all of it|this life|the world|this world|existence|being alive)\b|\bnot (?:just )?(?:from )?(?:the|this|my) (?:job|force|work|shift)\b",
    ),
    # Affairs left for someone 'after tonight'.
    Rule(
        "goodbye",
        r"\bafter (?:tonight|today|this weekend|the weekend|tomorrow|this shift|my shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:she|he|they|you|my (?:wife|husband|partner|family|kids|mum|mam|dad|son|daughter))(?:l| wil| is going to| s going to| are going to) (?:need|have|find|want|know|get)\b",
        Who.SELF,
        needs=r"\b(?:bils?|acounts?|paswords?|wil|policies|policy|insurance|pension|leters?|note|spreadsheet|documents|paperwork|everything|debts?|mortgage|pin|pins)\b",
    ),
    # A death wished for, then helped along.
    Rule(
        "indirect",
        r"\b(?:help|helping|hurry|hurrying|speed|speeding|move|moving|push|pushing) (?:it|things) along\b|\b(?:give|giving) (?:it|nature|fate) a (?:push|helping hand|nudge|hand)\b",
        needs=r"\b(?:heart atack|stroke|cancer|die|dying|death|acident|crash|kil|kiled|killed|kindness|mercy|blessing|relief|not wake up|never wake up)\b",
    ),
    Rule(
        "indirect",
        r"\b(?:heart atack|stroke|car crash|crash|acident|cancer|bulet|stabing|anurysm|aneurysm|tumour) (?:\w+ ){0,4}(?:would be|would come as|d be|would feel like|is what i) (?:a |such a |the )?(?:kindness|mercy|blessing|relief|godsend|gift|welcome|best thing|pray for|hope for|wish for)\b",
        Who.SELF,
    ),
    # Classes from the misses of blind set 13 (safety case 4j), written as general wording.
    # A question about a friend or mate that turns out to be the writer.
    Rule(
        "indirect",
        r"\b(?:its|it is|it s|its not|it isnt|it wasnt|not) (?:not )?(?:really )?(?:my|a|about my|about a|for my|for a) (?:mate|friend|pal|colleague|oppo|crewmate|mucker|buddy|friend of mine)(?: \.)? (?:its|it is|it s|it was|its about|its for)? ?(?:me|myself)\b|\b(?:the|this|that|my) (?:friend|mate|pal|colleague|oppo|buddy|person|officer|pcso|pc|special) (?:is|was|is actually|is really|in question is|im asking for is|i mean is) (?:me|myself)\b",
        Who.SELF,
        needs=rf"\b(?:{_FRIEND_IS_ME_RISK}|train line|express|stepping out|in front of|disappear)\b",
    ),
    # Not coming home from this shift.
    Rule(
        "goodbye",
        r"\b(?:im |i am |i wont be |i m |il be )?not (?:coming|going|getting) (?:home|back) (?:from|after) (?:this|tonight|todays|tonights|my|the|work|the job)(?: (?:shift|night|one|set|tour|job))?\b(?! (?:til|until|because|as|cos|im going|i am going|going|off|heading|staying|straight|tonight because))",
        Who.SELF,
        unless=r"\b(?:pub|stay|staying|mums|mams|mates|hotel|course|overtime|late|early|drinks|party|crash at|sleeping at|stopping at|kip|overnight|away)\b",
    ),
    # Courage gathered, with nothing named to be brave for.
    Rule(
        "plan",
        r"\b(?:nearly|almost|finally|just about|building up|built up|working up|plucking up|plucked up|mustering|mustered|found|finding|got|getting|get|have|ive got|ive found) (?:up )?(?:got |have |found |the |enough )?(?:the |enough )?(?:courage|nerve|guts|bottle|balls)(?: up)?(?: now| tonight| at last| finally)?(?= \.|$)|\b(?:courage|nerve|guts|bottle|balls) to (?:do it|go through with it|end it|finish it|finish myself|do what i need to)\b",
        Who.SELF,
    ),
    # A plan come back, or grown more detailed.
    Rule(
        "plan",
        r"\b(?:the|my) plans? (?:is |s |are |has |have )?(?:back|come back|returned|coming back)\b(?! (?:on|with|to|in|from|for|at|up|under|off))|\b(?:the|my) plans? (?:is |s |are )?(?:more detailed|more real|getting (?:more )?(?:detailed|real|clearer)|clearer)(?: (?:now|this time|every day|each day))\b",
        Who.SELF,
    ),
    # Classes from the misses of blind set 14 (safety case 4k), written as general wording.
    # 'If something happens to me' with a time soon: a hidden-motive question about affairs.
    Rule(
        "goodbye",
        r"\bif (?:anything|something) (?:happens|happened|were to happen|was to happen|should happen) to me\b",
        Who.SELF,
        needs=r"\b(?:soon|this month|this week|tonight|this weekend|shortly|before long|any day|next week|in the next (?:few|couple)|by friday|by the weekend|before christmas)\b",
    ),
    # 'Asking for a mate ... he's me.'
    Rule(
        "indirect",
        r"\b(?:hes|shes|he is|she is|theyre|they are) (?:actually |really |obviously |just )?(?:me|myself)(?: (?:really|honestly|obviously|tbh|if im honest|to be honest|though))?(?= \.|$)",
        Who.SELF,
        needs=rf"\b(?:{_FRIEND_IS_ME_RISK}|plan)\b",
    ),
    # Doses looked up, with a means at hand or named.
    Rule(
        "method",
        r"\b(?:looked up|looking up|googled|googling|researched|researching|checked|checking|reading up on|read up on|worked out|working out) (?:\w+ ){0,2}(?:doses|dosages|dose|overdose|lethal \w+|how much (?:\w+ ){0,2}(?:it takes|would do it|would kill))\b",
        Who.SELF,
        unless=r"\b(?:for (?:my|the|our|his|her) (?:kid|kids|son|daughter|baby|child|children|mum|mam|dad|nan|dog|cat|patient)s?|calpol|how much can i give|prescribed|pharmacist|chemist|gp said)\b",
    ),
    # Classes from the misses of blind set 15 (safety case 4l), written as general wording.
    # What one could do with the means the job gives ('what I could do with my access').
    Rule(
        "method",
        r"\b(?:thinking|thought|think|thinks|wondering|wondered|wonder) about what i (?:could|might|would|can|coud) do (?:to myself )?with (?:my|the|me) (?:access|gun|guns|weapon|weapons|firearm|firearms|pistol|glock|rifle|carbine|taser|sidearm|kit|tablets|pills|meds|medication|drugs|insulin|rope|blades?)\b",
        Who.SELF,
        needs=r"\b(?:firearms?|armoury|armory|gun|guns|weapons?|afo|arv|pistol|glock|rifle|carbine|taser|sidearm|tablets|pills|meds|medication|drugs|insulin|rope|blades?)\b",
    ),
    # Knowing too much about what works, and turning it on oneself.
    Rule(
        "method",
        r"\bknow (?:\w+ ){0,2}too much about (?:what works|what would work|how to do it|how it is done|what it takes|what kills|doses|methods)\b",
        Who.SELF,
        needs=r"\b(?:applying|apply|aplied|applied|using|use|used|turning|turn|turned|trying|try|tried|testing|test|tested) (?:it|that|this|them|all that|what i know) (?:on|to) (?:myself|me)\b|\beverything i need\b",
    ),
    # Another person's risk, then 'that's where I am'.
    Rule(
        "indirect",
        r"\b(?:thats|that is|that s|this is) (?:exactly |basically |pretty much |actually |honestly )?(?:where i am|where im at|where i am at|where im|me|me now|me right now|how i feel|how i am)(?: (?:now|right now|tbh|honestly|though|too|as well))?(?= \.|$)",
        Who.SELF,
        needs=rf"\b(?:(?:kill|killing|top|topping|end|ending|hang|hanging|off|unalive) (?:himself|herself|themselves|themself)|(?:end|ending|take|taking) (?:his|her|their) (?:own )?life|{_FRIEND_IS_ME_RISK})\b",
    ),
    # An attempt told in a few words, however it is spelt ('tryed to hang but the hook broke').
    Rule(
        "method",
        r"\b(?:tried|tryed|tride|trid|tryd|attempted) to (?:hang|drown|overdose|od|electrocute|suffocate)(?: (?:myself|meself|me self|my self))?(?= (?:but|and|then|last night|tonight|earlier|today|this morning)\b| \.|$)",
        Who.SELF,
    ),
    # Classes from the misses of blind set 16 (safety case 4m), written as general wording.
    # Leaving life as one leaves a job ('resign from life rather than the job').
    Rule(
        "indirect",
        r"\b(?:resign|resigning|resigned|retire|retiring|quit|quitting|hand in my notice|handing in my notice|bow out|bowing out|check out|checking out|log off|logging off|unsubscribe|unsubscribing|opt out|opting out) (?:of |from )(?:life|living|being alive|existence|existing|the world|this world|this life|being a person|breathing)\b",
        Who.SELF,
    ),
    # A goodbye and nothing else: the whole message is the farewell.
    Rule(
        "goodbye",
        r"^(?:goodbye|bye|farewell|so long|ta ra|tara|cheerio|love you all|sorry) (?:team|lads|everyone|everybody|all of you|you all|world|folks|guys|girls|shift|squad|relief)(?: x+)?(?: \.)?$",
        Who.SELF,
    ),
    # Classes from the misses of blind set 17 (safety case 4n), written as general wording.
    # Leaving as one clocks off, then said plainly not to be the job ('not the shift. everything').
    Rule(
        "indirect",
        r"\b(?:clock|clocking|sign|signing|log|logging|check|checking|tap|tapping|bow|bowing|call|calling) (?:off|out|it a day|time)(?: for good| now| tonight| today)?(?: \.)? (?:but |and )?(?:its )?not (?:just )?(?:from )?(?:(?:the|my|this|a) )?(?:shift|job|work|force|rota|set|nights|tour)(?: \.)? (?:i mean )?(?:everything|for good|permanently|forever|life|from life|from everything|all of it|the lot|for ever)\b",
        Who.SELF,
    ),
    # Something left so the people after can still hear or see me, beside my going.
    Rule(
        "goodbye",
        r"\b(?:so|then|and) (?:they|she|he|the kids|my \w+|everyone|you) (?:can|will|could|would|will always) (?:still|always) (?:hear|have|see) (?:my voice|my face|me|something of me)\b",
        Who.SELF,
        needs=r"\b(?:before i go(?! (?:on|to|away|abroad|back|out|in|off|into))|when im gone|after im gone|once im gone|when im not here|after i go)\b",
        unless=r"\b(?:deploy|deployed|deployment|tour|abroad|working away|posting|secondment|course|training|hospital|operation|surgery)\b",
    ),
    # Sleep as the end ('then the long sleep'), not a lie-in.
    Rule(
        "indirect",
        r"\b(?:then|and then|before|time for|ready for|looking forward to|welcome|longing for|just want) the (?:long|big|eternal|endless|final|last) (?:sleep|rest|nap|goodnight)\b",
        Who.SELF,
        unless=r"\b(?:film|movie|book|novel|chandler|marlowe|bogart|holiday|lie in|weekend off|days off|rest days)\b",
    ),
    # Classes from the misses of blind sets 18 and 19 (safety case 4o), written as general wording.
    # Not existing, fancied as one fancies a break ('I just fancy not waking up').
    Rule(
        "indirect",
        r"\b(?:fancy|fancied|fancying|quite like the idea of|like the idea of|love the idea of) (?:just )?(?:not existing|not being here|not being alive|not waking up|never waking up|dying(?! (?:my|me|your|her|his|the|it) (?:hair|beard|roots|clothes|jeans|top))|being dead|ending it all|ending my life|disappearing for good|going to sleep forever|sleeping forever|ceasing to exist)\b",
        Who.SELF,
    ),
    # A means held in my hand or on my lap, now or for hours: whoever's it was, it is in mine.
    Rule(
        "method",
        rf"\b(?:{_MORE_DRUGS}|{_WEAPONS}|knives|blades|razors|razor blades|noose) (?:\w+ ){{0,2}}(?:in my (?:hand|hands|palm|lap)|on my (?:lap|knee|knees))\b(?: \w+){{0,3}} (?:right now|now|as i (?:type|write|speak|send this)|for hours|all night|every night|again|tonight|at the moment)\b",
        Who.SELF,
        unless=r"\b(?:cooking|chopping|carving|whittling|peeling|kitchen|dinner|tea|veg|onions?|fruit|apple|cake|sharpening|craft|usual|normal|dose|prescribed|headache|migraine|period|cold|flu)\b",
    ),
    # A leaving speech or note that is not for the job.
    Rule(
        "goodbye",
        r"\b(?:leaving|goodbye|farewell|last) (?:speech|message|note|letter|card|words)\b (?:\w+ ){0,3}(?:but )?not (?:for|from|about|to) (?:the|this|my) (?:job|force|work|shift|team|station|nick|relief)\b(?: \.)?(?: (?:if you (?:get|know|catch) (?:me|what i mean|my drift)|you know what i mean|if you know|for life|from life|from everything|for good|for everyone)\b| ?\.? ?$)",
        Who.SELF,
    ),
    # A date picked, with nothing after it to say what it is for.
    Rule(
        "plan",
        r"\b(?:ive got|ive|i have|got|have|ive now got) (?:a|the|my) (?:date|day) (?:picked|chosen|decided on|in mind)\b(?! (?:for|to|with|out|yet|now for)\b)",
        unless=r"\b(?:wedding|honeymoon|holiday|party|retirement|retire|leaving do|moving|move|date night|dinner|first date|dating|tinder|hinge|christening|birthday|proposal|propose)\b",
    ),
    # Goodbye to the world, and nothing else ('cya world, it has been real').
    Rule(
        "goodbye",
        r"^(?:cya|see ya|see you|laters|peace out|adios|ciao|bye|goodbye|farewell|so long) (?:world|cruel world)(?: \.)?(?: (?:its |it has |it )?(?:been|was) (?:real|fun|a ride|emotional|nice knowing you|nice knowing ya))?(?: \.)?$",
        Who.SELF,
    ),
    # A payout on suicide asked about before going ahead with something unnamed.
    Rule(
        "plan",
        r"\bbefore i (?:go ahead|go through with it|do it|do anything|take the step)\b(?! (?:with|and (?:buy|sign|book|apply)))",
        Who.SELF,
        needs=r"\b(?:suicide|dies by suicide|kill \w+self|death in service|pension|life insurance|life cover|payout|pays out|pay out)\b",
        unless=r"\b(?:mortgage|house|loan|remortgage|policy change|apply|application|transfer|resign|notice|retire|marriage|divorce|wedding)\b",
    ),
    # Ending it told in the present with a time ('tonight I end it'), not ending it with someone.
    Rule(
        "plan",
        r"\b(?:tonight|today|tomorrow|this weekend|this week|soon|now) (?:is when )?i (?:end|finish) (?:it all|it|things|everything|my life)\b(?! (?:with|between|for|off|at work)\b)|\bi (?:end|finish) (?:it all|it|things|everything|my life) (?:tonight|today|tomorrow|this weekend|this week|soon)\b",
        Who.SELF,
    ),
    # Welsh: not wanting to live, wanting to die, killing or hurting myself.
    Rule(
        "direct",
        r"\b(?:ddim (?:eisiau|isio|isho|moyn|am) byw|(?:eisiau|isio|isho|moyn) marw|(?:lladd|ladd|brifo|frifo|niweidio) fy hun)\b",
        Who.SELF,
    ),
    # Classes from the misses of blind set 20 (safety case 4p), written as general wording.
    # What the family would get if I died this week: a payout asked about with a time soon.
    Rule(
        "plan",
        r"\bif i (?:died|die|was to die|were to die|was gone|wasnt here|wasnt around|went)\b (?:\w+ ){0,3}(?:this week|this weekend|tonight|tomorrow|soon|by (?:the weekend|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the end of the week|the end of the month)|next week|before (?:christmas|the weekend))\b",
        Who.SELF,
        needs=r"\b(?:pension|death in service|life insurance|life cover|payout|pay out|pays out|lump sum|get|inherit|money)\b",
    ),
    # Thinking, at the wheel, of not braking or not slowing down.
    Rule(
        "method",
        r"\b(?:keep thinking|thinking|think|thought|tempted|urge|could|want to|part of me wants to|wondering|wonder) (?:\w+ ){0,3}(?:just )?(?:dont|not|never|stop|wont) (?:brake|braking|slow down|slowing down|steer|steering|turn the wheel)\b",
        Who.SELF,
    ),
    # Becoming a job for colleagues: 'I'll be a sudden by the morning', 'save them the paperwork'.
    Rule(
        "indirect",
        r"\b(?:il|i wil|im going to|going to|i wil be|gona) be (?:a|the|your|their) (?:sudden|sudden death|body|fatal|misper|statistic|coroners job|job for (?:the|nights|lates|earlies))\b|\bsave (?:somebody|someone|you|them|the \w+|everyone) (?:the|all the) (?:paperwork|hassle of finding me)\b",
        Who.SELF,
    ),
    # A goodbye that the one told will only understand later.
    Rule(
        "goodbye",
        r"\b(?:said|saying|say|told|telling) (?:\w+ ){0,4}(?:goodbye|bye|my goodbyes|i love (?:her|him|them|you))\b[^.]*\b(?:wont|will not|doesnt|dont|didnt|wouldnt|cant) (?:understand|realise|realize|know|get it|twig|clock)\b (?:\w+ ){0,3}(?:until|til|before) (?:later|tomorrow|afterwards|after|its too late|im gone|the morning)\b",
        Who.SELF,
    ),
    # A note written, deleted and written again, and kept this time.
    Rule(
        "goodbye",
        r"\b(?:note|goodbye letter|last letter)s?\b (?:\w+ ){0,6}(?:deleted|ripped (?:it )?up|binned|torn (?:it )?up|tore (?:it )?up|rewrote|rewritten|redrafted|started again)\b[^.]*(?: \. )?[^.]*\b(?:staying|keeping|stays|this time|final one|last one|is the one)\b",
        Who.SELF,
        unless=r"\b(?:resignation|complaint|grievance|email|statement|report|sick note|fit note|cover letter|application|speech|card|thank you)\b",
    ),
    # Reasons counted, and only one needed.
    Rule(
        "indirect",
        r"\breasons?\b (?:\w+ ){0,3}(?:and )?(?:i )?(?:only )?(?:need|ned|needed) (?:one|1|just one)\b",
        Who.SELF,
        unless=r"\b(?:leave|leaving|quit|quitting|resign|resigning|notice|job offer|transfer|new job|move|moving|divorce|break up|dump)\b",
    ),
    # Self-harm started again: the speaker's, whatever the sentence is about (a subject decides).
    Rule(
        "self_harm",
        r"\b(?:started|starting|back to|gone back to|went back to|relapsed into|been) (?:self harming|cutting|harming myself|hurting myself|burning myself|cutting myself) again\b|\b(?:self harming|cutting myself|harming myself|hurting myself) again\b",
    ),
    # Someone else at risk: third-person wording.
    Rule(
        "other",
        r"\b(?:kill|killing|top|topping|unalive|end|ending|hang|hanging|shoot|shooting|hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|drown|drowning|gas|poison|starve|starving|overdose|do away with|off) (?:himself|herself|themselves|themself)\b",
        Who.OTHER,
    ),
    Rule("other", r"\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b", Who.OTHER),
    Rule("other", r"\b(?:do|doing) (?:himself|herself|themselves) in\b", Who.OTHER),
    # 'keeps telling me he'll be dead by the weekend'.
    Rule(
        "other",
        rf"\b(?:hel|shel|theyl|hed|shed|theyd|he wil|she wil|they wil|he is going to|she is going to|they are going to) be dead {_DEAD_BY_WHEN}",
        Who.OTHER,
        unless=_DEAD_BY_IDIOM,
    ),
    # Tablets being saved up by someone else ('she's been saving them up').
    Rule(
        "other",
        r"\b(?:hes|shes|theyve|he has|she has|they have|he|she|they) (?:ben |been )?(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|squirreling) (?:up )?(?:them|tablets|pills|meds|medication|painkillers)\b",
        Who.OTHER,
    ),
    # Marks of self-harm seen on someone else ('fresh cuts on her arms').
    Rule(
        "other",
        r"\b(?:cuts|cut marks|burns|burn marks|scratches|scars|marks|slashes) (?:on|all over|up|down) (?:his|her|their) (?:arms?|wrists?|legs?|thighs?|stomach|belly|body|skin)\b",
        Who.OTHER,
    ),
    Rule(
        "other",
        r"\b(?:better off|be better|be happier|happier|better) (?:\w+ ){0,2}without (?:him|her|them)\b",
        Who.OTHER,
    ),
    Rule(
        "other",
        r"\b(?:talking|talked|talks|keeps talking|been talking|joking|jokes|joked|jokingly|mentioned|mentions|mentioning|said|says|saying|told me|texted|messaged|threatening|threatened|threatens|disclosed|admitted) (?:\w+ ){0,2}(?:about )?(?:suicide|killing (?:himself|herself|themselves)|ending (?:it all|it|his life|her life|their life|things)|not being here|not wanting to (?:live|be here|be alive)|wanting to die|topping (?:himself|herself|themselves)|self harm|self harming)\b",
        unless=r"\b(?:safe messaging|when talking about suicide|talking about suicide (?:safely|with|to)|guidance on (?:talking|how to talk)|how (?:to|do i|should i|do we|should we) talk about suicide)\b",
    ),
    Rule(
        "other",
        r"\b(?:sent|send|texted|messaged|got|received|left) (?:me |us )?(?:a |an )?(?:goodbye|farewell|suicide) (?:message|note|text|letter|voicemail)\b",
        Who.OTHER,
    ),
)

# Means and places: what makes 'wondering whether it would be quick' a crisis.
MEANS_CONTEXT = (
    r"\b(?:reservoir|river|sea|canal|lake|quarry|water|bridge|cliff|edge|ledge|drop|fall|height|"
    r"train|trains|tracks|railway|motorway|lorry|traffic|rope|belt|noose|ligature|tablets|pills|"
    r"paracetamol|overdose|insulin|gun|glock|firearm|taser|knife|blade|razor|wrists|exhaust|"
    r"garage|loft|beam|jump|hang|hanging|drown|drowning|platform|multi storey|car park|roof|"
    r"rooftop|balcony|viaduct|engine|charcoal|noose|ligature|knot|overdose|tablet|pill)\b"
)

# Said of another person's death: what makes 'I want to join him' a crisis.
DEATH_CONTEXT = (
    r"\b(?:died|dead|death|passed|passed away|suicide|killed|lost|funeral|grave|took (?:his|her|"
    r"their) own life|gone|no longer with us|rip|memorial|cremation|miss (?:him|her|them))\b"
)

# Ends of phrases that turn crisis words into idiom ('kill myself laughing', 'killing myself to
# hit the deadline', 'shot myself in the foot').
FIGURATIVE_TAIL = (
    r"^ ?(?:laughing|with laughter|of embarrassment|of shame|of boredom|of cringe|from "
    r"embarrassment|with embarrassment|in the foot|in work|in paperwork|in emails|in admin|"
    r"working|trying to (?:get|finish|keep|make|please|hit|meet|sort|juggle|fit|balance|arrange|cover|work out|manage|organise|find|do)|to (?:get|finish|meet|hit|keep "
    r"up|make|please|impress|pass|cover)|over (?:this|that|the|a) (?:job|paperwork|essay|exam|"
    r"report|file|case)|for (?:a|the) (?:brew|cuppa|coffee|tea|fag|pint|drink|wee|bacon|day "
    r"off|holiday|sandwich|tow|tent|boat|trailer|swing|hammock|roof rack|load|washing)|for "
    r"(?:towing|a tow rope|camping|climbing|sailing)|for this job|for the job|for work|at the gym|on the range|on (?:the|my|this) (?:bleep test|beep test|fitnes test|shutle run|treadmil|spin bike|asault course)|at (?:the )?(?:bleep test|beep test|fitnes test|circuits|spin|bootcamp)|with "
    r"(?:the )?(?:stress|worry|work|workload|pressure|anxiety|paperwork|overtime)|(?:the|this|that|"
    r"my) (?:\w+ ){1,2}i mean|inside(?! (?:my|the|a|an|this|that|of|her|his|our|their|it)\b)|"
    r"of (?:this|my|the|our|that) (?:overdraft|debt|debts|loan|loans|mortgage|contract|tenancy|lease|"
    r"car finance|finance deal|credit card|credit cards|payday loan|arears|phone contract)\b"
    r"(?! (?:is(?! (?:there|anyone|any|it)\b)|s|would|wil|could|might|for me|apart from|other than|"
    r"except|but|if|unles)\b))\b"
)

# Ends of phrases that mark an accident ('burnt myself on the kettle', 'cut myself shaving').
ACCIDENT_TAIL = (
    r"^ ?(?:(?:pretty|quite|realy|so|a bit|a little|proper|rather|very) )?(?:(?:badly|bad|deep|deeply) )?(?:on (?:the|a|my|an|some) (?:\w+ )?(?:kettle|oven|iron|hob|stove|pan|grill|tray|fence|"
    r"glass|knife|door|tin|can|paper|barbed wire|bramble|nail|edge|corner|radiator|toaster|"
    r"exhaust|bike|stairs)|shaving|cooking|at the gym|at training|playing|in training|lifting|"
    r"by accident|accidentally|in the kitchen|on duty|during|chopping|gardening|running|while|"
    r"doing|at football|at rugby|on a job|on the job|at work|in a fall|falling|when i fell|"
    r"slipping|on shift|in the garden|on nights|in the gym|moving)\b"
)
# Too much of a medicine taken by mistake, after a method: a method's words, an accident's
# meaning. Not 'without thinking': an impulsive overdose is told that way too.
MISTAKE_TAIL = r"^ ?(?:by accident|accidentally|by mistake)\b"
# Taken back within a few words after a boast of 'could' or 'would' ('so stressed I could throw
# myself off a bridge haha, not really'); not 'not even joking', 'joking aside', 'tonight lol jk',
# or after 'I want to' (bot/safety.py asks for the boast).
RETRACTED_TAIL = (
    r"^ ?(?:(?!(?:tonight|now|seriously|honestly|not|even|never|no)\b)\w+ ){0,6}?"
    r"(?:(?:haha|ha|lol|lmao) )?(?:not realy(?! (?:joking|kidding))|only joking|just joking|jk|"
    r"joking(?! aside| apart)|kidding)\b"
)
HYPERBOLE = r"\b(?:could|would|id)\b"
# A threat made of annoyance ('if one more person asks me for an update I'm going to...').
ONE_MORE_BEFORE = r"\bif (?:i get |i have to |i hear |i see |i read )?(?:one more|another) \w+"
# Said plainly to be about the job, at the end of the phrase or just after it ('thinking of ending
# it... with the job I mean'); not when life or everything is named beside it.
JOB_MEANT = (
    r"^ ?(?:\. )?(?:for (?:a while|ages|months|weeks|years|some time|a bit)(?: now)? )?(?:(?:with|from|of|out of|quitting|leaving) )?(?:the|this|that|my) (?:(?:career|time|days|years) (?:in|with|at|on) (?:the|this) )?(?:job|force|work|career|police|service|role|rota)(?: i mean| that is| obviously)\b(?! (?:and|or|but) (?:everything|life|me|myself|it all|all of it))"
    r"|^ ?(?:\. )?i mean (?:with |from )?(?:the|this|my) (?:job|force|work|career|police)\b(?! (?:and|or|but) (?:everything|life|me|myself|it all|all of it))"
    # 'Signing off for good, from this app I mean': the chat, not life.
    r"|^ ?(?:\. )?(?:from|of|with) (?:this|the) (?:app|chat|bot|site|service)(?: i mean| that is| obviously)?\b(?! (?:and|or|but) (?:everything|life|me|myself|it all|all of it))"
    # 'End it with the force and emigrate': the job, named straight after (not the job car).
    r"|^ ?with (?:the|this|my) (?:force|police|job|career|service|constabulary)\b(?! (?:car|van|vehicle|motor|gun|firearm|taser|baton|kit|belt|pistol|glock|issue|and (?:everything|life|me|myself|it all|all of it)))"
)

# Police work talk: calms 'weak' patterns ('we found a suicide note at the address') and the
# other-at-risk path ('the suspect threatened to kill himself during the arrest').
WORK_CONTEXT = (
    r"\b(?:attended|attending|attend|called to|call out|callout|on scene|scene|job|jobs|shout|"
    r"deceased|body|bodies|sudden death|sudden deaths|misper|cfw|concern for welfare|dealt with|"
    r"deal with|dealing with|responded to|responding to|first on scene|cordon|coroner|inquest|"
    r"post mortem|the male|the female|a male|a female|subject|informant|casualty|next of kin|"
    r"tasked|section 136|s136|negotiator|negotiators|training|course|briefing|incident|"
    r"incidents|suspect|arrest|arrested|custody|detained|detainee|prisoner|address|property|"
    r"shift|on duty|the public|member of the public|caller|control room|the call|a call|"
    r"calls|prevention|awareness|statistics|policy|procedure|the train driver|cpr|"
    r"paramedics|ambulance|colleague died|colleague who died|first aider|first aiders|mhfa)\b"
)

# Everyday idiom and negation that mean a crisis word was not a crisis: a classifier-only crisis
# signal is overridden below the ceiling in bot/safety.combine().
FIGURATIVE_MARKERS = (
    r"\b(?:(?:is|are|s|re|was|were|be) (?:\w+ )?killing me|killing me softly|killing it|"
    r"dying (?:for|to|of)|dead on my feet|(?:could|would|id) (?:murder|kill) (?:a|for|some|him|"
    r"her|them)|kill (?:the|a) (?:lights|light|engine|music|tv|radio|mood|vibe)|shoot me (?:an|a)|"
    r"execute|executed|executing|hang on|hang in there|hanging in there|hanging out|overdose of|"
    r"died laughing|died of embarrassment|dying of embarrassment|could have died|"
    r"(?:nearly|almost) died|phone is dying|battery is dying|shot myself in the foot|"
    r"(?:not|never) (?:\w+ )?(?:suicidal|going to kill myself|going to hurt myself|hurt myself|"
    r"kill myself|harm myself|self harm|want to die)|killer|murder)\b"
)

# Panic, not intent: 'I feel like I'm going to die' beside nerves, a racing heart or an exam.
PANIC_BEFORE = (
    r"\b(?:feel|feels|felt|feeling) like (?:im|i am|i was|i m) (?:(?:going to|gona|about to) )?$"
)
# Asked by a therapist, GP or form whether I had such thoughts, and the answer no ('asked if I'd
# ever had suicidal thoughts and I said no, which is true'); not when the no was a lie.
ASKED_AND_DENIED = (
    r"\b(?:asked|asks|asking|ask|checked) (?:me )?(?:if|whether) (?:i|id|ive|i had|i have|i was|im)\b"
    r"(?=[^.]*\b(?:i|and i) (?:said|told (?:him|her|them)|answered|replied|say) no\b)"
    r"(?![^.]*\b(?:lie|lied|lying|but|wasnt true|isnt true|not true|not honest|truth is|actualy|yes)\b)"
)
# An illness or pain that 'makes me want to die', with a remedy asked for ('migraines on nights
# that make me feel like I want to die, any tips').
PAIN_BEFORE = r"\b(?:make|makes|made|making) me (?:feel like (?:i )?|just |literaly )?$"
# So tired from shifts I could die, with advice asked for ('so tired I want to die lol, the
# quick changeover is brutal. Any advice?').
TIRED_BEFORE = r"\b(?:so|that|this|to|too) (?:tired|knackered|exhausted|shattered|hungover|jet lagged) (?:that )?i (?:could |just )?$"
TIRED_CAUSE = r"\b(?:nights|earlies|lates|shifts?|changeover|quick change|rota|newborn|baby|teething|overtime|double)\b"
PAIN_CONTEXT = (
    r"\b(?:migraines?|headaches?|toothache|hangover|hungover|flu|man flu|a cold|period pains?|"
    r"cramps|back pain|kidney stones?|food poisoning|norovirus|sickness bug|hay fever|tinnitus|"
    r"gout|shingles|sciatica|heartburn|indigestion|ear infection)\b"
)
REMEDY_ASKED = (
    r"\b(?:any tips|tips|what can i take|what helps|what should i take|how do i (?:stop|get rid of|"
    r"treat|cope with|manage)|remedy|remedies|cure|gp|doctor|pharmacist|physio|ocupational health|"
    r"painkillers?|any advice|advice)\b"
)
# Fear told of a moment of danger ('thought I was going to die when he pulled the knife').
FEARED_BEFORE = (
    r"\b(?:thought|was sure|was convinced|was certain|genuinely believed) (?:im|i was|i m|id) "
    r"(?:(?:going to|gona|about to) )?$"
)
# A moment of danger, or of hard effort at the gym or on a run.
DANGER_CONTEXT = (
    r"\b(?:gym|workout|work out|circuits|spin class|crossfit|leg day|bleep test|beep test|fitnes test|hike|hill sprints|sprints|marathon|half marathon|park run|parkrun|rollercoaster|turbulence|"
    r"knife|blade|pulled (?:a|on)|attacked|assaulted|crash|crashed|rtc|pursuit|chase|fight|"
    r"punched|stabbed|adrenaline|gun|firearm|pointed|glassed|kicked|strangled|choked|riot|"
    r"disorder|dog|fire|flood|swept|current|hit by|ran me over|rammed|dragged)\b"
)
PANIC_CONTEXT = (
    r"\b(?:nervous|nerves|panic|panicking|panicky|anxious|anxiety|heart (?:racing|pounding)|"
    r"palpitations|chest (?:tight|pains?)|exam|interview|presentation|board|driving test|"
    r"public speaking|flying|flight)\b"
)
# An insult or a message reported from someone else ('they keep saying I'd be better off dead')
# in a message about bullying or reporting it.
REPORTED_BEFORE = (
    r"\b(?:he|she|they|theyve|theyre|hes|shes|someone|somebody|people|everyone|everybody|"
    r"sergeant|sarge|skipper|boss|manager|inspector|colleagues?|team|chat|lads|supervisor|ex|di|ds|dc|dci|dsu|pc|ps|sgt|insp|supt|superintendent|chief|line manager|oic|bosses|senior|seniors)\b"
    r"(?: \w+){0,5} (?:saying|said|says|tell|tells|telling|told|shouted|shouting|messaging|joking|"
    r"jokes|joked|suggesting|suggested|"
    r"messaged|texting|texted|posting|posted|calling|wrote|writing|notes?|messages|comments?)\b"
    r"(?: (?!(?:and|but|so|now|honestly|tbh|because|cos) (?:i|im|id)\b)\w+){0,10} ?$"
)
BULLYING_CONTEXT = (
    r"\b(?:banter|report|reporting|bullying|bullied|bully|harassment|harassing|harassed|out of "
    r"order|humiliat\w*|mocking|mocked|grievance|complaint|professional standards|psd|dignity at "
    r"work|not funny|raise it|raise this|wind me up|winding me up)\b"
)
# The writer agreeing with an insult reported as bullying ('and honestly I might'): not calmed.
AGREES_WITH_INSULT = (
    r"\b(?:(?:they|he|she) (?:might|may|could) be right|maybe (?:they|he|she)(?:re| are| is)? "
    r"right|(?:and|but) (?:honestly |tbh |to be honest )?(?:i|im) (?:might|am tempted|think about "
    r"it|agree|believe (?:it|them|him|her)))\b"
)
# A goodbye quoted from someone else's message ('sent me a message saying tell the kids').
QUOTED_MESSAGE_BEFORE = (
    r"\b(?:sent|texted|messaged|left|wrote|emailed|posted) (?:me|us|his \w+|her \w+) "
    # 'messaged me at 2am saying': when, then what was said
    r"(?:(?:at|around|about|just after|just before|last|this|earlier|on) (?:\w+ ){0,2})?"
    r"(?:(?:a |an )?(?:message|text|voicemail|note|email|voice note|post)? ?(?:saying|that said|"
    r"which said|to say)(?: (?:that|to))? ?"
    # and what was said so far, while no word of mine breaks in ('saying goodbye and')
    r"(?:(?!(?:i|im|ive|id|il|me|my|myself|mine)\b)\w+ )*)?$"
)
# A message someone sent me, passed on in their words ('she texted me sorry for everything').
RELAYED_TO_ME = r"\b(?:sent|texted|messaged|wrote|emailed|rang|phoned|voicemailed|whatsapped|dmd|dmed) (?:me|us)\b"
# The same, posted where others read it ('put a message in the group chat saying'): someone
# else's words only when the subject before it is someone else.
POSTED_MESSAGE_BEFORE = (
    r"\b(?:put|posted|left|sent|wrote|dropped|shared) (?:a |an |this |that )?(?:message|post|note|"
    r"text|status|comment|voice note) (?:in|on|to|into) (?:the |our |a |his |her |their )?"
    r"(?:\w+ ){0,2}(?:saying|that said|which said|to say)(?: (?:that|to))? ?$"
)
# A question about 'someone' that the speaker then says is their own ('where would someone
# start... asking for me').
ASKING_FOR_ME = r"\b(?:asking for (?:me|myself)|(?:its|this is|it is) (?:for )?me(?: im asking about| asking)?|the someone is me|(?:and )?i mean me|(?:by|when i say) someone i mean (?:me|myself))(?= \.|$)"
# Found among someone else's things ('I found a rope in her wardrobe'): their means, not mine.
FOUND_THEIRS = (
    # Someone else searching on their own computer or phone ('has been googling doses on her
    # work computer'); not 'I have been'.
    r"\b(?:hes|shes|he|she|they|theyve|(?<!i )has|(?<!i )have) (?:ben |been )?(?:gogling|googling|googled|searching|searched|looking up|looked up|researching|researched)\b[^.]* on (?:his|her|their) (?:\w+ )?(?:laptop|phone|computer|tablet|ipad|browser|account)\b|"
    # What they searched for, to the end of the sentence ('found searches on his laptop about').
    r"\b(?:found|saw|seen|noticed|spotted|came across|checked)(?: \w+){0,3} (?:searches|search history|"
    r"history|tabs|messages|texts|notes) (?:on|in) (?:his|her|their) (?:\w+ )?(?:laptop|phone|"
    r"computer|tablet|ipad|browser|account)\b[^.]*"
    r"|\b(?:found|find|finding|discovered|noticed|spotted|came across|come across|saw|seen)\b"
    r"(?: \w+){0,6} (?:in|under|behind|inside|among|amongst|on|at the back of) (?:his|her|their|(?:my|our|the) (?:\w+ )?(?:sons|daughters|husbands|wifes|wives|partners|boyfriends|girlfriends|mums|dads|brothers|sisters|mates|friends|colleagues|crewmates|kids|childs|teenagers|flatmates)) "
    r"(?:\w+ )?(?:wardrobe|room|bedroom|drawer|drawers|car|van|bag|rucksack|locker|flat|house|"
    r"garage|shed|loft|cupboard|desk|coat|jacket|pocket|pockets|bedside|bed|bathroom|things|stuff|"
    r"laptop|phone|computer|tablet|ipad|browser|search history|history|notes app|journal|diary)\b"
)

# Whose risk: the subject found nearest before a pattern. Squeezed like the text ('will' -> 'wil').
FIRST_PERSON = frozenset(
    {"i", "im", "ive", "id", "il", "me", "my", "myself", "mine", "ima", "imma"}
)
# "he'll" and "they'll" lose their apostrophe: "hell", "theyll".
THIRD_PRONOUNS = frozenset(
    {"he", "she", "they", "hes", "shes", "theyre", "theyve", "theyd", "hell", "shell", "theyll"}
)
# Anyone, known to the speaker or met on duty ('my 15 year old has', 'someone else who is', an
# older lady at a job): subjects in THIRD_NOUNS, and in PUBLIC_NOUNS not known to the speaker.
ANYONE = frozenset(
    [
        "person",
        "someone",
        "somebody",
        "else",
        "old",
        "man",
        "woman",
        "lad",
        "bloke",
        "guy",
        "lady",
        "gentleman",
        "kid",
        "child",
        "teenager",
        "teen",
        "detainee",
        "prisoner",
        "suspect",
        "patient",
        "caller",
    ]
)
THIRD_NOUNS = ANYONE | frozenset(
    [
        "mate",
        "friend",
        "bestie",
        "partner",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "mum",
        "mam",
        "dad",
        "mother",
        "father",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancee",
        "sergeant",
        "sarge",
        "inspector",
        "boss",
        "manager",
        "supervisor",
        "oppo",
        "crewmate",
        "colleague",
        "pc",
        "pcso",
        "special",
        "specials",
        "officer",
        "member",
        "team",
        "neighbour",
        "cousin",
        "uncle",
        "aunt",
        "auntie",
        "nan",
        "grandad",
        "grandma",
        "nephew",
        "niece",
        "flatmate",
        "housemate",
        "recruit",
        "probationer",
        "student",
        "staff",
        "lass",
        "detective",
        "dc",
        "ds",
        "tutee",
        "tutor",
        # Young people and learners in one's care ('one of our cadets disclosed').
        "cadet",
        "trainee",
        "apprentice",
        "mentee",
        # A call handler, a volunteer.
        "operator",
        "dispatcher",
        "handler",
        "volunteer",
        # Police staff and officers named by their role ('our analyst has started').
        "analyst",
        "investigator",
        "controller",
        "constable",
        "sgt",
        "copper",
        "coordinator",
        "instructor",
    ]
)
# People met on the job, not known to the speaker: work talk about them is not a colleague or a
# family member at risk ('the male threatened to kill himself in custody').
PUBLIC_NOUNS = ANYONE | frozenset(
    [
        "male",
        "female",
        "subject",
        "informant",
        "casualty",
        "deceased",
        "public",
        "victim",
        "offender",
        "driver",
        "stranger",
        "family",
    ]
)
# Verbs of looking after someone: the person named just after them is the one the words are
# about ('how do I support someone back at work after a suicide attempt').
CARE_VERBS = frozenset(
    ["support", "supporting", "help", "helping", "reassure", "signpost", "mentor", "mentoring"]
)
# Verbs of telling someone: the person named just after them is the one told ('texted my mum
# sorry for everything' is the speaker's goodbye).
TOLD_VERBS = frozenset(
    ["texted", "text", "told", "tell", "messaged", "message", "rang", "phoned", "called",
     "emailed", "sent", "wrote", "asked", "whatsapped"]
)  # fmt: skip
# Verbs of what I fear of someone named just before ('a mate I think might be suicidal').
BELIEF_VERBS = frozenset(["think", "reckon", "fear", "worry", "suspect", "believe"])
# A noun is the subject only when a verb follows it ('my mate is', 'my son has', 'she told').
SUBJECT_VERBS = frozenset(
    [
        "is",
        "has",
        "was",
        "keeps",
        "kept",
        "says",
        "said",
        "told",
        "tells",
        "wants",
        "wanted",
        "seems",
        "sounds",
        "been",
        "s",
        "had",
        "did",
        "does",
        "thinks",
        "thought",
        "mentioned",
        "texted",
        "messaged",
        "wrote",
        "left",
        "tried",
        "tries",
        "took",
        "talks",
        "talked",
        "admitted",
        "disclosed",
        "discloses",
        "admits",
        "confides",
        "mentions",
        "confided",
        "might",
        "may",
        "could",
        "would",
        "wil",
        "cant",
        "isnt",
        "doesnt",
        "hasnt",
        "wont",
        "just",
        "always",
        "seemed",
        "looks",
        "looked",
        "jokes",
        "joked",
        "posted",
        "sent",
        "threatened",
        "threatens",
        "reckons",
        "went",
        "goes",
        "who",
        "whos",
    ]
)
NEGATIONS = frozenset(
    [
        "not",
        "never",
        "no",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "aint",
        "nor",
        "hardly",
    ]
)
# Words after a negation that keep it from negating ("I'm not saying I want to die but ...").
HEDGES = frozenset({"saying", "say", "sure", "lie", "lying", "know", "kidding", "joking", "ok"})
