"""Word lists the extractors share, in one place.

Where they came from: written here by the project's developers from the grammar of English
news reports (wire style guides' abbreviations, the casualty verbs and nouns reporters use),
not copied from any article.  `COMMON_WORDS` (places section) started as the lower-case words
that occur often in the dev corpora and are also GeoNames place names, filtered by hand: a
list of English words, no article text.  US state abbreviations are the AP stylebook's and
the postal codes.  Place names come from GeoNames via the gazetteer data file, not
from this module.  Each section below belongs to one extractor.
"""

# --- sentences -------------------------------------------------------------------------
# Words that end in a full stop without ending a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof gen lt col capt sgt cpl pvt maj adm cmdr rev sen rep gov pres st ste mt
    ft jr sr no nos vs etc approx est dept inc ltd co corp bros u.s u.k u.n e.g i.e a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis wyo
    w.va d.c
""".split())

# --- counts (issue 3) --------------------------------------------------------------------
# Plain phrases, lower case; the casualty grammar joins them into patterns (a space matches
# any run of space).  *_AFTER triggers follow their subject ('three people were killed'),
# *_BEFORE triggers come before their object ('killing three people').  SHOT and HURT count
# victims, dead or alive: the people a shooting report counts before it splits them.
KILLED_AFTER = (
    "killed", "dead", "died", "die", "dies", "slain", "murdered", "perished", "executed",
    "massacred", "shot dead", "gunned down and killed", "shot and killed", "shot to death",
    "stabbed to death", "beaten to death", "burned to death", "burnt to death", "crushed to death",
    "fatally shot", "fatally stabbed", "fatally wounded", "fatally injured", "fatally struck",
    "fatally hit", "lost their lives", "lost his life", "lost her life", "lost their life",
    "succumbed", "pronounced dead", "confirmed dead", "found dead", "declared dead",
    "did not survive", "didn't survive", "killed instantly", "dead on arrival", "fatally",
    "mortally wounded", "deaths", "fatalities", "bodies", "bodies were found",
    "struck and killed", "martyred", "shot, killed", "passed away", "passes away",
    "pronounced deceased", "declared deceased", "found deceased", "suffered a fatal gunshot wound",
    "sustained a fatal gunshot wound", "suffered fatal gunshot wounds",
    "sustained fatal gunshot wounds", "suffered fatal injuries", "sustained fatal injuries",
)
KILLED_BEFORE = (
    "killing", "killed", "kills", "kill", "murdering", "murders", "murdered", "slaying",
    "slays", "claimed the lives of", "claiming the lives of",
    "took the lives of", "taking the lives of", "deaths of", "death of", "shot dead", "bodies of",
    "shot and killed", "fatally shooting", "fatally shot", "fatally stabbing", "fatally stabbed",
    "fatally shoots", "fatally stabs", "killing of", "killings of", "murder of", "murders of",
    "slaying of", "fatal shooting of", "fatal shootings of", "shooting death of",
    "shooting deaths of", "claimed the life of", "claiming the life of", "took the life of",
    "shot to death", "deadly shooting of", "fatally wounded", "fatally wounding",
    "mortally wounded", "mortally wounding", "fatally injured", "fatally injuring",
)
WOUNDED_AFTER = (
    "wounded", "injured", "hurt", "critically injured", "seriously injured",
    "seriously wounded", "critically wounded", "slightly injured", "treated for injuries",
    "treated for wounds", "treated for gunshot wounds", "treated and released",
    "sustained injuries", "sustained gunshot wounds", "sustained non-life-threatening injuries",
    "sustained serious injuries", "sustained minor injuries", "sustained various injuries",
    "sustained various degrees of injuries", "suffered injuries",
    "suffered non-life-threatening injuries", "suffered minor injuries",
    "suffered non-life threatening injuries", "sustained non-life threatening injuries",
    "suffered a gunshot wound", "sustained a gunshot wound", "suffered a graze wound",
    "shot and wounded", "shot and injured", "suffered wounds", "sustained wounds", "injuries",
)
# Hurt, and perhaps dead later: hospital trips and conditions count victims, not the wounded.
HURT_AFTER = (
    "hospitalized", "hospitalised", "treated at a hospital", "treated at the hospital",
    "suffered life-threatening injuries", "suffered serious injuries",
    "sustained life-threatening injuries", "in critical condition", "in serious condition",
    "in stable condition", "in fair condition", "in good condition", "in grave condition",
    "in critical but stable condition", "listed in critical condition",
    "listed in stable condition", "listed in serious condition", "listed in good condition",
    "with a gunshot wound", "with gunshot wounds", "with apparent gunshot wounds",
    "with multiple gunshot wounds", "suffering from gunshot wounds", "suffering a gunshot wound",
    "suffering from a gunshot wound", "suffering gunshot wounds", "arrived at the hospital",
    "arrived at a hospital", "arrived at an area hospital", "showed up at a hospital",
    "showed up at the hospital", "showed up at an area hospital", "arrived at hospital",
    "went to the hospital", "went to a hospital", "walked into the hospital",
    "fighting for his life", "fighting for her life", "fighting for their lives",
    "clinging to life", "treated at the scene", "treated on scene", "treated on the scene",
    "airlifted", "critical after", "in hospital", "in a hospital", "in the hospital",
)
WOUNDED_BEFORE = (
    "injuring", "wounding", "injured", "wounded", "injures", "injure", "wounds", "hurting",
    "injury of", "injuries of", "wounding of", "shooting and wounding", "injuries to",
    "hospitalizes", "hospitalises", "hospitalizing", "hospitalising",
)
SHOT_AFTER = (
    "shot", "struck by gunfire", "hit by gunfire", "struck by bullets", "hit by bullets",
    "struck by a bullet", "hit by a bullet", "struck by a stray bullet", "hit by a stray bullet",
    "struck by gunshots", "hit by gunshots", "struck by shotgun pellets", "grazed by a bullet",
    "gunned down", "wounded by gunfire", "grazed", "hit by shots", "struck by shots",
    "hit by gunshots", "struck by stray bullets",
)
SHOT_BEFORE = ("shooting", "shot", "shoots", "shooting of", "shootings of")
# The attackers: counted in the toll only when the article itself adds them.
ATTACKER_NOUNS = (
    "gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant",
    "assailants", "bomber", "bombers", "suspect", "suspects", "perpetrator", "perpetrators",
    "hijacker", "hijackers", "suicide bomber", "robber", "robbers", "intruder", "intruders",
    "armed men", "terrorists", "kidnappers",
)
# Who a singular 'a', 'the' or 'his' subject may be: the people a report counts.
PERSON_NOUNS = frozenset("""
    man men woman women boy boys girl girls child children kid kids teen teens teenager
    teenagers toddler toddlers baby babies infant infants person people persons individual
    individuals adult adults youth youths juvenile juveniles male males female females victim
    victims officer officers policeman policemen policewoman deputy deputies trooper troopers
    agent agents soldier soldiers troops serviceman servicemen civilian civilians resident
    residents student students driver drivers passenger passengers worker workers guard guards
    bystander bystanders customer customers pedestrian pedestrians member members relative
    relatives friend friends brother brothers sister sisters mother mothers father fathers son
    sons daughter daughters wife husband girlfriend boyfriend fiancee cousin cousins uncle aunt
    nephew niece grandmother grandfather grandson granddaughter parent parents neighbor
    neighbors neighbour neighbours suspect suspects gunman gunmen attacker attackers shooter
    shooters bomber bombers militant militants fighter fighters rebel rebels insurgent
    insurgents firefighter firefighters employee employees clerk clerks cashier owner owners
    pilgrim pilgrims worshipper worshippers worshiper worshipers protester protesters
    protestor protestors demonstrator demonstrators journalist journalists reporter doctor
    doctors nurse nurses patient patients teacher teachers pupil pupils shopper shoppers
    guest guests tourist tourists visitor visitors motorist motorists cyclist homeowner
    shopkeeper shopkeepers vendor vendors merchant merchants trader traders shepherd
    fisherman fishermen stepfather stepmother stepson stepdaughter grandchild grandchildren
    newborn mom dad wives roommate partner others other occupant occupants miner miners gendarme
    gendarmes marine marines sailor sailors pilot pilots crew staff senior seniors elderly
    judge judges magistrate prosecutor bodyguard bodyguards priest priests nun nuns housekeeper
    catechist missionary missionaries peasant peasants campesino campesinos
    senator congressman councilman mayor governor candidate activist activists unionist
    unionists leader conscript conscripts militiaman militiamen
    villager villagers farmer farmers inmate inmates prisoner prisoners detainee detainees
    official officials security forces personnel sergeant lieutenant captain commander
    colonel corporal private citizen citizens national nationals refugee refugees migrant
    migrants jawan jawans constable constables
""".split())
# Sentences about other times or the war as a whole: their counts are background, not the toll.
BACKGROUND_CUES = (
    "since the war", "since the conflict", "since the fighting", "since the start",
    "since the beginning", "since the outbreak", "since the uprising", "since the invasion",
    "since the onset", "since the revolution", "since the insurgency", "since the offensive",
    "so far this year", "this year", "so far in", "in recent years", "in recent months",
    "in recent weeks", "the war", "the conflict", "the fighting has", "the past year",
    "the past decade", "in total since", "since january", "since february",
    "since march", "since april", "since june", "since july", "since august",
    "since september", "since october", "since november", "since december",
    "read more", "also read", "related coverage", "see also",  # links to other stories
)
# Cues that move a later sentence to another time ('last month', 'in 2019'); the headline
# and lead keep their counts even so, since follow-up reports date their own incident so.
OTHER_TIME_CUES = (
    "last year", "last month", "earlier this month", "earlier this year", "previous attack",
    "earlier attack", "a year ago", "years ago", "months ago", "a half ago", "weeks ago",
    "anniversary", "the deadliest", "similar attack", "another attack", "a separate",
    "in a separate", "separately",
    "homicides", "homicide this year", "shootings this year", "during this period",
    "in the same period", "meanwhile",
)
# Common words of wire copy an ALL-CAPS article writes in lower case when recased (with the
# words of the lists above and the places section's common words): any other word in ALL CAPS
# is read as a name ('JUAN PEREZ, 25, DIED').
WIRE_WORDS = frozenset("""
    a an the of in on at to for from by with into near outside inside during after before
    and or but nor not no yes all any some each every other others another such same own
    he she it they we you i him her them us his its their our my your who whom whose which
    that this these those what when where while why how there here then than also only just
    is are was were be been being am has have had do does did will would shall should can
    could may might must said says say told reported added according stated announced
    army armed forces troops soldiers soldier police policemen guerrillas guerrilla rebels
    rebel terrorists terrorist insurgents militants militia paramilitary peasants peasant
    civilians civilian people persons person men women children man woman boy girl
    patrol ambush attack attacks attacked bomb bombs blast explosion explosive car truck bus
    town village city province department region capital border jungle mountains highway
    government military official officials spokesman source sources agency report reports
    dawn night morning afternoon evening today yesterday week weeks day days hour hours
    about around nearly almost more less least most over under up down out off again later
    ago earlier still yet being both either neither several many few dozens hundreds
    group groups members member commando unit units column front movement national
    revolutionary liberation popular communist shining path cartel gang gangs drug traffickers
    old young aged wife husband son daughter brother sister father mother family
""".split())

# --- dates (issue 4) ---------------------------------------------------------------------
# Month names and the abbreviations wire styles use, to the month number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Weekday names to Python's weekday number (Monday 0); the short forms only in full datelines.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                         "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
# Relative days, as days before the publication date ('last night' is the night's first day).
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                 "this evening": 0, "yesterday": 1, "last night": 1, "overnight": 1,
                 "during the night": 1, "day before yesterday": 2}
# Nouns an ordinal counts rather than dates ('the 4th floor', 'the 12th time').
ORDINAL_NOUNS = frozenset("""
    floor floors time times anniversary place grade century round street avenue precinct
    district division battalion brigade regiment year birthday minute inning quarter
    amendment attempt day week month person victim shooting homicide killing
""".split())
# Words that may follow a holiday's name when it dates something ('on Christmas in the park'),
# unlike a noun it qualifies ('Halloween costumes').
HOLIDAY_FOLLOWERS = frozenset("""
    morning afternoon evening night day eve in at on near outside inside across along during
    after before when as and while with by from to into or but
""".split())
# Fixed-date holidays, to (month, day); Thanksgiving, the fourth Thursday of November, is apart.
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas night": (12, 25),
            "christmas": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1),
            "halloween": (10, 31), "fourth of july": (7, 4), "independence day": (7, 4)}
# Small numbers in 'two days ago'.
DAY_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Words before a date on a page's header line that mark it as the page's own date: when it
# was first put out, or when it was changed later.
POSTED_CUES = ("posted", "published", "created", "publish date", "archive for", "issued")
UPDATED_CUES = ("updated", "last updated", "update", "modified")
# Words that tie a date to the incident itself (the attack, the blast, the shooting); a word
# is also found with -s, -es, -ed or -ing added ('crash' -> 'crashing').
DATE_INCIDENT_WORDS = """
    shot shoot shooting shootings shootout shooter gunfire gunshot gunshots gunman gunmen fire fired
    killed killing killings slain murdered murder homicide stabbed stabbing wounded injured
    blast explosion exploded explosions bomb bombs bombing bomber bombers detonated blew
    attack attacks attacked attackers airstrike airstrikes strike struck hit shelling shelled
    missile missiles rocket rockets mortar mortars raid ambush ambushed clashes clashed
    fire blaze burned crash crashed collapse collapsed derailed derailment crush stampede breach
    casualties target targeted targeting massacre grenade suffer sustain
    happened occurred erupted broke stormed incident violence riot quake earthquake
    dead fatal fatally body bodies victim victims robbery carjacking standoff
    bullet bullets wound wounds injuries injury gun guns firearm discharged
""".split()
# Words that mark a later event about the incident (arrest, court, funeral, the search, the
# prayers, a school reopening), not the incident.
FOLLOW_UP_WORDS = """
    arrested arrest arrests charged charges charging arraigned arraignment court judge jury
    sentenced sentencing pleaded plea trial indicted indictment booked jail bail custody
    funeral funerals vigil vigils memorial buried burial autopsy surrendered warrant lawsuit
    hearing convicted verdict prosecutors prosecutor mourned rally courtroom appearance
    will scheduled visitation services conference briefing statement bond released search
    remember honor pray prayers resume reopen capture
""".split()
# Words of a death, which may come days after the incident ('died Sunday of wounds
# suffered Friday').
DEATH_WORDS = "died dies death deaths pronounced succumbed passed".split()
# Wounds a death word names ('died of his wounds', 'succumbed to her injuries'): a day right
# after them dates the death, not the incident.
WOUND_NOUNS = frozenset("injuries injury wounds wound".split())
# Words of a state that goes on ('remained in critical condition Friday', 'still at large
# Monday'): a day a few words after one says how things stood then, not when they began.
STATE_WORDS = "remain remains remained remaining still".split()
# Words of finding the aftermath ('a body was found Tuesday'): that day, unless the text
# dates the incident itself ('neighbours heard gunshots Monday').
DISCOVERY_WORDS = "found discovered".split()
# Verbs of reporting: a day right after one ('police said Thursday') dates the report; so do
# a reporter's 'not available Monday', 'declined to comment Monday'.
REPORT_VERBS = """
    said says say told announced reported confirmed stated added tweeted wrote according
    released disclosed identified revealed determined available comment
""".split()

# --- places (issue 5) --------------------------------------------------------------------
def _table(lines: str) -> dict[str, tuple[str, ...]]:
    """'KEY: name, name' lines -> {KEY: (name, name)}."""
    rows = (line.split(":", 1) for line in lines.strip().splitlines())
    return {key.strip(): tuple(name.strip() for name in names.split(",")) for key, names in rows}


# Country short forms and demonyms by ISO code, on top of GeoNames' country names.
COUNTRY_ALIASES = _table("""
    AE: UAE, Emirati
    AF: Afghan
    AL: Albanian
    AM: Armenian
    AO: Angolan
    AR: Argentine, Argentinian
    AT: Austrian
    AU: Australian
    AZ: Azerbaijani, Azeri
    BA: Bosnia, Bosnian
    BD: Bangladeshi
    BE: Belgian
    BF: Burkinabe
    BG: Bulgarian
    BH: Bahraini
    BI: Burundian
    BJ: Beninese
    BO: Bolivian
    BR: Brazilian
    BY: Belarusian
    CA: Canadian
    CD: Congolese, DRC, DR Congo, Congo-Kinshasa
    CF: Central African
    CG: Congo-Brazzaville
    CH: Swiss
    CI: Ivorian, Cote d'Ivoire
    CL: Chilean
    CM: Cameroonian
    CN: Chinese
    CO: Colombian
    CR: Costa Rican
    CU: Cuban
    CY: Cypriot
    CZ: Czech, Czech Republic
    DE: German
    DK: Danish
    DO: Dominican
    DZ: Algerian
    EC: Ecuadorian, Ecuadoran
    EG: Egyptian
    ER: Eritrean
    ES: Spanish
    ET: Ethiopian
    FI: Finnish
    FR: French
    GB: Britain, Great Britain, UK, U.K., British, England, English, Scotland, Scottish, Wales, Welsh, Northern Ireland
    GE: Georgian
    GH: Ghanaian
    GN: Guinean
    GR: Greek
    GT: Guatemalan
    HN: Honduran
    HR: Croatian
    HT: Haitian
    HU: Hungarian
    ID: Indonesian
    IE: Irish
    IL: Israeli
    IN: Indian
    IQ: Iraqi
    IR: Iranian
    IT: Italian
    JM: Jamaican
    JO: Jordanian
    JP: Japanese
    KE: Kenyan
    KG: Kyrgyz
    KH: Cambodian
    KP: North Korean
    KR: South Korean, Korea
    KW: Kuwaiti
    KZ: Kazakh
    LB: Lebanese
    LK: Sri Lankan
    LR: Liberian
    LY: Libyan
    MA: Moroccan
    MD: Moldovan
    ML: Malian
    MM: Burma, Burmese
    MN: Mongolian
    MR: Mauritanian
    MX: Mexican
    MY: Malaysian
    MZ: Mozambican
    NE: Nigerien
    NG: Nigerian
    NI: Nicaraguan
    NL: Netherlands, Holland, Dutch
    NO: Norwegian
    NP: Nepalese, Nepali
    NZ: New Zealander
    OM: Omani
    PA: Panamanian
    PE: Peruvian
    PH: Philippine, Filipino
    PK: Pakistani
    PL: Polish
    PS: Palestine, Palestinian, Palestinian Territories, Gaza Strip, West Bank
    PT: Portuguese
    PY: Paraguayan
    QA: Qatari
    RO: Romanian
    RS: Serbian
    RU: Russian, Russian Federation
    RW: Rwandan
    SA: Saudi
    SD: Sudanese
    SE: Swedish
    SL: Sierra Leonean
    SN: Senegalese
    SO: Somali
    SS: South Sudanese
    SV: Salvadoran, Salvadorean, Salvadorian
    SY: Syrian
    TD: Chadian
    TG: Togolese
    TH: Thai
    TJ: Tajik
    TL: East Timor
    TN: Tunisian
    TR: Turkish, Turkiye
    TW: Taiwanese
    TZ: Tanzanian
    UA: Ukrainian
    UG: Ugandan
    US: U.S., US, USA, U.S.A., United States of America, America, American
    UY: Uruguayan
    UZ: Uzbek
    VE: Venezuelan
    VN: Vietnamese
    XK: Kosovar
    YE: Yemeni
    ZA: South African
    ZM: Zambian
    ZW: Zimbabwean
""")

# US states: AP style abbreviations and postal codes, by postal code.
US_STATE_ABBREVIATIONS = _table("""
    AL: Ala., AL
    AK: AK
    AZ: Ariz., AZ
    AR: Ark., AR
    CA: Calif., Cal., CA
    CO: Colo., CO
    CT: Conn., CT
    DE: Del., DE
    DC: D.C., DC, Washington D.C.
    FL: Fla., FL
    GA: Ga., GA
    HI: HI
    ID: ID
    IL: Ill., IL
    IN: Ind., IN
    IA: IA
    KS: Kan., Kans., KS
    KY: Ky., KY
    LA: La., LA
    ME: ME
    MD: Md., MD
    MA: Mass., MA
    MI: Mich., MI
    MN: Minn., MN
    MS: Miss., MS
    MO: Mo., MO
    MT: Mont., MT
    NE: Neb., Nebr., NE
    NV: Nev., NV
    NH: N.H., NH
    NJ: N.J., NJ
    NM: N.M., NM
    NY: N.Y., NY
    NC: N.C., NC
    ND: N.D., ND
    OH: OH
    OK: Okla., OK
    OR: Ore., Oreg., OR
    PA: Pa., Penn., PA
    RI: R.I., RI
    SC: S.C., SC
    SD: S.D., SD
    TN: Tenn., TN
    TX: Tex., TX
    UT: UT
    VT: Vt., VT
    VA: Va., VA
    WA: Wash., WA
    WV: W.Va., W.Va, WV
    WI: Wis., Wisc., WI
    WY: Wyo., WY
""")

# Words that begin names ('North Charleston', 'Upper Darby') but are none alone.
COMPASS_WORDS = frozenset("""
    north south east west northern southern eastern western central northeast northwest
    southeast southwest upper lower greater downtown
""".split())
# Function words: no name starts with one, and one after a country keeps it a noun
# ('an attack in Pakistan on Friday', not 'a Pakistan market').
FUNCTION_WORDS = frozenset("""
    a an the of in on at to for from by with and or but nor as if since so than that this these
    those then there here when where while who whom whose which what why how after before
    during until about above below under over into onto upon off out up down near via per
    he she it they we you i me him her them us his hers its our their my your is was were be
    been are am has have had do does did will would shall should can could may might must not
    no yes all any some each every both either neither other such only also just even still
""".split())
# Words that are never a place here, however capitalised: function words, months, weekdays,
# time zones ('Of' and 'Since' are towns, 'March' and 'May' too).
NOT_PLACE_WORDS = FUNCTION_WORDS | frozenset("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
    mr mrs ms dr sir madam lord lady god allah jesus christmas easter ramadan eid
    text police republic government army state city town village county province region
    africa america asia europe oceania antarctica
    edt est cdt cst mdt mst pdt pst gmt utc bst cet ist
""".split()) | COMPASS_WORDS

# Everyday English words that are also the names of places ('Reading', 'Mobile', 'Nice',
# 'Victoria'): one is taken as a place only with a cue ('in Nice', 'Mobile, Ala.').
COMMON_WORDS = frozenset("""
    nice reading mobile victoria police republic chance hope justice liberty independence
    hospital just still ii iii iv
    commerce unity friendship surprise truth consequences
    add advance agency ago air airport allege alley alone along angel anger angered angle any
    are area arena arrest art artillery as ask ate auditorium bad bag bail ball ban band
    bandana bang bangs bank banner bar barber barking barrage bars base basic bat battle bay
    bear bed beer began begun belt best bias big blacks blast bond bone book boom border bore
    born bottom bow box brain brake branch brass brick bridge bright brilliant broke brown
    bullet burns burst bury bus bust busy but butt buy cab caller came can car care carry cars
    cases cash cat celebration cell center central centre chair chamber change charge
    chase chat checkpoint chin church circle coal college coma come comfort commissioner
    concrete content convoy cool cop cope cordon council course court cousins coward cowards
    culture cut cuts dad dam date dawn deal deep deer delay deli desk die dining discovery do
    dogs dollar downtown drain dresser drew driver drone drowning drug dry due eagle ear early
    earth effort elbow energetic energy enter ever exchange eye faith fall fan far farms
    federal fell fireworks flashing flee force forth foster four friend friendly front
    fully fun gang garden gas gay gets give glad glove go goes going gold gone got grab grace
    grand grandson grant grass grave gray green grenade grill grim gross guide guns guy hail
    hall hammer hang happy hard harm hat haven headquarters healing heard hell hero highways
    hills hire hit holder hole holiday home homeland hometown hot hour human hunt
    hunter hunting hurt industry iron island jackpot jaw job joy junior jury key keys kill kin
    king knees knock lab lack lake lane lap laser law lawn lay lead leader
    leg legacy level lie line list lit lives lock locking log lone long look lookout loose loss
    lot lover loving loyal lucky mad made magazine main major make makes male males mall mama
    man many marine mark market marks marshal massacre maximum means media men mentor mess
    met metal metro mid mile miles mind mine mining minister minor mission model moral
    more most much mud muddy name nearest net never newborn nine non none normal north
    northeast northwest nose occasion officer oil okay one opportunity orange ore
    outing pace pack page paint panic paper parent park parole part passage patrol pay
    peace phone pile piles pink plain plan plans plate plenty plus point pole pond
    pool pop popular porches port poses possession post pound pray price principal progress
    proven punch purchase pure purse put quarter race rage rain rake ran random rapid rash rate
    reach real receiving record recovery red rehab research reserve rest rib rich rid
    ride rider riding rifle ring rise risen road rob rock rode rose roses roulette row rule run
    rush sad said sale salon same sang save say sea section sedan see seem seen sees sell semi
    send sent serves set settle seven shaft shape share shared shell shin shot shut shy
    side sing sisters skull sky slide smile snow sober sole son song sort soul spike split
    spoken spray spring stains stall star start station steps stock store story street
    strong summer sweet switch taking tale tall tan tank tap tape tapes tarp tavern
    tell tells temple ten tent terminal time tire tires toll tore torn torso tours
    tower trail train transit tree trial tribune trio trip trooper try turn twin twist union
    university used uses valley van vans varsity vest veteran vice wake walk wall walls war
    ward wash wave way ways wedding week welcome well west western white woods worth
    wrist young zero zone
""".split())

# Everyday words of wire copy that ALL-CAPS text does not set apart from a name by a
# capital ('INJURED IN THE ACCIDENT, POLICE SAID', 'THE TERRORISTS KILLED'): never a place
# there, and a name of unknown words stops at one.
CAPS_WORDS = frozenset("""
    accident accidents collision crash crashes derailment incident incidents tragedy disaster
    catastrophe fire blaze flames flood floods earthquake quake landslide mudslide stampede
    collapse terrorist terrorists guerrilla guerrillas rebels rebel insurgents militants gunmen
    assailants attackers commando commandos squad squads peasant peasants farmers workers
    students civilians victims bodies corpses hostages prisoners troops soldiers army navy
    militia patrol patrols unit units battalion brigade dynamite bomb bombs car cars grenade
    grenades mortar mortars rocket rockets missile missiles rifle rifles weapons government
    ministry official officials spokesman sources report reports communique statement agency
    newspaper broadcast people persons men women children members residents inhabitants family
    families leaders president today yesterday morning afternoon evening night hours days weeks
    says claims denies according took place area zone sector capital border highway bridge
    hospital unknown several other others during after before while where when which whose
    ravine river canyon gorge cliff hill hillside mountain mountains forest jungle beach coast
    desert field fields farm ranch plantation estate slum shantytown outskirts barracks
""".split())

# A title before a name makes it a person ('Mr. Paris', 'President Victoria').
PERSON_TITLES = frozenset("""
    mr mrs ms miss dr sir president gen general col colonel capt captain lt sgt sergeant cpl
    officer officers deputy det detective judge sen senator rep gov governor mayor chief
    minister prince king queen sheikh imam pope father rev saint st pastor coach prof
    spokesman spokeswoman spokesperson lawyer attorney brother sister uncle aunt cousin
    constable trooper marshal commissioner superintendent councilman councilwoman alderman
    coroner sheriff investigator
""".split())

# Words after a name that say what it is (lower case): a settlement ('Kijimatari village'),
# a street, a region, an institution named after the place, the place's police.
SETTLEMENT_WORDS = frozenset("village town township hamlet municipality".split())
# Words that call the name before or after them a town ('the village of X', 'X village',
# 'the villages of X and Y'), written in lower case or ALL CAPS.
TOWN_WORDS = tuple("""
    city town village hamlet township settlement municipality locality towns villages
    community communities
""".split())
NEIGHBOURHOOD_WORDS = frozenset("neighborhood neighbourhood neighborhoods section".split())
STREET_WORDS = frozenset("""
    street st road rd avenue ave boulevard blvd drive dr lane ln way court ct place pl highway
    hwy parkway pkwy circle terrace trail pike freeway expressway interstate route alley
    square bridge tunnel
""".split())
REGION_WORDS = frozenset("""
    county counties province provinces governorate region regions oblast state states
    district districts department department's parish prefecture division territory canton
    valley
""".split())
# Institution words of the places victims are taken to ('X Hospital'): seldom where it happened.
HOSPITAL_WORDS = frozenset("hospital hospitals clinic medical".split())
INSTITUTION_WORDS = frozenset("""
    university college school academy hospital clinic airport mall church mosque cathedral
    temple synagogue stadium arena station hotel park center centre bank club market prison
    jail court council tribune times post herald gazette journal news press courier star
    daily record telegraph chronicle observer magazine radio tv television company corp inc
    group team hall
""".split())
# Region words for a US county ('Stokes County', 'Iberville Parish'): a county named as the
# incident's place does not speak against a town named too.
COUNTY_WORDS = frozenset("""
    county parish
""".split())
POLICE_WORDS = frozenset("""
    police sheriff sheriff's fire pd officers authorities officials residents mayor
    metropolitan metro
""".split())
# What the part of a page title after the story's title says when it names the news site
# ('... | WXYZ News, Weather, Sports'), in lower case.
PUBLISHER_WORDS = (".com", "news", "weather", "sports", "channel", "tv")

# Well-known regions that the gazetteer knows only as another name of some town ('Sinai',
# 'Sulu', 'Kashmir') or not at all ('Darfur'): named alone, a region, never a town.
REGION_NAMES = frozenset(name.strip() for name in """
    Sinai, North Sinai, South Sinai, Darfur, Donbas, Donbass, Sulu, Mindanao, Kurdistan,
    Waziristan, North Waziristan, South Waziristan, Galilee, Negev, Sahel, Kivu, North Kivu,
    South Kivu, Golan Heights, Patagonia, Kashmir, Kordofan, Cabo Delgado
""".split(","))

# Adjectives between 'the' and 'city of' ('the northern Azerbaijani port city of').
PLACE_ADJECTIVES = frozenset("""
    northern southern eastern western central northeastern northwestern southeastern
    southwestern north south east west northeast northwest southeast southwest north-east
    north-west south-east south-west north-eastern north-western south-eastern south-western
    restive besieged embattled frontline front-line border
    coastal port garrison holy ancient industrial capital key strategic small tiny remote
    rural mountain mountainous nearby neighboring neighbouring occupied rebel-held
    government-held militant-held
""".split())

# Nouns that make the name before them the incident's place ('the Oak Park shooting').
INCIDENT_NOUNS = frozenset("""
    shooting shootings blast bombing bombings explosion attack attacks massacre stabbing
    homicide murder shootout standoff siege
""".split())

# Sentence words that show it tells of the incident itself.
INCIDENT_WORDS = frozenset("""
    attack attacks attacked attacker attackers blast blasts bomb bombs bombing bombed bomber
    explosion explosions exploded explode shelling shelled shell shells strike strikes struck
    missile missiles rocket rockets drone drones airstrike airstrikes raid raids
    shooting shootings shot shots shoot gunfire gunman gunmen gunshot gunshots fired firing
    killed kill killing killings dead death deaths died dies die wounded wounding injured
    injuring injuries hurt casualties victims victim massacre ambush ambushed clash clashes
    collapse collapsed crash crashed fire blaze stabbed stabbing murder murdered homicide
    detonated grenade suicide carnage violence
""".split())
