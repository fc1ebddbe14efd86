"""Our own tables of countries (names, demonyms, capitals) and organisations.

pycountry has no demonyms or capitals, and news writes "Pakistani", "Moscow said", "the
Kremlin": so the table is ours. One line per country:
    ISO3 | names and aliases ; ... | demonyms and adjectives ; ... | capital ; seats of government
Historical states keep their own code (the USSR is SUN); SUCCESSORS maps them to today's state,
so the Soviet years stay in the Russia–X relationship.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_COUNTRIES = """
AFG|Afghanistan|Afghan;Afghans;Afghanistan's|Kabul
ALB|Albania|Albanian;Albanians|Tirana
DZA|Algeria|Algerian;Algerians|Algiers
AGO|Angola|Angolan;Angolans|Luanda
ARG|Argentina|Argentine;Argentinian;Argentines|Buenos Aires
ARM|Armenia|Armenian;Armenians|Yerevan
AUS|Australia|Australian;Australians|Canberra
AUT|Austria|Austrian;Austrians|Vienna
AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis|Baku
BHR|Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BLR|Belarus|Belarusian;Belarusians;Belarussian|Minsk
BEL|Belgium|Belgian;Belgians|
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian;Bolivians|La Paz
BIH|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
KHM|Cambodia|Cambodian;Cambodians|Phnom Penh
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde
CAN|Canada|Canadian;Canadians|Ottawa
CHL|Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC|Chinese|Beijing
COL|Colombia|Colombian;Colombians|Bogota;Bogotá
COD|Democratic Republic of the Congo;DR Congo;DRC|Congolese|Kinshasa
HRV|Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czech Republic;Czechia|Czech;Czechs|Prague
DNK|Denmark|Danish;Dane;Danes|Copenhagen
EGY|Egypt|Egyptian;Egyptians|Cairo
EST|Estonia|Estonian;Estonians|Tallinn
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FIN|Finland|Finnish;Finn;Finns|Helsinki
FRA|France|French;Frenchman|Paris;the Elysee;the Élysée
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany|German;Germans|Berlin
GHA|Ghana|Ghanaian;Ghanaians|Accra
GRC|Greece|Greek;Greeks|Athens
HTI|Haiti|Haitian;Haitians|Port-au-Prince
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelanders|Reykjavik
IND|India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli;Israelis|Jerusalem
ITA|Italy|Italian;Italians|Rome
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana
KEN|Kenya|Kenyan;Kenyans|Nairobi
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea|South Korean;South Koreans|Seoul
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz;Kyrgyzstani|Bishkek
LAO|Laos|Lao;Laotian|Vientiane
LVA|Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LBY|Libya|Libyan;Libyans|Tripoli
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MDV|Maldives|Maldivian;Maldivians|Male
MLI|Mali|Malian;Malians|Bamako
MEX|Mexico|Mexican;Mexicans|Mexico City
MDA|Moldova|Moldovan;Moldovans|Chisinau
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar
MAR|Morocco|Moroccan;Moroccans|Rabat
MMR|Myanmar;Burma|Myanmar's;Burmese|Naypyidaw
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;Holland|Dutch|Amsterdam;The Hague
NZL|New Zealand|New Zealander;New Zealanders|Wellington
NGA|Nigeria|Nigerian;Nigerians|Abuja
NOR|Norway|Norwegian;Norwegians|Oslo
OMN|Oman|Omani;Omanis|Muscat
PAK|Pakistan;Islamic Republic of Pakistan|Pakistani;Pakistanis;Pak|Islamabad
PSE|Palestine;State of Palestine;Palestinian territories|Palestinian;Palestinians|Ramallah
PER|Peru|Peruvian;Peruvians|Lima
PHL|Philippines|Filipino;Filipinos;Philippine|Manila
POL|Poland|Polish;Pole;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari;Qataris|Doha
ROU|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation|Russian;Russians|Moscow;the Kremlin
SAU|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudis|Riyadh
SRB|Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
SGP|Singapore|Singaporean;Singaporeans|
SVK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava
SVN|Slovenia|Slovenian;Slovenians;Slovene|Ljubljana
SOM|Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|South African;South Africans|Pretoria
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
SDN|Sudan|Sudanese|Khartoum
SWE|Sweden|Swedish;Swede;Swedes|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TWN|Taiwan|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajiks|Dushanbe
TZA|Tanzania|Tanzanian;Tanzanians|Dodoma
THA|Thailand|Thai|Bangkok
TUN|Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Türkiye;Turkiye|Turkish;Turk;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;Emirates|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;UK;Britain;Great Britain|British;Briton;Britons|London;Downing Street;Whitehall
USA|United States;United States of America;USA;U.S.;US;America|American;Americans|Washington;the White House
UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
VAT|Vatican;Holy See|Vatican|
SUN|Soviet Union;USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet;Soviets|
"""

# A historical state's relations continue in its successor's dyad.
SUCCESSORS = {"SUN": "RUS"}

# Organisations: canonical name | aliases. Acronyms are matched case-sensitively.
_ORGANISATIONS = """
United Nations|UN;U.N.;the United Nations
UN Security Council|Security Council;UNSC
Shanghai Cooperation Organization|SCO;Shanghai Cooperation Organisation
BRICS|BRICS
New Development Bank|NDB
Eurasian Economic Union|EAEU;EEU
European Union|EU;the European Union
North Atlantic Treaty Organization|NATO
Association of Southeast Asian Nations|ASEAN
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation
Collective Security Treaty Organization|CSTO
International Monetary Fund|IMF
World Bank|the World Bank
World Trade Organization|WTO
Group of Twenty|G20;G-20
Group of Seven|G7;G-7
OPEC|OPEC;OPEC+
African Union|AU
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Commonwealth of Independent States|CIS
Intergovernmental Commission|IGC;Intergovernmental Commission;Inter-Governmental Commission
Economic Cooperation Organization|ECO
Conference on Interaction and Confidence-Building Measures in Asia|CICA
International Atomic Energy Agency|IAEA
"""


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.names[0]


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(";") if x.strip())


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    out = {}
    for line in _COUNTRIES.strip().splitlines():
        code, names, dem, caps = (line.split("|") + ["", "", ""])[:4]
        out[code] = Country(code, _split(names), _split(dem), _split(caps))
    return out


@lru_cache(maxsize=1)
def organisations() -> dict[str, str]:
    """alias -> canonical name"""
    out = {}
    for line in _ORGANISATIONS.strip().splitlines():
        name, aliases = line.split("|")
        out[name] = name
        for a in _split(aliases):
            out[a] = name
    return out


def country_name(code: str | None) -> str:
    c = countries().get(code or "")
    return c.name if c else (code or "")


def successor(code: str) -> str:
    return SUCCESSORS.get(code, code)


@dataclass(frozen=True)
class Lexeme:
    text: str
    kind: str  # country | org
    code: str  # ISO3 or canonical organisation name
    form: str  # name | demonym | capital | org


@lru_cache(maxsize=1)
def lexicon() -> tuple[re.Pattern[str], dict[str, Lexeme]]:
    """One regex over every name, longest alternatives first; and the table to read a hit back."""
    table: dict[str, Lexeme] = {}
    for c in countries().values():
        for n in c.names:
            table[n] = Lexeme(n, "country", c.code, "name")
        for d in c.demonyms:
            table[d] = Lexeme(d, "country", c.code, "demonym")
        for cap in c.capitals:
            table[cap] = Lexeme(cap, "country", c.code, "capital")
    for alias, name in organisations().items():
        table.setdefault(alias, Lexeme(alias, "org", name, "org"))
    # Case-sensitive alternatives, each bounded so "Omani" does not match inside "Romania";
    # a hyphen is a boundary ("Russia-Pakistan"), a following "$" is not ("US$ 5 million").
    alts = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alts)
    rx = re.compile(rf"(?<![\w.])(?:{body})(?![\w$]|\.\w)")
    return rx, table


# Well-known office holders (heads of state and government, foreign ministers) since about
# 2000, so that "Modi met Kishida" finds its two countries when no title is given. A person's
# title in the text always wins over this table.
_PEOPLE = """
Vladimir Putin|RUS|President
Dmitry Medvedev|RUS|President
Mikhail Mishustin|RUS|Prime Minister
Sergey Lavrov|RUS|Foreign Minister
Sergei Lavrov|RUS|Foreign Minister
Narendra Modi|IND|Prime Minister
Manmohan Singh|IND|Prime Minister
Subrahmanyam Jaishankar|IND|External Affairs Minister
S. Jaishankar|IND|External Affairs Minister
Shehbaz Sharif|PAK|Prime Minister
Nawaz Sharif|PAK|Prime Minister
Imran Khan|PAK|Prime Minister
Asif Ali Zardari|PAK|President
Bilawal Bhutto Zardari|PAK|Foreign Minister
Ishaq Dar|PAK|Foreign Minister
Xi Jinping|CHN|President
Li Qiang|CHN|Premier
Li Keqiang|CHN|Premier
Wang Yi|CHN|Foreign Minister
Fumio Kishida|JPN|Prime Minister
Shinzo Abe|JPN|Prime Minister
Shigeru Ishiba|JPN|Prime Minister
Sanae Takaichi|JPN|Prime Minister
Recep Tayyip Erdogan|TUR|President
Recep Tayyip Erdoğan|TUR|President
Hakan Fidan|TUR|Foreign Minister
Ilham Aliyev|AZE|President
Joe Biden|USA|President
Donald Trump|USA|President
Barack Obama|USA|President
Antony Blinken|USA|Secretary of State
Marco Rubio|USA|Secretary of State
Volodymyr Zelensky|UKR|President
Volodymyr Zelenskyy|UKR|President
Emmanuel Macron|FRA|President
Olaf Scholz|DEU|Chancellor
Friedrich Merz|DEU|Chancellor
Angela Merkel|DEU|Chancellor
Keir Starmer|GBR|Prime Minister
Rishi Sunak|GBR|Prime Minister
Boris Johnson|GBR|Prime Minister
Giorgia Meloni|ITA|Prime Minister
Mohammed bin Salman|SAU|Crown Prince
Masoud Pezeshkian|IRN|President
Ebrahim Raisi|IRN|President
Ali Khamenei|IRN|Supreme Leader
Benjamin Netanyahu|ISR|Prime Minister
Bashar al-Assad|SYR|President
Muammar Gaddafi|LBY|Leader
Hosni Mubarak|EGY|President
Abdel Fattah al-Sisi|EGY|President
Kassym-Jomart Tokayev|KAZ|President
Shavkat Mirziyoyev|UZB|President
Alexander Lukashenko|BLR|President
Nikol Pashinyan|ARM|Prime Minister
Yoon Suk Yeol|KOR|President
Lee Jae-myung|KOR|President
Kim Jong Un|PRK|Leader
Luiz Inacio Lula da Silva|BRA|President
Lula da Silva|BRA|President
Cyril Ramaphosa|ZAF|President
Anthony Albanese|AUS|Prime Minister
Justin Trudeau|CAN|Prime Minister
Mark Carney|CAN|Prime Minister
Prabowo Subianto|IDN|President
Joko Widodo|IDN|President
Anwar Ibrahim|MYS|Prime Minister
Sheikh Hasina|BGD|Prime Minister
Muhammad Yunus|BGD|Chief Adviser
Ashraf Ghani|AFG|President
Nouri al-Maliki|IRQ|Prime Minister
Saddam Hussein|IRQ|President
George W. Bush|USA|President
Tony Blair|GBR|Prime Minister
Hamid Karzai|AFG|President
"""


# Surnames that are also common given or family names: only matched in full ("Anwar Ibrahim").
_COMMON_NAMES = {"Ibrahim", "Khan", "Ali", "Singh", "Hussein", "Sharif", "Abdullah", "Salman", "Lee", "Kim", "Qiang",
                 "Keqiang", "Johnson", "Bush", "Hasina", "Yunus", "Silva", "Blair", "Dar",
                 "Widodo", "Yeol", "Jae-myung", "Merz", "Carney", "Subianto", "Jinping"}


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str]]:
    """full name and unambiguous surname -> (ISO3, role)"""
    out: dict[str, tuple[str, str]] = {}
    surnames: dict[str, set[tuple[str, str]]] = {}
    for line in _PEOPLE.strip().splitlines():
        name, code, role = line.split("|")
        out[name] = (code, role)
        surnames.setdefault(name.split()[-1], set()).add((code, role))
    for surname, values in surnames.items():
        codes = {c for c, _ in values}
        if len(codes) == 1 and surname not in out and surname not in _COMMON_NAMES and len(surname) >= 4:
            out[surname] = sorted(values)[0]
    return out
