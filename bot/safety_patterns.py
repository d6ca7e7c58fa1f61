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

RULES: tuple[Rule, ...] = (
    # Direct wording.
    Rule("direct", rf"\b{_KILL_VERBS} myself\b", Who.SELF),
    Rule(
        "direct",
        r"\b(?:to|just|going to|il|wil|might|could|should|want to) off myself\b",
        Who.SELF,
    ),
    Rule("direct", r"\b(?:do|doing) myself in\b", Who.SELF),
    Rule("direct", r"\b(?:end|ending|take|taking|took|ended) (?:my|me) (?:own )?life\b", Who.SELF),
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
    ),
    Rule(
        "direct",
        r"\b(?:commit|commiting|atempt|atempted|atempting|contemplate|contemplating|consider|considering|thinking about|thinking of|thought about|thought of|thoughts of|thoughts about|think about|plan|planning|planning on|talk of|resort to|resorting to) suicide\b",
        weak=True,
    ),
    Rule(
        "direct",
        r"\bsuicide (?:plan|plans|attempt|attempts|thoughts|ideation|pact|method|methods|is the only|is my only|seems like the only|is the answer|is an option|feels like the|is looking|is on my mind|on my mind|crossed my mind|keeps crossing|is all i (?:can )?think about|is all i think of|is (?:always |constantly )?in my head|keeps coming into my head|is calling)\b",
        weak=True,
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
    Rule("direct", r"\bunalive\b"),
    Rule("direct", r"\bctb\b"),
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
    Rule("indirect", r"\b(?:sleep|asleep) (?:and |an |n )?(?:not|never|dont|wont) wake(?: up)?\b"),
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
        r"\b(?:better off|beter|be better|happier|be happier|better) (?:\w+ ){0,2}without me\b",
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
        r"\b(?:had enough|tired|sick|exhausted|fed up) (?:of|with) (?:\w+ )?(?:living|life|being alive|existing|being here|waking up|being me|it all|everything|my life|this life|breathing)\b",
    ),
    Rule(
        "indirect",
        r"\bwant out (?:permanently|for good|of (?:life|this life|this world|everything|existence|it all))\b",
    ),
    Rule(
        "indirect",
        r"\b(?:want|wants|need|wish|wishing|needs) (?:it all|everything|it|this|the pain|my life|life|all of this|all this|all of it) (?:all )?to (?:stop|end|be over)(?: (?:for good|forever|for ever|permanently|once and for all|now))?\b(?! (?:so|and) (?:i can|we can))",
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
        r"\b(?:want|wana|going|need|ready|wish i could|long|longing) to (?:join|be with) (?:him|her|them|my \w+)\b",
        needs_death=True,
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
    ),
    Rule(
        "method",
        r"\boverdos(?:e|ing) on\b(?! (?:work|paperwork|emails|admin|caffeine|coffee|sugar|chocolate|tv|netflix|overtime|meetings))",
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
    ),
    Rule(
        "method",
        r"\b(?:took|take|taking|put|tied|tying|carried|brought|left) my (?:belt|lanyard|dressing gown cord|cord|scarf|charger cable|rope|dog lead) (?:\w+ ){0,3}(?:garage|loft|attic|shed|woods|wardrobe|door|banister|bannister|tree|beam|rafters|hook|stairs|bathroom|car)\b",
        Who.SELF,
    ),
    Rule(
        "method",
        rf"\b(?:looked|looking|look|stared|staring|stood|standing|stand|sat|sitting|sit|been|went|go|going|walked|walking|drove|driving|parked) (?:\w+ ){{0,2}}(?:at|on|to|by|over|near|up to|up|along|onto) (?:the |a |that |this )?(?:top of the )?(?:\w+ )?{_PLACES}\b(?! (?:for (?:a|the) (?:job|call|shout|incident)|club|game|night|partner|players|hand))",
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
        rf"\btel (?:my|the|our) {_PEOPLE} (?:\w+ )?(?:that )?(?:i love|i loved|im sorry|i am sorry|i was sorry|sorry|goodbye|i tried|it wasnt|it is not|it isnt|i never meant|i wil always|il always|how much i|i didnt mean)\b",
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
        r"\b(?:given|gave|giving|give|given) (?:away (?:all )?my|(?:all )?my (?:\w+ )?(?:\w+ )?away)\b",
    ),
    Rule(
        "goodbye",
        r"\b(?:when|after|once|by the time|for when|for after) (?:im|i am|il be|ive|i have|i) (?:\w+ )?(?:gone|dead|no longer here|not here|not around|passed)\b(?! (?:on holiday|on leave|away|for the weekend|to work|for a week|for a few|on nights|on a course|home))",
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
        r"\bself (?:harm|harming|harmed|injury|injuring|injured|injure|harmer|mutilation|mutilate)\b",
        weak=True,
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
    # Someone else at risk: third-person wording.
    Rule(
        "other",
        r"\b(?:kill|killing|top|topping|unalive|end|ending|hang|hanging|shoot|shooting|hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|drown|drowning|gas|poison|starve|starving|overdose|do away with|off) (?:himself|herself|themselves|themself)\b",
        Who.OTHER,
    ),
    Rule("other", r"\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b", Who.OTHER),
    Rule("other", r"\b(?:do|doing) (?:himself|herself|themselves) in\b", Who.OTHER),
    Rule(
        "other",
        r"\b(?:better off|be better|be happier|happier|better) (?:\w+ ){0,2}without (?:him|her|them)\b",
        Who.OTHER,
    ),
    Rule(
        "other",
        r"\b(?:talking|talked|talks|keeps talking|been talking|joking|jokes|joked|jokingly|mentioned|mentions|mentioning|said|says|saying|told me|texted|messaged|threatening|threatened|threatens|disclosed|admitted) (?:\w+ ){0,2}(?:about )?(?:suicide|killing (?:himself|herself|themselves)|ending (?:it all|it|his life|her life|their life|things)|not being here|not wanting to (?:live|be here|be alive)|wanting to die|topping (?:himself|herself|themselves)|self harm|self harming)\b",
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
    r"garage|loft|beam|jump|hang|hanging|drown|drowning)\b"
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
    r"working|trying to (?:get|finish|keep|make|please|hit|meet)|to (?:get|finish|meet|hit|keep "
    r"up|make|please|impress|pass|cover)|over (?:this|that|the|a) (?:job|paperwork|essay|exam|"
    r"report|file|case)|for (?:a|the) (?:brew|cuppa|coffee|tea|fag|pint|drink|wee|bacon|day "
    r"off|holiday|sandwich)|for this job|for the job|for work|at the gym|on the range)\b"
)

# Ends of phrases that mark an accident ('burnt myself on the kettle', 'cut myself shaving').
ACCIDENT_TAIL = (
    r"^ ?(?:on (?:the|a|my|an|some) (?:\w+ )?(?:kettle|oven|iron|hob|stove|pan|grill|tray|fence|"
    r"glass|knife|door|tin|can|paper|barbed wire|bramble|nail|edge|corner|radiator|toaster|"
    r"exhaust|bike|stairs)|shaving|cooking|at the gym|at training|playing|in training|lifting|"
    r"by accident|accidentally|in the kitchen|on duty|during|chopping|gardening|running|while|"
    r"doing|at football|at rugby|on a job|on the job|at work|in a fall|falling|when i fell|"
    r"slipping|on shift|in the garden|on nights|in the gym|moving)\b"
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
    r"paramedics|ambulance|colleague died|colleague who died)\b"
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

# Whose risk: the subject found nearest before a pattern. Squeezed like the text ('will' -> 'wil').
FIRST_PERSON = frozenset(
    {"i", "im", "ive", "id", "il", "me", "my", "myself", "mine", "ima", "imma"}
)
THIRD_PRONOUNS = frozenset({"he", "she", "they", "hes", "shes", "theyre", "theyve", "theyd"})
THIRD_NOUNS = frozenset(
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
        "someone",
        "somebody",
        "child",
        "kid",
        "teenager",
        "teen",
        "lad",
        "bloke",
        "guy",
        "man",
        "woman",
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
        "detainee",
        "prisoner",
        "suspect",
        "patient",
        "caller",
        "person",
        "staff",
        "lass",
    ]
)
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
