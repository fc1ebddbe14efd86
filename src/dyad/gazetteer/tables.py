"""Our own tables: only what pycountry and countryinfo do not have, or get wrong for news.

Rows are `ISO3 | names ; ... | demonyms ; ... | capitals ; ...`. Demonyms are written in the
singular; their plurals are made by rule (`build.plural`). Every text here is matched
case-sensitively, and beats whatever the packages say about the same text.
"""

from __future__ import annotations

# Everyday names, acronyms and demonyms of today's states. Old names of states that still exist
# map to today's state (Ceylon, Siam, Persia, Kampuchea, West Germany). "Burma" and "Burmese"
# are MMR, not ISO 3166-3's BUR: the name is still in use for today's state (the US government
# says "Burma"), and successor("BUR") is MMR anyway, so nothing is lost in a dyad.
# Old capitals that stood for their governments are capitals here too (Bonn, Peking, Rangoon...);
# Salisbury (Rhodesia's) is left out, as it is an English city too.
# A demonym two states share goes to the one news means: "Congolese" is the DRC (twenty times the
# people of the Republic of the Congo), "Chinese" is China, not Hong Kong or Macao.
STATES = """
USA|US;U.S.;U.S.A.;USA;America||Washington;Washington, D.C.
GBR|UK;U.K.;Britain|Briton;Brit;Scottish;Welsh|
NLD||Dutch|The Hague
KOR|ROK|South Korean|
PRK|DPRK|North Korean|
CHN|PRC|Chinese|Peking
TWN|Chinese Taipei||
DEU|West Germany;FRG;Federal Republic of Germany|West German|Bonn
IRN|Persia||
LKA|Ceylon||
THA|Siam||
KHM|Kampuchea;Democratic Kampuchea|Kampuchean|
MMR|Burma|Burmese|Rangoon;Naypyitaw;Nay Pyi Taw
VNM|South Vietnam|South Vietnamese|Saigon
YEM|North Yemen||Sanaa
COD|Congo;DRC|Congolese|Leopoldville;Léopoldville
COG|Republic of Congo;Republic of the Congo;Congo-Brazzaville||
KAZ||Kazakh|Astana;Alma-Ata
BGD|||Dacca
MKD|Macedonia||
ARE|UAE;Emirates|Emirati|
SAU|KSA|Saudi|
VAT|Vatican;Vatican City||
PSE|Palestinian territories|Palestinian|Ramallah
ISR|||Jerusalem
BIH|Bosnia|Bosnian|
TCA|Turks and Caicos||
ARG||Argentine;Argentinian|
AZE||Azeri|
BLR||Belarussian|
HRV||Croat|
DNK||Dane|
FIN||Finn|
FRA||Frenchman|
ISL||Icelandic|
KGZ||Kyrgyz;Kyrgyzstani|
LAO||Lao|
MDV||Maldivian|
NPL||Nepali|
PAK||Pak|
PHL||Philippine;Filipino|
POL||Pole|
SRB||Serb|
SVK||Slovakian|
SVN||Slovenian|
ESP||Spaniard|
SWE||Swede|
TJK||Tajik|
TUR||Turk|
UZB||Uzbek|
HKG||Hong Konger|
BOL|||La Paz
SWZ|||Mbabane
UKR|||Kiev
MNG|||Ulan Bator
CHE|||Berne
"""

# States that no ISO 3166-1 or 3166-3 code covers, with the code in common use.
NEW_STATES = """
XKX|Kosovo|Kosovar;Kosovan|Pristina;Prishtina
"""

# Former states (ISO 3166-3 codes): the names news uses for them. successor() maps each to today's
# state. pycountry's own names for them ("USSR, Union of Soviet Socialist Republics") are catalogue
# forms, not prose.
FORMER = """
SUN|Soviet Union;USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet|
DDR|East Germany;GDR;German Democratic Republic|East German|East Berlin
YUG|Yugoslavia;Socialist Federal Republic of Yugoslavia|Yugoslav;Yugoslavian|
CSK|Czechoslovakia|Czechoslovak;Czechoslovakian|
ZAR|Zaire;Republic of Zaire|Zairean;Zairian|
BUR|Socialist Republic of the Union of Burma||
RHO|Rhodesia|Rhodesian|
DHY|Dahomey||
HVO|Upper Volta||
VDR|North Vietnam;Democratic Republic of Vietnam|North Vietnamese|
YMD|South Yemen;People's Democratic Republic of Yemen|South Yemeni|
BYS|Byelorussian SSR;Byelorussia;Byelorussian Soviet Socialist Republic||
"""

SUCCESSORS = {
    "SUN": "RUS", "DDR": "DEU", "YUG": "SRB", "CSK": "CZE", "ZAR": "COD", "BUR": "MMR", "RHO": "ZWE",
    "DHY": "BEN", "HVO": "BFA", "VDR": "VNM", "YMD": "YEM", "SCG": "SRB", "BYS": "BLR", "TMP": "TLS",
    # former states with one successor in ISO 3166-3's own notes
    "NHB": "VUT", "AFI": "DJI", "SKM": "IND", "CTE": "KIR", "PCZ": "PAN", "FXX": "FRA",
}

# Dependent territories of ISO 3166-1, and the state whose relations they belong to: an event in
# or with the Falklands is one of the United Kingdom's. (pycountry and countryinfo say nothing of
# sovereignty.) Hong Kong and Macao are China's since 1997 and 1999.
SOVEREIGNS = {
    **dict.fromkeys(("FLK", "GIB", "BMU", "CYM", "VGB", "TCA", "MSR", "AIA", "SHN", "PCN", "IOT", "SGS", "GGY", "JEY",
                     "IMN"), "GBR"),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"), "USA"),
    **dict.fromkeys(("GRL", "FRO"), "DNK"),
    **dict.fromkeys(("NCL", "PYF", "REU", "GLP", "MTQ", "GUF", "MYT", "SPM", "WLF", "BLM", "MAF", "ATF"), "FRA"),
    **dict.fromkeys(("ABW", "CUW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("HKG", "MAC"), "CHN"),
    **dict.fromkeys(("NFK", "CXR", "CCK", "HMD"), "AUS"),
    **dict.fromkeys(("COK", "NIU", "TKL"), "NZL"),
    "ALA": "FIN", "SJM": "NOR", "BVT": "NOR", "ESH": "ESH",
}

# The name country_name() gives, where the packages' best is a catalogue form or out of date.
# (The first name of a row of FORMER or NEW_STATES is its display name too.)
DISPLAY = {
    "RUS": "Russia", "BRN": "Brunei", "VAT": "Holy See", "FLK": "Falkland Islands", "COG": "Republic of the Congo",
    "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands", "MAF": "Saint Martin", "SXM": "Sint Maarten",
    "BUR": "Burma", "FXX": "Metropolitan France", "PSE": "Palestine",
}

# Seats of government that stand for it ("the Kremlin said"): form "seat". A "the X" is also
# matched as "The X" at the start of a sentence. "Blue House" without its article is too common.
SEATS = """
RUS|the Kremlin;Kremlin
USA|the White House;White House;the Pentagon;Pentagon;the State Department;State Department;Foggy Bottom
GBR|Downing Street;Whitehall
FRA|the Elysee;the Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay
CHN|Zhongnanhai
KOR|the Blue House
"""

# Places that are only places, never governments: old city names, parts of a state, and former
# states that are a region of another today (Sikkim). Form "place". "Canton" is Guangzhou here
# (the Swiss word is lowercase; "Canton, Ohio" is guarded). Scotland, Wales and England are parts
# of GBR, not states.
PLACES = """
IND|Bombay;Calcutta;Madras;Sikkim
RUS|Leningrad;Stalingrad
CHN|Canton
GBR|England;Scotland;Wales;Northern Ireland
"""

# Texts the packages offer that must not be names: common English words and given names,
# places of the same name elsewhere, and demonyms shared by two states.
EXCLUDED = frozenset({
    # capitals that are common words or names, or name other places just as often
    "Male",  # the word; "Malé" with its accent stays
    "Victoria", "City of Victoria", "Kingston", "Hamilton", "Georgetown", "George Town", "Stanley", "Douglas",
    "Jamestown", "Plymouth", "Saint John's", "St. George's", "Saint-Denis", "Saint-Pierre", "San Juan",
    "The Valley", "The Bottom", "West Island", "Diego Garcia", "Cayenne",
    "Santiago",  # also a given name (Paraguay's president is Santiago Peña)
    "Brussels",  # stands for the EU as often as for Belgium
    # countryinfo's altSpellings that are words, names or noise: "Island" (Iceland), "Mann" (the
    # Isle of Man), "Prathet" (Thai for "country"), "Dominique" (Dominica; Dominique Strauss-Kahn),
    # "Suisse" (in English only in firms' names: Credit Suisse), an IPA transcription
    "Island", "Mann", "Reunion", "Prathet", "Guiana", "Dominique", "Suisse", "ʁɛpublika de an'ɡɔla",
    # demonyms that do not tell which state: "Korean" (North or South), "English" (a language),
    # "Channel Islander" (Jersey or Guernsey)
    "Korean", "English", "Channel Islander",
    # ISO 3166-3 entries that are places inside another state or territory today
    "Johnston Island", "Midway Islands", "Wake Island", "Dronning Maud Land", "Neutral Zone",
    "British Antarctic Territory",
})

# The only acronyms that are country names; countryinfo's other codes ("IN", "IT", "CAN") are not.
ACRONYMS = frozenset({"US", "UK", "UAE", "USA", "USSR", "DPRK", "ROK", "PRC", "GDR", "FRG", "DRC", "KSA"})

# A match is dropped where the words around its start make it something else ("Latin America",
# "Latin Americans", "the South China Sea"): text -> (words just before, regexes for what follows).
_NAME_FOLLOWS = r"[A-Z][a-z]"  # "Chad Myers" is a person
GUARDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "America": (("Latin", "South", "North", "Central", "Pan-"), ()),
    "Mexican": (("New",), ()),
    "Jersey": (("New",), (r"Shore\b", r"City\b")),
    "Mexico": (("New",), ()),
    "England": (("New",), ()),
    "Guinea": (("New",), ()),
    "Wales": (("New South",), ()),
    "British": ((), (r"Columbia\b",)),
    "China": ((), (r"Sea\b",)),
    "Indian": ((), (r"Ocean\b",)),
    "Niger": ((), (r"Delta\b",)),
    "Chad": ((), (_NAME_FOLLOWS,)),
    "Canton": ((), (r",?\s*Ohio\b",)),  # in US news, Canton is mostly the city in Ohio
    "Washington": (("George",), (r"Post\b", r"Times\b")),
    "the Commonwealth": ((), (r"of\b",)),
}

# Organisations: canonical name | aliases. Acronyms are matched case-sensitively. Kind "org".
# "ICC" is left out (the International Cricket Council and chambers of commerce use it too);
# "the Commonwealth" is matched only with its article and capital, never "Commonwealth of ...".
ORGANISATIONS = """
United Nations|UN;U.N.;the United Nations
UN Security Council|Security Council;UNSC;U.N. Security Council;United Nations Security Council
UN General Assembly|General Assembly;UNGA;U.N. General Assembly;United Nations General Assembly
UN Human Rights Council|UNHRC;Human Rights Council;United Nations Human Rights Council
UNHCR|UN Refugee Agency;UN refugee agency;Office of the United Nations High Commissioner for Refugees
UNICEF|Unicef;United Nations Children's Fund
World Food Programme|WFP;World Food Program
World Health Organization|WHO;World Health Organisation
Food and Agriculture Organization|FAO;Food and Agriculture Organisation
International Atomic Energy Agency|IAEA
UNESCO|Unesco;United Nations Educational, Scientific and Cultural Organization
United Nations Development Programme|UNDP;UN Development Programme
UN Office for the Coordination of Humanitarian Affairs|OCHA
UNRWA|United Nations Relief and Works Agency
International Court of Justice|ICJ
International Criminal Court|the International Criminal Court
North Atlantic Treaty Organization|NATO;Nato;North Atlantic Treaty Organisation
North Atlantic Council|
European Union|EU;E.U.;the European Union
European Commission|EC
European Parliament|the European Parliament
European Council|the European Council
Council of Europe|the Council of Europe
OPEC|OPEC+;Organization of the Petroleum Exporting Countries
GATT|General Agreement on Tariffs and Trade
World Trade Organization|WTO;World Trade Organisation
International Monetary Fund|IMF
World Bank|the World Bank
Asian Development Bank|ADB
Asian Infrastructure Investment Bank|AIIB
New Development Bank|NDB
Arab League|League of Arab States;the Arab League
African Union|AU;the African Union
Organisation of African Unity|OAU;Organization of African Unity
Association of Southeast Asian Nations|ASEAN
Shanghai Cooperation Organization|SCO;Shanghai Cooperation Organisation
BRICS|
Gulf Cooperation Council|GCC
Paris Club|the Paris Club
London Club|the London Club
Group of Seven|G7;G-7
Group of Eight|G8;G-8
Group of Twenty|G20;G-20
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation
Organization for Security and Co-operation in Europe|OSCE;Organisation for Security and Co-operation in Europe
Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe
Commonwealth of Independent States|CIS
Eurasian Economic Union|EAEU;EEU
Collective Security Treaty Organization|CSTO
Mercosur|MERCOSUR
North American Free Trade Agreement|NAFTA
Organization of American States|OAS
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
Asia-Pacific Economic Cooperation|APEC
South Asian Association for Regional Cooperation|SAARC
Non-Aligned Movement|the Non-Aligned Movement
Warsaw Pact|Warsaw Treaty Organization
Comecon|COMECON;CMEA;Council for Mutual Economic Assistance
International Committee of the Red Cross|ICRC;Red Cross;the Red Cross
Interpol|INTERPOL
Commonwealth of Nations|the Commonwealth;Commonwealth Secretariat
Intergovernmental Commission|IGC;Inter-Governmental Commission
Economic Cooperation Organization|ECO
Conference on Interaction and Confidence-Building Measures in Asia|CICA
"""
