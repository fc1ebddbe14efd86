"""The word tables the trigger checks read: what a verb's object must be (`OBJECT_NEEDS`), and the
classes of things states send, sell, close, grant or meet with (arms, goods, money, help, forces,
envoys, passages ...). Kept apart from `triggers` so the checks read as code and the tables as data."""

from __future__ import annotations

ARMS = {"helicopter", "jet", "aircraft", "fighter", "tank", "missile", "weapon", "arm", "hardware", "drone",
        "submarine", "frigate", "warship", "rifle", "ammunition", "radar", "artillery", "munition", "bomber",
        "gun", "launcher", "warplane", "destroyer", "corvette", "howitzer", "rocket"}  # fmt: skip
GOODS = {"grain", "wheat", "oil", "gas", "lng", "fertilizer", "fertiliser", "cargo", "food", "coal", "product",
         "goods", "vaccine", "crude", "petroleum", "beef", "pork", "rice", "steel", "car", "chip", "semiconductor",
         "electricity", "uranium", "barrel", "ton", "tonne", "equipment", "medicine", "supply", "fuel",
         "corn", "soybean", "sugar", "cotton", "textile", "machinery", "vehicle", "aircraft", "plane", "ship",
         "vessel", "system"}  # fmt: skip
MONEY = {"dollar", "euro", "yen", "yuan", "rouble", "ruble", "rupee", "pound", "riyal", "dirham", "lira", "franc",
         "mark", "dlrs", "dlr", "million", "billion", "trillion", "mln", "bln", "$", "€", "£", "¥", "#", "fund",
         "money", "cash", "loan", "credit", "investment", "funding", "budget", "bailout"}  # fmt: skip
HELP = {"aid", "assistance", "help", "support", "relief", "supply", "food", "medicine", "doctor", "team", "rescuer",
        "expert", "adviser", "advisor", "equipment", "tent", "water", "shelter", "blanket", "troop", "soldier",
        "force", "marine", "ship", "plane", "aircraft", "helicopter", "vaccine", "dose", "grain", "fuel",
        "personnel", "worker", "engineer", "specialist", "training", "protection", "backing"}  # fmt: skip
FORCES = {"troop", "force", "soldier", "marine", "reservist", "reserve", "unit", "regiment", "squadron", "volunteer",
          "militia", "militiaman",
          "warship", "jet", "warplane", "bomber", "fighter", "submarine",
          "tank", "missile", "battalion", "brigade", "division", "carrier", "fleet", "army", "navy", "drone",
          "contingent", "peacekeeper", "paratrooper", "commando", "destroyer", "frigate", "gunboat", "presence",
          "garrison", "deployment", "mission"}  # fmt: skip
DIPLOMATS = {"ambassador", "envoy", "diplomat", "attache", "attaché", "consul", "official", "chargé", "charge",
             "commissioner", "staff", "journalist", "correspondent"}  # fmt: skip
OFFICES = {"embassy", "consulate", "mission", "office", "border", "airspace", "port", "crossing", "bureau",
           "legation", "section"}
CAPTIVES = {"prisoner", "detainee", "hostage", "fisherman", "sailor", "captive", "national", "citizen", "soldier",
            "journalist", "crew", "crewman", "crewmen", "pilot", "spy", "agent", "aid worker", "suspect", "worker",
            "tourist", "diplomat", "activist", "dissident", "prisoners-of-war", "pow", "seaman", "airman"}
GUESTS = {"delegation", "minister", "president", "premier", "counterpart", "leader", "envoy", "king", "prince",
          "chancellor", "secretary", "official", "emir", "sheikh", "ambassador", "team", "head", "visitor", "guest",
          "mission", "diplomat"}  # fmt: skip
ARMED_ACTORS = {"force", "troop", "army", "military", "jet", "warplane", "aircraft", "drone", "militant", "rebel",
                "soldier", "police", "navy", "missile", "gunman", "fighter", "insurgent", "artillery", "bomber",
                "plane", "coalition", "marine", "tank", "helicopter", "gunboat", "warship"}  # fmt: skip
ATTACKS = {"attack", "strike", "airstrike", "offensive", "missile", "rocket", "raid", "assault", "operation",
           "bombardment", "incursion", "invasion", "campaign", "bombing"}
# what an "opening" or "launch" between two countries opens: links, offices, facilities
OPENABLE = {"route", "corridor", "line", "service", "flight", "border", "crossing", "branch", "office", "centre",
            "center", "consulate", "embassy", "port", "terminal", "airport", "bridge", "plant", "factory",
            "pipeline", "railway", "link", "checkpoint", "mission", "house", "train", "ferry", "bus", "airline",
            "shipping", "hotline", "school", "university", "hospital", "market", "monument", "statue", "plaque",
            "memorial", "museum", "exhibition", "library", "project", "talk", "negotiation", "dialogue",
            "investigation", "probe", "inquiry"}  # fmt: skip
RESTRICTED = {"import", "export", "flight", "entry", "ship", "vessel", "trade", "product", "good", "citizen",
              "diplomat", "party", "visa", "travel", "access", "pork", "beef", "meat", "poultry", "traveler",
              "traveller", "passenger", "national", "airline", "aircraft", "investment", "transfer", "sale",
              "shipment", "tourist", "visitor", "student", "people", "resident", "arrival"}  # fmt: skip
MEASURES = {"sanction", "tariff", "embargo", "ban", "restriction", "duty", "quota", "blockade", "penalty", "fine",
            "deposit", "surcharge", "countermeasure", "ceiling", "cap",
            "levy", "curb", "control", "freeze", "boycott", "siege", "no-fly", "zone", "measure", "moratorium",
            "limit", "requirement"}  # fmt: skip
LINKS = {"tie", "relation", "link", "contact", "cooperation", "aid", "supply", "export", "import", "trade",
         "talk", "negotiation", "dialogue", "flight", "agreement", "deal", "visa", "shipment", "assistance",
         "asset", "account", "fund", "payment", "program", "programme", "loan", "credit", "investment",
         "mission", "operation"}  # fmt: skip
# what a state grants when it yields (PLOVER CONCEDE, CAMEO 08): leave, access, exemptions; money or help is aid
YIELDED = {"visa", "permission", "access", "concession", "exemption", "waiver", "license", "licence", "right",
           "amnesty", "pardon", "clemency"}


# what closing or sealing restricts movement across (CAMEO 191, PLOVER COERCE): a border, not an embassy
PASSAGES = {"border", "frontier", "gate", "crossing", "airspace", "port", "strait", "checkpoint", "road"}
# whom one speaks to without meeting another side: the press, a hall, one's own people
AUDIENCES = {"reporter", "journalist", "press", "media", "correspondent", "audience", "crowd", "parliament",
             "people", "nation", "supporter", "student", "lawmaker", "television", "radio", "newspaper", "agency"}
GIVING = {"deliver", "supply", "ship", "send", "transfer", "provide", "give", "donate", "airlift", "hand"}
GENERIC_DETERMINERS = {"such", "these", "those", "any", "no", "every", "each", "other", "many", "more",
                       "future", "regular", "frequent", "annual", "possible", "potential", "similar",
                       "various", "numerous", "several"}  # fmt: skip
SPEECH_NOUNS = {"press", "news", "media"}
# verbs that carry an event noun as their object: "held talks", "imposed sanctions", "announced aid"
LIGHT_VERBS = {"hold", "organize", "organise", "host", "attend", "participate", "conduct", "stage", "pay",
               "make", "exchange", "convene", "chair", "co-chair", "launch", "sign", "take", "join", "help",
               "have", "complete", "carry", "receive", "arrange", "impose", "send", "provide", "extend", "grant",
               "give", "mount", "begin", "start", "announce", "approve", "reach", "seal", "finalize", "finalise",
               "offer", "pledge", "agree", "open", "resume", "continue", "end", "plan", "propose", "tighten",
               "expand", "step", "issue", "deliver", "strike", "sanction", "order", "unveil",
               "authorize", "authorise", "back", "support", "promise"}  # fmt: skip

# what a state lets in when it opens itself to others (CAMEO 086, PLOVER RETREAT access)
ADMITTED = {"inspector", "observer", "monitor", "expert", "investigator", "peacekeeper", "aid", "convoy",
            "journalist", "delegation", "mission", "team", "access", "inspection", "visit", "entry"}


# A verb names a happening between states only with one of these objects: "recalled its
# ambassador", "suspended talks", "banned imports" (not "recalled the day", "banned smoking").
OBJECT_NEEDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "establish": {"relation", "tie", "contact", "link", "embassy", "consulate", "mission", "hotline", "office",
                  "commission", "committee", "council", "mechanism", "partnership", "zone"},
    "restore": {"relation", "tie", "contact", "link", "flight", "aid", "supply", "trade", "embassy"},
    "normalize": {"relation", "tie"},
    "resume": GOODS | {"flight", "trade", "supply", "talk", "negotiation", "relation", "tie", "aid", "dialogue",
                       "contact", "cooperation", "export", "import", "shipment", "consultation", "visit"},
    "conclude": {"agreement", "treaty", "deal", "contract", "accord", "pact", "talk", "negotiation", "visit"},
    "accept": {"proposal", "plan", "offer", "invitation", "resolution", "call", "deal", "term", "condition",
               "ceasefire", "truce", "demand", "request", "credential", "mediation", "aid", "assistance", "help",
               "apology"},
    "recognize": {"government", "council", "independence", "state", "sovereignty", "opposition", "rebel", "regime",
                  "authority", "annexation", "election", "republic", "country", "leadership", "representative"},
    "suspend": LINKS | {"membership", "visit", "export", "import", "shipment", "sale"},
    "cut": LINKS, "sever": LINKS, "break": {"tie", "relation", "link", "contact"},
    "freeze": LINKS | {"asset", "account", "fund", "holding"}, "downgrade": {"tie", "relation", "mission"},
    "halt": LINKS | {"shipment", "sale", "attack", "strike", "offensive", "bombing", "operation"},
    "close": OFFICES | {"gate", "frontier"}, "shut": OFFICES | {"gate", "frontier"},
    "recall": DIPLOMATS, "expel": DIPLOMATS | {"national", "citizen", "worker", "migrant", "refugee"},
    "ban": RESTRICTED, "restrict": RESTRICTED, "bar": RESTRICTED,
    "block": RESTRICTED | PASSAGES | {"resolution", "deal", "aid", "sale", "bid"},
    "quarantine": RESTRICTED | {"tourist", "visitor", "student", "teacher"},
    "impose": MEASURES | {"curfew"}, "lift": MEASURES, "ease": MEASURES, "relax": MEASURES,
    "waive": MEASURES | {"debt"},
    "scrap": MEASURES | {"debt", "deal", "agreement", "visa"},
    "withdraw": FORCES | {"prisoner", "detainee", "hostage", "ambassador", "sanction", "recognition", "support",
                          "aid", "offer", "envoy", "diplomat", "mission", "staff", "request"},
    "evacuate": FORCES | {"citizen", "national", "staff", "diplomat", "embassy", "worker", "people"},
    "reduce": FORCES | {"tariff", "duty", "quota", "sanction", "aid", "debt", "tie", "presence", "number"},
    "redeploy": FORCES,
    "release": CAPTIVES | {"aid", "fund", "money", "tranche", "loan"}, "free": CAPTIVES,
    "repatriate": {"citizen", "national", "refugee", "prisoner", "remains", "body", "migrant", "worker"},
    "train": FORCES | {"officer", "personnel", "pilot", "cadet", "specialist", "student", "staff", "police",
                       "guard", "official", "diplomat", "doctor", "teacher", "brigade", "battalion", "unit",
                       "fighter", "rebel", "recruit"},
    "extradite": {"suspect", "man", "woman", "national", "citizen", "separatist", "militant", "businessman",
                  "fugitive", "member", "leader", "official"} | CAPTIVES,
    "greet": GUESTS | {"counterpart"},
    "share": {"intelligence", "information", "data", "technology", "experience", "expertise", "know-how",
              "assessment", "evidence", "concern", "view", "responsibility", "cost", "burden"},
    "unveil": OPENABLE, "inaugurate": OPENABLE,
    "send": FORCES | HELP | GUESTS | DIPLOMATS | MONEY | ARMS | {"letter", "message", "note", "signal", "invitation",
                                                               "warning", "cargo", "shipment", "consignment"},
    "dispatch": FORCES | HELP | GUESTS | DIPLOMATS, "deploy": FORCES | {"system", "weapon", "ship", "battery"},
    "mass": FORCES, "station": FORCES | {"system", "weapon", "missile"}, "reinforce": FORCES | {"border", "presence"},
    "deliver": ARMS | GOODS | HELP | MONEY | {"message", "letter", "warning", "note", "ultimatum"},
    "supply": ARMS | GOODS | HELP, "ship": ARMS | GOODS | HELP,
    "provide": HELP | MONEY | ARMS | GOODS, "give": HELP | MONEY | ARMS | GOODS,
    "grant": HELP | MONEY | YIELDED | {"asylum", "recognition", "status"},
    "pledge": HELP | MONEY | {"support", "cooperation"}, "offer": HELP | MONEY | ARMS | {"mediation", "talk", "help",
                                                                                      "asylum", "support", "deal"},
    "extend": HELP | MONEY | {"invitation", "sanction", "ban", "mandate", "embargo", "ceasefire", "truce",
                              "agreement", "deal", "pact", "treaty", "condolence", "support", "recognition"},
    "lend": MONEY, "loan": MONEY, "deposit": MONEY, "disburse": MONEY, "allocate": MONEY | HELP,
    "earmark": MONEY | HELP, "contribute": MONEY | HELP | FORCES,
    "channel": MONEY | HELP | ARMS, "pay": MONEY | {"compensation", "reparation", "debt", "damage"},
    "initial": {"agreement", "treaty", "deal", "accord", "pact", "text", "document", "memorandum"},
}.items()}  # fmt: skip
