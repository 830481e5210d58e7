"""Status: the words that say whether forces are there, are coming, or have gone.

``attributes`` reads these to give each mention its status; ``facts`` reads ``READINESS_AFTER``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import Gated, trie_alternation

# The words that give a clause its status, strongest first: a withdrawal over a plan over a presence.
# Plain phrases (a space matches any white space), compiled as tries: one scan of a sentence each.
WITHDRAWN_CUES = (
    "to lose",  # a host to lose the forces it has (roles.HOST_AFTER)
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "withdrawal",
    "pulled out",
    "pulling out",
    "pulls out",
    "pull out",
    "pulled back",
    "pulling back",
    "pulls back",
    "pull back",
    "brought home",
    "bring home",
    "sent home",
    "returned home",
    "going home",
    "goes home",
    "go home",
    "went home",
    "heading home",
    "headed home",
    "head home",
    "heads home",
    # back to a home base ("will go back to Fort Stewart"), not to where they serve ("back to Lithuania")
    *(
        f"{verb} back to {home}"
        for verb in ("go", "goes", "going", "went")
        for home in ("fort", "their home", "its home")
    ),
    "fly home",
    "flies home",
    "flew home",
    "flown home",
    "sail home",
    "sailed home",
    "go home",
    "goes home",
    "went home",
    "returning home",
    "returns home",
    "return home",
    "redeployed home",
    # home again, after a stay told in the clause before: "...; they are now back home"
    "now back home",
    "redeploying home",
    "redeployed back",
    "draw down",
    "drawing down",
    "drawdown",
    "scaled back",
    "scaling back",
    "has left",
    "have left",
    "had left",
    "has since left",
    "have since left",
    "has already left",
    "have already left",
    "had already left",
    "had since left",
    "already left",
    "rotation ended",
    "rotation ends",
    "deployment ended",
    "mission ended",
    "rotated out",
    "rotates out",
    "rotating out",
    "wrap up its rotation",
    "wraps up its rotation",
    "wrapped up its rotation",
    "wrap up their rotation",
    "go home",
    "goes home",
    "went home",
    "came to an end",
    "outgoing",
    "departing",
    "cased their colors",
    "cased their colours",
    "cased its colors",
    "cased its colours",
    "return to its home",
    # back where they are stationed, after drills or a rotation: "were returning to their bases"
    "returning to their bases",
    "returned to their bases",
    "return to their bases",
    "returning to their garrisons",
    "returned to their garrisons",
    "return to their garrisons",
    "return to their home",
    "returns to its home",
    "will return to",
    "end of their rotation",
    "end of its rotation",
    "rotate out",
    "rotate home",
    "rotates home",
    "rotated home",
    "rotating home",
    "left the country",
    "departed the country",
    "have departed",
    "has departed",
    "had departed",
    # no longer there: "Danish troops are no longer deployed in Estonia"
    "no longer deployed",
    "no longer stationed",
    "no longer based",
    "no longer present",
    "no longer be deployed",
    "no longer be stationed",
    "no longer be based",
)
# Forces that stay where they are: present now, whatever the tense ("will remain in Romania",
# "continue to be stationed", "perhaps 1,500 remaining"); stronger than a plan, weaker than a withdrawal.
CONTINUING_CUES = (
    "will remain",
    "would remain",
    "will stay",
    "would stay",
    "to remain",
    "will continue to be",
    "would continue to be",
    "continue to be stationed",
    "remaining",
    "still",
    "remain",
    "remains",
    "should stay",
    "should remain",
    "to stay",
    # A force kept or maintained where it is ("continue to station"; "will keep 1,000 troops": KEPT_COUNT).
    "continue to station",
    # a presence estimated: "another 12,000 are believed to be in the Kaliningrad region" (not "is said to
    # be planning")
    *(
        f"{verb} to be {where}"
        for verb in ("believed", "thought", "estimated", "said", "reported")
        for where in ("in", "at", "on", "there", "stationed", "deployed", "based")
    ),
    "continue to keep",
    "continue to maintain",
)
PLANNED_CUES = (
    "will",
    "would",
    "shall",
    "plan",
    "plans",
    "planned",
    # "with 120 more soldiers to follow in May" (not "required to follow traffic law")
    "to follow in",
    "to follow by",
    "to follow later",
    "to follow soon",
    "to follow shortly",
    "to follow next",
    # "planning" as a verb only: "a planning cell" or "planning staff" plans nothing.
    "planning to",
    # a list of what nations offer a mission: "Offers on the table: Spain, two Eurofighters"
    "offers on the table",
    "offers so far",
    "pledged so far",
    "pledges so far",
    "offered so far",
    # a strength being built back up to is a goal: "is being restored to some 4,000 men"
    "being restored",
    "being rebuilt",
    "being reconstituted",
    "toward a target",
    "towards a target",
    "target strength",
    "planning for",
    "is planning",
    "are planning",
    "was planning",
    "were planning",
    "been planning",
    "announce",
    "announced",
    "announces",
    "announcing",
    "order",
    "ordered",
    "orders",
    "decide",
    "decided",
    "decides",
    "decision",
    "intend",
    "intends",
    "intended",
    "intention",
    "expected",
    "expect",
    "expects",
    "due to",
    "due at",
    "due in",
    "set to",
    "to be",
    "pledge",
    "pledged",
    "has offered",
    "have offered",
    # a level being reached: "is building up towards some 5,000 personnel by 2027"
    "building up towards",
    "building up to",
    "growing towards",
    "on track to",
    "pledges",
    "promise",
    "promised",
    "promises",
    "agreed",
    "approve",
    "approved",
    "approves",
    "prepare to",
    "prepares to",
    "preparing to",
    "is sending",
    "are sending",
    "to send",
    "to deploy",
    "to station",
    "propose",
    "proposed",
    "proposes",
    "proposal",
    "considering",
    "upcoming",
    "future",
    "creation",
    "to establish",
    "to create",
    "to add",
    "to double",
    "to boost",
    "has begun",
    "have begun",
    "is moving",
    "are moving",
    "is heading",
    "are heading",
    "on its way",
    "on their way",
    "is deploying",
    "are deploying",
    "is dispatching",
    "are dispatching",
    "is shifting",
    "are shifting",
    "is relocating",
    "are relocating",
    "is repositioning",
    "are repositioning",
    "should",
    "is to",
    "are to",
    "being deployed",
    "being sent",
    "being shipped",
    "being moved",
    "being dispatched",
    "being transferred",
    "being relocated",
    "being repositioned",
    "being flown",
    "heading",
    "headed for",
    "headed to",
    # Setting out for a place: on the way, not yet there (with words between, SET_OUT_FOR).
    "set off for",
    "set out for",
    "bound for",
    "en route",
    "on the way",
    "are set",
    "is set",
    "eventually",
)
EXISTING_CUES = (
    # "two outgoing battalions ..., and two incoming ones": the rotation taking over is there
    "incoming",
    "currently",
    "existing",
    "already",
    "now",
    "stationed",
    "based",
    "deployed",
    "present",
    "remained",
    "arrived",
    "sent",
    "moved",
    "dispatched",
    "brought",
    "flew",
    "departed",
    "landed",
    "took over",
    "has taken over",
    # "... left Siauliai and four Portuguese F-16s took their place": those replacing are there
    "took their place",
    "took its place",
    "is in",
    "are in",
)


def cues(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as one pattern, to search a sentence's folded text with (textmatch.folded)."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(phrases, fold_case=True)})(?![\w-])")


STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", cues(WITHDRAWN_CUES)),
    ("existing", cues(CONTINUING_CUES)),
    ("planned", cues(PLANNED_CUES)),
    ("existing", cues(EXISTING_CUES)),
)
# A wish, an aim, an offer or a request to deploy or host is a plan: "Latvia hopes to host 3,000 allied
# troops", "Lithuania hopes to receive a German brigade", "Poland seeks a permanent US garrison" ("the
# troops aim to deter" is a purpose, not a plan). Searched in the folded text.
WISH_TO_DEPLOY = Gated(
    re.compile(
        r"\b(?:(?:hopes?|hoping|aims?|aiming|seeks?|seeking|offer(?:s|ed|ing)?|wants?|wanted|asked|"
        # (a commitment to a level: "has committed to keep up to 2,200 personnel there by 2026")
        r"commit(?:s|ted)?|(?:is|are)\s+committed|"
        r"(?:is|are)\s+(?:ready|willing))\s+to\s+(?:\w+\s+)?"
        r"(?:send|deploy|station|host|have|base|move|double|increase|raise|add|build|establish|form|field|reach|get|"
        r"bring|expand|grow|receive|welcome|see|attract|secure|obtain|keep|maintain)\b"
        # (forces offered are a plan: "Germany offered 300 soldiers"; "offered help" is none)
        r"|(?:seek|seeks|seeking|sought|requests?|requested|asked\s+for|wants?|wanted|offer(?:s|ed))\s+"
        r"(?:(?:a|an|more|the|additional|some|about|up\s+to|at\s+least|two|three|four|five|six|eight|ten)\b|\d))"
    )
)
# A decision that lets a deployment go ahead, or a deliberation over one, said of it: "gave the go-ahead
# for 1,000 German troops to go", "has authorised the deployment of 200 soldiers", "is weighing sending
# 300 soldiers" (not "the 800 British soldiers in Estonia are looking into buying supplies"; searched in
# the folded text when it holds one of DECIDED_WORDS).
DECIDED_WORDS = ("go-ahead", "green light", "authori", "signed off", "weigh", "mull", "looking into", "studying")
DECIDED_TO_DEPLOY = re.compile(
    # (not in a relative clause, an aside on the subject: "Sweden, which signed off on the deployment in 2023,
    # has 600 soldiers in Latvia")
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:(?:gave|give|gives|giving|got|gets|received)\s+(?:the\s+|a\s+)?(?:go-ahead|green\s+light)\s+(?:for|to)"
    r"|authori[sz](?:ed|es|ing)\s+(?:the\s+)?(?:deployment|dispatch|sending|move|movement|stationing|transfer)"
    r"|signed\s+off\s+on\s+(?:the\s+)?(?:deployment|dispatch|sending|move|stationing)"
    r"|(?:weighing|weighs|mulling|mulls|looking\s+into|studying|studies)\s+(?:whether\s+to\s+|the\s+idea\s+of\s+)?"
    r"(?:send|sending|deploy|deploying|station|stationing|dispatch|dispatching|move|moving))\b"
)
# What a formation is made of, said of one named before: "The battalion comprises roughly 600 troops",
# "It consists of about 800 soldiers" (matched at the sentence's start). The sentence says nothing of when:
# its status is the formation's, in the sentence before.
COMPOSED_OF = re.compile(
    r"^\W*(?:It|They|This|The\s+(?!(?:current|existing|present|old)\b)(?:[\w-]+\s+){0,3}?(?:unit|battalion|brigade|"
    r"battlegroup|battle\s+group|company|squadron|contingent|detachment|force|group|division|regiment|deployment|"
    r"mission|rotation))\s+(?:comprises|comprise|consists\s+of|consist\s+of|(?:is|are)\s+(?:made\s+up|composed)\s+of|"
    r"numbers|number|includes|include|totals|total)\b",
    re.IGNORECASE,
)
# A size now, in an aside: ", currently 900 strong," (searched in the folded text).
SIZE_NOW_ASIDE = re.compile(r",\s+(?:now|still|currently|today)\s+(?:[\w.,’'-]+\s+){1,3}?strong\s*,")
# A withdrawal named as a time, not told of the forces counted: "remain in Romania after the drawdown",
# "since the withdrawal" (a withdrawal "of" forces still tells of them; searched in the folded text around
# the cue).
WITHDRAWAL_AS_TIME_BEFORE = re.compile(
    r"\b(?:after|following|since|despite|before|ahead\s+of|until|amid)\s+(?:the\s+|a\s+|its\s+|their\s+|this\s+)?"
    r"(?:[\w-]+\s+)?$"
)
WITHDRAWAL_NOUN = re.compile(r"(?:drawdown|withdrawal|pull-?out|draw-down)(?!\s+of\b)")
# The "that" of a clause reported after its verb: "announced on Monday that", "announced in Tapa that"
# (searched in the folded text right after the verb).
REPORTED_THAT_AFTER = re.compile(r"(?:\s+[\w,’'-]+){0,5}?\s+that\b")
# Sent, flown or brought back home or from where they served, recalled from it: a withdrawal ("sent back
# to Romania after the exercise" returns them to a deployment, and is none; "recalled that" is speech).
SENT_BACK_HOME = re.compile(
    r"\b(?:(?:sent|flown|brought|ordered|called|moved|shipped|pulled)\s+back|recall(?:s|ed|ing)?)\s+"
    r"(?:(?!that\b)[\w,.’'-]+\s+){0,5}?(?:home\b|from\b|to\s+(?:their|its)\s+(?:home|home\s+bases?|bases?|"
    r"garrisons?|barracks)\b"
    # "flown back to Germany after nine months in Lithuania": back from where they served
    r"|to\s+(?:[\w’'-]+\s+){1,3}?after\s+(?:[\w-]+\s+){0,4}?(?:in|at|on)\s)"
    # "ordered the 2,000 paratroopers back to Fort Bragg", "called the jets back home"
    r"|\b(?:ordered|called)\s+(?:[\w,.’'-]+\s+){1,5}?back\s+(?:home|to)\b"
    # "were redeployed from Romania back to Bavaria": from where they served, back
    r"|\b(?:redeployed|moved|sent|flown|shipped|pulled|withdrawn)\s+(?:out\s+)?from\s+(?:the\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+back\s+(?:home|to)\b"
)
# "Germany will keep about 1,000 troops in Lithuania", "will maintain two battalions": forces kept where
# they are are present; "will keep its promise to station ..." and a keeping from a later date ("from
# 2026") are plans (searched in the folded text).
KEPT_COUNT = re.compile(
    r"\b(?:will|would)\s+(?:keep|maintain)\s+"
    r"(?!(?:its|their|the|a|an|his|her|our)\s+(?:\w+\s+)?(?:promise|pledge|commitment|word|focus|support|options?|"
    r"course|eye)\b)(?![^.;]{0,80}\bfrom\s+(?:20\d\d|next)\b)"
)
# Setting out for a place, with words between the verb and "for": "left on Monday for central Slovakia"
# is on the way (a planned cue, searched in the folded text when it holds "for").
SET_OUT_FOR = re.compile(
    # ("the troops left in Romania for the winter" remain there: "left in", "left behind" are no departure.)
    r"\b(?:left|leaves|leaving|departed|departs|departing|headed|set\s+(?:off|out))\s+"
    r"(?!(?:in|at|behind|over|on\s+the\s+ground)\b)(?:[\w-]+\s+){0,3}?for\b"
)
# "pulled 10,000 troops back from the border": a withdrawal with its object between the verb and "back".
# ("pull together a force ... to back Poland" is no withdrawal)
PULLED_BACK = re.compile(r"\bpull(?:s|ed|ing)?\s+(?!together\b)(?:[\w,.-]+\s+){1,8}?(?<!\bto\s)(?:back|out)\b")
# Leaving a named place with no destination named after it: "the rotation left Latvia in May" is a
# withdrawal ("left Fort Hood for Poland" is a move, SET_OUT_FOR). Searched in the text as written.
LEFT_PLACE = re.compile(
    # "were leaving the regions bordering Ukraine": a region left, named by its kind
    r"(?<!\bnever\s)(?<!\bnot\s)\b(?:left|leave|leaves|leaving|departed|departing)\s+the\s+(?:border\s+|frontier\s+)?"
    # ... or a site named by its kind, where the story is: "left the camp last week"
    r"(?:regions?|areas?|zones?|camp|base|garrison|barracks)\b(?!\s+(?:to\s+\w+|for)\b)|"
    # (not "would never leave Latvia", nor "will leave Britain short of infantry")
    r"(?<!\bnever\s)(?<!\bnot\s)\b(?:left|leave|leaves|leaving|quit|quits|departed|departs|departing)\s+(?:the\s+)?"
    r"(?=[A-ZÀ-Ž])"
    r"(?![A-ZÀ-Ž][\w’'-]*(?:\s+[A-ZÀ-Ž][\w’'-]*)?\s+(?:with(?:out)?|short|open|exposed|vulnerable)\b)"
    # ... or leaving with no object at all, only a time or the clause's end: "will leave in May", "left last
    # week", "are leaving." ("soldiers on leave", "were left in Romania" are none; "jets that left in May" is
    # said of the jets alone, in a clause of their own the cue cannot be kept to)
    r"|(?<!\bnot\s)(?<!\bnever\s)(?<!n[’']t\s)(?<!\bon\s)(?<!\btake\s)(?<!\bhome\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:left|leave|leaves|leaving|departed|departs|departing)"
    r"(?=\s*[.;]|\s+(?:(?:in|on|by|before|after|during)\s+(?:the\s+)?)?(?:(?:early|late|mid)[\s-])?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn"
    r"|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|next|this|early|later|soon|end)\b|\d{4}\b))"
)
# What an agreement or a plan lists is planned: "The declaration also mentions a division headquarters",
# "the roadmap foresees a brigade", "the deal provides for 1,000 more troops" (searched in the folded text).
DOCUMENT_PROVIDES = re.compile(
    r"\b(?:declaration|agreement|deal|roadmap|road\s+map|memorandum|pact|plan|communique|accord|treaty|document|"
    r"statement|package)s?\s+(?:also\s+|further\s+|only\s+)?(?:mentions?|foresees?|envisages?|"
    r"envisions?|provides?\s+for|calls?\s+for|sets?\s+out|outlines?)\b"
)
# "were relieved by a French company", "has been replaced by Spanish troops": the forces after "by" are the
# ones that come (searched right before their mention).
REPLACING_BY_BEFORE = Gated(
    re.compile(
        r"\b(?:replaced|relieved|succeeded)\s+(?:(?:in|on|at)\s+[\w\s]{1,20}?\s+)?by\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}$",
        re.IGNORECASE,
    )
)
# A withdrawal cue denied: "have not returned home", "will not be withdrawn", "has never pulled out"
# (searched right before the cue, in the folded text).
NEGATED_BEFORE = re.compile(r"\b(?:not|never|n't)\s+(?:(?:have|has|had|been|be|yet|to)\s+)*$")
# ... but "were not withdrawn until last week" were withdrawn then (searched right after the cue).
UNTIL_AFTER = re.compile(r"(?:\s+\S+){0,5}?\s+until\b")
# A cut ruled out keeps the forces: "has no plans to reduce its 10,000-strong presence", "refused to cut
# the 900 soldiers" (a staying cue, searched in the folded text).
NOT_REDUCED = re.compile(
    r"\b(?:no\s+(?:plans?|intention|decision)|(?:does|do|did)\s+not\s+(?:plan|intend|want)|refus(?:ed|es|ing)?|"
    r"declin(?:ed|es|ing)?|rul(?:ed|es|ing)?\s+out)\s+(?:to\s+)?(?:reduc\w*|cut\w*|withdraw\w*|pull\w*|shrink\w*|scal\w*\s+back|"
    r"draw\w*\s+down)"
)
# "replacing four Polish F-16s", "They replace a brigade of the 1st Cavalry Division", "took over from the
# Dutch detachment": the forces replaced are leaving (searched right before their mention).
REPLACED_BEFORE = Gated(
    re.compile(
        # (active only: "were relieved when 300 US soldiers arrived" is a feeling, "were replaced by" names who come)
        r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bfelt\s)"
        r"\b(?:replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|(?:tak(?:e|es|ing)|took)\s+over\s+from|succeed(?:s|ed|ing)?)\s+"
        # (not "succeeded in sending 300 troops", "relieve the pressure on 900 British troops")
        r"(?!in\s)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:(?!(?:when|that|as|to|after|because|pressure|burden|strain|in|on)\b)\w+\s+){0,2}$",
        re.IGNORECASE,
    )
)
# "ended their air policing rotation", "ends its six-month deployment": a mission over, its forces gone.
ENDED_MISSION = Gated(
    re.compile(
        r"\bend(?:ed|s|ing)?\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}(?:rotation|deployment|mission|tour)\b"
        # (a rotation or tour completed is over; "is completing the deployment of its brigade" builds it up)
        r"|\b(?:completed|finished|concluded)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:rotation|tour|mission)\b"
        r"(?!\s+handover)"
        # "The Belgian rotation at Amari ended in March": the rotation named first
        r"|\b(?:rotation|tour|mission)\s+(?:(?:at|in)\s+[A-ZÀ-Ž][\w’'-]*\s+)?(?:ended|concluded|finished|came\s+to\s+an\s+end)\b"
        # "were relieved by a French company", "has been replaced by Spanish troops": the forces replaced leave
        r"|\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+being|are\s+being)\s+(?:\w+\s+)?"
        r"(?:replaced|relieved|succeeded)\b(?![^.;]{0,40}?\b(?:when|that|to\s+(?:see|hear|learn)|as)\b)"
        r"(?=[^.;]{0,40}?\bby\b)"
        # "are being relieved this month": a relief under way withdraws those relieved
        r"|\b(?:is|are)\s+being\s+(?:relieved|replaced|swapped\s+out|rotated\s+out)\b"
        # "came home last week", "have flown home"
        r"|\b(?<!not\s)(?<!never\s)(?<!n't\s)(?:came|come|comes|coming|returned|returning|went|gone|flew|flown|sailed|headed)"
        r"\s+home\b"
    )
)
# "ended its deployment to Romania": where the mission was, not where its forces go next.
MISSION_PLACE_BEFORE = re.compile(r"\b(?:rotation|deployment|mission|tour)\s+(?:to|in|at)\s+(?:the\s+)?$", re.I)
DESTINATION_AFTER = re.compile(r"\b(?:for|to|towards?|into)\s+(?:the\s+)?[A-ZÀ-Ž]")
# Planned cues too, searched in the text as written: "may" and "could" are modal only in lower case
# ("May" is a month); "'ll" is "will".
MODAL_CUES = re.compile(r"\b(?:could|may|might)\b|['’](?i:ll)\b")
MODAL_WORDS = ("could", "may", "might", "'ll", "’ll")  # one is in the folded text of every match
# Forces on alert are where they are kept: "troops on high alert", "at a higher state of readiness".
READINESS_AFTER = Gated(
    re.compile(
        r"\s+(?:[\w-]+\s+){0,2}?(?:on\s+(?:high\s+|heightened\s+)?(?:alert|standby|readiness)|"
        r"(?:at|to)\s+(?:a\s+)?(?:high|higher|heightened)\s+(?:state\s+of\s+)?readiness)\b",
        re.I,
    )
)
# "They will join some 200 sailors already in the port": the count right before "already" is there now.
# "withdrawing a brigade, leaving about 1,000 soldiers there": what a withdrawal leaves behind stays, and
# staying is being there (as "will remain" is), so "will leave 500 troops in Estonia" is existing too.
# "soldiers currently based in Vilseck": a participle that says where a force is based, no predicate.
HOME_PARTICIPLE = re.compile(
    # (a participle after its noun, not a verb: "4,000 US troops were stationed in Poland" is a presence)
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:(?:currently|now|normally|usually|permanently)\s+)?(?:based|stationed|garrisoned)\s+"
    r"(?:in|at|across|throughout|around)\b",
    re.IGNORECASE,
)
# "Norway will send 100 soldiers, adding to the roughly 1,000 German troops there": the forces a move
# joins are there now, whatever the move's tense.
# (not what is still to come after them: "joining the 4,800 troops of the new brigade expected by 2027")
JOINED_TO_COME_AFTER = re.compile(r"[^.;]{0,60}?\b(?:expected|plans?|planned|will|to\s+be\s+sent|to\s+send)\b", re.I)
JOINING_BEFORE = Gated(
    re.compile(
        r"\b(?:add(?:s|ing)?\s+to|join(?:s|ing)?|reinforc(?:e|es|ing)|alongside|besides|in\s+addition\s+to|"
        r"on\s+top\s+of|augment(?:s|ing)?)\s+(?:the|some|its|their)\s+(?:[\w-]+\s+){0,2}$",
        re.I,
    )
)
# A plan told with its fulfilment after it: "offered 700 troops to Latvia in 2023, and they have since
# arrived", "pledged two jets, which arrived in May" (searched right after the count, no count between).
FULFILLED_AFTER = Gated(
    re.compile(
        r"[^.;]{0,80}?(?:,\s*|\s+)(?:and\s+)?(?:they|these|those|which|all\s+of\s+them|both)\s+(?:have\s+|had\s+)?"
        r"(?:(?:since|now|already|all|also)\s+)?(?:arrived|deployed|landed|been\s+deployed|taken\s+up\s+(?:their\s+)?"
        r"(?:posts|positions|duties)|begun\s+arriving|started\s+arriving)\b",
        re.IGNORECASE,
    )
)
LEAVING_BEFORE = Gated(re.compile(r"\bleav(?:ing|es|e)\s+(?:behind\s+)?(?:only\s+|just\s+)?$", re.I))
ALREADY_AFTER = Gated(
    re.compile(
        # ("soldiers currently based in Vilseck, Germany, will move": where they are based describes them.)
        r"\s+(?:(?:who|which|that)\s+(?:are|is|were|was)\s+)?(?:\w+\s+)?"
        r"(?:already|(?:currently|now)(?!\s+(?:based|stationed|garrisoned)\b))\b"
        r"(?!\s+(?:left|gone|departed|withdrawn|returned|heading|headed|on\s+(?:its|their)\s+way))"
        # (nor the subject of a predicate of its own, nor forces moved on: "2,000 troops already in Germany will
        # move to Romania", "will move troops already in Europe to the Baltic states")
        r"(?!\s+(?:(?:stationed|based|deployed|present)\s+)?(?:in|at)\s+[^,.;:]{1,40}?\s+"
        # (a move: "will move to Romania", "to the Baltic states"; not "will be joined", "will continue", "to support")
        r"(?:(?:will|would|shall|are\s+(?:to|due\s+to|set\s+to|expected\s+to)|is\s+(?:to|due\s+to|set\s+to|expected\s+to))"
        r"\s+(?:be\s+)?(?:move|moved|go|head|relocate|relocated|redeploy|redeployed|deploy|sent|shift|shifted|leave|return|"
        r"rotate)\b|(?:to|into|towards)\s+(?:the\s+)?(?-i:[A-Z])))",
        re.I,
    )
)
