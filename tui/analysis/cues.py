"""Word lists the splitter and the attribution rules read: data, one entry a line.

Extending the analyser to a new way of citing usually means adding a line here, not code.
All entries are lower case unless they are names.
"""

from __future__ import annotations

# --- Sentence splitting -------------------------------------------------------------

#: Abbreviations that never end a sentence: a name or a number always follows.
CONTINUING_ABBREVIATIONS = frozenset(
    """
    mr
    mrs
    ms
    mx
    dr
    prof
    gov
    sen
    rep
    reps
    gen
    lt
    col
    maj
    capt
    cmdr
    adm
    sgt
    cpl
    pvt
    supt
    insp
    det
    rev
    fr
    hon
    pres
    atty
    amb
    st
    mt
    ft
    no
    nos
    vs
    v
    e.g
    i.e
    cf
    approx
    est
    fig
    vol
    p
    pp
    """.split()
)

#: Month abbreviations: they continue before a day number ("Jan. 6") and may end otherwise.
MONTH_ABBREVIATIONS = frozenset(
    """
    jan
    feb
    mar
    apr
    jun
    jul
    aug
    sep
    sept
    oct
    nov
    dec
    """.split()
)

#: Abbreviations that may end a sentence; only a typical sentence opener after them ends it.
ENDING_ABBREVIATIONS = frozenset(
    """
    inc
    corp
    co
    ltd
    llc
    plc
    jr
    sr
    etc
    al
    bros
    dept
    univ
    a.m
    p.m
    ala
    ariz
    ark
    calif
    colo
    conn
    del
    fla
    ga
    ill
    ind
    kan
    ky
    la
    md
    mass
    mich
    minn
    miss
    mo
    mont
    neb
    nev
    okla
    ore
    pa
    tenn
    tex
    va
    vt
    wash
    wis
    wyo
    """.split()
)

#: Words that typically open a sentence; after "U.S." or "Inc." they mark a new one.
SENTENCE_STARTERS = frozenset(
    """
    The
    A
    An
    He
    She
    It
    They
    We
    I
    You
    His
    Her
    Its
    Their
    Our
    This
    That
    These
    Those
    There
    But
    And
    Yet
    So
    Still
    However
    Meanwhile
    In
    On
    At
    For
    After
    Before
    When
    While
    Since
    As
    If
    According
    Some
    Many
    Most
    Officials
    Critics
    Analysts
    """.split()
)

# --- Attribution ----------------------------------------------------------------------

#: Verbs that report speech or writing whatever follows them ("X said", "..., X added.").
SPEECH_VERBS = frozenset(
    """
    said
    says
    say
    told
    tells
    tell
    argued
    argues
    argue
    warned
    warns
    warn
    wrote
    writes
    write
    tweeted
    tweets
    stated
    insisted
    insists
    insist
    asserted
    asserts
    contended
    contends
    testified
    testifies
    remarked
    quipped
    joked
    shouted
    whispered
    """.split()
)

#: Verbs that report a claim only with a clause after them ("claimed that", "declared:"),
#: or at the end of the sentence; with a plain object they describe an event ("claimed
#: the attack", "declared a caliphate", "acknowledged by the leadership").
CLAUSE_VERBS = frozenset(
    """
    claimed
    claims
    claim
    alleged
    alleges
    allege
    declared
    declares
    declare
    acknowledged
    acknowledge
    announced
    announces
    announce
    confirmed
    confirms
    confirm
    denied
    denies
    deny
    reported
    reports
    report
    revealed
    reveals
    disclosed
    discloses
    estimated
    estimates
    estimate
    assessed
    assesses
    concluded
    concludes
    found
    finds
    showed
    shows
    suggested
    suggests
    indicated
    indicates
    believed
    believes
    believe
    thinks
    think
    thought
    expects
    expect
    hopes
    feared
    fears
    worried
    worries
    predicted
    suspects
    suspected
    accused
    accuses
    charged
    charges
    pointed
    learned
    added
    insisted
    warned
    argued
    wrote
    ruled
    rules
    promised
    promises
    vowed
    vows
    pledged
    pledges
    threatened
    adds
    noted
    notes
    note
    explained
    explains
    replied
    replies
    responded
    responds
    recalled
    recalls
    conceded
    concedes
    cautioned
    cautions
    stressed
    stresses
    emphasized
    emphasised
    observed
    asked
    asks
    urged
    urges
    predicts
    complained
    complains
    countered
    counters
    admitted
    admits
    agreed
    agrees
    acknowledges
    maintained
    maintains
    posted
    commented
    comments
    called
    calls
    described
    describes
    criticized
    criticised
    praised
    dismissed
    denounced
    slammed
    blasted
    mocked
    blamed
    defended
    referred
    echoed
    touted
    cited
    disputed
    rejected
    demanded
    questioned
    chanted
    yelled
    wondered
    continued
    """.split()
)

#: Participles that report speech after a comma: "..., saying the plan would fail".
PARTICIPLES = frozenset(
    """
    saying
    adding
    noting
    arguing
    telling
    explaining
    claiming
    warning
    insisting
    writing
    tweeting
    stating
    asserting
    suggesting
    calling
    """.split()
)

#: Words between a source and its verb that do not change who speaks.
AUXILIARIES = frozenset(
    """
    has
    have
    had
    was
    were
    is
    are
    will
    would
    could
    can
    may
    might
    should
    also
    later
    previously
    earlier
    then
    again
    once
    repeatedly
    publicly
    privately
    recently
    separately
    reportedly
    not
    never
    already
    further
    only
    just
    first
    initially
    has
    long
    """.split()
)

#: Pronouns that point back at a source named earlier, and what kind of source each fits.
PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "i": "person",
    "it": "thing",
    "they": "plural",
    "we": "plural",
}

#: Nouns for documents and organisations that "the ..." points back at ("the report said").
BACK_REFERENCE_NOUNS = frozenset(
    """
    report
    study
    statement
    survey
    poll
    analysis
    paper
    newspaper
    journal
    article
    letter
    memo
    document
    filing
    complaint
    lawsuit
    indictment
    ruling
    judgment
    agency
    ministry
    department
    company
    firm
    group
    organisation
    organization
    government
    administration
    campaign
    committee
    council
    court
    commission
    bank
    office
    police
    army
    military
    team
    club
    union
    university
    hospital
    network
    outlet
    broadcaster
    channel
    website
    blog
    post
    spokesman
    spokeswoman
    spokesperson
    president
    minister
    senator
    governor
    mayor
    judge
    chief
    director
    leader
    official
    researchers
    authors
    """.split()
)

#: Nouns naming a role that stands for an organisation: named when the organisation is.
SPOKESPERSON_NOUNS = frozenset(
    """
    spokesperson
    spokesman
    spokeswoman
    spokespeople
    representative
    statement
    press
    release
    """.split()
)

#: Head nouns of a specific but unnamed source ("a senior official", "people familiar").
ANONYMOUS_NOUNS = frozenset(
    """
    official
    officials
    source
    sources
    person
    people
    aide
    aides
    insider
    insiders
    diplomat
    diplomats
    witness
    witnesses
    resident
    residents
    employee
    employees
    staffer
    staffers
    worker
    workers
    user
    users
    member
    members
    executive
    executives
    adviser
    advisers
    advisor
    advisors
    investigator
    investigators
    officer
    officers
    spokesperson
    spokesman
    spokeswoman
    someone
    man
    woman
    friend
    friends
    neighbour
    neighbor
    relative
    relatives
    colleague
    colleagues
    commander
    commanders
    lawmaker
    lawmakers
    activist
    activists
    doctor
    doctors
    student
    students
    teacher
    parent
    parents
    voter
    voters
    fan
    fans
    customer
    customers
    victim
    survivor
    soldier
    soldiers
    negotiator
    negotiators
    lawyer
    lawyers
    attorney
    staff
    leaders
    """.split()
)

#: Head nouns of a crowd no reader could check ("critics argue", "analysts say").
VAGUE_NOUNS = frozenset(
    """
    critics
    advocates
    proponents
    analysts
    experts
    observers
    commentators
    scientists
    researchers
    economists
    historians
    scholars
    pundits
    skeptics
    sceptics
    supporters
    opponents
    detractors
    others
    some
    many
    most
    few
    everyone
    everybody
    reports
    rumours
    rumors
    studies
    estimates
    polls
    surveys
    accounts
    claims
    speculation
    media
    """.split()
)

#: Phrases that mark a source as unnamed on purpose ("speaking on condition of anonymity").
ANONYMITY_MARKERS = (
    "familiar with",
    "close to",
    "briefed on",
    "with knowledge of",
    "with direct knowledge",
    "knowledgeable about",
    "on condition of anonymity",
    "who asked not to be named",
    "who declined to be named",
    "who requested anonymity",
    "not authorized to",
    "not authorised to",
    "who spoke on",
    "speaking on condition",
    "speaking anonymously",
    "who did not want to be named",
)

#: Phrases that attribute to no checkable source; each is matched as words, anywhere.
VAGUE_PHRASES = (
    "there are fears",
    "there were fears",
    "there is fear",
    "there are concerns",
    "there were concerns",
    "there are reports",
    "there were reports",
    "there were also reports",
    "there are also reports",
    "there have been reports",
    "there had been reports",
    "there is speculation",
    "there was speculation",
    "there are suggestions",
    "there is a belief",
    "there is a feeling",
    "according to reports",
    "according to media reports",
    "according to some",
    "according to rumours",
    "according to rumors",
    "according to estimates",
    "according to some estimates",
    "reportedly",
    "allegedly",
    "supposedly",
    "purportedly",
    "rumoured",
    "rumored",
    "rumour has it",
    "rumor has it",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "is thought to",
    "are thought to",
    "was thought to",
    "is understood to",
    "is expected to",
    "are expected to",
    "was expected to",
    "were expected to",
    "is reported to",
    "are reported to",
    "was reported to",
    "is alleged to",
    "is rumoured to",
    "is rumored to",
    "is feared",
    "it is believed",
    "it is thought",
    "it is understood",
    "it is said",
    "it is claimed",
    "it is alleged",
    "it is feared",
    "it is expected",
    "it is widely",
    "it was reported",
    "it was believed",
    "it has been reported",
    "it has been suggested",
    "it has been claimed",
    "it emerged",
    "widely believed",
    "widely reported",
    "widely seen",
    "widely expected",
    "some say",
    "some said",
    "some believe",
    "some argue",
    "some have argued",
    "some have suggested",
    "many say",
    "many believe",
    "many fear",
    "many people",
    "people say",
    "people are saying",
    "word is",
    "sources say",
    "observers say",
    "critics say",
    "critics argue",
    "critics charge",
    "analysts say",
    "experts say",
    "experts believe",
    "experts warn",
    "scientists have suspected",
    "scientists have long suspected",
    "some estimates",
    "other estimates",
    "by some estimates",
    "by some accounts",
    "some reports",
    "media reports",
    "unconfirmed reports",
    "scientists believe",
    "scientists say",
    "it is feared",
    "fears that",
    "fears are growing",
    "concerns are growing",
)

#: Capitalised words that open a sentence without naming anyone.
COMMON_CAPITALISED = frozenset(
    """
    the
    a
    an
    one
    two
    three
    four
    five
    several
    some
    many
    most
    few
    other
    another
    this
    that
    these
    those
    his
    her
    its
    their
    our
    senior
    top
    former
    local
    but
    and
    yet
    so
    still
    however
    meanwhile
    also
    in
    on
    at
    for
    after
    before
    when
    while
    as
    if
    """.split()
)

#: Openers that make a line a call to action or boilerplate rather than a claim.
NON_CLAIM_OPENERS = (
    "click here",
    "subscribe",
    "sign up",
    "follow us",
    "share this",
    "read more",
    "read also",
    "see also",
    "related:",
    "advertisement",
    "copyright",
    "all rights reserved",
    "photo:",
    "image:",
    "photograph:",
    "video:",
    "watch:",
    "listen:",
    "contact us",
    "email us",
    "download",
    "tell us",
    "let us know",
    "join us",
    "don't miss",
    "this story has been updated",
    "this article was",
    "reporting by",
    "editing by",
    "additional reporting",
    "written by",
    "©",
)

#: Nouns for bodies that are identified once a definite word points at them
#: ("the city's engineering department", "its latest bulletin").
INSTITUTION_NOUNS = frozenset(
    """
    department
    ministry
    agency
    council
    court
    company
    government
    police
    institute
    university
    committee
    commission
    office
    bureau
    parliament
    congress
    board
    authority
    hospital
    school
    bank
    union
    service
    administration
    campaign
    bulletin
    report
    statement
    study
    website
    newspaper
    """.split()
)

#: Verbs that open an instruction to the reader ("Share your view", "Keep a bag packed").
IMPERATIVE_OPENERS = frozenset(
    """
    share
    keep
    learn
    follow
    sign
    subscribe
    click
    read
    watch
    listen
    join
    send
    visit
    check
    change
    download
    contact
    email
    register
    donate
    tell
    find
    make
    take
    try
    remember
    call
    write
    stay
    avoid
    leave
    bring
    pack
    prepare
    """.split()
)
