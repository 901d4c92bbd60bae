/**
 * "We" where an interviewer needs "I": the first-person plural, and "the team", "our team", "my team" or
 * "our squad" standing as the subject of a clause. Quoted speech is other people's words and is left alone.
 */
import { BEFORE_I_CAME, contractedD } from './contractions.js';
import { NOT_MINE, THEIRS_NOT_MINE } from './credit.js';
import { NAME_WORD, TWO_OBJECT_VERBS, findPartnerMentions, isFirm, isOrgLastWord, isPlace, mayBeGivenName, notAName, type PartnerMention } from './names.js';
import { findTeamPassives } from './passive.js';
import { inRanges, quotedRanges } from './quotes.js';
import { POSSESSIVE_ENDING } from './possessive.js';
import { sentenceRanges } from './sentences.js';
import { IRREGULAR_PAST, NOT_OBJECT, OBJECT_WORDS, PARTICIPLE, atClauseStart, wordAfter, wordBefore } from './words.js';

export interface WeMention {
  readonly index: number;
  readonly length: number;
  /** The phrase as written, with the verb that follows when there is one: "we decided". */
  readonly phrase: string;
  /**
   * The same phrase told in the first person singular: "I decided"; or, when `held`, told as the company's: "the company
   * already had".
   */
  readonly suggestion: string;
  /**
   * True when the phrase tells what was had or paid for, not an act: "We already had a licence for GitHub Actions", "We
   * paid for Datadog". "I already had …" would make no sense; whose it was does.
   */
  readonly held?: boolean;
  /**
   * True when the phrase tells what the company was bound to by law or contract, opening its clause: "We must keep the
   * invoices for ten years by law". "I must keep …" would make no sense; the company's duty does ("the company must").
   */
  readonly bound?: boolean;
}

const WE = /\bwe(?:['’](?:re|ve|d|ll))?(?![\p{L}'’-])/giu;
// "our squad" and "my org" cover the candidate's work as much as "our team"; "the org" or "the group" may be
// someone else's, so only the team words go with "the".
// "The whole team", "the core team", "our project team" are the team too; "our side" stands for it ("Our side
// built the workflow") the way "we" does.
const TEAM_KIND = String.raw`(?:(?:whole|entire|core|wider|extended|full|project|programme|program|working|tiger|joint|combined|virtual) )?(?:team|squad|crew|pod)`;
const TEAM = new RegExp(
  String.raw`\b(?:(?:our|my) (?:${TEAM_KIND}|org|organi[sz]ation|group|department)|our side|the ${TEAM_KIND})\b(?!['’]s|\s+(?:of|members?|leads?|manager|managers|lead['’]s)\b)`,
  'giu',
);
// "Team" with no article, opening a bullet or a sentence and followed by a verb in the past: "- Team pulled GPS
// logs" ("Team morale was low", "Team of 12 engineers" describe it).
const BARE_TEAM = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?Team(?=[ \t]+\p{Ll})|[.!?][ \t]+Team(?=[ \t]+\p{Ll})/gu;
// The team fronting an act with no subject, in a bullet or a sentence: "- Along with my team, rebuilt the cart",
// "Together with the team of six, shipped v2". It hides who acted as "- Team pulled the logs" does. ("I, along with my
// team, rebuilt it" and "I rebuilt it along with my team" say "I"; and with no comma straight after the team, the
// phrase goes on to say how the team was, "With our team stretched thin, I moved the launch".) The space before it is
// bounded, so the lookbehind is checked in constant time at each position.
const ALONG_WITH = new RegExp(
  String.raw`(?<=(?:^|[.!?;])[ \t]{0,8}(?:[-*•][ \t]{1,4})?)(?:[Aa]long with|[Tt]ogether with|[Aa]longside|[Ww]ith) (?:(?:our|my) (?:${TEAM_KIND}|org|organi[sz]ation|group|department)|the ${TEAM_KIND})(?: of (?:[\p{L}\p{N}-]+ )?[\p{L}\p{N}-]+)?,(?=[ \t]+\p{Ll})`,
  'gmu',
);
// Words after which "the team" opens a new main clause ("…, then the team shipped it"). Subordinators
// are left out: in "so the team could focus" or "when the team hit a wall" the team is context, not a
// cover for the candidate's own work.
const NARRATIVE_OPENERS = new Set(['then', 'finally', 'eventually', 'together', 'later', 'next']);
const COORDINATORS = new Set(['and', 'but', 'or']);
// After "and the team" a verb must follow for the team to be a subject: "and the team on the call" is not.
const NOT_A_VERB = new Set([
  '', 'on', 'in', 'at', 'to', 'for', 'with', 'about', 'of', 'and', 'or', 'that', 'who', 'which', 'through',
  'into', 'onto', 'from', 'by', 'as', 'during', 'before', 'after', 'over', 'under', 'across', 'behind', 'itself',
  // "Team based in Pune owned the queue": a description, not the verb.
  'based', 'sized', 'located',
]);
const THE = /^the$/i;
const STATIVE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'included', 'consisted', 'numbered', 'sat', 'reported']);
// What any team is made of or needs, whoever's it is: "my team had nine engineers", "my org needed its 40
// services migrated". ("Our team was responsible for the launch" claims the work, so "was" and "is" are
// left out here, and "had to" or "needed to" is something the team did.)
const HAD_TO = /^\s+(?:had|has|needed|needs|wanted)\s+to\b/i;
// "the team was asked to own it", "the team were building the tool", "the team has been asked to": work, not a
// description.
const WAS_DOING =
  /^\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:then\s+|also\s+|now\s+)?(?:asked|tasked|responsible|accountable|expected|required|told|charged|assigned|supposed|going to|able to|on the hook|in charge|(?!(?:missing|lacking|struggling|waiting|growing|shrinking|[\p{L}]*thing)\b)[\p{L}]+ing\b)/iu;
const SIZE = new Set(['had', 'has', 'included', 'consisted', 'numbered', 'sat', 'reported', 'needed', 'needs', 'wanted', 'lacked', 'faced', 'relied', 'depended']);
// How big the team got is a description too: "the team grew to 12", "my team has doubled in size", "has doubled this
// year", "has doubled its headcount", "has doubled." ("The team doubled throughput" is work: the verb has an object.)
const SIZE_CHANGE =
  /^\s+(?:grew|grown|shrank|shrunk|doubled|tripled|trebled|quadrupled|halved)(?:\s+(?:to|from|by|in (?:size|headcount|number)|since|again|overnight|(?:its|their) (?:size|headcount)|headcount|(?:this|last|in|within|over|during) (?:the )?(?:past |last )?(?:\d+|a|one|two|three|four|five|six|year|quarter|month|week|spring|summer|autumn|fall|winter|half|[hq][1-4]))\b|\s*(?:[.,;:!?]|$))/i;
// How many the team was, told with "were" or "was": "We were six engineers and I was their manager", "we were a small
// team of five", "my team was four people", as "the team had six engineers" is. (Not what those people were doing,
// "We were six engineers rebuilding the pipeline", nor a count of anything but people, "we were six weeks late".)
const HEADCOUNT = String.raw`(?:(?:only|just|a\s+mere|about|around|roughly|some|never\s+more\s+than|fewer\s+than|less\s+than|more\s+than)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|a\s+dozen|a\s+handful\s+of|\d+)`;
const PEOPLE = String.raw`(?:engineers?|developers?|devs|people|persons|staff|testers?|analysts?|designers?|scientists?|PMs|SREs|members|FTEs|contractors|specialists|technicians|operators|agents|of\s+us)`;
const TEAM_SIZE = new RegExp(
  String.raw`^\s+(?:were|was|are|is|['’]re)\s+(?:(?:${HEADCOUNT})(?:\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE})?|an?\s+(?:(?:small|tiny|lean|new|young|junior|senior|mixed|distributed|remote|two-site|scrappy|skeleton|thin)\s+)*(?:team|squad|group|crew|pod|unit)(?:\s+of\s+(?:${HEADCOUNT})(?:\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE})?)?)` +
    // …up to the clause's end, or a word that goes on describing them; not an "-ing" that tells their work ("reporting to
    // me" describes).
    String.raw`(?=\s*(?:[.,;:!?)(—–]|$)|\s+(?:and|but|so|plus|with|in|at|on|across|from|under|for|when|while|then|including|reporting|split|spread|based|located|spanning|over)\b)`,
  'iu',
);
// Words between "we" and its verb: kept in the suggestion ("we then ran" → "I then ran")…
const ADVERBS = new Set([
  'then', 'also', 'quickly', 'finally', 'first', 'eventually', 'just', 'really', 'actually', 'immediately',
  'later', 'now', 'initially', 'ultimately', 'soon', 'still', 'already', 'never', 'always', 'often', 'again',
  'instead', 'only', 'carefully', 'deliberately',
]);
// …or dropped from it, because they only make sense in the plural or they hedge ("we sort of ran").
const PLURAL_OR_HEDGE = new Set(['all', 'both', 'together', 'jointly', 'collectively', 'each', 'somehow']);
const HEDGE = /^\s+(?:sort|kind) of(?=\s)/i;
// An adverb of more than one word between the subject and its verb, carried to the suggestion: "We in turn tracked" → "I
// in turn tracked" (not "I in", a unit's "in": UNIT_ASIDE).
const ADVERB_PHRASE = /^\s+(?:in turn|in the end|at once|at first|at last|in fact|of course|in parallel|by then|until then)(?=\s)/i;
// ("My team and me analysed", as second-language English has it, is the same subject.)
const AND_I = /^\s+and (?:I|me)(?=\s)/;
const COMMA_BEFORE = /,\s*$/;
const PAST_VERB =
  /^(?:[\p{L}-]+ed|built|ran|wrote|took|made|set|shipped|kept|led|chose|began|drove|put|cut|got|found|sent|held|brought|spent|went|did|rebuilt|rewrote|then|also|agreed)$/u;
// The unit a "we" is of, set off between it and its past verb: "We in the PMO tracked", "We at the bank agreed", "We in
// the finance team reconciled". The unit's words up to the first past verb (PAST_VERB) after it.
const UNIT_ASIDE = new RegExp(
  String.raw`^\s+((?:in|at|within) (?:the|our|my) (?:[\p{L}&'’-]+\s+){0,3}?[\p{L}&'’-]+)(?=\s+(?:${PAST_VERB.source.slice(1, -1)})(?![\p{L}\p{N}'’-]))`,
  'u',
);
// Agreeing, settling or checking with someone, or putting a thing to them, up to what was agreed or put: "agreed with Raj
// Patel, the ML lead, that", "confirmed with Legal whether", "proposed to the board that". The party is a name or a
// role of a few words, with an aside in commas after it; no article inside it ("agreed with the vendor a plan that we
// ran" is a plan named, and its "that" opens a relative clause).
const PARTY = String.raw`(?:(?:the|our|my|their|his|her)\s+)?[\p{L}\p{N}'’.-]+(?:\s+(?!(?:a|an|the|on|about|to|for|in|at|and|but|or|so|then|which|who|whom|that|what|how|whether|if)\b)[\p{L}\p{N}'’.-]+){0,3}?(?:,[^,.;:!?"“”\n]{1,60},)?\s+`;
const WITH_PARTY = String.raw`(?:(?:agreed|decided|settled|aligned|confirmed|arranged|negotiated|clarified|established|checked|worked out|made sure)\s+with|(?:proposed|suggested|explained|pointed out|made (?:it )?clear|conceded|admitted|said|stressed|mentioned|signall?ed)\s+to)\s+${PARTY}`;
// "we" as the content of something the candidate said or decided is not a cover for their own work: "I
// proposed that we split the rollout", "I told Dana we'd wait", "I had to make sure we can keep the milestone",
// and with whoever was told in between, "I told Maria Gonzales, the marketing director, the same day that we
// would miss Black Friday". In the perfect too: "I have decided that we keep the old cluster", "I've told Dana that we…".
const REPORTED = new RegExp(
  String.raw`\bI(?:\s+(?:have|had)|['’](?:ve|d))?\s+(?:[\p{L}]+ly\s+)?(?:` +
    String.raw`(?:proposed|suggested|asked|argued|recommended|agreed|insisted|decided|showed|explained|pointed out|admitted|acknowledged|conceded|made sure|make sure|ensured|ensure|(?:had|needed|wanted|was|tried) to (?:make sure|ensure)|checked|confirmed|proved|(?:told|warned|convinced|persuaded) [\p{L}]+)\s+(?:that\s+|whether\s+|if\s+|how\s+)?` +
    // What the candidate had to decide, with "we" only in what was decided: "I had to decide what we deliver with 9
    // people", "I decided which topics we move first", "I needed to work out how many brokers we keep".
    String.raw`|(?:(?:had|needed|wanted|was|were|tried|have|has|got) to\s+)?(?:decide|decided|choose|chose|chosen|determine|determined|work out|worked out|figure out|figured out|agree|agreed|settle|settled)\s+(?:what|which|whether|how|when|where|who|if)(?:\s+(?!(?:and|but|or|so|then|to|because|while|when|after|before|once|until|since)\b)[\p{L}\p{N}-]+){0,3}?\s+` +
    // What the candidate saw, knew or thought: "I realised we were going to store location history", "I thought that we
    // need it", and what was plain to them: "I thought it was obvious that we need it".
    String.raw`|(?:realised|realized|noticed|found|learned|learnt|saw|knew|feared|worried|suspected|discovered|spotted|understood|worked out|figured out|thought|believed|felt|expected|argued)\s+(?:it\s+(?:was|is|would be)\s+(?:(?:so|quite|very|fairly|pretty|perfectly|completely)\s+)?(?:obvious|clear|evident|plain|apparent)\s+)?(?:that\s+)?` +
    // …and with the subject shared across "and": "I pulled the ledger and found that we counted refunds twice".
    String.raw`|[^.!?;\n]{1,100}?\b(?:and|then|but)\s+(?:then\s+)?(?:realised|realized|noticed|found|learned|learnt|saw|discovered|spotted|understood|worked out|figured out)\s+(?:that\s+)?` +
    String.raw`|(?:told|warned|asked|reminded|assured|promised|informed|convinced|persuaded|showed|wrote to|emailed|messaged|admitted|acknowledged|conceded|owned up)\s[^.;:!?"“”\n]{1,90}?\s(?:that|whether|if|how)\s+` +
    // …and what the candidate agreed or settled with someone, or put to them: "I agreed with Raj Patel, the ML lead, that
    // we would own latency", "I proposed to Dana that we wait".
    String.raw`|${WITH_PARTY}(?:that|whether|if|how)\s+` +
    // …and what the candidate reasoned in making a call: "I decided to proceed, reasoning that we could scale".
    String.raw`|[^.!?;\n]{1,120}?,?\s+(?:reasoning|thinking|assuming|betting|believing|figuring|expecting|trusting|judging|knowing|hoping|gambling)\s+(?:that\s+)?` +
    String.raw`)$`,
  'u',
);
// A phrase put between a content's "that" and its subject, which leaves "we" in the content: "I told Maria Schulz that in
// my opinion we need until the 15th", "that frankly we", "that, given the load tests, we", "that given the load tests,
// we". (A phrase with a comma only after it opens with a preposition or a participle: "that the vendor was late, we
// rebuilt it" is a clause, the story going on.)
const ASIDE_WORDS = String.raw`(?:in\s+my\s+(?:opinion|view|estimate|estimation|judge?ment|experience)|to\s+my\s+mind|as\s+I\s+saw\s+it|in\s+(?:all\s+)?honesty|at\s+(?:best|most|the\s+earliest|the\s+latest)|probably|perhaps|maybe|possibly|even|still|\p{L}+ly)`;
const ASIDE_LEAD = String.raw`(?:given|considering|based\s+on|according\s+to|in|on|at|by|with|without|after|before|from|for|under|despite|once|unless|if|when|until)`;
const CONTENT_ASIDE = new RegExp(
  String.raw`\b(that|whether|if|how)(?:\s*,\s*[^,.;:!?"“”\n]{1,60}?,|\s+${ASIDE_LEAD}\s[^,.;:!?"“”\n]{1,60}?,|(?:\s+${ASIDE_WORDS}\s*,?){1,2})\s*$`,
  'iu',
);

/** `head`, the text before a subject, with any phrase put between a content's "that" and the subject left out. */
function withoutAside(head: string): string {
  return head.replace(CONTENT_ASIDE, '$1 ');
}

// "we" inside a relative clause, having or using a thing, describes it; it doesn't tell the candidate's act:
// "the image variants, which we were paying premium rates for", "the one tool that we all used", and with no comma or
// article, "using GitHub Actions which we already had licence for". ("The first thing that we did", "the change, which
// we then ran in four waves" are the work.)
const RELATIVE = /(?:\bwhich|\bwhom|\b(?:the|a|an|this|these|those|every|each|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+)\s+(?:which|that))\s+$/iu;
// The same without "which" or "that", right after a noun with its article: "a premium tier we never used", "the
// flexibility we had always kept", "a risk we could mostly cover", "an estate we were about to shrink". (A
// word no noun is before "we" stops it: "the team and we", "the plan so we", "the build and finally we"; and so does a
// dash between clauses, "the app - we used Kafka".)
const CONTACT_RELATIVE = /\b(?:the|a|an|this|these|those|every|each|any|some|no)\s+(?:(?!(?:and|but|or|so|then)\s)[\p{L}\p{N}-]+\s+){0,2}?(?!(?:and|but|or|so|then|now|finally|also|later|soon|thus|hence|because|when|after|before|once|until|while|if|as|since|that|which|who|where|how|what|why|to|of|for|with|in|on|at|by|from|into|about|than)\s)(?!-\s)[\p{L}-]+\s+$/iu;
// Unless the noun is a time or the phrase opens the sentence or clause: "Over the weekend we could not deploy",
// "In the first week we could move the jobs", "By the end of the quarter we could serve 10k rps".
const TIME_WORD = String.raw`(?:week|weekend|night|day|morning|evening|afternoon|month|quarter|year|sprint|time|end|start|beginning|moment|hour|minute|meantime|interim|period|phase|window|stage|point|wave|round)s?`;
// (Not a thing kept that is named by a time: "the rest periods we have to keep under the FAA rules", "the notice period
// we must give".)
const TIME_NOUN = new RegExp(String.raw`\b(?<!\b(?:rest|notice|retention|cooling-off|grace|warranty|waiting|lock-?up|duty|flight|standstill)\s+)${TIME_WORD}\s+$`, 'iu');
// Nor after a clause that opens the sentence with no comma: "When the vendor missed the date we paid for a second
// vendor", "Once I fixed the bug we could deploy again".
const OPENING_CLAUSE = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:when|whenever|once|as soon as|after|before|because|if|since|until|while|as|although|though)\s[^,.;:!?\n]*$/i;
// (After a comma only where the comma ends a word or two that open the sentence, "However, over the weekend we…", or
// a conjunction opens a clause after it, ", and over the weekend we…": a phrase after any other comma ends the clause
// before it, "…two years of platform work, for a risk we could reduce with exit clauses".)
const PHRASE_OPENS = String.raw`(?:^|[.!?;:\n]\s*|(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+,\s*|(?:,\s*|\s)(?:and|but|so|yet|then)\s+(?:then\s+)?)(?:[-*•]\s+)?(?:in|on|at|over|by|during|within|after|before|for|through|throughout|across|from|until|since|with|without|under)\s+`;
const OPENING_PHRASE = new RegExp(String.raw`${PHRASE_OPENS}(?:the|a|an|this|these|those|every|each|any|some|no)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+\s+$`, 'iu');
// …and with no article: "With two more engineers we could ship in May".
const OPENING_PHRASE_BARE = new RegExp(String.raw`${PHRASE_OPENS}(?:(?!(?:I|we|they|he|she|you)\s)[\p{L}\p{N}'’-]+\s+){1,4}$`, 'iu');
// What a thing could be, or was about to be, in such a clause: "a risk we could mostly cover".
// "As engineering lead I owned the cutover for the 14 airlines we handle": a title, then the main clause.
const AS_TITLE_THEN_I = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?As\s+(?:[\p{L}'’-]+\s+){1,4}?I\s[^,.;:!?\n]*$/u;

// …nor one that has ended before "we", the main clause begun after it with "I" and no comma: "When I priced the
// renewal I saw lock-in as a risk we could reduce with exit clauses". ("Once I fixed the bug we could deploy": the "I"
// is the opening clause's own, after its first word; "…and I…" and "…that I…" stay inside it.)
const MAIN_I_AFTER = /^(?:when|whenever|once|as soon as|after|before|because|if|since|until|while|as|although|though)\s+\S[^,.;:!?\n]*?(?<!\b(?:and|but|or|so|then|that|which|who|whom|where|when|once|if|as|because|since|until|while|after|before|though|although|whether|how|what|why)\s+)(?<=[\p{L}\p{N}]\s+)I\s+\p{Ll}/iu;

/** Whether `head`, the words before "we", are inside a clause or phrase that opens the sentence. */
function opensClause(head: string): boolean {
  const opening = OPENING_CLAUSE.exec(head);
  if (!opening || AS_TITLE_THEN_I.test(head)) return false;
  return !MAIN_I_AFTER.test(head.slice(opening.index).replace(/^[.!?;:\n]\s*(?:[-*•]\s+)?/, ''));
}

const ABOUT_TO = /^\s+(?:were|was)\s+(?:about|going)\s+to\b/i;
// A cost or a premise the candidate took on, not an act: "I chose the cheaper plan, accepting that we would
// lose their anomaly detection", "knowing we had two weeks".
const CONCEDED = /\b(?:accepting|accepted|knowing|expecting|assuming|given|hoping|fearing|betting|trusting|conceding)\s+(?:that\s+)?$/iu;
// A constraint, not an act: "we did not have them", "we had no budget for it", "we lacked a test rig".
const COMPARED_BEFORE = /\b(?:before|after|than|as soon as|sooner than|earlier than)\s+$/i;
const COMPARED_ELLIPSIS = /^\s+(?:did|had|could|were|do|does|would)\s*(?:[.,;:!?)]|$)/i;
const HAD_NONE = /^\s+(?:did(?:\s+not|n['’]t)\s+have|had\s+(?:no|neither|nothing|little|too little|not enough)|lacked|were\s+(?:short|out)\s+of)\b/i;
// …or trouble it had to work in, as "we had no test rig" is: "We had some problems with the network, so I asked…", "we
// kept hitting timeouts", "we ran into delays at customs". (Not trouble the team had seen to, "We had the problems
// fixed by Friday", nor what it did about it, "We fixed the problems", nor had to do, "we had problems to fix".)
const TROUBLE = String.raw`(?:problems?|issues?|trouble|troubles|difficult(?:y|ies)|outages?|incidents?|failures?|bugs?|defects?|delays?|gaps?|constraints?|limitations?|blockers?|setbacks?|complaints?|errors?|timeouts?|glitches|hiccups|headaches|disruptions?|shortages?|capacity\s+problems?)`;
const HAD_TROUBLE = new RegExp(
  String.raw`^\s+(?:(?:still|also|often|regularly|repeatedly|constantly|always|then|soon|quickly|first)\s+)?(?:had|faced|hit|ran\s+into|came\s+up\s+against|encountered|experienced|were\s+(?:having|hitting|facing|seeing)|kept\s+(?:having|hitting|seeing|running\s+into))\s+(?:(?:a|an|the|some|several|many|more|a\s+few|a\s+lot\s+of|lots\s+of|the\s+same|our|constant|frequent|repeated|recurring|serious|major|minor|big|real|persistent|intermittent|ongoing|unexpected|early|further|new|two|three|four|five|\d+)\s+)*(?:(?!(?:to|for|the)\b)[\p{L}-]+\s+)?${TROUBLE}\b(?!\s+(?:head-on|head\s+on|hard|fixed|solved|resolved|closed|sorted|removed|cleared|patched|to\s+(?:fix|solve|resolve|close|sort|clear|patch|remove|work\s+through)|(?!(?:related|caused|linked|tied)\b)[\p{L}-]+ed\b))`,
  'iu',
);
// …or a state reached that ends a time: "I sat with their engineers for two days until we had a stable certification
// environment", "before we had sign-off". It tells when, not what the team did. (Not a perfect, "until we had rebuilt
// it", nor what had to be done, "until we had to stop", nor others made to do it, "until we had the vendor rebuild it".)
const TIME_ENDS_BEFORE = /\b(?:until|till|by\s+the\s+time|before)\s+$/i;
// (What may follow the thing had: the clause's end or a word that goes on; and who may not be had, doing something: "until
// we had the vendor rebuild it".)
const STATE_GOES_ON = String.raw`(?:and|but|so|or|for|in|on|at|to|from|with|again|ready|running|working|live|in\s+place|that|which|I|we)\b`;
const DOERS = String.raw`(?:teams?|squads?|vendors?|suppliers?|contractors?|engineers?|developers?|people|staff|partners?|carriers?|agency|agencies|consultants?|it|them|him|her|us|everyone|someone|everybody)`;
const STATE_REACHED = new RegExp(
  String.raw`^\s+(?:(?:finally|actually|really|at\s+last|both|all)\s+)?(?:had\s+(?!(?:to|got|been|just|already|also|finally)\b)(?:a|an|the|some|enough|our|its|all|both|every|one|two|three|four|five|\d+)\s+(?!(?:[\p{L}\p{N}-]+\s+){0,2}?${DOERS}\s+(?!${STATE_GOES_ON})\p{Ll})(?:[\p{L}-]+ed\s+)?(?:(?![\p{L}-]+ed\b)[\p{L}\p{N}-]+\s+){0,3}?(?![\p{L}-]+ed\b)[\p{L}\p{N}-]+|were\s+(?:(?:all|both|fully|really)\s+)?(?:ready|sure|confident|certain|satisfied|comfortable|green|stable|in\s+the\s+clear))` +
    String.raw`(?=\s*(?:[.,;:!?)]|$)|\s+${STATE_GOES_ON})`,
  'iu',
);
// …or a window it stood in: "I pushed to fix it while we still had runway", "while we had the budget", "While we still
// had both rooms staffed, I ran each desk". (Not "while
// we had to wait" or "while we had rebuilt the cart": acts.)
const WHILE_BEFORE = /\b(?:while|whilst)\s+$/i;
const HAD_WINDOW = /^\s+(?:still\s+|only\s+)?(?:had|have)\s+(?!(?:to|got|been|done|made|built|run|taken|sent|shipped|written|set|cut|put)\b|[\p{L}-]+ed\b|(?:already|just|also|since|finally)\b)(?:(?:both|the|our|all|two|three)\s+(?:[\p{L}-]+\s+){1,2}(?:staffed|running|live|open|online|in\s+place|in\s+service)\b|(?:the\s+|some\s+|enough\s+|a\s+(?:few|little|bit)\s+)?(?:runway|time|budget|money|cash|capacity|headroom|slack|buffer|room|leverage|funding|weeks?|days?|months?|quarters?|sprints?|people|staff|headcount|engineers|contractors|the\s+(?:old|original|vendor['’]s|contract)\b))/iu;
// What the team thought, not what it did: "rather than what we assumed".
const WHAT_WE_THOUGHT = /^\s+(?:assumed|thought|expected|believed|guessed|knew|hoped|feared|imagined|predicted|suspected)\b/i;
// A thing described by what the team needed, faced or was doing with it: "the fields we needed", "real
// problems we were solving", "the risks we faced".
const DESCRIBING = new Set(['needed', 'need', 'wanted', 'want', 'were', 'was', 'faced', 'face', 'knew', 'know', 'expected', 'inherited']);
// "we were running three pilots", "we needed two more testers": the verb takes an object after it.
const OBJECT_AFTER = /^\s+(?:(?:were|was|had|have)\s+\p{L}+|(?!(?:were|was|had|have)\b)\p{L}+)\s+(?!(?:for|with|on|in|at|by|and|but|so|when|while|because|to|from|of|about|then|there|here)\b)[\p{L}\p{N}]/u;
// A lower-case word that can end a noun phrase, right before "we"; not a word that opens or joins a clause.
const NOUN_BEFORE =
  /\b(?!(?:and|but|or|so|then|now|thus|hence|therefore|finally|later|soon|also|only|because|when|after|before|once|until|while|if|as|since|that|which|who|where|how|what|why|whether|though|although|yet|still|last|first|next|eventually|ultimately|afterwards|afterward|meanwhile|suddenly|immediately|instantly|quickly|again|together|already|even|just|today|tonight|tomorrow|yesterday|overnight)\s)(?![\p{L}-]+ly\s)\p{Ll}[\p{L}-]{2,}\s+$/u;
// A modal and its verb with nothing after them but the clause's end: the object is the noun before "we".
const GAP_AFTER = /^\s+(?:could|can|would|might)\s+(?:[\p{L}]+ly\s+)?\p{L}+\s*(?:[,.;:)!?]|$)/u;
// …or, after things named in the plural, with the verb's adjunct after it and still no object: "I listed three
// risks we could reduce with exit clauses", "price rises and data egress as risks we could cover in the contract".
const PLURAL_BEFORE = /[^\s'’siu]s\s+$/u;
const ADJUNCT_AFTER =
  /^\s+(?:could|can|would|might)(?:\s+not|n['’]t)?\s+(?:[\p{L}]+ly\s+)?\p{L}+\s+(?:with|by|through|via|using|without|within|under|in|at|on|for|from|to|into|before|after|once|if|when|later|first|again|ourselves|in-house)\b/iu;
// What the team could not explain or did not know, said of the noun before it, with the clause ending on its
// verb: "40 differences we could not explain", "limits we did not know about" (a state, not an act).
const UNKNOWN_AFTER = /^\s+(?:could(?:\s+not|n['’]t)|did(?:\s+not|n['’]t)|had(?:\s+not|n['’]t))\s+(?:yet\s+)?(?:explain(?:ed)?|know|known|understand|understood|see|seen|find|found|trace(?:d)?|predict(?:ed)?|reconcile(?:d)?|account(?:ed)? for|foresee|foreseen|anticipate(?:d)?|expect(?:ed)?)(?:\s+(?:about|of|yet))?\s*(?:[,.;:)!?]|$)/iu;
const BARE_PLURAL_BEFORE = /\b(?:around|on|about|with|for|into|from|of)\s+(?:[\p{L}-]+\s+)?[\p{L}-]{3,}s\s+$/iu;
const STRANDED = /^\s+(?:[\p{L}-]+\s+){1,2}?(?:for|on|with|from|in)\s*(?:[.,;:)!?]|$)/u;
// …and any clause ending on its preposition, after a noun with its article or a "which"/"that", whatever its verb: "the
// 2021 overrun, the one we lost nine days to", "the vendor we sent the logs to", "the plan we signed off on". (Not a
// particle, "the cluster we shut down", nor "Then we moved on": no noun before.)
const STRANDED_ANY = /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:to|for|on|with|from|in|at|about|into|onto|by|through|against|towards?|of|after)\s*(?:[.,;:)!?]|$)/u;
// "every street we dug was one the council was about to resurface", "each site we visited had a weak signal": a thing
// picked out by every one the team did something to, with no object after the verb, describes a set; it tells no act.
// (Not a time, "Every week we shipped.", "each iteration we retrained.", nor with an object, "each week we ran the job".)
const QUANTIFIED = /\b(?:[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Aa]ll(?:\s+the)?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*\s+$/u;
// Such a thing opening its clause must be the subject of a verb after the team's ("every street we dug was one…", "each
// site we visited in May had…"); with none, it is the team's act with its object put first: "Every incident we fixed
// within a day.", "All the runbooks we rewrote in two weeks." (After a verb or a preposition, "I asked every vendor we
// spoke to for a quote", it is an object described.)
const QUANTIFIED_OPENS = /(?:^|[.!?;:\n]\s*(?:[-*•]\s+)?|,\s*|\b(?:and|but|or|so|that|then|because|since|when|while|once|until|if|although|though)\s+)(?:[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Aa]ll(?:\s+the)?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*\s+$/u;
const QUANTIFIED_MAIN = new RegExp(
  String.raw`^\s+(?:(?:\p{L}+ly|then|also|ever|had|have|could|would|can|will|did)\s+)*\p{L}[\p{L}'’-]*(?:\s+(?:up|out|down|off|back|over))?(?:\s+(?!(?:and|or|but|so|then|because|while|when|until|once|if|since|I|we|they|he|she|it|you)\b)[\p{L}\p{N}'’-]+){0,9}?\s+(?<!\b(?:the|a|an|our|their|its|this|that|these|those|my|his|her)\s+)(?:was|were|is|are|had|has|have|got|became|went|stayed|needed|would|could|will|must|can|should|might|did|does|do|(?!(?:speed|hundred|need|bed|seed|feed|shed|deed|weed|greed|breed|creed|reed|steed|sled|bled)\b)[a-z]{2,}ed|${IRREGULAR_PAST.join('|')})\b`,
  'u',
);
const CYCLE_NOUN = /\b(?:iteration|cycle|release|shift|season|batch|run|go|attempt|try)s?\s+$/iu;
const QUANTIFIED_GAP =
  /^\s+(?:(?:\p{L}+ly|then|also|ever|had|have|could|would|can|will|did)\s+)*\p{L}[\p{L}'’-]*(?:\s+(?:up|out|down|off|back|over))?(?:\s*(?:[,.;:)!?]|$)|\s+(?:was|were|is|are|had|has|got|became|went|stayed|needed|would|could|will|must|to|in|on|at|for|with|from|into|by|through|across|before|after|during|within|and|but|so|because|while|when|until)\b)/u;
// Having or needing to do something is the work, not a thing had: "the cluster that we had to rebuild", "the services we
// needed to migrate".
const OBLIGED = /^\s+(?:(?:\p{L}+ly|still|also|then|already|just|first)\s+)*(?:had|has|have|needed|need)\s+to\s+\p{L}/iu;
const NEEDING = new Set(['needed', 'need', 'wanted', 'want']);
// A verb that ends its clause, or one with a purpose after it: "the windows we needed.", "the window we had for the cutover".
const TIME_GAP = /^\s+(?:(?:\p{L}+ly|still|already|then|also|only)\s+)*\p{L}+(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|so|or|because|while|when|until|before|after)\b|\s+for\s+(?:the|a|an|our|its|their|this|that|each|every)\b)/u;
const HAVING = new Set(['paid', 'pay', 'paying', 'used', 'use', 'using', 'owned', 'own', 'relied', 'rely', 'had', 'have', 'kept', 'keep', 'licensed', 'licence', 'license', 'rented', 'leased', 'depended', 'shared', 'bought', 'inherited', 'handle', 'handled', 'serve', 'served', 'operate', 'operated', 'fly', 'flew']);
// A thing named by what the team once did to it, as the subject of a clause that goes on to describe it, with the
// candidate's act after it in the sentence: "The queue we built was designed for 2,000 messages a second, so I split
// it". The "we" is background naming the thing. ("We built the queue", "The first thing we did was call the vendor",
// "The plan we agreed was to cut scope, so I…" (a call), "the change, which we then ran in four waves" are the work,
// and so is a thing named by what the team achieved with it, "The migration we completed was audited, and I…", unless
// told as the past before the story: "the service we launched last year could only take…".)
const NAMED_BY_US = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose)\s+(?!(?:first|next|last|second|third|final|only|one|main|real|big|biggest)\s)(?:(?!(?:and|but|or|so|then|that|which)\s)[\p{L}\p{N}-]+\s+){0,2}?(?!(?:thing|things|step|steps|move|moves|action|actions|call|calls|choice|choices|decision|decisions|and|but|or|so|then|that|which|to|of|for|with|in|on|at|by|from|as|than|because|when|while|if)\s)\p{Ll}[\p{L}-]+\s+(?:that\s+)?$/u;
const ONCE_DID =
  /^\s+(?:(?:had\s+)?(?:(?!(?:agreed|decided|chose|picked|settled|planned|proposed|did|took|made|needed|wanted)\b|(?:completed|launched|shipped|delivered|finished|migrated|released|achieved|landed|implemented|executed|closed|piloted|rolled)\b(?!\s+(?:out\s+)?(?:last|the (?:previous|year|quarter) before|(?:a|one|two|three|four|five|\d+)\s+(?:years?|quarters?|months?)\s+(?:ago|before|earlier)|years ago|in (?:19|20)\d\d|earlier|before I)\b))[\p{L}-]+ed|built|wrote|set up|put in|bought|ran|rebuilt|rewrote|inherited)\b)(?:\s+(?!(?:I|we|and|but|so|then|was|were)\b)[\p{L}\p{N}-]+){0,4}?\s+(?:was|were|is|are|had|has|could|couldn['’]t|would|only|still|already|never|handled|ran|held|peaked|topped|capped)\b[^.;!?\n]{0,200}?(?:,\s*|;\s*|\b(?:so|and|but|then)\s+)I\s/u;

const SINGULAR: Record<string, string> = {
  we: 'I', "we're": "I'm", 'we’re': 'I’m', "we've": "I've", 'we’ve': 'I’ve', "we'd": "I'd", 'we’d': 'I’d',
  "we'll": "I'll", 'we’ll': 'I’ll',
};
const NEXT_WORD = /^\s+(\p{L}[\p{L}'’-]*)/u;
// The perfect, as German and Polish English tells a finished act ("we have migrated the topics", "my team has adapted
// the Spark jobs", "we had already decided"): the participle (group 1) after the auxiliary and any adverbs says what
// was done, so it is quoted and kept ("I have migrated …"), not the auxiliary alone.
// Each adverb is read one way ("finally", "jointly" by [a-z]+ly alone), or a run of them with no participle after it
// backtracks through every reading: 24 "finally"s after "We have" took 17 s.
const PERFECT_TAIL = String.raw`(?:\s+(?:already|also|just|since|then|now|first|again|together|[a-z]+ly))*\s+(?!(?:need|feed|seed|speed|indeed|red|bed|shed|based|related|interested|concerned|supposed)\b)(?=${PARTICIPLE})([a-z]+)`;
const PERFECT = new RegExp(String.raw`^\s+(?:has|have|had)${PERFECT_TAIL}`, 'u');
// …after "we've" or "we'd" ("we've moved", "we'd decided").
const PARTICIPLE_NEXT = new RegExp(`^${PERFECT_TAIL}`, 'u');
// A perfect that tells how things have long stood, not what the team did: a duration in its clause ("The team has
// used feature flags for years, so I…", "My team has owned checkout since 2019", "for a decade", "has always run"),
// or having, using, owning or running a bare noun ("we have used feature flags", "my team has owned checkout"). ("My
// team has doubled throughput" is the act; so is "have used the flags to…", "has used MirrorMaker 2".)
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|\d+)`;
const DURATION = String.raw`(?:for\s+(?:(?:many|several|a\s+few|${NUMBER_WORD})\s+(?:years|decades)|years|decades|ages|a\s+decade|a\s+long\s+time|as\s+long\s+as|over\s+a\s+decade|the\s+(?:past|last)\s+(?:(?:few|${NUMBER_WORD})\s+)?(?:years|decade))|since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|launch|its\s+launch|day\s+one|the\s+(?:start|beginning)|(?:before\s+)?I\s+joined))\b`;
// …or a participle before a bare noun with a recurrence after it, which tells a standing arrangement the team has, not
// an act: "My team has planned maintenance every Sunday", "we have scheduled releases twice a week", "on Fridays". An
// act done once has no "every Sunday"; a participle before a bare noun is an adjective as often as a verb, and the
// recurrence says which ("We have migrated the service every weekend" has an object of its own: the act, repeated).
// (Not across a preposition that gives the act its goal or means: "have moved label printing to the depots weekly".)
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const RECURRENCE = String.raw`(?:(?:every|each)\s+(?:other\s+|second\s+|single\s+)?(?:day|night|morning|evening|week|weekend|fortnight|month|quarter|year|sprint|release|shift|cycle|season|${WEEKDAY})|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|bi-?weekly|on\s+(?:${WEEKDAY}s|weekends|weeknights|weekdays|nights)|(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each|every)\s+(?:day|night|week|month|quarter|year|sprint))\b`;
const BARE_NOUN = String.raw`(?!(?:${OBJECT_WORDS}|${NOT_OBJECT}|by|from|onto)\b)[a-z][a-z-]*\b(?<!ly)(?!['’])`;
const STATE_TAIL = String.raw`(?:\s+(?:already|also|just|long|[a-z]+ly))*\s+(?:always\b|(?:used|owned|run|had)\s+(?!(?:${OBJECT_WORDS}|${NOT_OBJECT})\b(?![-'’]))[a-z][a-z-]*\b(?<!ly)(?!['’])|[a-z]+\b[^,.;:!?\n]{0,80}?\b${DURATION}|[a-z]+ed\s+${BARE_NOUN}(?:\s+${BARE_NOUN}){0,2}?\s+${RECURRENCE})`;
const STATE_PERFECT = new RegExp(String.raw`^\s+(?:has|have|had)${STATE_TAIL}`, 'u');
// …after "we've" or "we'd".
const STATE_PARTICIPLE_NEXT = new RegExp(`^${STATE_TAIL}`, 'u');
// "we have been asked": "been" goes with its auxiliary too, "I have been …".
const HAVE_BEEN = /^\s+(?:has|have|had)\s+been\b/;
const BEEN_NEXT = /^\s+been\b/;
const AUXILIARY = new Set(['has', 'have', 'had']);
// What only a group does: "our team agreed" is not "I agreed", so the suggestion says how the candidate got
// them there.
// ("We decided" → "I decided" stays: owning the decision is the point. "We agreed with Legal" → "I agreed
// with Legal" stays too: there the other party is named.)
const WITH = /^\s+with\b/i;
const COLLECTIVE: Record<string, string> = { agreed: 'agree', voted: 'vote', aligned: 'align', converged: 'converge', debated: 'debate' };

/**
 * "I" and the rest of the predicate; for a verb only a group does, how the candidate got the group (`who`:
 * "the team", "the org") to do it, keeping any adverb: "we then agreed" → "I then got the team to agree".
 * `after` is the text after the mention: "agreed with Legal" names the other party, and stays "I agreed".
 */
function singular(i: string, rest: string, after: string, who = 'the team'): string {
  const words = rest.trim().split(/\s+/);
  const at = verbAt(words);
  const verb = at === -1 ? '' : words[at]!.toLowerCase();
  // "the team pulled together", "we all came together": a group acting as one, like "agreed".
  const base = COLLECTIVE[verb] ?? (TOGETHER.test(after) ? TOGETHER_BASE[verb] : undefined);
  if (base === undefined || WITH.test(after)) return i + rest;
  return [i, ...words.slice(0, at), 'got', who, 'to', base].join(' ');
}
const TOGETHER = /^\s+together\b(?!\s+with\b)/i;
// What a group does "together", as the candidate would get it to: "pulled together" → "pull".
const TOGETHER_BASE: Record<string, string> = {
  pulled: 'pull', came: 'come', worked: 'work', rallied: 'rally', banded: 'band', got: 'get', stuck: 'stick',
  huddled: 'huddle', moved: 'move', stood: 'stand', sat: 'sit', held: 'hold', joined: 'join', planned: 'plan',
};

/** Where the verb is in a predicate's words, past any adverb; in a perfect, its participle ("have agreed"). */
function verbAt(words: readonly string[]): number {
  const at = words.findIndex((w) => !ADVERBS.has(w.toLowerCase()));
  if (at === -1 || !AUXILIARY.has(words[at]!.toLowerCase()) || at === words.length - 1) return at;
  return words.findIndex((w, k) => k > at && !ADVERBS.has(w.toLowerCase()));
}

/**
 * The mention of "we" or the team at `index`: `phrase` as written, told in the singular as `i` and the predicate's
 * `rest`, with `after` the text that follows the phrase. A call made with someone named is quoted with them and told
 * with them ("Dr. Anna Weber, our DPO, and I have decided"); any other, as `singular` tells it.
 */
function mention(index: number, length: number, phrase: string, i: string, rest: string, after: string, who = 'the team'): WeMention {
  const words = rest.trim().split(/\s+/);
  const at = verbAt(words);
  const partner = at !== -1 && PARTNER_CALL.has(words[at]!.toLowerCase()) ? WITH_PARTNER.exec(after) : null;
  if (!partner) return { index, length, phrase, suggestion: singular(i, rest, after, who) };
  const said = after.slice(0, partner[0].length - (partner[2] ? 1 : 0)).replace(/\s+/g, ' ');
  return { index, length, phrase: phrase + said, suggestion: `${partner[1]}${partner[2] ?? ''} and ${i}${rest}` };
}

const VERB_AGREEMENT: Record<string, string> = { were: 'was', are: 'am', have: 'have', has: 'have' };
// What two people do to each other: after "Dana and I disagreed", "we argued it out" is the pair, named, and
// "I argued it out" would lose the other side. Only these verbs: "Dana and I met. We then rebuilt the plan"
// may be the team again.
const RECIPROCAL = new Set([
  'argued', 'disagreed', 'debated', 'talked', 'spoke', 'met', 'sat', 'compromised', 'shook', 'hashed', 'negotiated',
  'clashed', 'agreed', 'haggled',
]);
// A call the two made together, with the one the candidate sat with named in the same sentence: "I have sat together
// with Laura Schmidt, the product director, and we have cut the roadmap", "I met Dana Kowalski and we decided to wait".
// (A sentence later, "we cut the scope" may be the team's again; "we cut over" is work.)
const JOINT_CALL = new Set([
  'decided', 'chose', 'chosen', 'picked', 'settled', 'cut', 'dropped', 'deferred', 'postponed', 'descoped', 'de-scoped', 'trimmed',
  'parked', 'prioritised', 'prioritized', 'deprioritised', 'deprioritized', 'reprioritised', 'reprioritized',
]);
const CUT_OVER = /\bcut\s+over\b/i;
// The two taking what they disagree on to someone to settle it: after "Shona and I disagreed about rest after night
// shifts", "so we took it to the CAA surveyor" is the pair, as "we argued it out" is. Only "it" or the point at issue,
// put to a person or a body that rules on it, named by a role or a name ("we took it to production", "we took the fix
// to the other sites" are work).
// Any chief officer by initials, listed: not every C…O is one ("CSIRO" is a research body).
const CHIEF_OFFICER = String.raw`(?:CEO|CFO|CTO|COO|CIO|CISO|CCO|CMO|CPO|CRO|CDO|CDAO|CAIO|CHRO|CSO|CLO|CAO|CXO)`;
const ARBITER = String.raw`(?:surveyors?|inspectors?|auditors?|regulators?|board|committee|panel|council|ombudsman|arbiters?|arbitrators?|mediators?|judges?|managers?|directors?|heads?|leads?|VPs?|sponsors?|owners?|architects?|officers?|chiefs?|counsel|lawyers?|${CHIEF_OFFICER}|EM|PM|TPM|steering\s+(?:group|committee))`;
const TOOK_IT_TO = new RegExp(
  String.raw`^\s+(?:(?:then|jointly|together|both)\s+)?(?:took|brought|escalated|referred|put)\s+(?:it|this|that|the\s+(?:question|point|disagreement|dispute|decision|call|choice|issue|matter|argument))\s+(?:up\s+)?to\s+(?:(?:the|our|my|their|his|her)\s+(?:[\p{L}\p{N}&'’-]+\s+){0,3}?${ARBITER}\b|${NAME_WORD}(?!\s+(?:team|squad|org|group|department)\b))`,
  'u',
);
// A call made with someone named, the team's side unnamed: "We have decided together with Dr. Anna Weber, our DPO,
// that…". The "we" is the candidate's side, not the two of them, so it still hides who decided; the wording that
// doesn't names both, "Dr. Anna Weber, our DPO, and I have decided…". A full name, or a title and a name (not "with
// Legal"), and who they are between commas.
const PARTNER_CALL = new Set([...JOINT_CALL, 'agreed', 'aligned']);
const WITH_PARTNER = new RegExp(
  String.raw`^\s+(?:together\s+|jointly\s+)?with\s+((?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}|${NAME_WORD}(?:\s+${NAME_WORD}){1,2})(?![\p{L}\p{N}])(,\s+(?:the|our|my|their|its|a|an)\s+[^,.;:!?\n]{1,50}?,)?`,
  'u',
);
// A team named by what it does or whose it is, as one added to "we": "the Google Cloud team", "the platform team". (Not
// the candidate's own, "the whole team", "the rest of the team".)
const NAMED_TEAM = String.raw`the\s+(?:(?!(?:whole|entire|wider|same|new|other|rest|core|project|delivery)\s)[\p{L}&-]+\s+){1,3}(?:team|squad|org|group|department|crew)`;
// …and the same told first, the one added to "we" opening its clause: "Together with Jana we profiled the service", "With
// Kavitha, we agreed on a two-week freeze" (new users' trials: the message asked for "I profiled …" and "I got the team to
// agree …", which drop the one named). The "we" is still the candidate's side with someone added, as after the verb, so
// the wording that names both is asked for: "Jana and I profiled …". A full name, or a title and a name, or a given name
// standing alone (names.ts: not "With Legal", "With Kafka"); after a bare "With" a given name alone only for a call the two
// made ("With Kafka, we rebuilt the pipeline" tells what it was done with).
const FRONTED_PARTNER = new RegExp(
  String.raw`(?:^|[.!?;:\n]\s*|,\s*(?:and|but|so|then)\s+)(?:[-*•]\s+)?(?:([Tt]ogether\s+with|[Jj]ointly\s+with|[Aa]long\s+with|[Aa]longside)|[Ww]ith)\s+((?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}|${NAME_WORD}(?:\s+${NAME_WORD}){0,2}|${NAMED_TEAM})(?![\p{L}\p{N}])(,\s+(?:(?:the|our|my|their|its|a|an)\s+)?[^,.;:!?\n]{1,50}?,|\s+\([^()\n]{1,50}\))?\s*,?\s*$`,
  'u',
);

/**
 * The one added to "we" before it, opening its clause ("Together with Jana"), as written ("Jana", "Jana Hoffmann, Head of
 * Platform,"), with `verb` the predicate's verb; undefined when no one is.
 */
function frontedPartner(text: string, at: number, verb: string): string | undefined {
  const m = FRONTED_PARTNER.exec(text.slice(Math.max(0, at - 140), at));
  if (!m) return undefined;
  const name = m[2]!;
  const single = !/\s/.test(name);
  if (single && (!mayBeGivenName(name) || (m[1] === undefined && !PARTNER_CALL.has(verb.toLowerCase()) && !RECIPROCAL.has(verb.toLowerCase())))) return undefined;
  // A firm's, a product's or a place's name of two or three words is no one the candidate acted beside ("Together with
  // Google Cloud we migrated the cluster": "I migrated …"); its team is ("the Google Cloud team and I migrated …").
  if (!single && !/^the\s/.test(name) && !/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\b/.test(name) && name.split(/\s+/).some((w) => notAName(w) || isFirm(w) || isOrgLastWord(w) || isPlace(w))) return undefined;
  return `${name}${m[3] ?? ''}`.replace(/\s+/g, ' ');
}

// "we met weekly" is the pair; "we met the deadline" (or "we have met the deadline") is the work.
const MET_A_TARGET = /^\s+(?:(?:have|has|had)\s+)?met\s+(?:the|our|its|their|all|both|every)\s+(?:[\p{L}-]+\s+)?(?:deadlines?|dates?|targets?|goals?|slas?|slos?|bar|commitments?|budgets?)\b/iu;
// How the candidate came together with the one person, said just before them: one list, read by the pair named before
// "we" (PAIR, from "I" or a bullet), by the one person a call is made with (BROUGHT_TOGETHER) and, turned round, by
// the one who came to the candidate (CAME_TO_ME). First, talking it over with them: "I met", "I sat down with", "I
// called", "I pushed back on", "I tried to convince". After one of these, "we" in the next sentence doing something
// to each other is still the two of them: "I persuaded Deepak Menon to hold the retraining. We agreed to run a test
// first." (Each starts with a letter, so a bullet's capital can be allowed for.)
const TALKED_WITH = [
  String.raw`met(?:\s+(?:up\s+)?with)?`, String.raw`sat\s+(?:down\s+)?with`, String.raw`talked\s+(?:to|with)`, String.raw`spoke\s+(?:to|with)`,
  String.raw`negotiated\s+with`, 'called', 'rang', 'phoned', String.raw`took\s+it\s+to`, String.raw`went\s+(?:back\s+)?to`,
  // (Pressing them, tried or done: "I pushed back on", "I tried to convince", "I spent a week persuading".)
  String.raw`push(?:ed|ing)?(?:\s+back\s+on)?`, 'convinc(?:ed?|ing)', 'persuad(?:ed?|ing)', 'lobb(?:ied|y|ying)', 'urg(?:ed?|ing)',
  'press(?:ed|ing)?', 'ask(?:ed|ing)?', 'challeng(?:ed?|ing)', 'approach(?:ed|ing)?',
];
// …or bringing them something: "I showed ", "I walked ", "I took the data to ", "I got Dana in": the two of them
// in that sentence only ("I showed Priya Shah the traces. We agreed…" may be the team).
const CAME_TOGETHER = [
  ...TALKED_WITH, 'showed', 'walked', 'took', 'brought', 'briefed', 'e-?mailed', 'pinged', 'messaged', 'invited', String.raw`paired\s+with`,
  String.raw`(?:got|pulled|looped)(?=\s+\S+\s+(?:in|on|into)\b)`,
  String.raw`(?:took|brought|presented|sent|showed|walked|went|reviewed|checked|worked)\s+(?:[^.;!?\n]{1,60}?\s)?(?:to|with|through|past|by)`,
].join('|');
// The pair, named in the same sentence or the one before: "Dana and I", "my manager and me", "I sat down with
// the Payments EM", the one the candidate talked it over with, "I tried to convince Deepak Menon, the logistics DS
// manager, …, and we sort of agreed", and in a bullet with no "I", "- Pushed back on Sophie Gagnon". A team with "and I"
// ("the team and I") is the team. ("called" some way after "I" may name a thing: "I set up a forum called Ops Review".)
const TALKED_WITH_AFTER_I = TALKED_WITH.filter((v) => v !== 'called').join('|');
const TALKED_WITH_BULLET = TALKED_WITH.map((v) => `[${v[0]!.toUpperCase()}${v[0]}]${v.slice(1)}`).join('|');
// (Not a month or a day: "I moved the launch to March".)
const CALENDAR = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`;
// (With who the one named is between, in brackets or commas: "Kavitha (release manager) and I", "Kavitha Rao, our release
// manager, and I"; and in a bullet with no "I", anything done with them: "- Reviewed the incidents with Kavitha".)
const PAIR_ASIDE = String.raw`(?:\s*\([^()\n]{1,40}\)|,\s+(?:the|our|my|their|his|her|a|an)\s+[^,.;:!?()\n]{1,50},)?`;
const PAIR = new RegExp(
  String.raw`\b(?:[Mm]e|I) and \p{Lu}[\p{L}'’-]*|(?:\b(?:[Mm]y|[Oo]ur|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+)?([\p{L}'’-]+)|\b\p{Lu}[\p{L}'’-]*)${PAIR_ASIDE} and (?:I|me)\b|(?<talked>(?:\bI\b[^.!?;\n]{0,60}?\b(?:with|to|${TALKED_WITH_AFTER_I})|(?:^|\n)\s*[•*-]\s+(?:${TALKED_WITH_BULLET}|\p{Lu}\p{Ll}+\b[^.!?;\n]{0,60}?\bwith))\s+(?:(?:her|him)\b|(?!${CALENDAR})(?<who>\p{Lu}\p{Ll}[\p{L}'’-]*)\b(?!\s+(?:team|squad|org|group|department)\b)|(?:the|my|our|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:EM|PM|TPM|lead|manager|director|VP|head|owner|architect|sponsor|counterpart|CFO|CTO|CEO|COO)\b))`,
  'u',
);
// Talks held between the two: "we had two difficult meetings", "we held a long call", "we have had two calls".
const HAD_TALKS = /^\s+(?:(?:have|has|had)\s+)?\S+\s+(?:(?:a|an|two|three|several|many|some|a few|long|short|hard|difficult|tough|tense|frank|honest|heated|open|private|weekly|daily|more|\d+)\s+){0,3}(?:meetings?|conversations?|talks?|calls?|discussions?|arguments?|sessions?|chats?|rows?|exchanges?|one-to-ones?|1:1s?|debates?|negotiations?)\b/i;
// The sentence between goes on about the other person: "He refused.", "showed her the cost".
const HE_OR_SHE = /^\s*(?:He|She|They)\b|\b(?:her|him)\b/;
const NOT_ONE_PERSON = /^(?:team|squad|crew|pod|org|organi[sz]ation|group|department|side|engineers|everyone)$/i;
const SENTENCE_END = /[.!?;]\s/g;

/** The verb that carries the meaning: after "we were", the participle ("were paying" → "paying"). */
function mainVerb(text: string, verb: string, after: number): string {
  const lower = verb.toLowerCase();
  return /^(?:was|were|am|are|is)$/.test(lower) ? wordAfter(text, after) : lower;
}

// The rest of a name PAIR has the first word of: "Shah" after "Priya", "Anna Weber" after "Dr.".
const REST_OF_NAME = new RegExp(String.raw`^\.?(?:\s+${NAME_WORD}){0,2}(?![\p{L}\p{N}])`, 'u');

/**
 * Whether "we" at `at` is the pair PAIR names before it: in its sentence, or for what two do to each other (`each`) the
 * one before it too, or the one before that when the one between goes on about the other person ("I proposed it to Dr
 * Pillai. He refused. We had two difficult meetings.").
 */
function namedPair(text: string, at: number, each: boolean): boolean {
  const before = text.slice(Math.max(0, at - 320), at);
  const ends = [...before.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const back = !each ? 1 : ends.length >= 2 && HE_OR_SHE.test(before.slice(ends[ends.length - 2]!)) ? 3 : 2;
  const window = before.slice(ends.length >= back ? ends[ends.length - back]! : 0);
  const m = PAIR.exec(window);
  if (m === null || (m[1] !== undefined && NOT_ONE_PERSON.test(m[1]))) return false;
  // In a bullet with no "I", the one worked with is a person's name, not a function, a tool or a firm: "- Worked with
  // Finance on the budget; we agreed", "- Replaced Jenkins with GitHub Actions; we agreed" are the team's calls.
  if (m.groups?.who !== undefined && /^\n?\s*[•*-]/.test(m[0]) && !/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)$/.test(m.groups.who) && !mayBeGivenName(m.groups.who)) return false;
  // The one talked with is one, as the one a call is made with: not "I met Priya and the team", "…Priya Shah and Dana".
  // (Past where they are from, too: "- Ran the design with Siân Evans from the engineering workshop and the vendor's team".)
  const after = window.slice(m.index + m[0].length).replace(REST_OF_NAME, '').replace(WHERE_FROM, '');
  return m.groups?.talked === undefined || !JOINED_AFTER.test(after);
}

// What makes "we" more than the candidate and one person named before it: a team or people in the plural ("I met Priya
// and the team, and we agreed"), or "them" or "they".
const GROUP_WORDS =
  /\b(?:teams?|squads?|crews?|pods?|orgs?|organi[sz]ations?|groups?|departments?|everyone|everybody|stakeholders|engineers|developers|leads|managers|directors|owners|colleagues|people|folks|others|leadership|board|committee|panel|council|both|all|them|they)\b/i;
const I_OR_ME = /\b(?:I|[Mm]e)\b/;
// A name and its role in apposition, either way round, are one person: "Hiroshi Tanaka, the search engineering manager",
// "the finance director, Rafael Souza".
const APPOSED = /^,\s+(?:(?:the|our|their|his|her|my|a|an)\s+)?(?:[\p{L}\p{N}&'’-]+\s+){0,3}$/iu;
// Another party joined to the one named: "Hiroshi Tanaka and his deputy", "my manager and Dana".
// ("and I" is the candidate, "and then" the story going on: "I sat down with Dana and I walked her through it".)
// Where the one named is from, before what is joined to them: " from the engineering workshop", " of Kessler".
const WHERE_FROM = /^\s+(?:from|of|in|at)\s+(?:[^,.;:!?\n]{1,50}?(?=\s+(?:and|&)\s)|[^,.;:!?\n]{0,50}?(?=,))/u;
const JOINED_AFTER = /^\s*,?\s+(?:and|&)\s+(?:(?:the|his|her|their|my|our|a|an|two|three)\b|\d|(?!I\b)\p{Lu})/u;
const JOINED_BEFORE = /(?:\band|&)\s+$/i;
// The words a role is qualified by, from its determiner: "the search " before "engineering manager".
const ROLE_HEAD = /\b(?:the|our|their|his|her|my)\s+(?:(?!(?:the|our|their|his|her|my|a|an)\s)[\p{L}\p{N}&'’-]+\s+){0,3}$/iu;
// The candidate's act just before the one person: "I showed ", "I walked ", "I sat down with ", "I took the data to ",
// "I built a cost model and walked " (not "I hired ", "Because … I ran", a person named in a clause of their own).
const BROUGHT_TOGETHER = new RegExp(String.raw`\b(?:I|and|then)\s+(?:(?:then|also|first|quickly|finally)\s+)?(?:${CAME_TOGETHER})\s+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?$`, 'iu');
// …or theirs, just after them: "The SRE manager called me and we agreed", "…pulled me aside", "…found me".
const CAME_TO_ME = new RegExp(String.raw`^(?:\s*,[^,.;!?\n]{1,60},|\s*,)?\s+(?:(?:then|also|first)\s+)?(?:${CAME_TOGETHER}|found|pulled|looped)\s+me\b`, 'iu');
// "we agreed with Legal": the other side is named after the verb.
const WITH_AFTER = /^\s+(?:together\s+|jointly\s+)?with\b/i;

/**
 * Whether "we" at `at` (ending at `end`, with `verb` after it, a perfect's participle: "have cut" → "cut", and `after`
 * the text past its predicate) is the candidate and one person named just before: doing something to each other ("we
 * argued it out", "we met weekly", "we had two difficult meetings") or making a call together ("we agreed", "we have cut
 * the roadmap"). The one person is the pair the words name (namedPair: "Dana and I", "I sat down with the Payments EM",
 * "- Pushed back on Sophie Gagnon") or the one the names detection finds, come together with the candidate
 * (cameTogether: "I showed Hiroshi Tanaka the traces and we agreed").
 */
function withOnePerson(text: string, at: number, end: number, verb: string, after: string, people: () => readonly PartnerMention[]): boolean {
  const v = verb.toLowerCase();
  const talks = (v === 'had' || v === 'held' || v === 'have') && HAD_TALKS.test(text.slice(end, end + 60));
  const each = RECIPROCAL.has(v) || talks || TOOK_IT_TO.test(text.slice(end, end + 100));
  const call = PARTNER_CALL.has(v) && !CUT_OVER.test(text.slice(end, end + 40));
  if ((!each && !call) || MET_A_TARGET.test(text.slice(end, end + 80))) return false;
  return namedPair(text, at, each) || cameTogether(text, at, after, people);
}

/**
 * Whether "we" at `at` (with `after` the text past its predicate) is the candidate and the one person the names detection
 * finds before it in its sentence, however the two came together: "I showed Hiroshi Tanaka, the search engineering
 * manager, the traces and we agreed to move the job"; "I walked the SRE manager through the data and we agreed" (a user's
 * trial: the first was an error that stopped a commit, where "I met Dana Kowalski and we decided to wait" passed). Not
 * with no "I" or "me" before it in the sentence, two people, a team or people in the plural beside them ("I met Priya and
 * the team, and we agreed"), another party joined to them with "and", or the other side named after the verb ("we agreed
 * with Legal"). `people` gives the partner mentions of the whole text, found once by the detection no-named-partner uses.
 */
function cameTogether(text: string, at: number, after: string, people: () => readonly PartnerMention[]): boolean {
  if (WITH_AFTER.test(after)) return false;
  // The sentence (sentences.ts: "Dr." ends none) up to "we", from its last semicolon.
  const sentence = sentenceRanges(text).find(([from, to]) => from <= at && at < to);
  const from = sentence?.[0] ?? 0;
  const semicolon = text.lastIndexOf(';', at);
  const start = semicolon >= from ? semicolon + 1 : from;
  const head = text.slice(start, at);
  if (!I_OR_ME.test(head) || GROUP_WORDS.test(head)) return false;
  const persons: { start: number; end: number; parts: PartnerMention[] }[] = [];
  for (const p of people()) {
    if (p.index < start || p.index + p.length > at) continue;
    const last = persons.at(-1);
    if (last && last.parts.at(-1)!.kind !== p.kind && APPOSED.test(text.slice(last.end, p.index))) {
      last.end = p.index + p.length;
      last.parts.push(p);
    } else persons.push({ start: p.index, end: p.index + p.length, parts: [p] });
  }
  if (persons.length !== 1) return false;
  const [person] = persons as [(typeof persons)[0]];
  // A role from its determiner ("the search engineering manager"), to see what is joined before it.
  const qualifier = person.parts.some((p) => p.kind === 'name') ? null : ROLE_HEAD.exec(text.slice(start, person.start));
  const first = qualifier ? start + qualifier.index : person.start;
  if (JOINED_BEFORE.test(text.slice(start, first)) || JOINED_AFTER.test(text.slice(person.end, at))) return false;
  // The two brought together by the candidate's act or the other's, not anyone named: "Because Dana Kowalski was on
  // leave, I ran the review myself and we decided…" and "I hired Dana Kowalski and we dropped the API" are the team.
  return BROUGHT_TOGETHER.test(text.slice(Math.max(start, first - 120), first)) || CAME_TO_ME.test(text.slice(person.end, at));
}

// "we" in the why of the candidate's own act: "I deferred the rollout to Q1 so we could hit the freeze", "I moved
// two engineers because we needed them on payments"; a purpose ("so that") even past a colon that spells the act
// out (OWN_ACT_FOR). A reason past a colon is the finding's, not the act's: "I found the cause: the cache was cold,
// because we had restarted every node at once". What the team could then do, or needed, is the reason for
// the candidate's call, not a cover for it. ("I pushed for it, so we shipped in May" tells a result: it fires.)
const OWN_ACT_THEN = /\bI\s[^.;:!?\n]{1,220}?(?:(?:\b(?:so|so that|in order that))|(?:\b(?:because|since|as)))\s+$/u;
// A purpose may follow a colon that spells the act out: "I re-tuned the rules: a hard stop at 90%, so that we keep buffer".
const OWN_ACT_FOR = /\bI\s[^.;!?\n]{1,220}?(?:\bso that|\bin order that)\s+$/u;
const PURPOSE = /(?:\bso|\bso that|\bin order that)\s+$/u;
const PURPOSE_ONLY = /(?:\bso that|\bin order that)\s+$/u;
const MODAL = new Set(['could', 'would', 'can', 'might', 'will', 'wouldn’t', "wouldn't", 'couldn’t', "couldn't"]);
// What a choice kept for the team is its outcome, not work hidden: "I chose a one-year renewal instead of the
// three-year discount, so we kept leverage".
const KEPT = new Set(['kept', 'keep', 'retained', 'retain', 'preserved', 'avoided', 'stayed', 'remained']);
// …and so is what it gave the team to have: "I preponed the go-live by ten days so we had buffer for the rush".
// ("so we had to rework it" is work the team then did: it fires, and so does a tense of "had", "so we had
// finished the pilot", "so we have shipped every release".)
const HAD_THEN =
  /^we\s+(?:had|have|now have)\s+(?!(?:to|got|been|already|just|also|all|both|each|since|then|now|finally|fully|successfully|completely|done|run|made|built|written|taken|gone|seen|sent|spent|cut|put|set|shut|held|kept|won|lost|begun|brought|bought|caught|found|left|met|paid|shown|given|hit)\b|[\p{L}-]+ed\s+(?:the|a|an|every|each|all|our|their|its|it|them|this|that|these|those|over|up|out|down|off|back|in|on|\d)\b)/iu;
const NEEDED = new Set(['needed', 'need', 'had', 'have', 'lacked', 'were', 'was', 'wanted', 'relied', 'depended', 'could', 'did', "couldn't", 'couldn’t', "didn't", 'didn’t']);

// The reason's second part, joined by "and": "I chose to keep the animations in the main bundle, because the
// onboarding flow depended on them and we could not risk a blank screen". Only a constraint or a need
// (REASON_STATE), or a loss or a miss the company suffered, "because the old one took five rounds and we lost good
// candidates to Zalando", as "and" may open a new main clause: "because the date was fixed, and we shipped in May", "and
// we had to rebuild the cart", "and we rebuilt the pipeline" tell what the team then did.
const OWN_REASON_AND = /\bI\s[^.;:!?\n]{1,220}?\b(?:because|since)\s[^.;:!?\n]{1,160}?,?\s(?:and|or)\s+$/u;
const REASON_STATE =
  /^we\s+(?:(?:could|can|did|do|would)(?:\s+not|n['’]t)|cannot|could only|needed|need|lacked|relied|depended|had (?:no|only|nothing|too little|not enough)|were (?:short|out|behind|already|still|bound|locked|contractually|legally)|(?:(?:still|often|regularly|repeatedly|always|also|even)\s+)?(?:(?:had|have|kept|were|had been|have been)\s+)?(?:lost|losing|missed|missing))\b/iu;

// …or deeper in the reason, in a clause of its own inside it: "I moved the calculator work ahead of the seller portal
// because small sellers were where we were losing people", "since the old flow was the one we could not test". The same
// need, constraint or loss, wherever it stands in the reason, is still the reason ("… because the vendor was late, so we
// rebuilt the cart" tells what the team then did: it fires).
const OWN_REASON_INSIDE = /\bI\s[^.;:!?\n]{1,220}?\b(?:because|since)\s[^.;:!?\n]{1,160}?\s+$/u;

// The reason told first, the candidate's act after it: "Because we could not hold the full load on three
// compressors, I arranged for Ozark to take the overflow".
const REASON_OPENS = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:because|since|as)\s+$/i;
const THEN_I = /^[^.;:!?\n]{1,160}?,\s*I\s/u;
// …with a need or constraint as that reason's second part: "Because the retailer's freeze started on the 20th and we
// could not risk a half-migrated catalogue, I kept the old index live". (Only up to the first ", I": what follows the
// candidate's act is not the reason.)
const REASON_OPENS_AND = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:because|since|as)\s(?:(?!,\s*I\s)[^.;:!?\n]){1,160}?,?\s(?:and|or)\s+$/iu;

// A plan the team already had, as a reason, is a state too: "because we still planned to move the search cluster",
// "since we had promised to keep the old API", "as we intended to exit the data centre". (Not the planning itself,
// "because we planned the move carefully", nor "because we rebuilt the pipeline": acts.)
const INTENDED =
  /^we\s+(?:(?:still|already|also|always|originally|initially|long|then|now)\s+)*(?:planned|intended|meant|hoped|aimed|expected|had\s+(?:(?:already|always|long)\s+)?(?:planned|intended|promised|committed|agreed|meant|hoped|expected|decided))\s+to\s+\p{L}/iu;

// …and deeper in it: "Because small sellers were where we were losing people, I moved the calculator work first".
const REASON_OPENS_INSIDE = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:because|since)\s(?:(?!,\s*I\s)[^.;:!?\n]){1,160}?\s+$/iu;

// How far whyOfOwnAct reads: 240 code units before "we"; after it, up to 160 characters to the comma THEN_I looks for
// (320 code units, each character outside the BMP two), then the spaces after that comma and "I " (its other reads
// are shorter).
const WHY_BEFORE = 240;
const WHY_AFTER = 330;

/** Whether "we" at `at`, with `verb` after it, gives the purpose or the reason of an act of the candidate's. */
function whyOfOwnAct(text: string, at: number, verb: string): boolean {
  const before = text.slice(Math.max(0, at - WHY_BEFORE), at);
  // A need, a constraint or a plan held: what a reason may say of the team.
  const state = () => NEEDED.has(verb.toLowerCase()) || INTENDED.test(text.slice(at, at + 80));
  if (OWN_ACT_FOR.test(before)) return true;
  if (REASON_OPENS.test(before) && THEN_I.test(text.slice(at)) && state()) return true;
  if ((OWN_REASON_AND.test(before) || OWN_REASON_INSIDE.test(before) || ((REASON_OPENS_AND.test(before) || REASON_OPENS_INSIDE.test(before)) && THEN_I.test(text.slice(at)))) && (REASON_STATE.test(text.slice(at, at + 60)) || INTENDED.test(text.slice(at, at + 80)))) return true;
  if (!OWN_ACT_THEN.test(before)) return false;
  // "so that" and "in order that" always give a purpose ("so that we were measuring what developers felt");
  // a bare "so" gives one only with a modal ("so we could"): "so we shipped in May" is a result.
  if (PURPOSE_ONLY.test(before)) return true;
  return PURPOSE.test(before) ? MODAL.has(verb.toLowerCase()) || KEPT.has(verb.toLowerCase()) || HAD_THEN.test(text.slice(at, at + 40)) : state();
}

/**
 * The window of `text` around the contracted "we" from `at` to `end`, with the "we" written out as `full` ("we'd" as "we
 * had"), and where the "we" stands in it: what whyOfOwnAct, predicate, tellsNoAct and companyBound read a contracted
 * "we" in, rather than the whole text rebuilt for each. They give the same answers, as none reads further: WHY_BEFORE
 * before it (240, as far back as any looks), WHY_AFTER after it (330, past tellsNoAct's 300), to the end of a run of
 * spaces the window would cut, with the two characters after it for "I ".
 */
function writtenOut(text: string, at: number, end: number, full: string): { text: string; at: number } {
  const from = Math.max(0, at - WHY_BEFORE);
  let to = end + WHY_AFTER;
  while (to < text.length && /\s/u.test(text[to]!)) to++;
  return { text: text.slice(from, at) + full + text.slice(end, to + 2), at: at - from };
}

// Someone else's call, with "we" as its content: "He decided that we would run the hybrid for a year", "the CFO
// ruled that we should wait", with a role in commas or a thing of someone's as its maker: "Ewa Nowak, the IT security
// officer, said we would need a data agreement", "The factory's note said we would need 26 more weeks", "The suppliers'
// note said …". (The candidate's own are REPORTED.)
const OTHERS_CALL = new RegExp(
  String.raw`(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b\p{Lu}\p{Ll}+|\b(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|\p{Lu}\p{Ll}+${POSSESSIVE_ENDING})\s+(?:[\p{L}-]+${POSSESSIVE_ENDING}?\s+)?[\p{L}-]+)(?:,[^,.;:!?"“”\n]{1,60},)?\s+(?:[\p{L}]+ly\s+)?(?:decided|ruled|said|says|insisted|agreed|required|directed|instructed|wanted|proposed|suggested|preferred|warned|wrote|estimated|predicted|projected|showed|shows|made clear|told (?:us|me|the team))\s+(?:that\s+)?$`,
  'u',
);
// (…a note, a forecast or a model that said so: "Her note said we would need two more weeks", "The forecast showed we
// would run out of disk by March".)
// …a call for what was to be done, not a report of what was: "we would", "we should" ("Sarah said we shipped it" is the work).
const CALLED_FOR = /^\s+(?:would|should|must|could|had to|were to|needed to|need to|will|wait(?:ed)?)\b/i;
// An agreement or a call told without "I" as its maker, up to its content: "We agreed that", "It was agreed with Raj
// that", "The deal was that". (The "We agreed" is flagged on its own; what was agreed is not a second act.)
const AGREED_THAT = new RegExp(
  String.raw`(?:\b(?:[Ww]e|[Ii]t\s+(?:was|is|had\s+been|has\s+been|['’]s\s+been))\s+(?:[\p{L}]+ly\s+|then\s+|also\s+)?(?:agreed|decided|settled|confirmed|resolved|arranged|understood|ruled)(?:\s+with\s+${PARTY})?\s*|\b[Tt]he\s+(?:plan|deal|agreement|decision|split|compromise|outcome|understanding|arrangement|call)\s+(?:was|is)\s+)that\s+$`,
  'u',
);
// A request or a proposal, whoever made it, with "we" as what it asked for in the base form or with a modal: "I called
// Sibusiso Zulu to hold the queue, and asked that we freeze every other change", "- Rang the council and requested that we
// pause digging", "The regulator required that we file by March", and with whom it was put to, in a bullet with no "I":
// "- Proposed to Kasia, our SCADA lead, that we commission two sites a night". ("I asked that we froze…" or "…that we had missed a
// step" tells what was done: the work.)
const ASKED_THAT = new RegExp(
  String.raw`\b(?:asked|requested|proposed|suggested|recommended|insisted|demanded|urged|required|stipulated)\s+(?:to\s+${PARTY})?that\s+$`,
  'iu',
);
const NOT_BASE = /^\s+(?:(?:[\p{L}]+ly|then|also|just)\s+)*(?:was|were|had|did|[\p{L}]+ing)\b/iu;

/** Whether `head`, the text before a subject, opens the content of a call, an agreement or a thing said. */
function contentOpens(head: string): boolean {
  const plain = withoutAside(head);
  return REPORTED.test(plain) || AGREED_THAT.test(plain) || OTHERS_CALL.test(plain.slice(-80));
}
// The content goes on past "and", with a subject of its own told in the same mood: "I agreed with Raj Patel, the ML
// lead, that his team would own model quality and my team would own latency", or with the verb left out, "… and my team
// latency". ("… that my team would own latency and we rebuilt the cache": the past is the story again, the act.)
const CONTENT_MODAL = /\b(would|should|could|will|must|might|can|shall)\b|['’]d\b/giu;
// A word no subject opens with.
const NOT_SUBJECT = /^(?:with|to|for|on|at|in|of|by|from|and|but|or|so|then|as|about|into|over|under|after|before)\b/i;
const AND_BEFORE = /,?\s+and\s+(?:then\s+)?$/;
const GAPPED = new RegExp(String.raw`^\s+(?:[\p{L}\p{N}%-]+\s+){0,2}?[\p{L}\p{N}%-]+\s*(?:[.,;:!?)]|$)`, 'u');
const VERB_LIKE = new RegExp(String.raw`\b(?:[a-z]+ed|${IRREGULAR_PAST.join('|')}|was|were|is|are|had|has|have|did|does|do)\b`, 'iu');

/**
 * Whether the subject ending at `end`, starting at `start`, opens a clause after "and" that goes on the content of a
 * call or an agreement begun before it in the sentence, in the same modal or with the verb left out.
 */
function contentGoesOn(text: string, start: number, end: number, own?: string): boolean {
  const head = text.slice(Math.max(0, start - 240), start);
  const and = AND_BEFORE.exec(head);
  if (!and) return false;
  const clause = head.slice(0, and.index).split(/[.;:!?\n]/).at(-1)!;
  const offset = head.length - and[0].length - clause.length;
  const after = text.slice(end, end + 80);
  // (A "'d" is a modal only as "would": "that his team'd own quality", not "that they'd agreed the scope".)
  const mood = (modal: string, rest = '') => (/^['’]d$/.test(modal) ? contractedD(rest) : modal.toLowerCase());
  const next = own ?? /^\s+(?:also\s+|then\s+|in turn\s+|instead\s+)?(\p{L}+)/u.exec(after)?.[1] ?? '';
  // (A clause of a noun phrase alone, no verb in it, after "and" but not "and then": "… and my team latency".)
  const gap = own === undefined && !/then\s+$/.test(and[0]) ? GAPPED.exec(after) : null;
  const gapped = gap !== null && !VERB_LIKE.test(gap[0]) && !PAST_AFTER.test(gap[0]);
  // (The content's own modal is the last or the one before it: "that his team would own what we could not and my team…".)
  for (const modal of [...clause.matchAll(CONTENT_MODAL)].slice(-2)) {
    const said = mood(modal[0], clause.slice(modal.index + modal[0].length));
    if (said === 'had' || (!gapped && said !== mood(next))) continue;
    // The content's subject: up to four words before its modal, or the word the "'d" is on.
    const upTo = head.slice(0, offset + modal.index);
    const words = [...upTo.matchAll(/(?:^|\s)(?=[\p{L}\p{N}'’-])/gu)]
      .map((w) => w.index + w[0].length)
      .filter((w) => w >= offset && !NOT_SUBJECT.test(head.slice(w)))
      .slice(-4);
    if (modal[0].startsWith("'") || modal[0].startsWith('’')) words.splice(0, words.length - 1);
    if (words.some((w) => contentOpens(head.slice(Math.max(0, w - 120), w)))) return true;
  }
  return false;
}

// What would have happened, and didn't: "My team would have done the migration", "we'd have missed the window".
const HAVE_DONE = String.raw`have\s+(?!to\b)(?:[\p{L}]+ed|been|done|gone|made|taken|seen|lost|had|built|run|spent|paid|hit|missed|kept|left|found|given|won|shipped)\b`;
const COUNTERFACTUAL = new RegExp(String.raw`^\s+(?:would|could|might)(?:n['’]t| not)?\s+${HAVE_DONE}`, 'iu');
// A condition told of what would follow, not of what was done: "If we lost one of them, a field team would sit on site
// until it was back", "if we slipped a week, the bank would fine us". (Not "If we slipped, we paid", a past told.)
const IF_BEFORE = /\b(?:[Ii]f|[Ss]hould)\s+$/;
const WOULD_FOLLOW = /^[^.;:!?\n]{1,100}?,\s*[^.;:!?\n]{0,60}?\b(?:would|could|might)\b/;
// …after "we'd": "we'd have missed the window".
const HAVE_DONE_AFTER = new RegExp(String.raw`^\s+${HAVE_DONE}`, 'iu');
// An option held open on a condition: "(we could sign a monthly contract again if the rebuild slipped)".
const ON_CONDITION = String.raw`[^.;:!?()\n]{1,100}?\b(?:if|unless|in case|should (?:the|it|they))\b`;
const OPTION_IF = new RegExp(String.raw`^\s+(?:could|might|may)\s+${ON_CONDITION}`, 'iu');

// "we" as the company, in a fact about it, not an act of the story: "We are a third-party logistics company", "As a
// bank we are regulated by the PRA", "We have 14 million customers", "At Kudipay we had 1.4 million wallets", and in
// the present tense of a story told in the past, with a sign of a standing fact: a number or a frequency ("We process
// two million orders a day, so I sized the queue for four", "Our org handles 3,000 tickets a week", "We usually
// release every two weeks"), a bare plural ("We make smart thermostats"), or what a business runs, owns or serves
// ("Our team owns checkout"). (Not a state that is work: "we are migrating", "we're on the hook for", "we have to";
// nor the present of a story told in it, "We migrate the topics in waves, and I keep the old cluster up", nor a
// present with a specific object, "We handle the cutover ourselves".)
// (Nor a duty, however told: "we are legally required to" is read where duties are, by companyBound.)
const COPULA_FACT =
  /^\s+(?:are|['’]re)\s+(?!(?:[\p{L}]+ing|going|about|able|asked|tasked|responsible|accountable|expected|required|obliged|obligated|told|supposed|due|meant|now|then|also|still|already|on|in|working|busy|set|ready|trying|planning|aiming|looking|waiting|behind|late|short)\b)/iu;
const QUANTITY = String.raw`(?:(?:about|around|over|nearly|almost|roughly|some|only|just|more than|fewer than|less than|close to|under)\s+)?(?:\d[\d,.]*(?:\s*(?:%|k\b|m\b|bn\b))?(?:\s+(?:hundred|thousand|million|billion))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|millions|dozens)(?:\s+(?:hundred|thousand|million|billion))?)\b`;
// (What comes between a quantity's noun and "the" that is no verb: "customers in the UK", "wallets across the region".)
const NOT_HAVE_VERB = String.raw`in|on|at|of|for|from|to|with|into|onto|across|over|under|around|through|throughout|within|without|by|per|and|or|but|so|as|than|like|including|between|among|against|via|near|outside|inside|behind|beyond|after|before|during|since|until|while|when|where|who|which|that|whose|worldwide|globally|each|all|both`;
// (Not what the team got done, nor had to do, nor had people do: "We had 40 services migrated by June", "We had one
// quarter to halve the time to first listing", "We had 12 engineers rebuild the pipeline".)
const HAVE_QUANTITY = new RegExp(String.raw`^\s+(?:have|had|['’]ve)\s+${QUANTITY}(?!\s*(?:[\p{L}-]+\s+){0,2}?(?:[a-z]+ed|done|built|rebuilt|written|rewritten|run|shipped|taken|made)\s+(?:by|before|in|within|on|over|across|to)\b)(?!\s*(?:[\p{L}-]+\s+){0,3}?to\s+\p{Ll})(?!\s*(?:[\p{L}-]+\s+){1,2}?(?!(?:${NOT_HAVE_VERB})\b)\p{Ll}+\s+(?:the|a|an|our|its|their|it|them|this|that|these|those|every|each|all|\d)\b)`, 'iu');
const FREQUENCY_ADVERB = String.raw`(?:usually|always|typically|normally|generally|often|mostly|mainly|largely|primarily|traditionally|currently|historically|routinely|regularly)`;
// The verb after the subject, past any adverb: "We usually release", "We quickly shipped".
// (A verb in -ly is no adverb: "We supply water to 780,000 people".)
const PRESENT_HEAD = new RegExp(String.raw`^\s+((?:${FREQUENCY_ADVERB}|also|still|only|now|(?!(?:supply|apply|comply|reply|rely|fly|multiply|tally|rally)\b)[a-z]+ly)\s+)*([a-z]+)\b`, 'u');
const FREQUENCY_CUE = new RegExp(String.raw`\b(?:${FREQUENCY_ADVERB}|also|still|only|now)\b`, 'u');
// Verbs a business runs or owns a thing with: after them any object but a specific one tells what it has.
// (And what it uses: "We use Kafka for 40 teams"; "We use the old cluster for the cutover" is a specific one, the work.)
const RUNS = /^(?:own|owns|run|runs|manage|manages|maintain|maintains|operate|operates|serve|serves|support|supports|cover|covers|handle|handles|host|hosts|employ|employs|use|uses)$/;
// People used or employed to do a thing are the team at work, not a fact of the business: "We use contractors to build the
// adapter in two weeks", "We use two payments engineers to rebuild the retry logic" ("We use Kafka to stream 2M events a
// day" and "We employ 300 engineers" are facts).
const USE_VERB = /^(?:use|uses|employ|employs)$/;
const PEOPLE_USED_TO = /^\s+(?:[\p{L}\d-]+\s+){0,2}?(?:contractors?|engineers?|developers?|people|staff|consultants?|freelancers?|interns?|vendors?|agency|agencies|testers?|analysts?|temps?|outsourcers?)\b[^.;!?\n]{0,40}?\bto\s+\p{Ll}/u;
// The present tenses a fact of the business is told in, as the base form ("we process", "our org processes"): what
// it runs, makes, sells or serves, and how it releases. Only these: a verb not listed, a past ("We froze deploys for a
// week", "We reran the suites twice a day", "We quickly shipped"), a plan or a move, is not read as a fact.
const FACT_VERBS = new Set([
  'own', 'run', 'manage', 'maintain', 'operate', 'serve', 'support', 'cover', 'handle', 'host', 'employ', 'process', 'sell', 'make',
  'manufacture', 'produce', 'build', 'design', 'develop', 'offer', 'provide', 'distribute', 'deliver', 'store', 'stock', 'carry', 'supply',
  'receive', 'see', 'release', 'deploy', 'publish', 'issue', 'lend', 'insure', 'import', 'export', 'license', 'ingest', 'buy', 'use',
]);
const SPECIFIC_NEXT = /^\s+(?:the|this|that|these|those|our|its|their|my|his|her|your|it|them|him|me|us|a|an|up|out|down|off|back|over|on|in|live|to)\b/i;
// (Or how much of its own output, "We sell most of our cement in bags" (not "most of the spare meters"), or how many it reaches, later in the clause: "We
// supply water to 780,000 people", "We ship cement across 14 provinces"; not past a comma, where another clause begins.)
const FACT_CUE = new RegExp(
  String.raw`^[^.;:!?\n]{0,80}?(?:\b(?:a|per|each|every)\s+(?:day|week|month|year|quarter|night|hour|shift|season)\b|\b(?:daily|weekly|monthly|yearly|annually|nightly|hourly)\b)|^\s+(?:${QUANTITY}|mostly|mainly|largely|primarily|only|across|worldwide|globally|nationwide)|^\s+(?:most|much|half|all|(?:a|one|two)\s+(?:third|quarter|fifth|half)s?|the\s+(?:bulk|majority))\s+of\s+(?:our|its|their|what)\b|^[^.;:!?,\n]{0,60}?\s(?:to|for|across|from|among|over|in|at)\s+${QUANTITY}\s+\p{L}|^\s+(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s\b(?!['’])`,
  'iu',
);
// A standing status the business holds from a regulator or a standards body: "We hold a Part-145 approval", "Our team
// holds ISO 27001 certification", "We held an ISO 27001 certificate", "We have a Part-145 approval", as "We are a Part-145
// organisation" is a fact (COPULA_FACT): the company's standing position, now or then, no act of anyone's. With "have" a
// regulator's credential only: "We have an enterprise licence" is a thing had or paid for (held). "We hold the licence
// review every Monday", "We hold the vendor to the licence terms" and "We held a meeting" are acts.
const OFFICIAL_CREDENTIAL = String.raw`(?:approvals?|certificates?|certifications?|accreditations?|permits?|authori[sz]ations?|registrations?|charters?|clearances?|concessions?|franchises?|designations?|exemptions?)`;
const CREDENTIAL = String.raw`(?:licen[cs]es?|${OFFICIAL_CREDENTIAL})`;
const credentialAfter = (verb: string, credential: string) =>
  String.raw`${verb}\s+(?:(?:a|an|the|our|its|their|both|all|two|three|four|several|full|valid)\s+)?(?:(?!(?:to|for|with|on|in|at|by|of|from|and|or|accountable|responsible|liable)\b)[\p{L}\p{N}'’.&-]+\s+){0,3}?${credential}\b`;
const HOLDS_CREDENTIAL = new RegExp(
  String.raw`^\s+(?:(?:also|still|now|already|currently|both|all)\s+)?(?:${credentialAfter('(?:holds?|held)', CREDENTIAL)}|${credentialAfter('(?:have|has|had)', OFFICIAL_CREDENTIAL)})(?![\s-]+(?:reviews?|meetings?|boards?|calls?|queues?|process(?:es)?|workflows?|steps?|gates?|sessions?|forums?|committees?|panels?|syncs?|terms)\b)`,
  'iu',
);
const PAST_I = new RegExp(String.raw`\bI\s+(?:[\p{L}]+ly\s+)?(?:[a-z]+ed|${IRREGULAR_PAST.join('|')}|put|set|cut|split|let|was|had|got|sized|knew|grew|lost|spoke|sat)\b`, 'u');
// …or the candidate's part told as what it was: "We run 300 services on EKS. My task was to upgrade them by June."
// (With the role it was in: "My job as shutdown coordinator was to restart the kiln".)
const PAST_MINE = /\b[Mm]y\s+(?:task|job|goal|role|remit|brief|mandate|assignment|responsibility|mission)(?:\s+as\s+(?:the\s+|an?\s+)?(?:[\p{L}\p{N}&'’-]+\s+){0,3}[\p{L}\p{N}&'’-]+)?\s+was\b/u;
// …or as what was asked or given of the candidate: "…, so the operations director asked me to prove it", "gave me six
// weeks", "put me in charge".
const PAST_ME = new RegExp(String.raw`\b(?:[a-z]+ed|${IRREGULAR_PAST.join('|')}|put|set|let)\s+me\b`, 'u');
const SENTENCE_BREAK = /[.!?;\n]/;

/** Whether the sentence at `at`, or one next to it, tells an act of the candidate's in the past: "so I sized…". */
function toldInThePast(text: string, at: number): boolean {
  // Read in a window, so a text of many sentences is not split whole for each "we" in it.
  const before = text.slice(Math.max(0, at - 400), at).split(SENTENCE_BREAK);
  const after = text.slice(at, at + 400).split(SENTENCE_BREAK);
  const sentences = [before.at(-1)! + after[0]!, before.at(-2) ?? '', after[1] ?? ''];
  return sentences.some((sentence) => PAST_I.test(sentence) || PAST_MINE.test(sentence) || PAST_ME.test(sentence));
}

/**
 * Whether the subject at `at`, with `after` the text after it, states a fact of the business: `s` true for a subject
 * that takes a verb in -s ("our org handles").
 */
function businessFact(text: string, at: number, after: string, s: boolean): boolean {
  if (COPULA_FACT.test(after) || HAVE_QUANTITY.test(after) || HOLDS_CREDENTIAL.test(after)) return true;
  const m = PRESENT_HEAD.exec(after);
  if (!m) return false;
  const verb = m[2]!;
  // A present tense of a verb of the business, with an -s after "the team" ("processes", "handles", "owns").
  const present = s ? /[^s]s$/.test(verb) && (FACT_VERBS.has(verb.slice(0, -1)) || (/(?:ss|sh|ch|x)es$/.test(verb) && FACT_VERBS.has(verb.slice(0, -2)))) : FACT_VERBS.has(verb);
  if (!present) return false;
  const rest = after.slice(m[0].length);
  if (SPECIFIC_NEXT.test(rest) || (USE_VERB.test(verb) && PEOPLE_USED_TO.test(rest))) return false;
  const cue = (m[1] !== undefined && FREQUENCY_CUE.test(m[1])) || FACT_CUE.test(rest) || RUNS.test(verb);
  return cue && toldInThePast(text, at);
}

// Someone else's words told without quotes: "I told the team: we ship on Friday", "Her note said: we wait". Words said
// are in the present or ahead ("we ship", "we will"); a past after the colon is the story going on: "The VP asked for
// two fixes: we rebuilt the router", "She explained the plan: we moved the alarms". ("asked" and "explained" before a
// colon give what was asked for or explained, not words.)
const SPEECH_COLON = /\b(?:told|said|wrote|announced|replied|answered|emailed|messaged|put it|was clear|were clear)\b[^.;!?"“”\n]{0,60}?:\s*$/i;
// Irregular pasts words.ts's lists leave out, each unlike its present (not "cut", "set", "put").
const MORE_IRREGULAR_PAST = String.raw`knew|grew|fell|lost|spoke|broke|drew|threw|rebuilt|rewrote|redid|reran|remade|understood|felt|shot|stuck|struck|dug|hung|froze|shrank|sank|rose|oversaw|undertook|underwent|withdrew|forgot|mistook|misled|upheld|withheld|overrode|outgrew|undid|shook|swung|spun|slid|sped|fed|fled|bent|lent|meant|wound|wove|wore|woke|tore|swore|stole|hid|rode|sold|told|stood|taught`;
// A past after "we": "we rebuilt", "we quickly shipped", "we froze".
// (With a prefix joined by a hyphen: "we re-ran", "we re-planned", "we co-led".)
const PAST_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}]+ly\s+|then\s+|also\s+|just\s+|first\s+)*(?:[a-z]+-)?(?:[a-z]+ed|${IRREGULAR_PAST.join('|')}|${MORE_IRREGULAR_PAST})\b`, 'u');
// The past before the story, as a habit: "Historically we released monthly", "Back then we deployed by hand", "Until then
// we released once a month", "we used to release monthly".
const BACKGROUND_BEFORE = /(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:[Hh]istorically|[Tt]raditionally|[Bb]ack then|[Uu]ntil then|[Uu]ntil (?:now|last year|(?:19|20)\d\d)|[Bb]efore (?:I joined|my time)|[Ff]or years)\s*,?\s*$/;
const USED_TO = /^\s+used\s+to\b/i;
// …and told after it, in the perfect: "We'd cut the budget by 20% before I joined", "we had moved the date by the time I
// arrived" (BEFORE_I_CAME). ("We cut the budget before I joined the call" is the team's work with the candidate there.)
const HAD_AFTER = /^\s+(?:(?:already|long|just|all|also|then|\p{L}+ly)\s+)?had\b/iu;

export function findWeMentions(text: string): WeMention[] {
  const quotes = quotedRanges(text);
  const found: WeMention[] = [];
  // Who the text names, found only when a call made with "we" asks for it: the costlier pass.
  let named: readonly PartnerMention[] | undefined;
  const people = (): readonly PartnerMention[] => (named ??= findPartnerMentions(text));
  for (const m of text.matchAll(WE)) {
    // (What was said, decided or thought, with any aside before "we" left out.)
    const head = withoutAside(text.slice(Math.max(0, m.index - 120), m.index));
    if (inRanges(m.index, quotes) || REPORTED.test(head)) continue;
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    // What a "'d" on it stands for: "we'd moved" → had, "we'd need" → would.
    const d = /d$/i.test(m[0]) ? contractedD(tail, text.slice(Math.max(0, m.index - 80), m.index)) : undefined;
    if ((SPEECH_COLON.test(head) && !PAST_AFTER.test(tail)) || BACKGROUND_BEFORE.test(head) || USED_TO.test(tail)) continue;
    if ((d === 'had' || HAD_AFTER.test(tail)) && BEFORE_I_CAME.test(tail)) continue;
    if (m[0].toLowerCase() === 'we' && businessFact(text, m.index, tail, false)) continue;
    if (ASKED_THAT.test(head) && !PAST_AFTER.test(tail) && !NOT_BASE.test(tail)) continue;
    if (AGREED_THAT.test(head) || contentGoesOn(text, m.index, m.index + m[0].length, d)) continue;
    if (OTHERS_CALL.test(head.slice(-80)) && CALLED_FOR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (COUNTERFACTUAL.test(after) || OPTION_IF.test(after) || (d === 'would' && HAVE_DONE_AFTER.test(after))) continue;
    if (IF_BEFORE.test(head) && WOULD_FOLLOW.test(after)) continue;
    if (STATE_PERFECT.test(after) || ((/ve$/i.test(m[0]) || d === 'had') && STATE_PARTICIPLE_NEXT.test(after))) continue;
    // How many the team was: "We were six engineers and I was their manager".
    if (/^we(?:['’]re)?$/i.test(m[0]) && TEAM_SIZE.test(m[0].length > 2 ? ` are${after}` : after)) continue;
    const we = m[0];
    const lower = we.toLowerCase();
    const i = SINGULAR[lower] ?? 'I';
    if (lower !== 'we') {
      const end = m.index + we.length;
      // Read as its full form ("so we'd no buffer" as "so we had no buffer"), in a window around it (writtenOut).
      const full = `${we.slice(0, 2)} ${d ?? fullForm(lower)}`;
      const out = writtenOut(text, m.index, end, full);
      if (d !== undefined && whyOfOwnAct(out.text, out.at, d)) continue;
      // "we've moved", "we'd decided": the participle with it.
      const tail = /ve$/i.test(lower) || d === 'had' ? (PARTICIPLE_NEXT.exec(text.slice(end)) ?? BEEN_NEXT.exec(text.slice(end, end + 8))) : null;
      const words = tail ? ` ${tail[0].trim().split(/\s+/).join(' ')}` : '';
      if (tail?.[1] !== undefined && withOnePerson(text, m.index, end, tail[1], text.slice(end + tail[0].length), people)) continue;
      // What tells no act, read of the full form too ("a region we'd been told to drain" as "a region we had been told
      // to drain", a thing described; "we'd no test rig" as "we had no test rig", a constraint).
      const said = predicate(out.text, out.at + 2);
      const saidVerb = said.rest.trim().split(/\s+/).find((w) => !ADVERBS.has(w.toLowerCase())) ?? '';
      if (tellsNoAct(out.text, out.at, out.at + 2, saidVerb, out.at + 2 + said.phrase.length)) continue;
      const bound = companyBound(out.text, out.at, out.at + 2);
      if (bound === 'inside' || bound === 'fact') continue;
      if (bound === 'opens') {
        found.push({ index: m.index, length: we.length, phrase: we + words, suggestion: asTheCompany(dutyWords(out.text, out.at + 2) ?? `${full.slice(2)}${words}`), bound: true });
        continue;
      }
      found.push(tail ? mention(m.index, we.length, we + words, i, words, text.slice(end + tail[0].length)) : { index: m.index, length: we.length, phrase: we, suggestion: i });
      continue;
    }
    const { phrase, rest, unit } = predicate(text, m.index + we.length);
    const verb = rest.trim().split(/\s+/).find((w) => !ADVERBS.has(w.toLowerCase())) ?? '';
    // "we have cut the roadmap": the participle says what the two did.
    const act = PERFECT.exec(text.slice(m.index + we.length))?.[1] ?? verb;
    if (withOnePerson(text, m.index, m.index + we.length, act, text.slice(m.index + we.length + phrase.length), people)) continue;
    if (whyOfOwnAct(text, m.index, verb)) continue;
    if (tellsNoAct(text, m.index, m.index + we.length, verb, m.index + we.length + phrase.length)) continue;
    const bound = companyBound(text, m.index, m.index + we.length);
    if (bound === 'inside' || bound === 'fact') continue;
    if (bound === 'opens') {
      // (With its "to": "We had to" → "the company had to …", not "the company had …".)
      const duty = dutyWords(text, m.index + we.length) ?? phrase;
      found.push({ index: m.index, length: we.length, phrase: we + duty, suggestion: asTheCompany(duty), bound: true });
      continue;
    }
    const heldBy = held(text, verb, rest, m.index + we.length + phrase.length);
    if (heldBy) {
      found.push({ index: m.index, length: we.length, phrase: we + phrase, suggestion: heldBy, held: true });
      continue;
    }
    const partner = frontedPartner(text, m.index, act);
    if (partner) {
      found.push({ index: m.index, length: we.length, phrase: we + phrase, suggestion: `${partner} and ${i}${rest}` });
      continue;
    }
    const said = mention(m.index, we.length, we + phrase, i, rest, text.slice(m.index + we.length + phrase.length));
    found.push(unit === undefined ? said : { ...said, suggestion: `${unit[0]!.toUpperCase()}${unit.slice(1)}, ${said.suggestion}` });
  }
  for (const m of text.matchAll(BARE_TEAM)) {
    const index = m.index + m[0].length - 4;
    // "- Team has migrated the topics" as "- Team migrated the topics".
    const perfect = PERFECT.exec(text.slice(index + 4));
    const verb = perfect ? perfect[1]! : wordAfter(text, index + 4);
    if (inRanges(index, quotes) || (!perfect && !PAST_VERB.test(verb)) || NOT_A_VERB.has(verb) || SIZE.has(verb)) continue;
    if (STATE_PERFECT.test(text.slice(index + 4, index + 124))) continue;
    const { phrase, rest } = predicate(text, index + 4);
    found.push({ index, length: 4, phrase: 'Team' + phrase, suggestion: singular('I', rest, text.slice(index + 4 + phrase.length), 'the team') });
  }
  for (const m of text.matchAll(ALONG_WITH)) {
    const end = m.index + m[0].length;
    if (inRanges(m.index, quotes)) continue;
    const { phrase, rest } = predicate(text, end);
    // The verb past any adverb ("then rebuilt"), in the past: not "I" ("Together with the team, then I rebuilt"); or a
    // perfect's participle ("have rebuilt").
    const perfect = PERFECT.exec(text.slice(end));
    const verb = perfect ? perfect[1]! : (rest.trim().split(/\s+/).find((w) => !ADVERBS.has(w.toLowerCase())) ?? '');
    if ((!perfect && !PAST_VERB.test(verb)) || NOT_A_VERB.has(verb) || SIZE.has(verb)) continue;
    found.push({ index: m.index, length: m[0].length, phrase: m[0] + phrase, suggestion: singular('I', rest, text.slice(end + phrase.length)) });
  }
  for (const m of text.matchAll(TEAM)) {
    if (inRanges(m.index, quotes) || !teamIsSubject(text, m.index, m.index + m[0].length)) continue;
    if (teamsOwnPart(text, m.index, m.index + m[0].length)) continue;
    if (contentGoesOn(text, m.index, m.index + m[0].length)) continue;
    if (businessFact(text, m.index, text.slice(m.index + m[0].length, m.index + m[0].length + 160), true)) continue;
    if (COUNTERFACTUAL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (STATE_PERFECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    const { phrase, rest } = predicate(text, m.index + m[0].length);
    const who = /\b(?:org|organi[sz]ation|squad|crew|pod|group|department)\b/i.exec(m[0])?.[0].toLowerCase() ?? 'team';
    found.push(mention(m.index, m[0].length, m[0] + phrase, 'I', rest, text.slice(m.index + m[0].length + phrase.length), `the ${who}`));
  }
  // The team as the actor of a passive, "Rollback was done in 40 minutes by the team", is the team acting, as "the team
  // did the rollback" is (a thirty-sixth user's trial): from the passive to its "by".
  for (const p of findTeamPassives(text)) {
    const between = text.slice(p.index + p.length, p.byEnd - p.by.length).trim();
    found.push({ index: p.index, length: p.byEnd - p.index, phrase: `${p.text}${between ? ' …' : ''} ${p.by}`, suggestion: `I ${p.past}${p.particle}` });
  }
  return found.filter((we) => !disclaimed(text, we)).sort((a, b) => a.index - b.index);
}

// Said of the subject, between brackets, commas or dashes right after it, alone or after who did it: "We (the six
// engineers, not me) rewrote…", "My team, not me, rewrote…"…
const THEM = String.raw`(?:(?:all|only|just|really)\s+)?(?:(?:the|my|our|its|their)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:team|squad|crew|engineers|developers|devs|people|staff|testers|analysts|designers|folks|them|they)`;
const NOT_MINE_APPOSED = new RegExp(String.raw`^\s*(?:\(|,|—|–|\s-)\s*(?:${THEM}\s*,?\s*(?:(?:and|but)\s+)?)?${NOT_MINE}\s*(?:\)|,|—|–|\s-\s)`, 'iu');
// …or between brackets or dashes later in its clause, with who did it: "We rewrote it — the engineers, not me — in four
// months". (Not an aside of something else: "We rebuilt the cart (with Dana, not me, on call)".)
const NOT_MINE_ASIDE = new RegExp(String.raw`^[^.;:!?\n()—–]{0,80}?(?:\(|—|–|\s-\s)\s*${THEM}\s*,?\s*(?:(?:and|but)\s+)?${NOT_MINE}\s*(?:\)|—|–|\s-\s)`, 'iu');
// …or told of the work later in its sentence, as theirs: "it was their work, not mine" (THEIRS_NOT_MINE).
// A call made is no work to disclaim: "We decided to rewrite it, and the rewrite was their work, not mine" still hides
// who decided.
const CALL_VERB = new Set([...PARTNER_CALL, ...Object.keys(COLLECTIVE), 'voted', 'settled', 'opted', 'resolved']);

/**
 * Whether the mention `we` in `text` is disclaimed as the team's work, told as the team's and plainly not the candidate's
 * (credit.ts): "We (the six engineers, not me) rewrote the pricing engine", "My team rewrote the calculator, and I want
 * to be clear it was their work, not mine". Such a "we" hides no part of the candidate's: its sentence says what it was.
 */
function disclaimed(text: string, we: WeMention): boolean {
  const after = text.slice(we.index + we.length, we.index + we.length + 200);
  if (NOT_MINE_APPOSED.test(after)) return true;
  const sentence = after.split(/[.!?\n]/, 1)[0]!;
  const verb = we.phrase.trim().split(/\s+/).at(-1)!.toLowerCase();
  return !CALL_VERB.has(verb) && (NOT_MINE_ASIDE.test(sentence) || THEIRS_NOT_MINE.test(sentence));
}

/** The auxiliary a contracted "we" other than "we'd" (`lower`: "we’ve", "we're", "we'll") stands for. */
function fullForm(lower: string): string {
  const contraction = lower.slice(3);
  return contraction === 've' ? 'have' : contraction === 're' ? 'are' : 'will';
}

// A relative clause on the object of the candidate's own act, telling what the team did with it as a routine or in a
// meeting: "I wrote the load test that we ran every night", "I set up a weekly program review with the three leads where
// we tracked progress". The candidate's part is the "I" clause; the "we" is how the thing was used, not who made it.
// (Not a one-off act, the story's deliverable: "I led the migration that we finished in May", "the plan we built"; nor
// a call, "a weekly review where we decided what to cut": owning the call is the point.)
// First, the candidate's act before it in the sentence: "I" and a verb, or a bullet's verb with no subject.
const OWN_ACT_BEFORE = /\bI\s+(?:(?:\p{L}+ly|then|also|first|later)\s+)*\p{Ll}|^\s*[-*•]\s+\p{Lu}\p{Ll}+/u;
// What is done with a thing over and over, not made once…
const ROUTINE_VERB = String.raw`(?:ran|run|re-?ran|re-?run|used|reviewed|checked|read|followed|consulted|watched|monitored|tracked|updated|refreshed|opened|replayed|executed|held|attended|sent|received|discussed|triaged|looked\s+at|went\s+(?:through|over)|walked\s+through|talked\s+through)`;
// …with no object of its own, and a recurrence after it: "that we ran against staging every night", "we reviewed weekly".
const ROUTINE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:then|also|still|always|\p{L}+ly)\s+)*${ROUTINE_VERB}(?:\s+again)?(?:\s+(?:against|on|in|at|with|for|from|before|after|during|across|over|through|as)\s+[^,.;:!?\n]{1,40}?)?\s+${RECURRENCE}`,
  'iu',
);
// …or in use before the act, "already": "I built the permit into the guard app we already ran", "the tools we were already
// using". (Not a one-off "we already ran the load test", which has an object of its own, nor "already built", made once.)
const ALREADY_IN_USE = new RegExp(
  String.raw`^\s+(?:(?:were|was)\s+already\s+(?:running|using|operating|following|consulting|monitoring|tracking)|already\s+(?:${ROUTINE_VERB}|operated|operate|run|use))(?!\s+(?:the|a|an|our|their|its|this|that|these|those|it|them)\b)(?=\s*(?:[.,;:!?)]|$)|\s+(?:from|for|on|in|at|across|with|as|since|and|but|so|to|every|each)\b)`,
  'iu',
);
// A meeting, or a place the team kept track in, then "where" or "at which", with a phrase after the noun at most: "a
// weekly program review with Ops and Finance where", "a shared tracker in which".
const MEETING = String.raw`(?:reviews?|meetings?|stand-?ups?|syncs?|calls?|forums?|sessions?|huddles?|retros?|retrospectives?|check-?ins?|war[\s-]rooms?|workshops?|catch-?ups?|one-to-ones?|1:1s?|channels?|trackers?|dashboards?|spreadsheets?|boards?|registers?|logs?)`;
const MEETING_WHERE = new RegExp(
  String.raw`\b${MEETING}(?:\s*\([^()\n]{1,60}\)|\s+(?:with|for|of|on|across|between|among)\s+[^,.;:!?()\n]{1,60}?)?\s*,?\s+(?:where|at\s+which|in\s+which|during\s+which)\s+$`,
  'iu',
);
// What is done in one: tracking, reviewing and talking it over, not deciding or building.
const MEETING_ACT = /^\s+(?:(?:then|also|all|together|\p{L}+ly)\s+)*(?:tracked|track|reviewed|review|discussed|discuss|triaged|triage|checked|check|raised|raise|surfaced|surface|shared|share|compared|compare|posted|post|logged|log|recorded|record|flagged|flag|reported|report|updated|update|heard|hear|saw|see|read|met|meet|went\s+(?:through|over)|go\s+(?:through|over)|walked\s+through|walk\s+through|talked\s+through|talk\s+through|looked\s+at|look\s+at|caught\s+up)\b/iu;

/**
 * Whether "we" at `at` (ending at `weEnd`, with `before` the text just before it) opens a relative clause on the object
 * of the candidate's own act that tells a routine or a meeting's business (OWN_ACT_BEFORE above).
 */
function ownObjectDescribed(text: string, at: number, weEnd: number, before: string): boolean {
  const next = text.slice(weEnd, weEnd + 120);
  const meeting = MEETING_WHERE.test(before) && MEETING_ACT.test(next);
  const relative = RELATIVE.test(before) || (CONTACT_RELATIVE.test(before) && !TIME_NOUN.test(before) && !OPENING_PHRASE.test(before));
  if (!meeting && !(relative && (ROUTINE_AFTER.test(next) || ALREADY_IN_USE.test(next)))) return false;
  const clause = text.slice(Math.max(0, at - 240), at).split(/[.!?;\n]/).at(-1)!;
  return OWN_ACT_BEFORE.test(clause) && !opensClause(text.slice(Math.max(0, at - 160), at));
}

/**
 * Whether "we" at `at` (ending at `weEnd`), with `verb` after it and its predicate ending at `predicateEnd`, tells no act
 * of the team's: it describes a thing ("a risk we could mostly cover", "the vendor we sent the logs to"), a constraint or
 * a window the candidate worked in ("we had no test rig", "while we still had runway"), the other side of a comparison,
 * or a cost accepted.
 */
function tellsNoAct(text: string, at: number, weEnd: number, verb: string, predicateEnd: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const next = text.slice(weEnd, weEnd + 60);
  const lower = verb.toLowerCase();
  // Having a thing, not having to do something: "the cluster that we had to rebuild" is the rebuild, the work.
  const having = HAVING.has(mainVerb(text, verb, predicateEnd)) && !OBLIGED.test(next);
  const gap = !OBJECT_AFTER.test(next);
  // Or what would be done with it: "the stateful services that we would lift and shift onto EC2".
  if (RELATIVE.test(before) && (having || MODAL.has(lower))) return true;
  // (After a time noun, only what the team had or needed, its clause ending on the verb, so the noun is its object: "for
  // the two maintenance windows we needed"; "the day we had the outage", "the week we were away" tell when, and "every
  // evening" or "each week" is always a time, "every evening we had call with the field teams".)
  const timeHeld = (having || NEEDING.has(lower)) && TIME_GAP.test(next) && !QUANTIFIED.test(before);
  if (CONTACT_RELATIVE.test(before) && (!TIME_NOUN.test(before) || timeHeld) && !OPENING_PHRASE.test(before) && !opensClause(text.slice(Math.max(0, at - 160), at)) && (having || MODAL.has(lower) || (DESCRIBING.has(lower) && gap && !OBLIGED.test(next)) || ABOUT_TO.test(text.slice(weEnd, weEnd + 30)))) return true;
  if (ownObjectDescribed(text, at, weEnd, before)) return true;
  // …and with no article, when the modal's verb has no object: "60% came from IBAN formatting we could check, so…".
  if (MODAL.has(verb.toLowerCase()) && NOUN_BEFORE.test(before) && GAP_AFTER.test(text.slice(weEnd, weEnd + 40)) && !TIME_NOUN.test(before) && !OPENING_PHRASE.test(before) && !opensClause(text.slice(Math.max(0, at - 160), at))) return true;
  if (MODAL.has(verb.toLowerCase()) && NOUN_BEFORE.test(before) && PLURAL_BEFORE.test(before) && ADJUNCT_AFTER.test(text.slice(weEnd, weEnd + 60)) && !TIME_NOUN.test(before) && !OPENING_PHRASE.test(before) && !OPENING_PHRASE_BARE.test(before) && !opensClause(text.slice(Math.max(0, at - 160), at))) return true;
  if (NOUN_BEFORE.test(before) && UNKNOWN_AFTER.test(text.slice(weEnd, weEnd + 50)) && !TIME_NOUN.test(before) && !OPENING_PHRASE.test(before) && !opensClause(text.slice(Math.max(0, at - 160), at))) return true;
  // …and with no article, a plural after a preposition: "sessions around real problems we were solving".
  // (Not when the clause has an object of its own: "With six vendors we were running three parallel pilots".)
  if (BARE_PLURAL_BEFORE.test(before) && !TIME_NOUN.test(before) && !OBJECT_AFTER.test(text.slice(weEnd, weEnd + 60)) && (DESCRIBING.has(verb.toLowerCase()) || HAVING.has(mainVerb(text, verb, predicateEnd)))) return true;
  // Where the team stood, said of a place or a team: "the merchant support team where we were short".
  if (/\bwhere\s+$/i.test(before) && /^(?:were|was|had)$/i.test(verb) && !/^\s+\S+\s+(?:[\p{L}]+ed|[\p{L}]+ing)\b/u.test(text.slice(weEnd, weEnd + 30))) return true;
  if (HAD_NONE.test(text.slice(weEnd, weEnd + 30)) || HAD_TROUBLE.test(text.slice(weEnd, weEnd + 120)) || CANNOT_LOSE.test(text.slice(weEnd, weEnd + 50))) return true;
  if (TIME_ENDS_BEFORE.test(before) && STATE_REACHED.test(text.slice(weEnd, weEnd + 120))) return true;
  if (WHILE_BEFORE.test(before) && HAD_WINDOW.test(text.slice(weEnd, weEnd + 60))) return true;
  // A clause that ends on its preposition describes what comes before it, article or not: "it uses network we
  // already pay for", "the one vendor we relied on".
  if (STRANDED.test(text.slice(weEnd, weEnd + 40)) && /\p{L}\s+$/u.test(before) && HAVING.has(mainVerb(text, verb, predicateEnd))) return true;
  const clauseOpens = () => TIME_NOUN.test(before) || OPENING_PHRASE.test(before) || opensClause(text.slice(Math.max(0, at - 160), at));
  if (STRANDED_ANY.test(text.slice(weEnd, weEnd + 60)) && (RELATIVE.test(before) || CONTACT_RELATIVE.test(before)) && !clauseOpens()) return true;
  if (QUANTIFIED.test(before) && CONTACT_RELATIVE.test(before) && !CYCLE_NOUN.test(before) && QUANTIFIED_GAP.test(text.slice(weEnd, weEnd + 80)) && !clauseOpens() && (!QUANTIFIED_OPENS.test(text.slice(Math.max(0, at - 160), at)) || QUANTIFIED_MAIN.test(text.slice(weEnd, weEnd + 120)))) return true;
  // The other side of a comparison, with its verb left out: "so the clinics saw the numbers before we did".
  if (COMPARED_BEFORE.test(before) && COMPARED_ELLIPSIS.test(text.slice(weEnd, weEnd + 16))) return true;
  if (NAMED_BY_US.test(before) && !TIME_NOUN.test(before) && ONCE_DID.test(text.slice(weEnd, weEnd + 300))) return true;
  if (CONCEDED.test(before) || (/\bwhat\s+$/i.test(before) && WHAT_WE_THOUGHT.test(text.slice(weEnd, weEnd + 20)))) return true;
  return false;
}

// What a company holds, had by "we": "We already had a licence for GitHub Actions", "we still had runway", "We had budget
// for two contractors". (Not what the team had to do, "We had to cut the budget", nor had done, "We had the contract
// signed by Friday", nor talked about, "We had a meeting about the budget".)
const HELD_THING = String.raw`(?:licen[cs]es?|subscriptions?|contracts?|budget|money|cash|funding|funds|runway|headroom|capacity|credits?|seats?|quota|hardware|servers?|stock|inventory|insurance|warrant(?:y|ies)|leases?)`;
const HELD_AFTER = new RegExp(
  String.raw`^\s+(?!to\b)(?:(?!(?:to|about|on|with|for|in|at|from|by|into|and|but|or|so)\b)[\p{L}\p{N}'’%-]+\s+){0,3}?${HELD_THING}\b(?!\s+(?:[\p{L}]+ed|done|built|rebuilt|written|rewritten|set\s+up|sorted|renewed|made|remade|run|cut|put|shut(?:\s+down)?|sent|sold|taken|given|shown|seen|torn\s+down|brought)\b)`,
  'iu',
);
// …and what it paid for or was licensed for: "We paid for Datadog", "we were paying $40k a year for it", "we paid a
// penalty". ("We rented a chiller" is an act someone arranged: "I rented a chiller" may be right.)
const PAYING = new Set(['paid', 'pay', 'pays', 'paying', 'licensed']);
// …but not paying as an idiom of doing: "We paid down the tech debt", "we paid close attention", "We had already paid the
// price" (a review).
const PAID_IDIOM = /^\s+(?:(?:\p{L}+ly|already|also|then)\s+)*(?:down|off|back|close\s+attention|attention|the\s+price|a\s+(?:heavy\s+|high\s+)?price|lip\s+service|dividends|tribute|heed|a\s+visit|our\s+dues)\b/iu;
const COMPANY_VERB: Record<string, string> = { have: 'has', pay: 'pays', spend: 'spends' };

/**
 * For "we" with `verb` after it, its singular predicate `rest` (" already had") ending at `end`: when it tells what was
 * had or paid for, that phrase told as the company's ("the company already had"); otherwise undefined.
 */
function held(text: string, verb: string, rest: string, end: number): string | undefined {
  const words = rest.trim().split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  const owns = /^(?:had|has|have)$/.test(last) && HELD_AFTER.test(text.slice(end, end + 80));
  const spends = (SPEND_VERB.test(mainVerb(text, verb, end)) || SPEND_VERB.test(last)) && MONEY_AFTER.test(text.slice(end, end + 60));
  // (In a perfect too: "We had already paid the vendor".)
  if (!owns && !spends && ((!PAYING.has(mainVerb(text, verb, end)) && !PAYING.has(last)) || PAID_IDIOM.test(text.slice(end, end + 40)))) return undefined;
  return ['the company', ...words.slice(0, -1), COMPANY_VERB[last] ?? words.at(-1)!].join(' ');
}

// The company as a party bound by law, a contract or a promise (new users' trials: "which fields we must keep for tax
// law", "before we could sign the 24/7 contracts", "that we kept our promise", "before we spend money"). "I must keep …"
// or "I kept our promise" would make the story false: it is the company that is bound. First, what it must do by law or
// contract, as "held" reads what it had: a duty told with its source ("we must keep the invoices for tax law", "we have
// to report it under GDPR", "we are required by law to keep the logs", "by NCC rules"), or anything it is legally or contractually
// required to do. ("We must migrate by Friday" is the team's work, and so is "we must migrate by Friday under the
// contract": migrating is no duty of a party.)
// (A team's, a project's or the company's own rules are no outside source: "we are required by team rules to report every
// Friday", "by the sprint rules", "by our own rules" are the team's work, as a plan is.)
const IN_HOUSE = String.raw`(?!(?:team|team's|teams'|project|project's|sprint|house|in-house|internal|coding|style|own|department|engineering)\b)`;
const OBLIGED_TO = String.raw`(?:must|have\s+to|has\s+to|had\s+to|need\s+to|needed\s+to|(?:are|were|was|is)\s+(?:(?:legally|contractually|statutorily|still|also|now)\s+){0,2}(?:required|obliged|obligated|bound)(?:\s+by\s+(?:law|contract|(?:the|our|its)\s+(?:[\p{L}-]+\s+)?(?:contracts?|regulators?|licen[cs]e|SLA)|(?:(?:the|our|its|local|national|federal|state|EU|UK|US)\s+)?(?:${IN_HOUSE}[\p{L}-]+\s+){0,2}?(?:laws|legislation|rules|regulations?|statutes?|directives?|codes?)\b)|\s+under\s+(?:(?:the|our|its|EU|UK|US)\s+)?(?:[\p{L}-]+\s+)?(?:GDPR|HIPAA|SOX|PCI(?:[- ]DSS)?|DORA|NIS2|law|contracts?|SLAs?|rules|regulations?|directives?))?\s+to)`;
const DUTY_VERB = String.raw`(?:keep|retain|store|hold|archive|preserve|report|file|disclose|notify|inform|pay|collect|delete|erase|purge|honou?r|refund|compensate|register|declare|publish|log|record|offer|provide|prove|document)`;
// (A contract's or an SLA's review, meeting or team is work about it, no source of a duty: "we had to report it per the SLA
// review", "before we signed the contract review".)
const WORK_ON_IT = String.raw`(?![\s-]+(?:reviews?|reviewers?|meetings?|calls?|workshops?|walk-?throughs?|negotiations?|templates?|trackers?|dashboards?|owners?|teams?|managers?|process(?:es)?)\b)`;
const LAW = String.raw`(?:law|laws|legislation|regulations?|regulators?|statutes?|rules|directives?|GDPR|HIPAA|SOX|PCI(?:[- ]DSS)?|DORA|NIS2|contracts?|SLAs?|licen[cs]e\s+terms)${WORK_ON_IT}`;
const LAW_SOURCE = new RegExp(
  String.raw`\b(?:(?:for|by|under|per|according\s+to|as\s+required\s+by|in\s+line\s+with|to\s+comply\s+with|to\s+satisfy)\s+(?:(?:the|our|their|its|a|an|local|national|federal|state|EU|UK|US)\s+)?(?:[\p{L}-]+\s+){0,2}?${LAW}|legally|contractually|statutorily|by\s+law)\b`,
  'iu',
);
const OBLIGATION = new RegExp(String.raw`^\s+(?:(?:legally|contractually|statutorily|still|also|always)\s+)?${OBLIGED_TO}\s+(?:(?:also|still|then|legally|contractually)\s+)?(\p{L}+)`, 'iu');
const LEGALLY = /\b(?:legally|contractually|statutorily)\b|\bby\s+law\b/i;
// A duty in the present with "are" (the full form of "we're"): what the company is, not what happened in the story.
const PRESENT_DUTY = /^\s+(?:(?:legally|contractually|statutorily|still|also|always|now)\s+)?are\s/i;
// …spending money, as paying is: "before we spend money", "We spent $40k on the old CDN". ("We spent two weeks on it" is
// the team's time.)
const SPEND_VERB = /^(?:spend|spent|spending|spends)$/i;
const MONEY_NEXT = String.raw`\s+(?:(?:any|more|the|our|real|extra|serious|that|this|much|a\s+lot\s+of|\p{L}+ly)\s+)*(?:money|cash|budget|funds|capital|[$€£]\s?\d|\d[\d,.]*\s*(?:k|m|bn|million|thousand)?\s*(?:dollars|euros|pounds|rupees|EUR|USD|GBP|INR)\b)`;
const MONEY_AFTER = new RegExp(`^${MONEY_NEXT}`, 'iu');
// What the company did or could do as a party, not the team's work: sign a contract, keep its word, spend money.
const PARTY_ACT = new RegExp(
  String.raw`^\s+(?:(?:could|can|would|will|should|must|might|may|were\s+able\s+to|was\s+able\s+to|had\s+to|needed\s+to|did)\s+(?:not\s+)?)?(?:(?:finally|ever|still|also|even)\s+)?(?:` +
    String.raw`(?:sign|signed|signing|renew|renewed|enter(?:ed)?\s+into)\s+(?:[^.;:!?\n,]{0,40}?\s)?(?:contracts?|agreements?|deals?|SLAs?|leases?|MSAs?|SOWs?|NDAs?|purchase\s+orders?)\b${WORK_ON_IT}` +
    String.raw`|(?:kept|keep|keeps|honou?red|honou?r|broke|break|fulfill?(?:ed)?|fulfil)\s+(?:our|its|the|every|each|all)\s+(?:[\p{L}-]+\s+)?(?:promises?|word|commitments?|pledges?|obligations?|guarantees?)\b` +
    String.raw`|(?:spend|spent|spending|spends)${MONEY_NEXT}` +
    ')',
  'iu',
);
// A clause inside another before "we": a relative, a content, a reason, a time or a purpose ("which fields we", "because
// we", "before we", "so that we"), or a noun it describes ("the fields we").
const INSIDE_BEFORE =
  /(?:\b(?:that|which|who|whom|whether|if|because|since|as|before|until|till|after|once|when|whenever|while|whilst|where|unless|although|though|lest|so\s+that|in\s+order\s+that|now\s+that|given\s+that)|\b(?:which|what|whose|how\s+many|how\s+much)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]+)\s+$/iu;
// A constraint the company is under, as "we had no budget" is: what it cannot lose, afford or breach. ("We could not
// miss the date" is the team's.)
const CANNOT_LOSE =
  /^\s+(?:(?:still|simply|really|just)\s+)?(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|must\s+not|mustn['’]t|may\s+not|can\s+ill|could\s+ill)\s+(?:\p{L}+ly\s+)?(?:afford|lose|breach|violate)\b/iu;
const DUTY = new RegExp(`^${DUTY_VERB}$`, 'i');

/**
 * Whether "we" at `at`…`weEnd` tells the company bound as a party: 'inside' when told in a clause inside another (a
 * relative, a content, a reason, a time: no act of the story's), 'fact' for a duty told as what the company is, in the
 * present ("We are legally required to keep the logs", "We're required by law to…", as "we are a payments company" is:
 * no gap, and nothing to ask), 'opens' for an obligation that opens its clause otherwise ("We must keep the invoices for
 * ten years by law, so I…", "We were legally required to…", told as the company's as "held" is), or undefined for none.
 */
function companyBound(text: string, at: number, weEnd: number): 'inside' | 'fact' | 'opens' | undefined {
  const clause = text.slice(weEnd, weEnd + 160).split(/[.;:!?\n]|,\s+(?:so|and|but|then)\b/)[0]!;
  const duty = OBLIGATION.exec(clause);
  const obliged = duty !== null && (LEGALLY.test(clause) || (DUTY.test(duty[1]!) && LAW_SOURCE.test(clause)));
  if (obliged && PRESENT_DUTY.test(clause)) return 'fact';
  if (!obliged && !PARTY_ACT.test(clause)) return undefined;
  const before = text.slice(Math.max(0, at - 60), at);
  if (INSIDE_BEFORE.test(before) || (CONTACT_RELATIVE.test(before) && !TIME_NOUN.test(before) && !OPENING_PHRASE.test(before))) return 'inside';
  return obliged ? 'opens' : undefined;
}

/**
 * The words of a duty right after "we" (at `weEnd`), up to the verb of what is owed, as written: " must", " had to", " are
 * legally required to" (OBLIGATION); undefined for none.
 */
function dutyWords(text: string, weEnd: number): string | undefined {
  const m = OBLIGATION.exec(text.slice(weEnd, weEnd + 160));
  return m ? m[0].slice(0, m[0].length - m[1]!.length).replace(/\s+$/, '').replace(/\s+/g, ' ') : undefined;
}

const COMPANY_FORM: Record<string, string> = { are: 'is', were: 'was', have: 'has', need: 'needs', spend: 'spends' };

/** A predicate written after "we" (" are legally", " must"), told after "the company": "the company is legally". */
function asTheCompany(phrase: string): string {
  return ['the company', ...phrase.trim().split(/\s+/).map((w) => COMPANY_FORM[w.toLowerCase()] ?? w)].join(' ');
}

// A time that opens the sentence: "In May", "On Monday", "In 2023", "In Q3", "In the end", "Within a week", "In week two",
// "Last week", "The next morning", "Two days later". (Not a phrase of place or of anything else: "In the meeting the team
// …" may be a relative clause's noun, "the meeting the team ran".)
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)`;
const WHEN = String.raw`(?:${CALENDAR}|(?:19|20)\d\d|Q[1-4]|H[12]|${SEASON}|${TIME_WORD}(?:\s+(?:\d+|one|two|three|four|five|six))?)`;
const TIME_OPENING = new RegExp(
  String.raw`(?:^|[.!?;:\n]\s*)(?:[-*•]\s+)?(?:(?:in|on|at|by|during|over|within|from|until|after|before|early\s+in|late\s+in)\s+(?:(?:the|that|this|a|one|last|next|first|early|late|mid|same|following)\s+)*(?:[\p{L}\p{N}-]+\s+)?${WHEN}|(?:(?:the|that)\s+)?(?:last|next|following|same|that|this|one)\s+${WHEN}|(?:[\p{L}\p{N}]+\s+){1,2}(?:later|earlier|ago|on))\s+$`,
  'iu',
);

const AGO_BEFORE = /\bago\s+$/i;
// What befalls a team, or a milestone of its own, after a time opening the sentence: no act of work that hides the
// candidate's part.
const BEFELL_THE_TEAM =
  /^\s*(?:got|received|gained|welcomed|used|celebrated|marked|turned|saw|faced|suffered|lost|became|grew|shrank|moved\s+(?:to|into|offices?|buildings?|floors?|desks?|sites?|premises)\b)(?![\p{L}])/iu;

/** Whether "the team" at `start`…`end` is the subject of its clause, doing something. */
function teamIsSubject(text: string, start: number, end: number): boolean {
  // "my team has adapted the Spark jobs" is told as "my team adapted the Spark jobs" is: from the participle on, the
  // checks below read the perfect as the simple past ("the team has had six engineers" as "had", "has needed to").
  const perfect = PERFECT.exec(text.slice(end));
  const at = perfect ? end + perfect[0].length - perfect[1]!.length - 1 : end;
  // "the team had six engineers" describes the team; it doesn't hide what the candidate did.
  const verb = wordAfter(text, at);
  // "had to" is something the team did ("our org had to cut the wait"), not what it was made of.
  const rest = text.slice(at, at + 40);
  // "the crew qualification module": a word no verb ends in makes the team a modifier.
  if (NOUN_ENDING.test(verb) || SIZE_CHANGE.test(rest) || TEAM_SIZE.test(text.slice(at, at + 100))) return false;
  // "Our team queue was designed for big shops", "the team budget had run out": a noun and then its verb make the
  // team a modifier of a thing described.
  if (!perfect && !ADVERBS.has(verb.toLowerCase()) && !/^(?:and|or|alone|itself|\p{L}+ly)$/iu.test(verb) && MODIFIED_THEN_VERB.test(rest)) return false;
  const stative = (SIZE.has(verb) || (THE.test(text.slice(start, start + 3)) && STATIVE.has(verb))) && !HAD_TO.test(rest) && !WAS_DOING.test(rest);
  if (stative || (IDLE.has(verb) && !IDLE_OBJECT.test(text.slice(end).replace(FIRST_WORD, '')))) return false;
  // A determiner, an object pronoun or a count where the verb would be makes the team an object, told what comes next,
  // after a verb that takes two: "I showed Priya Shah and the team the traces", "I gave Dana and the team two options",
  // "I told the team how…". (With no such verb it is an adverbial before the team's verb: "The team each took two
  // services", "My team the following week migrated the topics".)
  // ("I wrote the plan and the team the next week shipped it": a time and then a past make the team the subject again.)
  const time = TIME_FIRST.exec(text.slice(end, end + 60));
  if (!perfect && OBJECT_NEXT.test(verb) && FIRST_OBJECT_OF.test(text.slice(Math.max(0, start - 200), start)) && !(time && PAST_AFTER.test(text.slice(end + time[0].length, end + time[0].length + 60)))) return false;
  if (atClauseStart(text, start)) return true;
  // "In May the team found the leak", "Two days later the team shipped it": a time opening the sentence, with no comma,
  // then a verb in the past, as after the comma below.
  // (Not after "ago", the past before the story, nor what befell the team rather than work it did: "Within a week the team
  // received 40 complaints", "In March the team moved to a new office", "At the same time the team got a new VP".)
  const opening = text.slice(Math.max(0, start - 60), start);
  if (TIME_OPENING.test(opening)) {
    return (perfect !== null || PAST_VERB.test(verb)) && !NOT_A_VERB.has(verb) && !AGO_BEFORE.test(opening) && !BEFELL_THE_TEAM.test(text.slice(at, at + 40));
  }
  const before = wordBefore(text, start);
  if (NARRATIVE_OPENERS.has(before)) return true;
  // "With the plan agreed, the team shipped it": after a comma, a verb in the past makes the team its subject.
  if (COMMA_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return (perfect !== null || PAST_VERB.test(verb)) && !NOT_A_VERB.has(verb);
  // "with the Regional Directors and the crew contractors": a noun after it, of people, makes "the crew" a modifier.
  return COORDINATORS.has(before) && !NOT_A_VERB.has(verb) && !AGENT_NOUNS.test(verb) && (perfect !== null || time !== null || !modifierInPastSentence(text, start, end, verb));
}

// A word after a team that no verb of the story could be: a bare form ("plan", "schedule", "rota"), not a past, an -s
// present, a modal or an adverb, after one team ("the crew", not "the crews").
const VERB_FORM_AFTER_TEAM = /^(?:will|would|could|can|should|must|might|may|shall|did|do|does|was|were|is|are|am|has|have|had|itself|alone|too|as|both|all|each|together|jointly|not|never|the|a|an|this|that|these|those|its|their|our|my|\p{L}+ly|\p{L}+ing|\p{L}+[^s]s)$/iu;
const ONE_TEAM = /(?:team|squad|crew|pod)$/i;
// An object pronoun or a determiner after that word, which a noun it modified could not take.
const OBJECT_AFTER_VERB = /^\s+(?:it|them|him|her|us|me|the|a|an|our|their|its|my|his|your|every|each)\b/i;
// A sentence told in the past before it: the candidate's "I" and a past verb, or a bullet opening with one.
const PAST_BULLET = new RegExp(String.raw`^\s*[-*•]\s+(?:[A-Z][a-z]+ed|${IRREGULAR_PAST.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join('|')})\b`, 'u');

/**
 * Whether "the crew" at `start`…`end`, after "and", "or" or "but", with `verb` the word after it, is a modifier of the noun
 * it names, in a sentence told in the past: "I owned the swap schedule and the crew plan for the four field contractors"
 * (a new round's story: "the crew plan" is a thing owned, no crew planning). A past is what a team acting would take there
 * ("I wrote it and the team shipped it"); a bare form after one team, the sentence in the past, names a thing.
 */
function modifierInPastSentence(text: string, start: number, end: number, verb: string): boolean {
  if (!ONE_TEAM.test(text.slice(start, end)) || VERB_FORM_AFTER_TEAM.test(verb) || ADVERBS.has(verb.toLowerCase()) || PAST_AFTER.test(` ${verb}`)) return false;
  // A noun's modifier is never followed by an object: "the team test it every Friday", "the squad use the dashboard daily"
  // are British plural agreement, the team acting.
  if (OBJECT_AFTER_VERB.test(text.slice(end).replace(FIRST_WORD, ''))) return false;
  const sentence = text.slice(Math.max(0, start - 240), start).split(/[.!?;\n]/).at(-1)!;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return PAST_I.test(sentence) || (PAST_BULLET.test(line) && !/[.!?;]/.test(line));
}

// The team's own part, told as the team's, which the candidate's "I" would make false (new users' trials):
// - the team's view, with the candidate's own set against it: "The team thought it was the database size and wanted to
//   buy a bigger instance; I wanted to understand the real cause". (Not with work of the team's joined to the view, "The
//   team thought it was the cache and rebuilt it", nor with no view of the candidate's after it: "The team thought it was
//   the cache." may be the candidate's too.)
const TEAM_VIEW =
  /^\s+(?:(?:also|still|all|first|initially|originally|then|\p{L}+ly)\s+)?(?:thought(?!\s+(?:(?:it|this|that|them)\s+)?(?:through|over|up|out)\b)|believed|assumed|suspected|expected|guessed|feared|felt|wanted|preferred|favou?red|blamed|argued|insisted|(?:was|were)\s+(?:(?:so|quite|fully|all)\s+)?(?:sure|convinced|certain|adamant))\b/iu;
const VIEW_VERB =
  /^(?:thought|believed|assumed|suspected|expected|guessed|feared|felt|wanted|preferred|favou?red|blamed|argued|insisted|was|were)$/i;
// …the view's clause up to a contrast that opens the candidate's: "; I", ", but I", "while I", "— I".
const VIEW_AGAINST = /(?:;|,?\s+(?:but|while|whereas|yet|though|although)\b,?|\s[—–]\s|\s-\s)\s*(?:(?:then|instead|still|myself|personally|however)\s*,?\s+)?I\s+(?:[\p{L}]+ly\s+)?\p{Ll}/u;
// …or the next sentence opening with the candidate: "I wanted…", "But I…", "However, I…".
const NEXT_IS_MINE = /^\s*(?:(?:But|However|Instead|Still|Yet|So)\s*,?\s+)?I\s+(?:[\p{L}]+ly\s+)?\p{Ll}/u;
// A verb in the past after "and" or "then" in the view's clause, the team's subject shared: work, unless it is a view too.
const SHARED = /(?:\band|\bthen|,)(?=\s)/g;

/** Whether the team at `end` (its mention's end) gives its view, and the candidate's own is set against it. */
function viewSetAgainst(text: string, end: number): boolean {
  if (!TEAM_VIEW.test(text.slice(end, end + 60))) return false;
  const rest = text.slice(end, end + 400);
  const stop = /[.!?](?=\s|$)|\n\s*\n/.exec(rest);
  const sentence = stop ? rest.slice(0, stop.index) : rest;
  const against = VIEW_AGAINST.exec(sentence);
  const view = against ? sentence.slice(0, against.index) : sentence;
  // (Past the view's own verb.)
  const after = view.replace(/^\s+\S+/, '');
  for (const m of after.matchAll(SHARED)) {
    const past = PAST_AFTER.exec(after.slice(m.index + m[0].length));
    if (past && !VIEW_VERB.test(past[0].trim().split(/\s+/).at(-1)!)) return false;
  }
  if (against) return true;
  return stop !== null && NEXT_IS_MINE.test(rest.slice(stop.index + stop[0].length));
}

// - work the candidate asked the team to do, told after the ask in the same sentence or opening the next: "I asked the team
//   to profile the service, and the team found the slow query", "I had my team run the load test. The team found…". It is
//   what the message asks for. (Not a team no one asked, "I asked the vendor to profile it, and the team found…", nor "we".)
const TEAM_WORDS = String.raw`(?:team|squad|crew|pod|org|group|department|engineers|developers)`;
const ASKED_TEAM = new RegExp(
  String.raw`\bI\s+(?:(?:then|also|first|\p{L}+ly)\s+)?(?:(?:asked|got|told|tasked|assigned|directed|instructed|challenged|requested|sent|pushed|persuaded|convinced)\s+(?:the|my|our)\s+(?:[\p{L}-]+\s+){0,2}?${TEAM_WORDS}\s+to\s+\p{Ll}|had\s+(?:the|my|our)\s+(?:[\p{L}-]+\s+){0,2}?${TEAM_WORDS}\s+(?!(?:to|been|done|[\p{L}]+ed)\b)\p{Ll})`,
  'u',
);

// - the team using what was made, told after the making: "We wrote a handbook and the team used it", "I built the
//   dashboard, and my team followed it every day". The use is the outcome. (Not with a purpose of its own after it, "the
//   team used it to rebuild the scheduler", nor a thing no one made, "I found a spare cluster and the team used it".)
const TEAM_USED =
  /^\s+(?:(?:then|also|quickly|soon|now|still|all|\p{L}+ly)\s+)?(?:used|adopted|followed|applied|read|consulted|picked\s+up|took\s+up|relied\s+on|referred\s+to|(?:started|began|kept)\s+using)\s+(?:it|them|this|these|those|that)\b(?!\s+to\s+\p{Ll})/iu;
const MADE =
  /\b(?:wrote|written|built|made|created|drafted|designed|published|produced|set\s+up|put\s+together|documented|prepared|recorded|compiled|developed|shipped|released|rolled\s+out|launched)\b/i;

/**
 * Whether the team at `start`…`end`, the subject of its clause, tells the team's own part, which "I" would make false:
 * its view set against the candidate's, work the candidate asked it to do, or its use of what was made.
 */
function teamsOwnPart(text: string, start: number, end: number): boolean {
  const sentences = text.slice(Math.max(0, start - 300), start).split(/[.!?](?=\s)|\n\s*\n/);
  const sentence = sentences.at(-1)!;
  if (ASKED_TEAM.test(sentence)) return true;
  // …or in the sentence just before, the team opening the next one: "I asked the team to profile it. The team found the
  // leak." (Not a sentence further back, nor the team after something else in its sentence.)
  if (sentences.length > 1 && /^\s*$/.test(sentence) && ASKED_TEAM.test(sentences.at(-2)!)) return true;
  if (TEAM_USED.test(text.slice(end, end + 60)) && MADE.test(sentence)) return true;
  return viewSetAgainst(text, end);
}

const NOUN_ENDING = /^\p{Ll}+(?:tion|sion|ness|ity|ship|ism)s?$/u;
// What follows the one told or shown, never a subject: a determiner, an object pronoun, a count, a question word.
const OBJECT_NEXT =
  /^(?:the|a|an|my|our|their|his|her|its|this|these|those|them|him|me|us|every|each|some|any|no|how|what|why|where|which|whether|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/;
// A verb that takes two objects just before the team, with any first object joined to it by "and": "showed ", "gave
// Dana and ", "sent the vendor and ", "showed Hiroshi Tanaka, the search engineering manager, and ". Each one joined is
// a name or a role of up to four words, no determiner inside it ("showed Priya the traces and the team…" is two clauses).
const JOINED_OBJECT = String.raw`(?:(?:the|our|my|their|his|her|a|an|both|either)\s+)?(?:(?!(?:${OBJECT_WORDS}|and|or|but|so|then)\b)[\p{L}\p{N}'’.&-]+\s+){0,3}?(?!(?:${OBJECT_WORDS}|and|or|but|so|then)\b)[\p{L}\p{N}'’.&-]+(?:,\s+[^,.;:!?\n]{1,60},)?`;
const FIRST_OBJECT_OF = new RegExp(
  String.raw`\b(?:${TWO_OBJECT_VERBS})\s+(?:(?:then|also|first|quickly|finally)\s+)?(?:${JOINED_OBJECT}(?:,\s+${JOINED_OBJECT}){0,3},?\s+(?:and|or|&)\s+)?$`,
  'iu',
);
// A time before the team's verb: " the next week", " two weeks later", " this time".
const TIME_FIRST = new RegExp(String.raw`^\s+\p{Ll}+\s+(?:[\p{L}\p{N}-]+\s+){0,2}?${TIME_WORD}(?:\s+(?:later|after|on|before|ago))?(?=\s)`, 'iu');
const MODIFIED_THEN_VERB = /^\s+\p{Ll}[\p{L}-]*\s+(?:was|were|is|are|has|had|has been|had been)\b(?!\s+to\b)/u;
// A team that waited or stood idle did no work to claim: "the crew waited for the lab's result before touching the
// crowner" tells how the old process ran.
const IDLE = new Set(['waited', 'wait', 'waits', 'queued', 'idled', 'stood']);
// Unless the verb has a particle or an object that makes it work: "the team stood down the old cluster", "the team
// queued the changes".
const IDLE_OBJECT = /^\s+(?:up|down|(?:the|a|an|our|their|its|all|every|each|\d))\b/i;
const FIRST_WORD = /^\s*[\p{L}'’-]+/u;
const AGENT_NOUNS = /^\p{Ll}+(?:ors|eers|ists|ians|ees|ants|ents|ders|kers|gers|ners|ters|pers|lers)$/u;

/**
 * The words after a subject up to its verb, as written (" then re-ran") and in the singular
 * (" then re-ran", with "were" → "was" and plural or hedging words left out).
 */
function predicate(text: string, from: number): { phrase: string; rest: string; unit?: string } {
  let phrase = '';
  let rest = '';
  let at = from;
  // "We in the PMO tracked every blocker": the unit the "we" is of, set off before the verb, goes to the suggestion's
  // front ("In the PMO, I tracked …"), not after its "I" ("I in the PMO" reads as no English).
  const aside = UNIT_ASIDE.exec(text.slice(at, at + 80));
  const unit = aside?.[1];
  if (aside) {
    phrase += aside[0];
    at += aside[0].length;
  }
  for (let n = 0; n < 4; n++) {
    // "My team and I rebuilt it" → "I rebuilt it": the "and I" is part of the subject.
    const hedge = HEDGE.exec(text.slice(at, at + 12)) ?? AND_I.exec(text.slice(at, at + 12));
    if (hedge) {
      phrase += hedge[0];
      at += hedge[0].length;
      continue;
    }
    const adverb = ADVERB_PHRASE.exec(text.slice(at, at + 16));
    if (adverb) {
      phrase += adverb[0];
      rest += adverb[0];
      at += adverb[0].length;
      continue;
    }
    const m = NEXT_WORD.exec(text.slice(at, at + 40));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    // A determiner or a count opens a phrase of time before the verb, which the suggestion needn't carry: "My team the
    // following week migrated" → "My team", "I".
    if (OBJECT_NEXT.test(lower) && !PLURAL_OR_HEDGE.has(lower)) break;
    phrase += ` ${word}`;
    at += m[0].length;
    if (PLURAL_OR_HEDGE.has(lower)) continue;
    if (ADVERBS.has(lower)) {
      rest += ` ${word}`;
      continue;
    }
    rest += ` ${VERB_AGREEMENT[lower] ?? word}`;
    // "has adapted", "have also been": the auxiliary, its adverbs and its participle are the verb.
    const tail = AUXILIARY.has(lower) ? perfectTail(text.slice(at - m[0].length)) : undefined;
    if (tail) {
      phrase += tail.words;
      rest += tail.words;
      at += tail.length;
    }
    break;
  }
  return unit === undefined ? { phrase, rest } : { phrase, rest, unit };
}

/**
 * After "has", "have" or "had" at the start of `text`, the adverbs and participle of a perfect, or "been", as the
 * words a predicate adds (" also migrated") and the length of text they take; undefined when no participle follows.
 */
function perfectTail(text: string): { words: string; length: number } | undefined {
  const m = PERFECT.exec(text) ?? HAVE_BEEN.exec(text);
  if (!m) return undefined;
  const aux = /^\s+\S+/.exec(text)![0].length;
  return { words: ` ${m[0].slice(aux).trim().split(/\s+/).join(' ')}`, length: m[0].length - aux };
}
