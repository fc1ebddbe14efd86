"""The words that name happenings between states, and how each is coded.

One table, one line a sense: part of speech, the lemmas, Dyad's event type, the PLOVER type and
mode (- for none), the CAMEO code and the Goldstein value of that code (the CAMEO→Goldstein table
used by ICEWS tooling; see shared/reference/event-codes.md). A lemma names a happening only in the
company `triggers` checks for ("signed an agreement", not "signed a book"); the table says what it
is once it does. Types whose sense depends on the object (`transfer`: arms or goods; `aid`: money
or material; `sanction`: trade or diplomatic) are settled in `triggers`.

Grouped by PLOVER type, as the PLOVER v0.8 manual lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
# AGREE
verb sign,ratify,conclude,ink,seal,initial,finalize,finalise             agreement AGREE    -              057  8.0
verb agree,accept                                                         agreement AGREE    -              030  4.0
verb undertake,commit                                                     agreement AGREE    -              030  4.0
verb enter,take                                                           agreement AGREE    -              057  8.0
verb establish,restore,normalize,normalise                                agreement SUPPORT  -              050  3.5
verb resume                                                               agreement AGREE    -              050  3.5
verb recognize,recognise                                                  agreement SUPPORT  -              051  3.4
noun agreement,accord,treaty,memorandum,mou,protocol,pact,deal,convention agreement AGREE    -              057  8.0
noun ceasefire,truce,armistice                                            agreement RETREAT  ceasefire      0871 9.0
noun establishment,normalization,normalisation,recognition                agreement SUPPORT  -              050  3.5
# CONSULT
verb visit,travel,arrive,tour,fly,reach,land,come,go                      visit     CONSULT  visit          042  1.9
verb host,receive,welcome,greet                                           visit     CONSULT  visit          043  2.8
verb lead,head,stop,cease                                                 visit     CONSULT  visit          042  1.9
noun visit,trip,tour,arrival,stopover,stop                                visit     CONSULT  visit          042  1.9
verb meet,confer,negotiate,consult,discuss,talk,speak                     meeting   CONSULT  -              040  1.0
verb mediate                                                              meeting   CONSULT  third-party    045  5.0
noun meeting,talk,session,consultation,negotiation,summit,round,dialogue  meeting   CONSULT  -              040  1.0
noun breakfast,lunch,dinner,luncheon,banquet                              meeting   CONSULT  -              040  1.0
verb dine,lunch,breakfast                                                 meeting   CONSULT  -              040  1.0
noun mediation                                                            meeting   CONSULT  third-party    045  5.0
verb phone,telephone,call                                                 call      CONSULT  phone          040  1.0
noun call,conversation                                                    call      CONSULT  phone          040  1.0
noun forum,conference,seminar,symposium,exhibition                        forum     CONSULT  multilateral   040  1.0
noun expo,fair,roundtable,congress,webinar                                forum     CONSULT  multilateral   040  1.0
# SUPPORT (verbal)
verb praise,hail,commend,applaud,congratulate,thank,salute                statement SUPPORT  -              051  3.4
noun support,solidarity,backing,praise,congratulations,endorsement      statement SUPPORT  -              051  3.4
verb support,back,endorse,defend                                          statement SUPPORT  -              051  3.4
# CONCEDE
verb apologize,apologise,concede,yield,compensate,bow,relent,capitulate,drop statement CONCEDE -            080  5.0
verb lift,ease,relax,waive,scrap                                          economic  CONCEDE  -              081  5.0
# COOPERATE
verb cooperate,collaborate,coordinate,share,partner,exchange              cooperation COOPERATE -           060  6.0
verb extradite,hand                                                       cooperation COOPERATE -           060  6.0
verb train                                                                cooperation COOPERATE -           062  7.4
verb open,launch,inaugurate,unveil                                        economic  COOPERATE -             061  6.4
verb invest,export,import,buy,purchase,acquire,sell,deliver,supply,ship,transfer transfer COOPERATE -      061  6.4
verb build,construct                                                      cooperation COOPERATE -           061  6.4
noun exercise,drill,manoeuvre,maneuver,wargame                            military_exercise COOPERATE -     062  7.4
noun opening,shipment,cargo,consignment,transport,contract,investment     economic  COOPERATE -             061  6.4
noun purchase,sale,delivery,export                                        economic  COOPERATE -             061  6.4
noun concert,monument,festival,scholarship                                cultural  COOPERATE -             060  6.0
noun training                                                             cooperation COOPERATE -           062  7.4
# AID
verb aid,assist,help,donate,fund,finance,rescue                           aid       AID      -              070  7.0
verb provide,give,grant,pledge,offer,extend,lend,loan,send,deposit,disburse,allocate,earmark aid AID -     070  7.0
verb pay,contribute,channel,airlift                                        aid       AID      -              070  7.0
noun aid,assistance,donation,loan,credit,grant,relief,bailout,package     aid       AID      -              070  7.0
# RETREAT
verb withdraw,retreat,evacuate,pull,reduce,leave,redeploy                 conflict  RETREAT  withdraw       0874 5.0
verb release,free,repatriate                                              cooperation RETREAT release       0841 5.0
verb allow,permit                                                         cooperation RETREAT access        086  5.0
verb disarm,demobilize,demobilise                                         conflict  RETREAT  disarm         0873 5.0
noun withdrawal,pullout,pullback,handover                                 conflict  RETREAT  withdraw       0874 5.0
noun release                                                              cooperation RETREAT release       0841 5.0
# REQUEST
verb urge,appeal,ask,request,demand,press,seek,invite,petition,implore    statement REQUEST  -              020  3.0
noun appeal,request,demand,invitation,plea                                statement REQUEST  -              020  3.0
# ACCUSE
verb accuse,blame,allege,charge                                           statement ACCUSE   allege         112 -2.0
verb criticize,criticise,condemn,denounce,deplore                         statement ACCUSE   disapprove     111 -2.0
verb rebuke,slam,chide,censure,castigate                                  statement ACCUSE   disapprove     111 -2.0
verb summon                                                               statement ACCUSE   disapprove     111 -2.0
verb investigate,probe                                                    statement ACCUSE   investigate    090 -2.0
noun accusation,criticism,condemnation,complaint,allegation,protest       statement ACCUSE   disapprove     111 -2.0
# REJECT
verb reject,refuse,veto,rebuff,dismiss,oppose,deny,decline,spurn,turn     statement REJECT   -              120 -4.0
noun rejection,veto,refusal,denial                                        statement REJECT   -              120 -4.0
# THREATEN
verb threaten,warn,vow                                                    statement THREATEN -              130 -6.0
noun threat,warning,ultimatum                                             statement THREATEN -              130 -6.0
# PROTEST
verb protest,demonstrate,rally,march,picket,boycott,riot                  conflict  PROTEST  demo           141 -6.5
noun demonstration,rally,boycott                                          conflict  PROTEST  demo           141 -6.5
# SANCTION
verb sanction,embargo,impose,penalize,penalise                            sanction  SANCTION -              163 -8.0
verb expel,recall                                                         conflict  SANCTION expel          161 -4.0
verb suspend,cut,sever,break,freeze,downgrade,close,shut,halt,cancel      sanction  SANCTION discontinue    166 -5.6
verb ban,restrict,bar,block,quarantine                                    sanction  SANCTION -              163 -8.0
noun sanction,embargo,tariff,quota,duty,ban,restriction,blockade,expulsion,quarantine sanction SANCTION - 163 -8.0
# MOBILIZE
verb mobilize,mobilise,deploy,mass,station,dispatch,reinforce             conflict  MOBILIZE troops         150 -7.2
verb move,rush,put                                                        conflict  MOBILIZE troops         150 -7.2
noun deployment,buildup,mobilization,mobilisation                         conflict  MOBILIZE troops         150 -7.2
# COERCE
verb seize,detain,arrest,capture,intercept,confiscate,impound,deport,hijack conflict COERCE  seize          171 -9.2
verb blockade                                                             conflict  COERCE   restrict       191 -9.5
verb occupy,annex                                                         conflict  COERCE   territory      192 -9.5
noun occupation,annexation                                                conflict  COERCE   territory      192 -9.5
noun curfew                                                               conflict  COERCE   curfew         1723 -7.0
# ASSAULT
verb attack,strike,raid,hit,ambush,assault                                conflict  ASSAULT  -              190 -10.0
verb storm,destroy,torpedo,sink,sack,burn                                 conflict  ASSAULT  -              190 -10.0
verb bomb,bombard,shell,airstrike                                         conflict  ASSAULT  aerial         195 -10.0
verb kill,shoot,fire,assassinate                                          conflict  ASSAULT  firearms       180 -9.0
verb invade                                                              conflict  ASSAULT  territory      192 -10.0
verb abduct,kidnap                                                        conflict  ASSAULT  abduct         181 -9.0
verb clash,fight                                                          conflict  ASSAULT  -              190 -10.0
noun attack,strike,airstrike,raid,offensive,assault,incursion,bombardment conflict ASSAULT  -             190 -10.0
noun bombing,shelling,air-strike                                          conflict  ASSAULT  aerial         195 -10.0
noun invasion                                                             conflict  ASSAULT  territory      192 -10.0
noun clash,war,intervention,campaign,operation,action,mission            conflict  ASSAULT  -              190 -10.0
"""


@dataclass(frozen=True)
class Sense:
    """What a trigger word names once it names a happening."""

    type: str  # Dyad's event type, or transfer | aid | sanction (settled by the object)
    plover: str
    mode: str | None
    cameo: str
    goldstein: float


def _load() -> tuple[dict[str, Sense], dict[str, Sense]]:
    verbs: dict[str, Sense] = {}
    nouns: dict[str, Sense] = {}
    for line in _TABLE.strip().splitlines():
        if line.startswith("#"):
            continue
        pos, lemmas, typ, plover, mode, cameo, goldstein = line.split()
        sense = Sense(typ, plover, None if mode == "-" else mode, cameo, float(goldstein))
        table = verbs if pos == "verb" else nouns
        for lem in lemmas.split(","):
            if lem in table:  # one sense a word and part of speech: what else it means is read in `triggers`
                raise ValueError(f"vocabulary: {pos} {lem!r} is listed twice")
            table[lem] = sense
    return verbs, nouns


VERBS, NOUNS = _load()
