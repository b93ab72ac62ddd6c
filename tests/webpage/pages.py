"""Web pages written for the tests, with the clutter real saved pages carry (all invented)."""

from __future__ import annotations

import json

BODY = [
    "The Larch Valley dam will be raised by four metres, the regional water board said on "
    "Thursday, in a plan that would flood two farms and a stretch of the old mill road.",
    "“We have looked at every other option,” said Hanna Weir, who chairs the board. “This is "
    "the one that keeps the valley’s taps running through a dry summer.”",
    "Farmers affected by the plan said they had learnt of it from a leaked map. A board "
    "official, who asked not to be named, said letters would be sent to them next week.",
    "Critics say the cost, put at €48 million, has been understated. Some engineers believe "
    "the old dam wall cannot carry the extra weight without being rebuilt first.",
]

CLUTTERED = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Larch Valley dam to be raised, flooding two farms | The Fernbrook Courier</title>
<meta property="og:site_name" content="The Fernbrook Courier">
<meta property="og:title" content="Larch Valley dam to be raised, flooding two farms">
<link rel="canonical" href="https://fernbrook-courier.example/news/larch-dam">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Larch Valley dam to be raised, flooding two farms",
 "datePublished": "2026-10-08T07:30:00+01:00",
 "author": {{"@type": "Person", "name": "Priya Raman"}},
 "publisher": {{"@type": "Organization", "name": "The Fernbrook Courier"}}}}
</script>
<script>window.ads = [1, 2, 3];</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to give you the best experience.</p>
<button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Larch Valley dam to be raised, flooding two farms</h1>
<div class="byline"><p>By Priya Raman</p></div>
<p class="timestamp">Published 8 October 2026, 07:30</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>{BODY[2]}</p>
<aside class="newsletter"><h3>Morning Briefing</h3>
<p>Sign up for our morning newsletter</p><input type="email"></aside>
<p>{BODY[3]}</p>
</article>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Drought warning for the valley</a></li>
<li><a href="/b">Who owns the mill road?</a></li></ul></section>
<section id="comments"><h2>Comments (3)</h2>
<div class="comment"><p>Typical. Nobody asked the farmers, as usual, and now this.</p></div>
</section>
</main>
<footer><p>© 2026 The Fernbrook Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>
"""

WINDOWS_1252 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    "<title>Caf\u00e9 owners fight rent rise</title></head><body><article>"
    "<h1>Caf\u00e9 owners fight rent rise</h1>"
    "<p>Owners of the Caf\u00e9 Lum\u00e9 on Quay Street say their rent will double in "
    "January, a rise the landlord called \u201cfair and overdue\u201d in a letter seen by "
    "this newspaper.</p>"
    "<p>\u201cWe cannot pay it,\u201d said the owner, Jos\u00e9 Ferreira, who has run the "
    "caf\u00e9 for eleven years and employs six people from the town.</p>"
    "</article></body></html>"
).encode("cp1252")

NO_ARTICLE = b"""<!DOCTYPE html><html><head><title>Loading...</title>
<script src="/app.js"></script></head><body><div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"""

PORTUGUESE = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>Prefeitura adia votação do porto</title></head><body><article>
<h1>Prefeitura adia votação do porto</h1>
<p>A prefeitura adiou nesta terça-feira a votação do plano para o porto, segundo um
comunicado do gabinete do prefeito. Os vereadores da oposição disseram que o texto não
foi discutido com os moradores da região.</p>
<p>“Este plano foi escrito para as construtoras, não para quem mora aqui”, afirmou a
presidente da associação de moradores, durante uma reunião na câmara municipal.</p>
</article></body></html>""".encode()

STANDFIRST = (
    "The water board says the higher wall is the only way to keep the valley supplied, but "
    "two farming families stand to lose their land."
)

# The standfirst sits in the page's header, beside the headline, and is its description.
WITH_STANDFIRST = CLUTTERED.replace(
    '<meta property="og:site_name"',
    f'<meta name="description" content="{STANDFIRST}">\n<meta property="og:site_name"',
).replace(
    "<h1>Larch Valley dam to be raised, flooding two farms</h1>",
    "<header><h1>Larch Valley dam to be raised, flooding two farms</h1>"
    f'<p class="standfirst">{STANDFIRST}</p></header>',
)

# Drawn by script in the browser: the article is only in the JSON-LD.
_STATED = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "The Fernbrook Courier"},
        {
            "@type": "NewsArticle",
            "headline": "Larch Valley dam to be raised, flooding two farms",
            "author": {"@type": "Person", "name": "Priya Raman"},
            "articleBody": f"{BODY[0]}\n\n{BODY[1]}\n{BODY[2]}<br>{BODY[3]}",
        },
    ],
}
SCRIPT_DRAWN = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Larch Valley dam to be raised, flooding two farms | The Fernbrook Courier</title>
<script type="application/ld+json">{json.dumps(_STATED)}</script>
<script src="/app.js"></script></head><body><div id="app"></div>
<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"""
