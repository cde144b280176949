// Trigger lexicon: general English words and phrases that report a PLOVER event, with the event
// type and mode they signal, where the recipient is found, and how a complement is read.
//
// One entry a line:  TYPE[/mode]  v|n  phrase  [key=value ...]
//   TYPE      a PLOVER type, or SAY (reporting verb), CLAIM (reporting verb that marks a claim),
//             LIGHT (support verb: "held talks", "launched strikes"; its subject acts for the noun).
//   v|n       verb (first word inflected) or noun (last word inflected).
//   phrase    words joined by "_"; a verb's later words may follow within two tokens ("cut diplomatic ties").
//   recip=    where the recipient stands: obj (direct object), a preposition, poss (possessor of the
//             object), any (any party later in the clause). Tried in order.
//   frame=    content (the complement is what is asked/offered/threatened: not coded on its own),
//             deny (complement coded as denied), accuse (complement coded as claimed, done by the accused),
//             condemn (complement coded as asserted).
//   near=     the trigger counts only when one of these words is within the next 8 tokens (or 3 before).
//   not=      the trigger does not count when one of these words is within 3 tokens either side.
//   flags:    swap (host/recipient reversed), recip2 (reciprocal when the subject is coordinated),
//             future (counts only in a future or conditional context), secondary (consequence of an
//             attack: only when no other ASSAULT trigger is in the sentence), party (the object must be a party),
//             intercept (the actor is the side whose weapons were intercepted), nearstate (a state
//             named right after the verb also satisfies near=), agentless (an attack told without its
//             doer, "a landmine blast": the victims' adversary when the story has two sides).
//   HOPE      a verb whose complement is hoped for, not reported as happening.
import type { PloverType } from '../../model.ts';
import { nounForms, verbForms } from './inflect.ts';
import type { Token } from './tokens.ts';

export type Frame = 'plain' | 'content' | 'deny' | 'accuse' | 'condemn' | 'say' | 'claim' | 'light';

export interface Entry {
  type: PloverType | null;
  mode: string | null;
  pos: 'v' | 'n';
  /** Base words of the phrase. */
  words: string[];
  recip: string[];
  frame: Frame;
  near: Set<string> | null;
  not: Set<string> | null;
  flags: Set<string>;
  /** The near/not lists hold two-word entries ("high_commissioner"). */
  nearPairs: boolean;
  notPairs: boolean;
  /** Index of the word that carries the inflection (0 for verbs, last for nouns). */
  head: number;
  /** The negonly flag (read for every candidate trigger). */
  negonly: boolean;
  line: string;
}

const MILITARY = 'missile,missiles,drone,drones,rocket,rockets,shell,shells,artillery,mortar,mortars,bomb,bombs,jets,jet,aircraft,warplanes,planes,troops,forces,military,army,strike,strikes,fighter';
const TROOPS = 'troops,forces,soldiers,reservists,army,units,battalions,brigades,divisions,warships,tanks,missiles,police,paramilitary,paramilitaries,militia,personnel,contingent,reinforcements,navy,fleet,jets,aircraft';
const AIDWORDS = 'intelligence,photographs,assistance,arms,weapons,money,funds,funding,food,medicine,medicines,medical,supplies,grant,loan,loans,humanitarian,relief,equipment,ammunition,vaccines,fuel,credit,donation,donations,million,billion,asylum,shelter,refuge';
const TARGETS = 'sites,site,facilities,facility,installations,installation,plant,plants,headquarters,airport,airports,airbase,airbases,depot,depots,convoy,village,villages,town,towns,city,cities,outpost,outposts,command,post,posts,bridge,port,refinery';
const LINKS = 'treaty,treaties,talks,aid,trade,flights,links,visas,visa,relations,ties,cooperation,agreement,accord,pact,membership,deliveries,program,programme,mediation,negotiations,dialogue,exports,imports,assistance,operations,services,funding';

const LEXICON = `
AGREE v agree recip=with,to,between,obj frame=content recip2
AGREE v offer recip=between,to,obj frame=content
AGREE n offer recip=between,to frame=content party
AGREE v promise recip=to,obj frame=content
AGREE v pledge recip=to,obj frame=content
AGREE v commit recip=with,to frame=content near=to
AGREE n commitment recip=with,to,between frame=content
AGREE n willingness recip=with,to,between frame=content
AGREE n pledge recip=to,between frame=content
AGREE v accept recip=poss,from,obj frame=content near=proposal,proposals,plan,offer,formula,mediation,invitation,ceasefire,truce,deal,terms,resolution
AGREE v reach recip=with,between near=agreement,consensus,deal,accord,understanding,settlement,compromise
AGREE v consent recip=to frame=content
AGREE v ready_to recip=any frame=content not=retaliate,respond,defend,fight,attack,strike,hit,retaliation,war,die,launch,use
AGREE v willing_to recip=any frame=content not=retaliate,respond,defend,fight,attack,strike,hit,retaliation,war,die,launch,use
AGREE v ready_for recip=any near=ceasefire,cease-fire,truce,talks,negotiations,dialogue,peace,mediation
CONCEDE v accept recip=poss,from,obj near=demand,demands,conditions,responsibility
CONCEDE v apologize recip=to,obj
CONCEDE v apologise recip=to,obj
CONCEDE n apology recip=to
CONCEDE v regret recip=any
CONCEDE v pardon recip=obj
CONCEDE v concede recip=to
CONCEDE v lift recip=on,in,obj frame=content near=curfew,restrictions,ban,sanctions,embargo,emergency,measures,siege,restriction
CONCEDE v ease recip=on,in,obj frame=content near=curfew,restrictions,ban,sanctions,embargo,emergency,measures,restriction
CONCEDE v relax recip=on,in,obj frame=content near=curfew,restrictions,ban,sanctions,embargo,emergency,measures,restriction
CONCEDE v call_off recip=obj frame=content near=strike,protest,protests,boycott,march,rally
CONCEDE v cancel recip=on,in,obj frame=content near=restrictions,ban,curfew,sanctions,measures,restriction
CONCEDE v shorten recip=on,in,obj frame=content near=curfew,restrictions,sentence,ban
CONCEDE v allow recip=obj near=to,return
REJECT v renege recip=on,poss
REJECT v accept recip=poss,obj,from frame=content negonly
REJECT v meet recip=poss,obj frame=content negonly near=demands,demand,conditions
CONSULT v meet recip=obj,with party recip2
CONSULT/visit v visit recip=obj
CONSULT/visit v host recip=obj swap party
CONSULT/visit v receive recip=obj swap near=delegation,envoy,minister,president,counterpart,ambassador,visitor,mission,leader,chief,secretary
CONSULT/visit n welcome recip=to swap party
CONSULT/visit v welcome recip=obj swap party near=president,minister,leader,counterpart,envoy,delegation,king,prince,chancellor
CONSULT v talk recip=with,to party recip2
CONSULT n talks recip=with,between,to recip2
CONSULT n talk recip=with,between recip2 near=for,on,hold,held
CONSULT v speak recip=with,to party recip2
CONSULT/phone v call recip=obj party not=on,for,off,upon,it,so-called
CONSULT/phone v phone recip=obj,with party
CONSULT/phone v telephone recip=obj,with party
CONSULT/phone n call recip=with,to party
CONSULT/phone n phone_call recip=with,to
CONSULT n conversation recip=with,between recip2
CONSULT n discussion recip=with,between recip2
CONSULT n meeting recip=with,between recip2 party
CONSULT/visit n visit recip=to,in,obj
CONSULT n negotiations recip=with,between recip2
CONSULT v negotiate recip=with recip2 party
CONSULT n summit recip=with,between recip2 party
CONSULT v consult recip=obj,with party
CONSULT n consultations recip=with,between recip2
CONSULT v confer recip=with party
CONSULT v discuss recip=with party
CONSULT/third-party n mediation_mission recip=between,with
CONSULT/third-party n mediation_effort recip=between,with
CONSULT/third-party n mediation_efforts recip=between,with
SUPPORT v praise recip=obj,poss
SUPPORT v commend recip=obj,poss
SUPPORT v hail recip=obj,poss
SUPPORT v laud recip=obj,poss
SUPPORT v welcome recip=poss,obj not=president,minister,leader,counterpart,envoy,delegation
SUPPORT v support recip=obj,poss
SUPPORT v back recip=obj,poss not=down,home,to,turned,turn,turning,pushed,pulled,fell,scaled,rolled,stepped,came,went,brought,held,fought,sent,flew,drove,moved,hit,strike,struck
SUPPORT v endorse recip=obj,poss
SUPPORT n support recip=for,to,with,obj not=end,ending,stop,withdraw,cut
SUPPORT v defend recip=obj,poss not=sovereignty,territory,itself,homeland,borders,integrity,country,nation,themselves,ourselves,soil
SUPPORT n condolences recip=to,with,any
SUPPORT v condole recip=with,obj,any
SUPPORT n sympathy recip=to,with,for,any
SUPPORT n sorrow recip=to,with,any
SUPPORT n solidarity recip=with,to,any
SUPPORT v recognize recip=obj near=independence,government,sovereignty,state,statehood,republic,regime
SUPPORT v recognise recip=obj near=independence,government,sovereignty,state,statehood,republic,regime
SUPPORT v sign recip=with,between recip2 near=treaty,agreement,accord,pact,memorandum,deal,declaration,protocol,charter
SUPPORT v establish recip=with recip2 near=ties,relations
SUPPORT v restore recip=with recip2 near=ties,relations
SUPPORT v upgrade recip=with recip2 near=ties,relations
SUPPORT v normalize recip=with recip2 near=ties,relations
SUPPORT v forgive recip=obj
SUPPORT v congratulate recip=obj
SUPPORT v thank recip=obj
COOPERATE v cooperate recip=with recip2
COOPERATE v collaborate recip=with recip2
COOPERATE v share recip=with recip2 near=intelligence,information,evidence,expertise,data,technology
COOPERATE v extradite recip=to
AID v hand_over recip=to near=${AIDWORDS}
COOPERATE v hand_over recip=to near=suspect,suspects,prisoners,fugitive,fugitives,nationals
COOPERATE n exercises recip=with,between recip2 near=joint,military,naval
COOPERATE n war_games recip=with,between recip2
COOPERATE n drills recip=with,between recip2 near=joint
AID v give recip=to,obj near=${AIDWORDS}
AID v provide recip=to,for,obj near=${AIDWORDS}
AID v send recip=to near=${AIDWORDS}
AID v deliver recip=to,obj near=${AIDWORDS}
AID v donate recip=to
AID v contribute recip=to near=troops,aid,funds,money,million,billion,assistance,peacekeepers,soldiers
AID v supply recip=to,obj near=${AIDWORDS}
AID v grant recip=to,obj near=asylum,aid,loan,loans,credit,refuge
AID v evacuate recip=from,obj near=wounded,injured,civilians,refugees,nationals,citizens
AID n airlift recip=to,for
RETREAT/withdraw v withdraw recip=from,obj near=troops,forces,soldiers,army,from,units,personnel,contingent
RETREAT/withdraw n withdrawal recip=from near=troops,forces,soldiers,army,from,units
RETREAT/withdraw v pull_back recip=from
RETREAT/withdraw v pull_out recip=from
RETREAT/withdraw v evacuate recip=from,obj near=settlements,settlement,troops,forces,bases,positions
RETREAT/release v release recip=obj,poss near=minister,members,leader,president,officials,prisoners,prisoner,hostages,hostage,detainees,captives,soldiers,pilot,pilots,crew,fishermen,nationals,people,activists,journalists,captured
RETREAT/release v free recip=obj,poss near=prisoners,prisoner,hostages,hostage,detainees,captives,soldiers,pilot,crew,fishermen,nationals,journalists
RETREAT/disarm v disarm recip=obj
RETREAT v return recip=to,obj near=weapons,equipment,territory,territories,land,prisoners,hostages,bodies,seized,captured
RETREAT/disarm v demobilize recip=obj
RETREAT/disarm v demobilise recip=obj
RETREAT/disarm v lay_down recip=obj near=arms,weapons
RETREAT v surrender recip=to
RETREAT/resign v resign recip=from
RETREAT/resign v step_down recip=from
RETREAT/resign n resignation recip=from
RETREAT/access v reopen recip=to,for near=border,borders,crossing,crossings,bridge,airspace,corridor,route,roads,embassy,access,port,ports
RETREAT/access v open recip=to,for near=border,borders,crossing,crossings,bridge,corridor,airspace not=fire
RETREAT/access v lift recip=on,obj frame=content near=blockade,siege
RETREAT/ceasefire n ceasefire recip=with,between recip2 near=declared,declare,declares,announced,announce,observe,observed,unilateral,implemented
RETREAT/ceasefire n cease-fire recip=with,between recip2 near=declared,declare,declares,announced,announce,observe,observed,unilateral,implemented
RETREAT/ceasefire n truce recip=with,between recip2 near=declared,declare,declares,announced,announce,observe,observed,unilateral
RETREAT/ceasefire v halt recip=against,on near=offensive,hostilities,fighting,shelling,bombardment,combat,airstrikes,firing
RETREAT/ceasefire v cease recip=against,on near=offensive,hostilities,fighting,shelling,bombardment,combat,airstrikes,firing,fire
RETREAT/ceasefire v suspend recip=against,on near=offensive,hostilities,fighting,shelling,bombardment,combat,airstrikes
REQUEST v urge recip=obj,poss frame=content
REQUEST v call_on recip=obj frame=content
REQUEST v call_upon recip=obj frame=content
REQUEST v call_for recip=from,between,on,obj frame=content
REQUEST v appeal recip=to,obj frame=content
REQUEST v ask recip=obj frame=content not=asked_about,questions,question
REQUEST v demand recip=from,obj,that frame=content
REQUEST v request recip=obj,from frame=content
REQUEST v press recip=obj frame=content near=to,for
REQUEST v push recip=obj frame=content near=for
REQUEST v insist recip=that frame=content near=that,on
REQUEST v encourage recip=obj frame=content near=to
REQUEST v implore recip=obj frame=content
REQUEST v exhort recip=obj frame=content
REQUEST v plead recip=with frame=content
REQUEST v advise recip=obj frame=content
REQUEST v seek recip=from frame=content near=support,help,aid,assistance,cooperation,extradition,release,clarification,explanation
REQUEST v order recip=obj frame=content near=to
REQUEST v remind recip=obj frame=content
REQUEST v tell recip=obj frame=content near=to objto
REQUEST n demand recip=from,that,obj frame=content
REQUEST n appeal recip=to,for frame=content
REQUEST n call recip=on,to,for frame=content near=for,on not=phone,telephone,calls,monday,tuesday,wednesday,thursday,friday,saturday,sunday,taken,took,take,received,receive,got,answered
REQUEST n request recip=from,to frame=content
THREATEN n ultimatum recip=to frame=content
REQUEST v stress recip=for,of,that frame=content near=need,importance,necessity
REQUEST v emphasize recip=for,of,that frame=content near=need,importance,necessity
REQUEST v emphasise recip=for,of,that frame=content near=need,importance,necessity
REQUEST v underline recip=for,of,that frame=content near=need,importance,necessity
REQUEST v underscore recip=for,of,that frame=content near=need,importance,necessity
REQUEST v want recip=obj frame=content near=see
REQUEST v want recip=obj frame=content objto
ACCUSE/allege v accuse recip=obj frame=accuse
ACCUSE/allege v blame recip=obj,on frame=accuse
ACCUSE/allege v charge recip=obj frame=accuse near=with
ACCUSE/allege v indict recip=obj frame=accuse
ACCUSE/allege n accusation recip=against,of frame=accuse
ACCUSE/allege n aggression recip=poss possrecip
ACCUSE/allege n provocation recip=poss possrecip
ACCUSE/allege n provocations recip=poss possrecip
ACCUSE/allege n escalation recip=poss possrecip
ACCUSE/allege n violation recip=poss possrecip
ACCUSE/allege n violations recip=poss possrecip
ACCUSE/allege n accusations recip=against,of frame=accuse
ACCUSE/disapprove v condemn recip=poss,obj frame=condemn
ACCUSE/disapprove v denounce recip=poss,obj frame=condemn
ACCUSE/disapprove v criticize recip=poss,obj frame=condemn
ACCUSE/disapprove v criticise recip=poss,obj frame=condemn
ACCUSE/disapprove v slam recip=poss,obj frame=condemn
ACCUSE/disapprove v censure recip=poss,obj frame=condemn
ACCUSE/disapprove v deplore recip=poss,obj frame=condemn
ACCUSE/disapprove v decry recip=poss,obj frame=condemn
ACCUSE/disapprove v rebuke recip=poss,obj frame=condemn
ACCUSE/disapprove v castigate recip=poss,obj frame=condemn
ACCUSE/disapprove v lambast recip=poss,obj frame=condemn
ACCUSE/disapprove v chastise recip=poss,obj frame=condemn
ACCUSE/disapprove v blast recip=poss,obj frame=condemn not=off
ACCUSE/disapprove v hit_out recip=at frame=condemn
ACCUSE/disapprove n condemnation recip=of,poss,any frame=condemn
ACCUSE/disapprove n criticism recip=of,poss frame=condemn
ACCUSE/disapprove v complain recip=about,over,of,to frame=condemn
ACCUSE/disapprove n protest recip=with,to,against near=lodged,lodge,lodges,filed,file,registered,official,formal
ACCUSE/disapprove v sue recip=obj
ACCUSE/investigate v investigate recip=obj,poss
ACCUSE/investigate n hearing recip=into,against,poss near=into,opened,open
ACCUSE/investigate n investigation recip=into,against,of,poss near=opened,open,launched,launch,launches,ordered,began,begin,completed,conducted,conducting,under,started,announced,its,an
ACCUSE/investigate n probe recip=into,against,of,poss near=opened,open,launched,launch,launches,ordered,began,begin,completed,conducted,under,started,announced
ACCUSE/investigate n inquiry recip=into,against,of,poss near=opened,open,launched,launch,ordered,began,begin,completed,conducted,under,started,announced
ACCUSE/allege v warn recip=poss frame=content near=of
THREATEN v warn recip=obj frame=content not=of
THREATEN v threaten recip=obj,against,to frame=content
THREATEN n threat recip=to,against frame=content near=issued,made,issues,renewed
THREATEN n warning recip=to,against frame=content near=issued,issue,issues,gave,sent,stern
THREATEN v vow recip=against,any frame=content near=retaliate,revenge,avenge,respond,fight,attack,punish,destroy,crush,retaliation,response
THREATEN v swear recip=against,any frame=content near=retaliate,revenge,avenge,respond,fight,attack,punish,destroy,crush
AGREE v vow recip=to,any frame=content not=retaliate,revenge,avenge,respond,fight,attack,punish,destroy,crush,retaliation,response
THREATEN/violence v reserve recip=against frame=content near=right,options
THREATEN/violence n response recip=any future near=firm,befitting,strong,military,decisive,forceful,prepare,met
THREATEN/violence n retaliation recip=any future
THREATEN/violence v defend recip=any future near=sovereignty,territory,itself,homeland,borders,integrity,country,nation,soil
SANCTION v sanction recip=obj
SANCTION n sanctions recip=on,against,to near=impose,imposed,imposes,imposing,slapped,slap,announced,new,tougher,fresh,additional,expanded
SANCTION/expel v expel recip=poss,obj,from near=diplomats,diplomat,ambassador,envoy,envoys,inspectors,attache,staff,officials,embassy,nationals,mission,military
SANCTION/expel n expulsion recip=poss,of near=diplomats,diplomat,ambassador,envoy,envoys,inspectors,attache,staff
SANCTION/discontinue v suspend recip=with,to,for,poss near=${LINKS} not=combat,offensive,hostilities,fighting,military
SANCTION/discontinue n suspension recip=with,to,poss near=${LINKS}
SANCTION v downgrade recip=with,poss near=ties,relations
SANCTION v sever recip=with near=ties,relations,links
SANCTION v cut recip=with,to near=ties,relations,links,aid,trade,assistance,funding
SANCTION v break recip=with near=ties,relations
SANCTION v break_off recip=with near=ties,relations,talks,negotiations
SANCTION v close recip=to,with,for,poss near=border,borders,airspace,crossing,crossings,embassy,consulate,ports,port,mission,frontier
SANCTION v shut recip=to,with,for,poss near=border,borders,airspace,crossing,crossings,embassy,consulate,ports,port,mission,frontier
SANCTION n closure recip=to,with,for,poss near=border,borders,airspace,crossing,crossings,embassy,consulate,ports,port
SANCTION v revoke recip=for,poss,of near=visa,visas,permits,licence,license,accreditation,status,citizenship
SANCTION v cancel recip=for,poss,of,to near=visa,visas,permits,licence,license,accreditation,visit,trip,talks,meeting,agreement,contract,deal
SANCTION/discontinue v halt recip=to,with,for,poss near=${LINKS} not=combat,offensive,hostilities,fighting,military
SANCTION/discontinue v stop recip=to,with,for,poss near=aid,trade,exports,imports,flights,supplies,deliveries,assistance,funding
SANCTION/discontinue v reduce recip=to,for,poss near=aid,supplies,deliveries,assistance,funding,rations
SANCTION/discontinue v end recip=with,between,to,poss near=mediation,talks,cooperation,relations,aid,assistance,ties,negotiations
SANCTION/withdraw v recall recip=from near=ambassador,envoy,diplomats,high_commissioner,commissioner
SANCTION v ban recip=from,on,poss near=imports,exports,flights,trade,entry,airlines,ships,vessels,goods,products
SANCTION n restrictions recip=on,against near=impose,imposed,imposes,imposing,new,tighter,fresh
SANCTION n embargo recip=on,against near=impose,imposed,imposes,arms,trade,oil
SANCTION v prohibit recip=to,for near=aid,entry,trade,exports,imports
SANCTION v deny_entry recip=to,obj
SANCTION/convict v convict recip=obj
PROTEST/demo v protest recip=against,over,at protestverb
PROTEST/demo v demonstrate recip=against,in not=that,how,ability,capability,commitment
PROTEST/demo n demonstration recip=against,in not=military,capability,capabilities
PROTEST/demo n demonstrations recip=against,in
PROTEST/demo n protest recip=against,in not=lodged,lodge,lodges,filed,file,registered,official,formal
PROTEST/demo n protests recip=against,in
PROTEST/demo n rally recip=against,in
PROTEST/demo n rallies recip=against,in
PROTEST/demo v rally recip=against,in near=against,protest,demand,demanding,outside,streets,thousands,supporters
PROTEST/demo v march recip=against,on,to near=protest,demand,demanding,against,streets,thousands
PROTEST/demo n sit-in recip=against
PROTEST/riot v riot recip=against,in
PROTEST/riot n riots recip=against,in
PROTEST/riot n riot recip=against,in not=police
PROTEST/strike n hunger_strike recip=against
PROTEST/strike n general_strike recip=against
PROTEST/strike n strike recip=against near=workers,teachers,doctors,unions,union,labour,labor,staged,called,nationwide,general,went,open-ended,pay,wages
PROTEST/strike v stop_work recip=against
PROTEST/boycott v boycott recip=obj,poss
PROTEST/obstruct v block recip=obj near=roads,road,streets,street,highway,highways,traffic,bridge,railway,transport,access,entrance
PROTEST/vandalize v vandalize recip=obj
MOBILIZE/troops v mobilize recip=against,to,toward,towards near=${TROOPS},reserves
MOBILIZE/troops v mobilise recip=against,to,toward,towards near=${TROOPS},reserves
MOBILIZE/troops n mobilization recip=against,to,toward,towards,along near=military,troops,forces,army,troop
MOBILIZE/troops n mobilisation recip=against,to,toward,towards,along near=military,troops,forces,army,troop
MOBILIZE/troops v deploy recip=to,against,toward,towards,along,near near=${TROOPS}
MOBILIZE/troops n deployment recip=to,against,toward,towards,along,near near=troops,forces,soldiers,missiles,warships,military
MOBILIZE/troops v move recip=to,toward,towards,against,along near=troops,forces,soldiers,tanks,units,artillery,army,reinforcements
MOBILIZE/troops v reinforce recip=to,in,along,near
MOBILIZE/troops v strengthen recip=in,along,near near=forces,troops,presence,military
MOBILIZE/troops v mass recip=along,near,on,at near=troops,forces,soldiers,tanks
MOBILIZE/troops n buildup recip=along,near,on,at near=troop,troops,military,forces,naval
MOBILIZE/troops n build-up recip=along,near,on,at near=troop,troops,military,forces,naval
MOBILIZE/troops n alert recip=against,along near=on not=sirens
MOBILIZE n blackout recip=in not=information,news,media,internet,communications,power,electricity
MOBILIZE n blackouts recip=in not=information,news,media,internet,communications,power,electricity
MOBILIZE/weapons v prepare recip=against,on near=attack,offensive,strike,strikes,shelling,assault,invasion,retaliation,war,shell,resume
MOBILIZE/police n patrols recip=in near=police,paramilitary,troops,soldiers,ordered
COERCE/arrest v arrest recip=obj
COERCE/arrest v detain recip=obj
COERCE/arrest v apprehend recip=obj
COERCE/arrest v round_up recip=obj
COERCE/arrest v jail recip=obj
COERCE/arrest v imprison recip=obj
COERCE/arrest n arrest recip=of,poss near=ordered,made,wave,mass,warrant
COERCE/arrest n arrests recip=of,poss
COERCE/arrest n detention recip=of,poss near=ordered,continued,arbitrary,illegal,prolonged
COERCE v raid recip=obj
COERCE n raids recip=on,against,in not=air
COERCE/seize v seize recip=poss,from,obj
COERCE/seize v confiscate recip=poss,from,obj
COERCE/censor v censor recip=obj
COERCE/censor v shut_down recip=obj,poss near=newspaper,newspapers,channel,channels,station,stations,website,websites,internet,media,paper
COERCE/censor v suspend recip=obj,poss near=publication,broadcast,broadcasts,newspaper,channel,accounts
COERCE/curfew n curfew recip=in,on near=impose,imposed,imposes,declared,declare,extend,extended,reimposed,announced,night,nightly,round-the-clock
COERCE/martial-law n martial_law recip=in,on near=impose,imposed,declared,declare,prepared
COERCE/martial-law n state_of_emergency recip=in,on near=impose,imposed,declared,declare
COERCE/martial-law n state_of_siege recip=in,on near=impose,imposed,declared,declare
COERCE/deport v deport recip=obj
COERCE/deport v force_out recip=obj
COERCE/restrict v ban recip=obj,poss,from near=party,parties,group,groups,organization,organisation,organizations,newspaper,candidates,rallies,protests,demonstrations,gatherings,opposition,movement
COERCE/restrict v outlaw recip=obj,poss
COERCE/restrict v prevent recip=obj near=demonstration,demonstrations,rally,rallies,protest,protests,march,marches,meeting
COERCE/restrict v crack_down recip=on
COERCE/restrict n crackdown recip=on,against
COERCE/restrict n blockade recip=on,of,in,against near=impose,imposed,imposes,reimposed,naval,tighten,tightened,maintain
COERCE/restrict v blockade recip=obj
COERCE/misinformation n disinformation recip=against,about,any
COERCE/misinformation n misinformation recip=against,about,any
COERCE/misinformation n propaganda recip=against,about,any near=campaign,war
COERCE/cyber v hack recip=obj,into
COERCE/cyber n cyberattack recip=on,against
COERCE/cyber n cyber_attack recip=on,against
COERCE/destroy v demolish recip=obj,poss
COERCE/destroy v bulldoze recip=obj,poss
ASSAULT v attack recip=obj
ASSAULT n attack recip=on,against,in,at,of,poss,any not=heart
ASSAULT n attacks recip=on,against,in,at,of,poss,any
ASSAULT v strike recip=obj,at,in nearstate near=${MILITARY},at,inside,targets,target,base,bases,positions,camps,military,territory,terror,${TARGETS} not=hunger,general,workers,teachers,deal,balance,chord,note,tone
ASSAULT n strike recip=on,against,in,at,inside,any not=hunger,general,workers,teachers,nationwide,labour,labor,went,called,unions,union
ASSAULT n strikes recip=on,against,in,at,inside,any not=hunger,general,workers,teachers,nationwide,labour,labor,unions,union
ASSAULT/aerial n airstrike recip=on,against,in,at,inside,any
ASSAULT/aerial n air_strike recip=on,against,in,at,inside,any
ASSAULT/aerial n air_raid recip=on,against,in,at,inside,any
ASSAULT/aerial n air_raids recip=on,against,in,at,inside,any
ASSAULT/explosives v bomb recip=obj
ASSAULT/explosives v drop recip=on,obj near=bomb,bombs,bunker-buster,bunker-busters,munitions,explosives,grenades,barrel
ASSAULT/explosives v plant recip=in,obj near=mine,mines,landmine,landmines,bomb,bombs,explosives,ied,ieds
ASSAULT/explosives n blast recip=in,at,on,any agentless near=bomb,car,suicide,roadside,landmine,mine,ied,grenade,truck
ASSAULT/explosives n explosion recip=in,at,on,any agentless near=bomb,car,suicide,roadside,landmine,mine,ied,grenade,truck
ASSAULT/heavy-weapons n fire recip=on,at,into,against,across near=rocket,artillery,mortar,tank,machine-gun,sniper,cross-border,heavy,gun,small-arms,shell,naval,anti-aircraft not=broke,caught,blaze,firefighters,ceasefire,cease
ASSAULT/explosives n bombing recip=of,on,in,at,poss,any
ASSAULT/explosives n bombardment recip=of,on,in,poss,any
ASSAULT/explosives v blow_up recip=obj,poss
ASSAULT/heavy-weapons v shell recip=obj
ASSAULT/heavy-weapons n shelling recip=of,on,in,across,at,poss,any
ASSAULT/firearms v open_fire recip=on,at
ASSAULT v fire recip=at,on,into,toward,towards,across,obj near=missile,missiles,rocket,rockets,shells,shots,mortar,mortars,artillery,bullets,rounds,gun,guns,drones,drone,at,on
ASSAULT/firearms n gunfire recip=on,at,across,any
ASSAULT/firearms n firing recip=on,at,across,in,any near=cross-border,border,heavy,indiscriminate,unprovoked,artillery,small-arms,exchange,loc,control
ASSAULT/firearms v shoot recip=obj,at not=down
ASSAULT/aerial v shoot_down recip=obj,poss
ASSAULT/heavy-weapons v bombard recip=obj
ASSAULT v target recip=obj,poss near=${MILITARY},base,bases,installations,positions,camps,sites,infrastructure,airfields,air,facilities,posts,locations,areas,targets,towns,cities,villages,civilians
ASSAULT v hit recip=obj near=${MILITARY},drones,airstrikes not=out,back,hard,record
ASSAULT v invade recip=obj
ASSAULT n invasion recip=of,poss,any
ASSAULT/destroy v destroy recip=poss,obj,in
ASSAULT/destroy n destruction recip=of,poss
ASSAULT n clashes recip=with,between,in recip2
ASSAULT v clash recip=with recip2
ASSAULT n fighting recip=with,between,in recip2 not=against,terrorism,corruption
ASSAULT v fight recip=obj,with,against not=terrorism,corruption,poverty,crime,extremism,disease,fire,fires,back
ASSAULT n offensive recip=against,on,in near=launched,launch,launches,began,mounted,military,ground,new,major
ASSAULT v retaliate recip=against,any not=by
ASSAULT v respond recip=any near=territory,strikes,strike,military,force,intensity,missiles,drones,attack,attacks,domain,militarily,fire,appropriately,befittingly,firmly,decisively,strongly not=by,to_questions,questions,reporters
ASSAULT v counter recip=any near=attack,attacks,attempts,aggression,escalation,incursion
ASSAULT/targeted v assassinate recip=obj
ASSAULT/targeted n assassination recip=of,poss
ASSAULT/abduct v kidnap recip=obj
ASSAULT/abduct v abduct recip=obj
ASSAULT/abduct v take_hostage recip=obj
ASSAULT/torture v torture recip=obj
ASSAULT/beat v beat_up recip=obj
ASSAULT/sexual v abuse recip=obj near=sexually
ASSAULT/torture n torture recip=of,poss,any
ASSAULT/destroy v set_fire recip=to
ASSAULT n cleansing recip=against,of,in,any near=ethnic
ASSAULT/sexual v rape recip=obj
ASSAULT v storm recip=obj near=building,embassy,compound,parliament,base,camp,town,village,city,residence,palace,prison
ASSAULT v ambush recip=obj
ASSAULT v besiege recip=obj
ASSAULT v capture recip=obj,poss near=village,villages,town,towns,city,territory,positions,stronghold,base,outpost,posts,hill
ASSAULT v overrun recip=obj
ASSAULT n massacre recip=of,in,poss,any
ASSAULT/heavy-weapons n incursion recip=into,in,poss,any
ASSAULT v intercept recip=any intercept near=missile,missiles,drone,drones,rocket,rockets,aircraft,jets,projectiles,wave,uavs
ASSAULT v kill recip=obj secondary
ASSAULT v wound recip=obj secondary
ASSAULT v injure recip=obj secondary
ASSAULT v exchange recip=with recip2 near=fire,strikes,shelling,gunfire,missiles,drone,drones,artillery
SAY v say
SAY v tell
SAY v state
SAY v add
SAY v note
SAY v announce
SAY v report
SAY v confirm
SAY v declare
SAY v post
SAY v write
SAY v tweet
SAY v highlight
SAY v point_out
SAY v explain
SAY v clarify
SAY v reiterate
SAY v reaffirm
SAY v insist
SAY v maintain
SAY v argue
SAY v indicate
SAY v suggest
SAY v reveal
SAY v disclose
SAY v acknowledge
SAY v admit
SAY v observe
SAY v inform
SAY v stress
SAY v emphasize
SAY v emphasise
SAY v underline
SAY v assert
SAY v quote
SAY n statement
SAY n readout
SAY n report
CLAIM v claim
CLAIM v allege
CLAIM n claim
CLAIM n claims
CLAIM n assertion
CLAIM n allegation
CLAIM n allegations
REJECT v reject recip=poss,by,from,obj frame=content
REJECT v refuse recip=poss,obj frame=content
REJECT v decline recip=poss,obj,from frame=content near=to,invitation,offer,request,proposal
REJECT v rebuff recip=poss,by,from,obj frame=content
REJECT v repudiate recip=poss,obj frame=content
REJECT v rule_out recip=poss,obj frame=content
REJECT v turn_down recip=poss,obj,from frame=content
REJECT v veto recip=poss,obj frame=content
REJECT v spurn recip=poss,obj,from frame=content
REJECT v oppose recip=poss,obj frame=content
REJECT v defy recip=poss,obj frame=content
REJECT v deny recip=poss,by,obj frame=deny
REJECT v refute recip=poss,by,obj frame=deny
REJECT v dismiss recip=poss,by,obj,from frame=deny
REJECT v rebut recip=poss,by,obj frame=deny
REJECT v disputes recip=poss,by,obj frame=deny
REJECT v dispute recip=poss,by,obj frame=deny
REJECT n denial recip=poss,of frame=deny
REJECT v fail_to_reach recip=with,on recip2
LIGHT v hold
LIGHT v conduct
LIGHT v carry_out
LIGHT v launch
LIGHT v stage
LIGHT v mount
LIGHT v express
LIGHT v convey
LIGHT v voice
LIGHT v extend
LIGHT v issue
LIGHT v impose
LIGHT v reimpose
LIGHT v make
LIGHT v pay
LIGHT v lodge
LIGHT v undertake
LIGHT v begin
LIGHT v start
LIGHT v continue
LIGHT v resume
LIGHT v renew
LIGHT v engage
LIGHT v initiate
LIGHT v implement
LIGHT v institute
LIGHT v reiterate
LIGHT v reaffirm
LIGHT v declare
LIGHT v announce
LIGHT v order
LIGHT v send
LIGHT v offer
LIGHT v gather
LIGHT v have
LIGHT v go_through
LIGHT v observe
LIGHT v take
LIGHT v organize
LIGHT v organise
LIGHT v call
LIGHT v keep
LIGHT v open
LIGHT v speed_up
LIGHT v accelerate
LIGHT v complete
LIGHT v step_up
LIGHT v intensify
HOPE v hope
HOPE v wish
`;

// Types of the words carrying each type, for fast lookup by surface form.
export const ENTRIES: Entry[] = [];
const BY_FORM = new Map<string, Entry[]>();

function parse(): void {
  for (const raw of LEXICON.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [typeMode, pos, phrase, ...rest] = line.split(/\s+/);
    const [typeStr, mode] = typeMode.split('/');
    const kv = new Map<string, string>();
    const flags = new Set<string>();
    for (const r of rest) {
      const eq = r.indexOf('=');
      if (eq > 0) kv.set(r.slice(0, eq), r.slice(eq + 1));
      else flags.add(r);
    }
    // HOPE: what is hoped for has not happened ("hoped the truce would let them restore relations").
    const special = typeStr === 'SAY' ? 'say' : typeStr === 'CLAIM' ? 'claim' : typeStr === 'LIGHT' ? 'light' : typeStr === 'HOPE' ? 'content' : null;
    const words = phrase.split('_');
    const e: Entry = {
      type: special ? null : (typeStr as PloverType),
      mode: mode ?? null,
      pos: pos as 'v' | 'n',
      words,
      recip: (kv.get('recip') ?? '').split(',').filter(Boolean),
      frame: special ?? ((kv.get('frame') as Frame | undefined) ?? 'plain'),
      near: kv.has('near') ? new Set(kv.get('near')!.split(',')) : null,
      not: kv.has('not') ? new Set(kv.get('not')!.split(',')) : null,
      flags,
      nearPairs: (kv.get('near') ?? '').includes('_'),
      notPairs: (kv.get('not') ?? '').includes('_'),
      head: pos === 'v' ? 0 : words.length - 1,
      negonly: flags.has('negonly'),
      line,
    };
    ENTRIES.push(e);
    const forms = pos === 'v' ? verbForms(words[0]) : nounForms(words[words.length - 1]);
    for (const f of forms) {
      const list = BY_FORM.get(f) ?? [];
      list.push(e);
      BY_FORM.set(f, list);
    }
  }
}
parse();

/** Lexicon entries whose inflected head word is this (lower-cased) token. */
export function entriesFor(lowerWord: string): Entry[] {
  return BY_FORM.get(lowerWord) ?? [];
}

// Surface forms that can open an event (not only a reporting or support verb), and the modals of
// "X said Y must ...": a sentence without any of them codes nothing and is skipped early.
const EVENT_FORMS = new Set<string>(['must', 'should', 'need', 'needs']);
for (const [form, list] of BY_FORM) if (list.some((e) => e.type)) EVENT_FORMS.add(form);

/** What the lexicon knows of one surface form. */
export interface LexInfo {
  /** Entries whose inflected head word is this form (entriesFor). */
  entries: Entry[];
  /** The form can open an event (mayHoldEvent). */
  event: boolean;
}

const NO_LEX: LexInfo = { entries: [], event: false };
const LEX_INFO = new Map<string, LexInfo>();
for (const [form, list] of BY_FORM) LEX_INFO.set(form, { entries: list, event: EVENT_FORMS.has(form) });
for (const form of EVENT_FORMS) if (!LEX_INFO.has(form)) LEX_INFO.set(form, { entries: [], event: true });

/** The lexicon's entries for a token, looked up once per token. (The lists are shared: never change them.) */
export function lexOf(t: Token): LexInfo {
  let x = t.lex;
  if (x === null) t.lex = x = LEX_INFO.get(t.lower) ?? NO_LEX;
  return x;
}

export function mayHoldEvent(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (lexOf(tokens[i]).event) return true;
  return false;
}

/** Does any lexicon entry open with this (lower-cased) word? */
export function hasEntries(lowerWord: string): boolean {
  return BY_FORM.has(lowerWord);
}

/** Surface forms of the verbs the lexicon knows (reporting, light and trigger verbs). */
export function isLexiconVerb(lowerWord: string): boolean {
  return (BY_FORM.get(lowerWord) ?? []).some((e) => e.pos === 'v');
}
