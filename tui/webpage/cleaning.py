"""What an extractor leaves in that is not the article: bylines, ad labels, share and
newsletter boxes, photo credits, related-story lists. General rules, one pattern a line.

Each rule looks at a whole short block, never inside a sentence of the article: a block is
dropped only when all of it is boilerplate, so a paragraph that mentions a newsletter stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.webpage.page import Page, PageBlock

#: Longest block (in words) a boilerplate rule may remove.
_SHORT = 16

#: Whole blocks that are page furniture, whatever the outlet (matched against all the block).
_FURNITURE = [
    r"advertisement",
    r"advertisement\W+(?:scroll|continue|story)\b.*",
    r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)",
    r"continue reading(?: the main story| below)?",
    r"skip (?:advertisement|ad)",
    r"sponsored(?: content)?",
    r"(?:listen|watch) (?:to )?(?:this|the) (?:article|story|video)\b.*",
    r"\d+ min(?:ute)?s? read",
    r"share (?:this|the) (?:article|story|page)\b.*",
    r"share (?:on|via) \w+.*",
    r"(?:share|tweet|email|print|save|copy link|comments?)"
    r"(?:\W+(?:share|tweet|email|print|save|copy link|comments?|facebook|twitter|x|whatsapp"
    r"|linkedin|reddit|pinterest))*",
    r"follow us on .*",
    r"follow \w+(?: \w+)? on (?:twitter|x|facebook|instagram|bluesky|threads|tiktok)\b.*",
    r"(?:sign up|subscribe|register) (?:for|to|now)\b.*",
    r"(?:get|join|sign up for|subscribe to)\b.*newsletter.*",
    r"newsletters?(?: sign-?up)?",
    r"(?:already a subscriber|not a subscriber|subscribe now)\b.*",
    r"click here\b.*",
    # A syndication note: "This post originally appeared on Grist."
    r"this (?:article|story|post|piece|column) (?:was )?(?:originally|first) "
    r"(?:appeared|published|ran)\b.*",
    r"this (?:article|story|post|piece|column) (?:is|was) republished\b.*",
    # The signature line of an embedded post: "— Jane Doe (@janedoe) July 3, 2019".
    r"[—–-]+\s*[^()]{0,60}\(@\w{1,15}\)(?:\s*\w+ \d{1,2}, \d{4})?",
    r"(?:read|see) (?:more|also|next)(?:\W.*)?",
    r"(?:related|recommended|most (?:read|popular)|trending|more (?:from|on) [\w ]{1,30}"
    r"|you (?:may|might) also like)"
    r"(?: (?:stories|articles|content|reading|links|coverage|news|video))?(?:\s*:.*)?",
    r"(?:photo|image|picture|video|illustration|graphic)(?:graph)?s?(?: credit)?s?\s*[:©].*",
    r".*\((?:photo|image|picture)s?\s*(?:by|:).*\)",
    r"\(?credits?\s*:.*",  # "(Credit: Jane Doe / Agency)" under a chart or photo
    r".*(?:/\s*|\(\s*)(?:getty images|afp|ap photo|ap|reuters|shutterstock|alamy|epa)\)?",
    r"getty images|shutterstock|alamy",
    r"©.*",
    r"copyright\W.*",
    r"all rights reserved\.?",
    r"we use cookies.*|this (?:site|website) uses cookies.*",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\(end\))?",  # a reporter's e-mail sign-off
]
_FURNITURE_PATTERN = re.compile(
    "^(?:" + "|".join(f"(?:{rule})" for rule in _FURNITURE) + r")\W*$", re.IGNORECASE
)
#: A time stamp line ("Updated 10:32 GMT, 2 November 2026"); only near the top or the end,
#: where pages put them, since "Published in 1998, the report ..." is a sentence.
_TIMESTAMP = re.compile(
    r"^(?:updated|published|posted|last (?:updated|modified)|first published)\b.*\d",
    re.IGNORECASE,
)
_EDGE = 4
#: "By Jane Doe", "By Jane Doe and Ali Khan, Reuters", "Jane Doe | Reporter".
_BYLINE = re.compile(
    r"^(?:by|words by|written by|reporting by|von|por|par|di)\s+(?P<names>[^\d]{2,120}?)"
    r"(?:\s*[,|·•–—-]\s*(?:[^,|]{0,60}))?$",
    re.IGNORECASE,
)
#: Headings (or short lines) that begin the page's lists of other stories, in the last part of
#: the page: what follows them is not the article.
_TAIL_HEADING = re.compile(
    r"^(?:related|read more|more (?:from|on|stories|in)|more must[- ]reads?|"
    r"most (?:read|popular|viewed)|"
    r"recommended|trending|you (?:may|might) also like|further reading|comments?|"
    r"editors?['’]?s?['’]? (?:picks|choice|recommendations)|"
    r"latest (?:news|stories)|top stories|what to read next|explore more|share this)\b",
    re.IGNORECASE,
)


def is_furniture(block: PageBlock) -> bool:
    """Whether a whole short block is page furniture (an ad label, a share bar, a credit)."""
    text = block.text
    return len(text.split()) <= _SHORT and bool(_FURNITURE_PATTERN.match(text))


def byline_names(text: str) -> str | None:
    """The names in a byline block ("By Jane Doe and Ali Khan" -> "Jane Doe and Ali Khan")."""
    if len(text.split()) > _SHORT:
        return None
    match = _BYLINE.match(text.strip())
    if match is None:
        return None
    names = match["names"].strip(" .")
    # A byline names people: capitalised words, not a sentence that starts with "By".
    words = [word for word in names.split() if word.lower() not in ("and", "&", "de", "van")]
    if not words or not all(word[:1].isupper() for word in words) or len(words) > 9:
        return None
    return names


def _same_words(one: str, other: str) -> bool:
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def _repeats_title(text: str, title: str) -> bool:
    """The headline again, or its start (a page title often ends in " | Outlet")."""
    block = " ".join(text.casefold().split())
    whole = " ".join(title.casefold().split())
    return block == whole or (len(block) >= 0.6 * len(whole) and whole.startswith(block))


#: "Jane Doe | Palma | 08/01/2014": a byline line of names, places and a date.
_META_LINE = re.compile(r"^[^|.!?]{2,60}(?:\s+[|·•]\s+[^|.!?]{2,60}){1,3}$")
_HAS_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{4}\b")


def clean_page(page: Page) -> Page:
    """The page without the blocks that are not the article; a byline found moves to author."""
    blocks: list[PageBlock] = []
    author = page.author
    seen: set[str] = set()
    for index, block in enumerate(page.blocks):
        text = block.text
        if not text.strip():
            continue
        late = index > len(page.blocks) / 2
        heading = text.strip().rstrip(":").strip()
        if late and len(text.split()) <= 8 and _TAIL_HEADING.match(text) and ":" not in heading:
            break  # a "Related stories:" list at the end ("Related: a link" is one line only)
        if page.title and index < 4 and _repeats_title(text, page.title):
            continue  # the headline again: it is shown from the metadata
        if index < 6 and _META_LINE.match(text) and _HAS_DATE.search(text):
            continue  # "Name | Place | date": the byline and dateline of the page
        if index < 6 and block.kind != "heading" and (names := byline_names(text)):
            author = author or names
            continue
        if author and index < 6 and _same_words(text, author):
            continue
        if block.kind != "code" and is_furniture(block):
            continue
        at_edge = index < _EDGE or index >= len(page.blocks) - _EDGE
        if at_edge and len(text.split()) <= _SHORT and _TIMESTAMP.match(text):
            continue
        key = " ".join(text.casefold().split())
        if key in seen and len(key.split()) > 3:
            continue  # the same paragraph twice (a pull quote, a repeated teaser)
        seen.add(key)
        blocks.append(block)
    return replace(page, blocks=tuple(blocks), author=author, title=headline(page))


#: " | DW | 19.01.2020", " - Reuters", " — The Outlet": what a page title adds after the headline.
_TITLE_TAIL = re.compile(r"^(.*\S)\s+[|\-\u2013\u2014:]{1,2}\s+([^|\u2013\u2014]{1,40})$")


def headline(page: Page) -> str | None:
    """The page's title without the outlet's name and the date it appends ("Berlin confronts
    its past | DW | 19.01.2020"): the outlet's name before a separator goes, and the segments
    after the last separator go while they are the outlet, the site's domain, an acronym or a
    date; the headline always keeps three words."""
    title = page.title
    if not title:
        return title
    names = {_bare(name) for name in (page.outlet, _domain(page.url)) if name}
    names.discard("")
    outlet = (page.outlet or "").strip()
    lead = re.match(r"\s*[|:\-\u2013\u2014]\s+", title[len(outlet) :]) if outlet else None
    if lead and title.startswith(outlet) and len(title[len(outlet) + lead.end() :].split()) >= 3:
        title = title[len(outlet) + lead.end() :]  # "Outlet | Headline", "Outlet: Headline"
    while match := _TITLE_TAIL.match(title):
        rest, tail = match.group(1), match.group(2).strip()
        bare = _bare(tail)
        known = bare in names or any(bare and (bare in n or n in bare) for n in names)
        acronym = tail.isupper() and len(tail) <= 6
        if not (known or acronym or _DATE_ONLY.match(tail)) or len(rest.split()) < 3:
            break
        title = rest
    return title


_DATE_ONLY = re.compile(r"^[\d\s/.,-]{6,12}$|^\w+ \d{1,2},? \d{4}$")


def _bare(name: str) -> str:
    """A name for comparing: letters and digits only, without "www." and ".com"."""
    name = re.sub(r"^www\.|\.(?:com|org|net|co\.uk|co|uk|de|ie)$", "", name.strip().casefold())
    return re.sub(r"\W+", "", name)


def _domain(url: str | None) -> str | None:
    """The host of a URL ("www.dw.com"), or None."""
    found = re.match(r"^https?://([^/:?#]+)", url or "")
    return found.group(1) if found else None
