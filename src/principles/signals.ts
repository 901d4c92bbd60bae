// What a bar raiser listens for, per Leadership Principle, as phrases to look for in story text.
// Used by the evidence-based inference step: each match adds the signal's weight to its LP and
// its label is shown to the user as the reason.
//
// Each principle has a family of signals: a few strong, distinctive ones (weight 3: the moment a
// panel would write down, such as "read 400 complaints myself" or "refused to close the
// post-mortem"), medium ones (weight 2) and at most a couple of weak, generic ones (weight 1).
// A story maps to a principle only when its words add up to MIN_SCORE (see infer.ts), so a weak
// signal never maps a story on its own.
//
// Conventions for every pattern:
// - flags exactly 'gi'. Because of 'g', RegExp#test/#exec are stateful: reset `lastIndex = 0`
//   before reuse, or use String#matchAll / String#search, which do not leak state.
// - starts and ends on a word boundary (\b), so it never fires inside a longer word.
// - linear-time: no quantified group contains another quantifier, except an optional one-word
//   slot such as (?:\w+ )?; a "gap" between two phrases is a bounded, lazy run such as
//   (?:[^.!?\n]|\.\d){0,60}?: it stays within one sentence, but a decimal point ("$1.2M") does not
//   end it, and being lazy it keeps the evidence shown to the user short. The one wider gap is
//   Have Backbone's disagree-then-commit signal, which may span a few sentences ([\s\S]{0,240}?, and for a case
//   made, overruled and committed to, two gaps of [\s\S]{0,200}? and {0,120}?: "I wrote a 6-pager: … He disagreed,
//   kept multi-cloud. I committed.", and for someone else's disagreement then the candidate's commitment, one of
//   [\s\S]{0,200}?: "Simon didn't fully agree with the phasing. … I committed to that properly"); its signal for a call
//   not the candidate's also crosses one sentence end, and only one ("She decided for the patch plan. I committed
//   to…"), as do Ownership's "Not my team officially. I volunteered…" and a position held against someone's
//   disagreement ("Tom Hargreaves, the CTO, disagreed. I stood by my recommendation").
// - prefers precise phrases; a bare common word ("customers", "trust") is weight 1 at most.
// - where it matters who acts ("I told the VP…", "I disagreed", not the vendor or the director), a lookbehind
//   checks the speaker, and a mention the candidate contrasts or negates ("rather than waiting for the
//   post-mortem", "there was no runbook") is left out by a bounded lookbehind. Put such a lookbehind after a
//   literal (the verb, or a lookahead on the phrase's first words): V8 tries a lookbehind that leads a pattern
//   at every word, which made two Earn Trust signals some 30 times slower. The verb itself is the cheaper
//   literal: `(?:added|built)(?<=\bI (?:added|built))` ran about four times faster than `(?=added|built)(?<=\bI )`.
import type { LpId } from './catalog.js';

export interface Signal {
  /** Short reason shown to the user, e.g. 'personally examined the data'. */
  readonly label: string;
  /** 3 = strong, distinctive evidence; 1 = weak, generic. */
  readonly weight: 1 | 2 | 3;
  /** Case-insensitive, word-bounded, flags 'gi'; matches a phrase in story text. */
  readonly pattern: RegExp;
  /**
   * A claimed result that can be told as an outcome cliché ("delivered on time", "hit all our targets",
   * "streamlined the process": the phrases of src/text/cliches.ts, which lint's vague-outcome reports). A match
   * that ends in such a cliché, with no number behind it, is no evidence. Only these signals are checked, which
   * keeps the check cheap; test/principles/signals.test.ts fails when a signal of weight 2 or 3 ends in a
   * cliché without the flag.
   */
  readonly cliche?: true;
  /**
   * Labels of signals of the same principle, counted before this one (heavier, or as heavy and listed first), whose
   * phrase can end on this one's words: "held a position against what a stakeholder wanted" ends on the candidate's
   * "I disagreed", which "disagreed or pushed back" hears too. A match of this signal that ends where a match of one
   * of them ends is that act's own words, counted once, at the other (src/principles/infer.ts). Signals not named
   * still stack on the same words: "pulled six months of logs" is records examined and months of them.
   */
  readonly endsOneActWith?: readonly string[];
  /**
   * A date or target hit ("launched on 1 July", "live before peak"): in the situation, which sets the scene, such words
   * are the setting (the government's go-live date, a date still to be met: "must be live before peak season"), not
   * the candidate hitting it, and count nothing there, not even the half a situation's match counts
   * (src/principles/infer.ts).
   */
  readonly notInSituation?: true;
  /**
   * People inside the business gone to ("interviewed 14 heads of department"): customers only of a story whose customers
   * they are, an internal platform's, and not of one about hiring (src/text/customers.ts). A match counts only in such a
   * story.
   */
  readonly internalCustomers?: true;
  /**
   * Customers, or the pain they felt, that a story can tell as the damage of the candidate's own change ("I shipped the
   * redesign without an accessibility review. Screen reader users could not complete a payment"): such a match, in a
   * sentence of customers' pain told after the candidate's change, is no evidence of serving them (src/principles/infer.ts).
   * A pain the candidate set out to fix, told before their change or as its reason, still counts.
   */
  readonly notOwnDamage?: true;
  /**
   * A delivery told against a date or a plan ("shipped two days before the Diwali sale", "in 4 weeks instead of the
   * planned 6"). A match that tells no delivery counts nothing (src/principles/infer.ts): someone moving, travelling or
   * leaving before the date ("I moved to Bengaluru two weeks before the Diwali sale"), a measure that got worse before it
   * ("availability went from 96% to 91% two days before the opener"), or a time no shorter than the plan's ("in 6 weeks
   * instead of the planned 4").
   */
  readonly delivery?: true;
  /**
   * A removal ("deleted the old DB", "decommissioned the cluster") that a story can tell as an accident: a match in a
   * sentence that tells it as one ("by mistake", "accidentally", "we lost two days of orders", "had to restore it from a
   * backup"), or right before a sentence that does, is a data-loss incident, not something simplified away
   * (src/principles/infer.ts).
   */
  readonly notAccident?: true;
}

export const SIGNALS: Readonly<Record<LpId, readonly Signal[]>> = {
  'customer-obsession': [
    {
      label: 'worked backwards from the customer',
      weight: 3,
      pattern:
        /\b(?:work(?:ed|ing|s)? backwards?|work(?:ed|ing|s)? back from (?:the |our |what )?(?:customers?|users?|sellers?|buyers?|shoppers?|patients?)|start(?:ed|ing)? (?:from|with) (?:the |our )?(?:customer|user|shopper|seller|patient)s?['’]?s? (?:problem|need|pain|experience|side)|from the (?:customer|user|shopper|seller|patient)['’]s (?:point of view|perspective|side))\b/gi,
    },
    {
      label: 'named a specific customer segment',
      weight: 2,
      notOwnDamage: true,
      pattern:
        /\b(?:(?:enterprise|smb|small[- ]business|returning|repeat|first[- ]time|new|existing|premium|prime|mobile|rural|urban|elderly|older|international|power|internal|external|b2b|b2c|high[- ]value|top|largest|biggest|smallest|low[- ]income|part[- ]time|full[- ]time|frequent|occasional|non-technical|third[- ]party|independent|long[- ]tail|self[- ]serve|free[- ]tier|paying|beta|pilot|anchor|opted[- ]out|screen[- ]reader|voiceover|talkback|switch[- ]access|blind|deaf|low[- ]vision|disabled|night[- ]shift|hospital|grocery|restaurant|tier[- ]?(?:1|2|3|one|two|three|i{1,3})(?:(?:,|\/| and| or| &)\s?(?:tier[- ]?)?(?:2|3|two|three|i{2,3}))?(?:[- ]cit(?:y|ies)| towns?)?|vernacular(?:[- ]language)?|regional[- ]language|local[- ]language|non-english(?:[- ]speaking)?|[a-z]+-speaking)\s(?:customers|users|sellers|merchants|buyers|shoppers|clients|accounts|developers|members|subscribers|drivers|riders|patients|guests|travell?ers|advertisers|students|teachers|viewers|listeners|players|hosts|visitors|readers|households|families|tenants|owners)|(?:blind|deaf|deafblind|low[- ]vision|partially[- ]sighted|visually[- ]impaired|screen[- ]reader|voiceover|talkback|wheelchair) (?:customer|user|shopper|buyer|member|patient|passenger|travell?er|guest|student|player|subscriber|reader|viewer)\b|(?:customers|users|sellers|merchants|buyers|shoppers|clients|subscribers|members|riders|drivers|patients|students|households|families|travell?ers|readers|viewers) (?:in|from) (?:small(?:er)? )?tier[- ]?(?:2|3|two|three|ii|iii)\b|(?:customers|users|sellers|merchants|buyers|shoppers|clients|subscribers|members|riders|drivers|patients|students|households|families|travell?ers|readers|viewers) who (?:prefer|shop in|read|speak|browse in|search in|use (?:the |our )?\w+ in) (?:a |their )?(?:vernacular|regional|local|native|own) languages?)\b/gi,
    },
    {
      label: 'said which customers were not served first',
      weight: 3,
      pattern:
        /\b(?:deprioriti[sz](?:ed|e|ing)|chose not to serve|said no to|turned down|disappoint(?:ed|ing)?|excluded|left out)\b(?:[^.!?\n]|\.\d){0,60}?\b(?:customers?|users?|segments?|clients?|personas?|sellers?|merchants?|shoppers?|patients?|feature requests?)\b/gi,
    },
    {
      // A twenty-third user's trial (an iOS engineer at a food-delivery firm): "I reached out to the customer, Ms.
      // Fernandes, and she tested the new build with us". One customer gone to counts where she tries the product or
      // is asked how she uses it, not where she is only told something ("I called the client to agree the date").
      // A review of the principle evidence: "After my release, drivers in Pune saw blank maps; I rolled a fix within the
      // hour and called the three fleet owners" scored no Customer Obsession (the pain, told after the candidate's own
      // change, counts nothing: notOwnDamage). Customers hurt, by whatever cause, whom the candidate fixed it for and then
      // went to themselves count: not the support team told, nor someone else's fix or calls.
      label: 'went to customers directly',
      weight: 3,
      pattern:
        /\b(?:(?<=\bI (?:\w+ )?)asked (?:our |the |\d+ |(?:a )?few |several |some )?(?:\w+ )?(?:customers|users|sellers|merchants|clients|shoppers|patients|buyers|drivers|riders|members|subscribers) (?:directly |myself |personally )?about (?:their|the|what|how|why)\b|(?:customer|user|seller|merchant|shopper|patient|buyer|beta|driver|rider|member|subscriber|player)s?['’]? (?:interviews?|feedback|calls|research|pain points?|anecdotes?|visits?|verbatims|recordings|transcripts)(?!\s+(?:down|up|fell|dropped|rose|went|were|was|halved|doubled|from|per|decreased|increased|reduced|cut|rates?|volumes?|counts?)\b)|(?:customer|user|seller|merchant|shopper|patient|buyer|beta|driver|rider|member|subscriber|player)s?['’]? (?:complaints?|escalations?|reviews|surveys?)(?<!\b(?:\d[\d,]*|no|zero|fewer|more|less|few|under|over|only|just|any) \w+['’]? (?:complaints?|escalations?))(?!(?:\s+(?:on|about|from|for|during|over|in|after|around|regarding|against|across|since|through|via|with|to) (?:the |our |a |an |this |that |its |their |each |every )?(?:[\w-]+ )?(?:[\w-]+ )?[\w-]+)?,?\s+(?:down|up|fell|dropped|rose|went|were|was|halved|doubled|from|per|decreased|increased|reduced|cut|rates?|volumes?|counts?|stayed|remained|stood|numbered|totall?ed|came to|held)\b)|(?:read|reviewed|went through|tagged|sorted|listened to|sampled) (?:\d[\d,]*|\w+ty|every|all|hundreds of) (?:\w+ )?(?:tickets|complaints|call recordings|recorded calls|calls|reviews|emails|verbatims|transcripts)|(?:called|phoned?|rang|visited) (?:every|each) (?:\w+[- ])?(?:customer|user|seller|merchant|client|shopper|patient|buyer|driver|rider|member|subscriber|household|applicant|claimant)|interviewed (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|dozens of) (?!(?:\w+ )?(?:candidates|applicants|hires|interns|graduates|engineers|developers|designers|analysts|leavers|employees|staff|managers|leads|directors|colleagues|vendors|suppliers|partners|contractors|consultants|agencies|firms|companies|providers|heads|stakeholders|executives|execs|leaders|vps)\b)(?:\w+[- ])?\w+s|(?:(?:talked|spoke|met|sat(?: in on calls)?) (?:directly )?with|called|visited|interviewed(?! (?:\w+ )?(?:\w+ )?(?:applicants|candidates)\b)|rode along with)\b(?:[^.!?\n]){0,30}?\b(?:customers|users|sellers|merchants|clients|shoppers|patients|buyers|drivers|riders|members|subscribers|residents|carers|learners|players|parents|applicants|claimants|travell?ers|guests|families|technicians|agencies|brokers|clinicians|nurses|citizens)|shadow(?:ed|ing) (?:the |our |two |three |\d+ )?(?!(?:\w+ )?(?:engineers|developers|managers|leads|architects|analysts|designers|testers|admins|administrators|directors|colleagues|teammates|peers|contractors|consultants|vendors|reviewers|interviewers|recruiters|programmers|scientists|specialists|accountants|auditors|lawyers)\b)(?:\w+ )?\w+(?:ers|ors|ists|nts|ses|ians)|(?:sat|sit|sitting|spent (?:a|an|one|two|three|four|five|\d+) (?:night |full )?(?:days?|nights?|shifts?|mornings?|afternoons?|weeks?)) (?:with|at|in|on)\b(?:[^.!?\n]){0,80}?\b(?:(?:and|to) (?:watch|watched|timed|observe|observed|(?:see|saw) how)|watching|observing|timing|shadowing)|(?:(?:went|drove|flew|travell?ed|walked) (?:out )?(?:down )?to|visited) (?:the |a |an |their |our |two |three |four |\d+ )?(?:(?!(?:suppliers?|vendors?|contractors?)['’])\w+['’]s )?(?:\w+ )?(?:depots?|warehouses?|stores?|branch(?:es)?|clinics?|sites?|call cent(?:re|er)s?|wards?|plants?|farms?|restaurants?|shops?|kitchens?|hospitals?|floors?|counters?|schools?|offices|lines?)\b(?:[^.!?\n]){0,60}?\b(?:watch|observe|shadow|(?:see|saw) how|sat (?:with|beside|next to))\w*|(?:watched|observed|watching|observing) (?:the |our |\d+ |two |three |four |five )?(?:\w+ )?(?:customers|users|sellers|shoppers|patients|drivers|riders|pickers|packers|agents|nurses|clinicians|cashiers|operators|dispatchers|couriers|pharmacists|teachers|doctors|technicians|clerks|caseworkers) (?:use|using|try|trying|shop|shopping|work|working|at work|pick|picking|pack|packing|handle|handling|fill|filling|struggle|struggling|complete|completing|deal|dealing|scan|scanning|book|booking)|\bto (?:see|watch|understand|learn) how (?:they (?:use|used|shop|shopped|buy|bought|book|booked|pay|paid|order|ordered|search|searched|browse|browsed|navigate|navigated|struggle|struggled|fill|filled|apply|applied|claim|claimed|cope|coped|choose|chose|check out|checked out|sign up|signed up)|(?:customers|users|clients|sellers|shoppers|patients) \w+)|(?:reached out to|got in touch with|contacted|called|phoned|rang|visited|met(?: with)?|spoke (?:to|with)|talked (?:to|with)|wrote to|emailed|video-?called)(?<=\bI (?:(?:also|then|personally|myself|first|later|directly) )?(?:reached out to|got in touch with|contacted|called|phoned|rang|visited|met(?: with)?|spoke (?:to|with)|talked (?:to|with)|wrote to|emailed|video-?called)) (?:the|that|this|our|one|a) (?:same |affected |original |\w+ )?(?:customer|user|shopper|buyer|seller|merchant|member|subscriber|patient|rider|driver|guest|passenger|travell?er|applicant|claimant|tenant|learner|student|parent|resident)\b(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|advisors?|agents?|base|list|data|records?|segments?|accounts?|id)\b)(?:[^.!?\n]|(?<=\b(?:Mr|Mrs|Ms|Dr))\.){0,60}?\b(?:(?:and|who) (?:she|he|they)? ?(?:tested|tried|used|walked (?:me|us) through|showed (?:me|us)|shared (?:her|his|their) screen)|to (?:understand|see|learn|hear|watch|test|try|observe|ask (?:her|him|them) (?:how|what|why|where|about)))|(?:sat|worked)(?<=(?:\bI (?:(?:also|then|first|personally|myself|later) )?|\bI\b[^.!?\n]{1,80}\band (?:then )?|(?:^|\n)[-*•]? ?)(?:sat|worked)) (?:with|beside|next to|alongside) (?:their|(?:the |a )?(?!(?:vendor|supplier|contractor|consultanc|agenc|partner|integrator)\w*['’]s)\w+['’]s) (?:\d+ |two |three |four |five |six |several |a few )?(?:[\w-]+ )?(?:billers|coders|nurses|clerks|cashiers|dispatchers|pharmacists|technicians|accountants|bookkeepers|receptionists|schedulers|planners|agents|operators|pickers|packers|doctors|clinicians|physicians|therapists|underwriters|adjusters|processors|tellers|caseworkers|teachers|staff|users|front[- ]desk|administrators|admins)\b(?:[^.!?\n]){0,40}?\bfor (?:a|an|one|two|three|four|five|six|seven|\d+|the (?:whole|full|entire)) (?:whole |full |entire )?(?:days?|weeks?|mornings?|afternoons?|shifts?|hours?)|spent(?<=(?:\bI (?:(?:also|then|first|personally|myself|later) )?|\bI\b[^.!?\n]{1,80}\band (?:then )?|(?:^|\n)[-*•]? ?)spent) (?:a|an|one|two|three|four|five|six|seven|\d+|the (?:whole|full|entire)) (?:whole |full |entire )?(?:days?|weeks?|mornings?|afternoons?|shifts?|hours?) (?:with|beside|next to|alongside) (?:their|(?:the |a )?(?!(?:vendor|supplier|contractor|consultanc|agenc|partner|integrator)\w*['’]s)\w+['’]s) (?:\d+ |two |three |four |five |six |several |a few )?(?:[\w-]+ )?(?:billers|coders|nurses|clerks|cashiers|dispatchers|pharmacists|technicians|accountants|bookkeepers|receptionists|schedulers|planners|agents|operators|pickers|packers|doctors|clinicians|physicians|therapists|underwriters|adjusters|processors|tellers|caseworkers|teachers|staff|users|front[- ]desk|administrators|admins)\b|(?:user|usability|ux) research|(?:research|usability|co-?design) sessions|(?:ran|held|booked) (?:\w+ )?sessions with\b(?:[^.!?\n]){0,30}?\b(?:customers|users|sellers|merchants|clients|shoppers|patients|buyers|drivers|riders|members|subscribers|residents|carers|learners|players|parents|applicants|claimants|travell?ers|guests|families|technicians|agencies|brokers|clinicians|nurses|citizens)|usability (?:tests?|testing)|(?:beta|pilot|(?:tested|trialled|trialed) (?:it|the \w+(?: \w+)?)) with (?:\d[\d,]*|a few|several|five|ten|twelve|twenty|\w+ty|real) (?:\w+[- ])?(?:customers|users|sellers|merchants|clients|shoppers|patients|buyers|drivers|riders|members|subscribers|residents|carers|learners|players|parents|applicants|claimants|travell?ers|guests|families|technicians|agencies|brokers|clinicians|nurses|citizens)|(?=rolled|shipped|pushed|deployed|hotfixed|fixed|patched|reverted)(?<=(?:\bI (?:(?:then|quickly|immediately|also|personally|first|later|finally) )?|(?:^|\n|[.;:!?] )[-*•]? ?))(?:(?:rolled|shipped|pushed|deployed)(?: out)? (?:a |an |the |my )?(?:[\w-]+ )?(?:hot-?)?fix(?:es)?|hotfixed (?:it|them|the|my)|(?:fixed|patched|reverted) (?:it|them|the|my|this|that)|rolled (?:it|them|(?:the|my) (?:[\w-]+ )?[\w-]+) back|rolled back (?:the|my))\b(?:[^.!?\n]|\.\d){0,80}?(?:\band|[,;]|\bthen) (?:(?:then|also|personally|I) ){0,2}(?:called|phoned|rang|e-?mailed|wrote to|visited|apologi[sz]ed to|contacted|messaged|video-?called) (?:personally |myself )?(?:the |all |all the |every |each |our |my )?(?:\d[\d,]* |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |\w+teen |\w+ty )?(?:affected |impacted )?(?:(?:[\w-]+ )?(?:customers?|users?|merchants?|clients?|sellers?|shoppers?|patients?|buyers?|drivers?|riders?|members?|subscribers?|tenants?|households?|guests?|passengers?|restaurants?|clinics?|account holders?)|(?:fleet|shop|store|restaurant|business|home|site|franchise|property|clinic) owners?))\b/gi,
    },
    {
      // A new user's trial (an engineering manager in Leeds): "Interviewed 14 heads of department" counted as going to
      // customers in a story about hiring. People inside the business, interviewed or asked about their needs, are the
      // customers of an internal platform, not of a hiring round.
      label: 'went to internal customers directly',
      weight: 3,
      internalCustomers: true,
      pattern:
        /\b(?:interviewed (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|dozens of|all (?:the |\d+ )?|each of the|every) (?:[\w-]+ )?(?:heads|managers|leads|directors|stakeholders|executives|leaders|analysts|accountants|controllers|planners|staff|colleagues)(?: of (?:department|service|function|finance|operations|\w+))?|(?:interviewed|talked|spoke|met|sat|asked|surveyed|shadowed)(?<=(?:\bI (?:(?:also|then|first|personally|myself) )?|(?:^|\n)[-*•]? ?)(?:interviewed|talked|spoke|met|sat|asked|surveyed|shadowed))(?: (?:directly )?(?:to|with)| down with)? (?:the |all |every |each |our |\d+ |two |three |four |five |six |several )?(?:of (?:the |our )?)?(?:[\w-]+ )?(?:heads|managers|leads|directors|stakeholders|executives|leaders|analysts|accountants|controllers|planners|staff|colleagues)(?: of (?:department|service|function|finance|operations|\w+))?\b(?:[^.!?\n]){0,40}?\b(?:(?:about|on) (?:what they (?:needed|wanted|used|did)|their (?:needs|reporting|workflows?|pain points|data|problems|days?|process(?:es)?|numbers|reports)|how they (?:used|use|worked|work|got))))\b/gi,
    },
    {
      label: 'named the pain customers felt',
      weight: 2,
      notOwnDamage: true,
      pattern:
        /\b(?:(?:what|something|anything) (?:the |our )?(?:customers?|users?|sellers?|shoppers?|patients?) (?:actually )?(?:needed|wanted|valued|cared about|actually used|expected)|(?:customer|user|seller|shopper|patient)s?['’]? (?:needs?|problems?|pain|frustrations?|confusion|jobs? to be done)|(?:(?:cart )?abandonment|drop[- ]off rate|churn(?:ed)?)(?<!\b(?:no|zero|nil|without(?: any)?) (?:[\w-]+ )?(?:(?:cart )?abandonment|drop[- ]off rate|churn(?:ed)?))(?<!\b(?:none|not one) of (?:the |our |their )?(?:[\w-]+ )?(?:[\w-]+ )?(?:(?:cart )?abandonment|drop[- ]off rate|churn(?:ed)?))(?! (?:was|stayed|remained|held|came in|stood) (?:at )?(?:zero|nil|0%?|flat|unchanged)\b)|(?:a|the|one|our) (?:[\w-]+ )?(?:customer|user|shopper|buyer|patient|member|subscriber|passenger|guest)\b(?![- ](?:support|service|success|care|experience|team|ops|lead|manager|desk|agents?)\b)(?:[^.!?\n]){0,50}?\b(?:could ?not|couldn['’]t|was unable to) (?:use|place|order|pay|book|log in|sign in|read|see|hear|find|complete|finish|check out|navigate|get past|get through|reach)\b|(?:customers|users|sellers|shoppers|patients|buyers|members|subscribers|visitors|drivers|riders|merchants|clients|applicants|borrowers|tenants|learners)\b(?:[^.!?\n]){0,50}?\b(?:still (?:received|got|saw|had|paid)|never (?:approved|asked for|received)|could ?not|couldn['’]t|had to (?:phone|call|wait|re-?enter|retype|chase)|complained|were (?:confused|charged|stuck|frustrated|locked out|double[- ]charged)|gave up|giving up|give up|abandoned|abandoning|dropped out|dropping out))\b/gi,
    },
    {
      label: 'moved a customer-facing measure',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:complaints|(?:support |customer )?contacts|support (?:tickets|calls)|(?:\w+[- ]related|chasing|inbound|collection|contact[- ]cent(?:re|er)|help[- ]?desk) (?:calls|tickets)|calls (?:about \w+ )?to (?:the )?(?:contact|call|customer|help)|returns|refunds|churn|cancellations|abandonment|no-shows?|did-not-attend|missed appointments|opt-outs|uninstalls|false declines|drop-?offs?|nps|csat|app[- ]store rating|store rating|star rating|ratings|customer satisfaction|repeat purchases|(?:customer|patient|caller|passenger|applicant|pickup|hold|outpatient|dermatology) waits?|waits? for (?:an? |the |their )?(?:\w+[- ])?(?:agents?|appointments?|calls?|callbacks?|deliver(?:y|ies)|refunds?|beds?|triage|decisions?|permits?|payments?|payouts?|pickups?)|wait(?:ing)? times?|delivery times?|on-time deliver(?:y|ies)|(?:share|proportion|percentage|number|count|rate) of (?:\w+[- ])?(?:merchants|customers|users|sellers|shoppers|buyers|applicants|borrowers|clients|members|subscribers|patients|riders|drivers|sign-?ups|learners|tenants) (?:who|that) (?:\w+ )?(?:went live|go live|activated|completed|finished|signed up|converted|transacted|onboarded|stayed|renewed|came back|returned|paid|kept \w+ing)|(?:share|proportion|percentage) who (?:went live|go live|activated|completed|finished|signed up|converted|transacted|onboarded|stayed|renewed|came back|returned|paid|kept \w+ing)|(?:(?:merchant|customer|user|seller|applicant|borrower|client|member|subscriber) )?(?:activation|conversion|go-?live|onboarding completion|sign-?up completion|retention) rates?|(?:order|checkout|booking|purchase|payment|application) completion(?: rates?)?|(?:merchant|customer|user|seller|applicant|borrower|client|member|subscriber) (?:activation|conversion|retention|go-?lives))\b(?:[^.!?\n]|\.\d){0,60}?\b(?:fell|dropped|declined|decreased|halved|shrank|rose|grew|increased|improved|doubled|tripled|spiked|jumped|held|went (?:from|down|up)|went to (?:zero|0|nil|none)|came down)\b/gi,
    },
    {
      label: 'made a trade-off for customers',
      weight: 3,
      pattern:
        /\b(?:so (?:that )?(?:our |the |every |each |no )?(?:customers?|shoppers?|users?|sellers?|patients?|buyers?|members?|subscribers?|riders?|drivers?|merchants?|guests?|visitors?) (?:could|would|never|did not|didn['’]t|got|kept|weren['’]t|can|no longer|still|saw)|(?:protect|protected|protecting|keep|kept|earn|earned|won) (?:the |our )?(?:customers?|shoppers?|users?|sellers?|patients?)['’]?s? (?:trust|experience|data)|on behalf of (?:the |our )?(?:customers?|users?|sellers?|shoppers?|patients?)|to keep (?:the |our )?(?:customers|users|riders|drivers|shoppers|patients|players|members|subscribers|sellers|buyers|guests|passengers) (?:on (?:the |our )?(?:platform|app|service|books)|happy|safe|whole|informed)|for (?:the |our )?(?:customers?|users?|shoppers?|sellers?|patients?)['’]? sake|(?:I['’]d|I would) (?:rather|sooner)\b(?:[^.!?\n]){0,60}?\b(?:customers?|users?|patients?|players?|shoppers?|travell?ers?|residents?|applicants?|learners?|guests?|sellers?|buyers?|claimants?|members?)|(?:refund(?:ed|ing)?|rebook(?:ed|ing)?|reimburs(?:ed|ing)|compensat(?:ed|ing)) (?:every|each|all|the|affected|\d[\d,]*) (?:\w+ )?(?:customers?|users?|patients?|players?|shoppers?|travell?ers?|residents?|applicants?|learners?|guests?|sellers?|buyers?|claimants?|members?)\b(?:[^.!?\n]){0,40}?\b(?:at our (?:own )?cost|from our own (?:funds|budget|money))|over making (?:\w+ )?(?:customers?|users?|patients?|players?|shoppers?|travell?ers?|residents?|applicants?|learners?|guests?|sellers?|buyers?|claimants?|members?) (?:wait|queue|pay|call|re-?enter))\b/gi,
    },
    {
      // A new user's trial (an SRE's vendor escalation): "Posted status updates every 30 min for customers". Customers
      // told how an incident stood while it lasted, at a set interval or kept informed, by the candidate (not by the
      // vendor, nor leadership told how customers fared: "I sent the CFO an update every hour on how customers were affected").
      label: 'kept customers informed through an incident',
      weight: 2,
      pattern:
        /\b(?:posted|sent|published|pushed|put out|gave|wrote|emailed|messaged|tweeted|updated|kept)(?<=(?:\bI (?:(?:also|then|personally|myself|first|still) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?)(?:posted|sent|published|pushed|put out|gave|wrote|emailed|messaged|tweeted|updated|kept))\b(?! (?:the |our |my |their )?(?:[\w-]+ )?(?:cfo|ceo|cto|coo|cio|ciso|vps?|svps?|evps?|directors?|leadership|execs?|executives?|board|management|managers?|boss|sponsors?|s-team)\b)(?:(?:[^.!?\n]){0,60}?\b(?:(?:customers?|users?|merchants?|clients?|sellers?|shoppers?|subscribers?|tenants?|partners?)(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|floor|advisors?|agents?)\b)|accounts|status ?page)\b(?:[^.!?\n]){0,60}?\b(?:every (?:(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty|half an?|an?|other) ?)?(?:min(?:ute)?s?|hours?|hrs?|h)\b|every half[- ]hour|(?:half-)?hourly)|(?:[^.!?\n]){0,60}?\b(?:every (?:(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty|half an?|an?|other) ?)?(?:min(?:ute)?s?|hours?|hrs?|h)\b|every half[- ]hour|(?:half-)?hourly)(?:[^.!?\n]){0,20}?\b(?:for|to|with|on|via|through) (?:(?:the|our|all|every|each) )?(?:affected |impacted )?(?:(?!(?:how|what|why|when|where|whether|which)\b)[\w-]+ )?(?:(?:customers?|users?|merchants?|clients?|sellers?|shoppers?|subscribers?|tenants?|partners?)(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|floor|advisors?|agents?)\b)|accounts|status ?page)|(?<=kept) (?:the |our |all |every )?(?:affected |impacted )?(?:(?:customers?|users?|merchants?|clients?|sellers?|shoppers?|subscribers?|tenants?|partners?)(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|floor|advisors?|agents?)\b)|accounts|status ?page) (?:informed|updated|posted|in the loop))\b/gi,
    },
    {
      label: 'mentions customers',
      weight: 1,
      pattern:
        /\b(?:customers?|end[- ]users?|shoppers?|patients?|sellers?|buyers?|nps|csat|players?|passengers?|travell?ers?|guests?|residents?|applicants?|claimants?|learners?|subscribers?|viewers?|riders?|donors?|borrowers?|policyholders?|citizens?|carers?|households?|parents?|students?|tenants?|motorists?|oems?|automakers?|carmakers?|(?<!\b(?:kafka|api|http|https|grpc|rest|rpc|redis|database|db|sql|sdk|mqtt|vpn|ssh|git|dns|tcp|udp|ldap|oauth|s3|cache|e?mail|ftp|smtp|jdbc|odbc|websocket|thin|thick|headless|root|test|iam|nfs|broker|queue|java|python|node|npm|graphql|browser|desktop app|cli)[- ])(?:clients?|users?|consumers?))\b/gi,
    },
  ],

  ownership: [
    {
      label: 'picked up something nobody owned',
      weight: 3,
      pattern:
        /\b(?:no(?:body| one)(?<!\b(?:often|usually|always|mostly|typically|generally|rarely|sometimes|tends? to be)\b[^.!?\n]{0,60}no(?:body| one)) (?:owned|owns(?= (?:it|them|this|that|the|our|their|its|any|a|an)\b)|was (?:owning|accountable|responsible)|felt (?:responsible|accountable)|wanted to own|would own)|neither\b(?:[^.!?\n]){0,60}?\bnor\b(?:[^.!?\n]){0,60}?\b(?:owned|owns|took (?:it|ownership))|(?:fell|falling|fallen|slipp(?:ed|ing)) (?:between|through) (?:the )?(?:two |three )?(?:teams|cracks|orgs|groups)|(?:fell|falling|fallen|slipp(?:ed|ing)|sat) (?:between|in the gap between) (?:the )?(?:purchasing|procurement|engineering|quality|operations|production|manufacturing|logistics|planning|finance|sales|maintenance|tooling|supply chain|it|hr|legal|the (?:two |three )?(?:plants|sites|shifts|suppliers|vendors|teams)) and (?:the )?(?:purchasing|procurement|engineering|quality|operations|production|manufacturing|logistics|planning|finance|sales|maintenance|tooling|supply chain|it|hr|legal|the (?:two |three )?(?:plants|sites|shifts|suppliers|vendors|teams))|(?:had|has|with) no (?:clear |single |named )?owners?|unowned|orphaned(?! (?:[\w-]+ )?(?:accounts?|records?|rows?|files?|process(?:es)?|pods?|volumes?|disks?|snapshots?|objects?|resources?|instances?|child(?:ren)?|data|entries|keys?|references|refs|branches|locks?|transactions?|sessions?|tokens?|credentials?|ids|vms?|containers?|buckets?|users?|logins?|mailboxes|licen[cs]es|seats|nodes?|blobs?|images?|tables?|tags?|dns|pages?|links?|subscriptions?|devices?)\b)(?<!\d[\d,]* orphaned)|(?:not|never) (?:been )?on (?:any(?:one|body)['’]s|any (?:other )?(?:team|squad|group)['’]s) (?:roadmap|backlog|plan|okrs?)|on no(?:body['’]s| one['’]s| (?:team|squad|group)['’]s) (?:roadmap|backlog|plan|okrs?)|(?:was|were|had been) (?:nobody|no one|no-one)['’]s (?:job|problem|responsibility|remit|area))\b/gi,
    },
    {
      label: 'went beyond own scope',
      weight: 3,
      pattern:
        /\b(?:(?:outside|beyond) (?:my|our) (?:own )?(?:scope|remit|role|team|job|program(?:me)?|org|area|lane|charter|responsibilit(?:y|ies)|job description)|(?:not|wasn['’]t|was not|isn['’]t) (?:strictly |technically |officially |formally )?(?:(?:my|our) (?:job|team['’]s|system|service|responsibility|problem|charter|area|program(?:me)?|remit|scope|lane)|(?:mine|ours) to (?:fix|own|solve|sort|chase|run))(?!(?:['’]s)?(?: [\w-]+)? (?:alone|only|solely|by (?:myself|ourselves)|on (?:my|our) own)\b)|(?:technically|officially|formally|strictly|on paper),? (?:it|this|that|the \w+(?: \w+)?) (?:was (?:the )?(?:\w+ )?\w+['’]s?|belonged to|sat with|fell to|was owned by) (?!(?:me|us|my|our|mine|ours)\b)\w+(?:[^.!?\n]){0,60}?\b(?:but|yet)\b|(?:sat|belonged|lived) with (?:another team|\w+)(?: \w+)?(?:,? (?:and )?not (?:with )?(?:\w+ )?\w+)?, but|\bI (?:took|picked|stepped|fixed|ran|drove|led|(?:re)?built|(?:re)?wrote|reworked|owned|did|chased|set|cleaned|sorted)\b(?:[^.!?\n]){1,80}?\b(?:although|though)\b(?:[^.!?\n]){0,60}?\b(?:(?:(?:sat|belonged|lived|fell|rested) (?:\w+ )?(?:with|to|under)|(?:was|were) (?:\w+ )?(?:owned|run) by) (?!(?:me|us|my|our|myself)\b)\w+|(?:was|were) (?!(?:\w+ )?(?:my|our)\b)(?:\w+ )?(?:the |another )?(?:\w+ )?\w+['’]s? (?:\w+ )?(?:job|problem|responsibility|remit|area|system|service|patch))|\b(?:although|though)\b(?:[^.!?\n]){0,60}?\b(?:(?:sat|belonged|lived|fell|rested) (?:\w+ )?(?:with|to|under)|(?:was|were) (?:\w+ )?(?:owned|run) by) (?!(?:me|us|my|our|myself)\b)\w+(?:[^.!?\n]){0,60}?\bI (?:took|picked|stepped|fixed|ran|drove|led|(?:re)?built|(?:re)?wrote|reworked|owned|did|chased|set|cleaned|sorted)|(?:not|wasn['’]t|isn['’]t) (?:strictly |technically |officially |formally |really |even )?(?:my|our) (?:own )?(?:teams?|team['’]s|systems?|services?|platforms?|clusters?|stacks?|codebases?|apps?|incidents?|outages?|pager|rota|on-?call|modules?|components?|code|projects?|products?|parts?|plants?|lines?|departments?|features?|functions?|subsystems?|ecus?|topics?|tasks?|business|sites?|shifts?|stations?|tools?|processes|suppliers?|accounts?|domain|workstream|deliverables?)(?: (?:officially|technically|formally|strictly|on paper|either))?[.;:–—] ?(?:(?:but|still|so|anyway|yet|regardless),? )?(?:I )?(?:then |still |just |anyway )?(?:volunteered|stepped (?:in|up)|took (?:it|this|that|them) (?:on|over)|took (?:over|ownership|charge|command)|picked (?:it|this|that|them) up|jumped in|offered to|raised my hand|(?:fixed|owned|drove|ran|led|chased|rewrote|rebuilt|reworked|cleaned up|sorted out) (?:it|this|that|them|the|its|their)\b)|(?:not|wasn['’]t|isn['’]t) (?:strictly |technically |officially |formally |really |even )?(?:(?:my|our) (?:own )?(?:teams?|team['’]s|systems?|services?|platforms?|clusters?|stacks?|codebases?|apps?|incidents?|outages?|pager|rota|on-?call|modules?|components?|code|projects?|products?|parts?|plants?|lines?|departments?|features?|functions?|subsystems?|ecus?|topics?|tasks?|business|sites?|shifts?|stations?|tools?|processes|suppliers?|accounts?|domain|workstream|deliverables?)|(?:in|under|part of|within) (?:my|our) (?:\w+ )?(?:responsibilit(?:y|ies)|tasks|remit|scope|job|role|area))\b(?!(?:['’]s)?(?: [\w-]+)? (?:alone|only|solely|by (?:myself|ourselves)|on (?:my|our) own)\b)(?:[^.!?\n]){0,70}?(?:[,;:–—-] ?|\b)(?:but|yet|still|however|and still|and yet),? I\b(?! (?:asked|told|reminded|complained|escalated|emailed|pinged|reported|flagged|nudged|requested|informed|passed|forwarded|handed|sent|let|left|would|will|could|might|can|should|may|did not|didn['’]t|do not|don['’]t|was not|wasn['’]t|was (?:asked|told|assigned|invited|pulled in|brought in|looped in)|never|had no|have no|thought|think|wanted|hoped|planned)\b)(?!['’](?:d|ll)\b)|not (?:only|just)(?<=\bI\b[^.!?\n]{1,100}not (?:only|just)) (?:for |from |in |on |at |with |about |across )?(?:my|our) own (?:\w+ )?(?:modules?|components?|projects?|products?|teams?|lines?|plants?|code|features?|services?|systems?|sites?|shifts?|departments?|areas?|scope|accounts?|customers?)\b|(?:no one|nobody) (?:had )?asked (?:me|us) to(?!,? (?:so|and) (?:I|we) (?:didn['’]t|did not|never|wouldn['’]t|would not|left it)\b)|belonged to (?!(?:me|us|my|our|mine|ours)\b)(?:\w+ )?(?:\w+ )?(?:\w+ )?\w+,? (?:but|yet) I\b(?! (?:asked|told|reminded|complained|escalated|emailed|pinged|reported|flagged|nudged|requested|informed|passed|forwarded|handed|sent|let|left|would|will|could|might|can|should|may|did not|didn['’]t|do not|don['’]t|was not|wasn['’]t|was (?:asked|told|assigned|invited|pulled in|brought in|looped in)|never|had no|have no|thought|think|wanted|hoped|planned)\b)(?!['’](?:d|ll)\b)|(?:(?:al)?though I was not|(?:al)?though I wasn['’]t|I was not|I wasn['’]t) the (?:[\w-]+ )?(?:manager|lead|owner|head)\b(?:[^.!?\n]){0,60}?(?:, (?:but |yet |so |and )?|\b(?:but|yet) )I\b(?! (?:asked|told|reminded|complained|escalated|emailed|pinged|reported|flagged|nudged|requested|informed|passed|forwarded|handed|sent|let|left|would|will|could|might|can|should|may|did not|didn['’]t|do not|don['’]t|was not|wasn['’]t|was (?:asked|told|assigned|invited|pulled in|brought in|looped in)|never|had no|have no|thought|think|wanted|hoped|planned)\b)(?!['’](?:d|ll)\b)|on behalf of the (?:whole |entire )?(?:company|org|organi[sz]ation)|(?:I was not|I wasn['’]t|I was neither|though I was not|although I wasn['’]t|not being) (?:on[- ]?call|on (?:the )?(?:rota|pager|shift|duty)|the (?:on[- ]?call|incident (?:lead|commander)|owner|assigned \w+)|on (?:that|the owning|their) team|assigned (?:to )?(?:it|the \w+))\b(?:[^.!?\n]){0,60}?\b(?:but|so|yet|I)\b)\b/gi,
    },
    {
      label: 'took ownership explicitly',
      weight: 2,
      pattern:
        /\b(?:(?:took|take|taking|assumed) (?:the |full |end[- ]to[- ]end |personal )?(?:ownership|responsibility|accountability)|felt(?<=\bI (?:(?:also|still|personally|really|immediately) )?felt) (?:personally |fully |still )?(?:responsible|accountable|(?:that )?(?:it|this|the \w+) was my (?:responsibility|job|problem))|I (?:stepped (?:in|up)|volunteered)|took (?:over )?(?:incident )?command|(?:stepped|stepping) in as (?:the )?incident (?:commander|lead|manager)|single[- ]threaded|I took (?:it|this|that) on(?! (?:the chin|board|faith|trust|the nose|loan)\b)|I owned the (?:recovery|clean-?up|follow-?up)|I took on (?:the (?:job|task|work|role) of )?(?!(?:no|some|any|every)thing\b)\w+ing\b|I took (?:on|over) (?:the |all |our |its |their |every |each )?(?:[\w-]+ )?(?:[\w-]+ )?(?:lifecycle|rota|rotation|relationship|backlog|migration|renewals?|program(?:me)?|workstream|clean-?up|remediation|follow-?ups?|upkeep|maintenance|patching|triage|escalations?|on-?call|runbooks?|roadmap|rollout|cut-?over)\b|I (?:took|picked) (?:on|up) (?:the|its|their|this|that)\b(?:[^.!?\n]){0,60}?\bmyself|I took (?:it|this|that|the (?:[\w-]+ )?(?:[\w-]+ )?[\w-]+) (?:on|upon) myself|I (?:proposed|pitched|suggested|started|initiated|conceived|championed)(?: it| this| the idea)?,? and (?:then )?(?:also )?owned)\b/gi,
    },
    {
      label: 'owned their mistake',
      weight: 3,
      pattern:
        /\b(?:(?:it|this|that|(?:the|that|this) (?:miss|mistake|gap|error|slip|failure|oversight)) (?:was|is|had been) mine|(?:the|that|this) (?:miss|mistake|error|failure|oversight) was my (?:own )?(?:sign-?off|approval|call|decision|estimate|plan|change)|(?:the )?(?:real |root )?(?:gap|fault|problem|failure|miss) (?:sat|lay|lies|sits) with (?:us|me|my team|our team|our side)|my (?:\w+ )?(?:sizing|estimates?|plan|forecast|assumptions?) (?:was|were) wrong|I missed (?:the|my|our) (?:\w+ )?(?:date|deadline|commitment)|was my (?:mistake|miss|fault|error|oversight)|(?:miss|mistake|error|failure|oversight|slip|delay|outage|fault|gap|lapse|bug|overrun|breach|incident|regression|(?:that|this)(?:\s+one)?)\s+was on me|(?:this|that|the \w+) part is on me|I dropped the ball|(?:took|take|taking)(?<=(?:\bI (?:(?:also|then|later|openly|publicly|personally|simply|just|fully|immediately) )?|\bI\b[^.!?\n]{1,60}\band (?:(?:then|also|openly|publicly) )?|(?:^|\n|[.;:!?] )[-*•]? ?)(?:took|take|taking)) (?:the |full |all the |all )?blame\b|I (?:underestimated|misjudged|misread|got (?:the \w+ |it |that |this )?wrong|should have (?:asked|checked|tested|pushed|flagged|caught|insisted|known|planned))|(?:(?:after|once|when) my|my) (?:own )?(?:[\w-]+ )?(?:release|change|deploy(?:ment)?|rollout|migration|update|upgrade|patch|config(?:uration)?|pr|pull request|commit|launch|script|refactor|rewrite|redesign)s?\b(?:[^.!?\n]|\.\d){0,60}?\b(?:broke|broken|break|failed|failing|crash(?:ed|es|ing)?|down|outage|blank|empty|missing|stuck|errors?|could ?not|couldn['’]t|cannot|can['’]t|stopped|lost|wrong|bugs?|regression|incident|timed out|timeouts?|double[- ]charged|charged twice|locked out|corrupt(?:ed|ing)?)\b(?:[^.!?\n]|\.\d){0,80}?(?:[.!?] (?:[^.!?\n]){0,30}?)?\bI (?:(?:then|quickly|immediately|also|personally|first|myself) )?(?:rolled (?:out )?(?:a |an |the )?(?:[\w-]+ )?(?:hot-?)?fix|(?:shipped|pushed|deployed) (?:out )?(?:a |an |the )?(?:[\w-]+ )?(?:hot-?)?fix|hotfixed|(?:fixed|patched|reverted) (?:it|them|the|my|this|that)|rolled (?:it|them|(?:the|my) (?:[\w-]+ )?[\w-]+) back|rolled back (?:the|my)))\b/gi,
    },
    {
      label: 'left an owner, hand-off or runbook behind',
      weight: 2,
      pattern:
        /\b(?=hand|wrote|rewrote|left|published|documented|created|transition|operational|name|assigned|gave|owner)(?<!\b(?:rather than|instead of|without|wait(?:ed|ing|s)? (?:for|on|until)|skip(?:ped|ping|s)?|no|never|not)\s(?:\w+\s)?(?:\w+\s)?)(?:hand[- ]?offs?|handed (?:it |the (?!(?:decision|call|question|problem|issue|escalation|choice)\b)[\w -]{1,40}? |my \w+(?: \w+)? )?(?:off|over|to)|handovers?|(?:wrote|rewrote|left|published|documented|created) (?:a |an |the )?(?:\w+[- ])?runbooks?|transition plan|operational ownership|(?:name|named|assigned|gave (?:each|every) \w+) (?:an? |one |a single )?owners?|owner for (?:each|every|any)|(?:ownership|owners?) (?:of (?:each|every) \w+ )?(?:was |were )?assigned|(?:ownership|owners?) map)\b/gi,
    },
    {
      label: 'thought about the long term or wrote the post-mortem',
      weight: 2,
      pattern:
        /\b(?=post|correction|coe|after|retrospective|long|tech|for|permanent|lasting|gave|traded|spent|paused|wrote|drafted|authored)(?<!\b(?:rather than|instead of|without|wait(?:ed|ing|s)? (?:for|on|until)|skip(?:ped|ping|s)?|no|never|not)\s(?:\w+\s)?(?:\w+\s)?)(?:(?:wrote|drafted|authored)(?<=(?:\bI (?:(?:also|then|later|personally|myself) )?|\bI\b[^.!?\n]{1,60}(?:,|\b(?:and|then)) |(?:^|\n|[.;:!?] )[-*•]? ?)(?:wrote|drafted|authored))(?: up)? (?:the|an|our|my) (?:full |written |detailed |blameless )?(?:incident|post-incident|outage) (?:reports?|reviews?|write-?ups?)|post[- ]?mortems?|correction[- ]of[- ]errors?|coe|after[- ]action reviews?|retrospectives?|long[- ]term (?:fix|solution|value|health|cost|ownership|plan|impact|owner)|tech(?:nical)? debt|for the long run|permanent fix|lasting fix|(?:gave up|traded|spent|paused) (?:\w+ )?(?:sprints?|weeks?|months?|quarters?) of (?:new )?(?:feature|roadmap|product) work to (?:fix|pay|clean|harden|stabili[sz]e|automate))\b/gi,
    },
    {
      // A nineteenth user's trial: "I wrote the post-mortem and added an idempotency key so it cannot happen again", a
      // lasting fix of the candidate's own beside the post-mortem (not the vendor's, nor one only hoped for).
      label: 'fixed it so it cannot happen again',
      weight: 2,
      pattern:
        /\b(?:added|built|rewrote|put in|shipped|introduced|changed|fixed|made|redesigned|automated|set up|enforced)(?<=(?:\bI (?:(?:also|then|later|personally|myself|finally|quickly) )?|\bI\b[^.!?\n]{1,80}\b(?:and|then) |(?:^|\n)[-*•]? ?)(?:added|built|rewrote|put in|shipped|introduced|changed|fixed|made|redesigned|automated|set up|enforced))\b(?:[^.!?\n]|\.\d){0,80}?\bso (?:that )?(?:it|this|that|the (?:same )?(?:[\w-]+ )?(?:bug|error|fault|failure|incident|outage|mistake|problem|issue|charges?|duplicates?|leak|gap|miss)) (?:can(?:not|['’]t| never)|could(?: not|n['’]t| never)|won['’]t|will (?:not|never)|would(?: not|n['’]t| never)|never) (?:happen|occur|recur|come back|repeat)\w*(?: again)?\b/gi,
    },
    {
      label: 'saw it through personally',
      weight: 2,
      pattern:
        /\b(?:I personally (?:chased|drove|ran|followed up|called|walked|tracked|escalated)|(?:ran|chaired|led|drove|wrote|drafted|posted) (?:every|each|the first \w+)\b(?:[^.!?\n]){0,50}?\bmyself|(?:wrote|ran|led|chaired) the (?:\w+ )?(?:review|post-?mortem|retrospective|timeline) myself|until (?:the last|every|all|each) \w+ (?:was|were|had|moved|shipped|closed|migrated|signed)|(?:daily|every (?:day|morning|evening)|each (?:day|morning|evening))\b(?:[^.!?\n]){0,60}?\buntil (?:it|they|(?:the|every|all|each|\w+['’]s) (?:\w+ )?\w+ (?:was|were|had|came|reached|closed|cleared|landed|passed|shipped|went))|(?:called|phoned|rang|chased|visited)\b(?:[^.!?\n]){1,50}?\b(?:myself|personally))\b/gi,
    },
    {
      label: 'said they owned it',
      weight: 1,
      pattern:
        /\b(?:end[- ]to[- ]end|I owned|I own|(?:proposed|pitched|suggested|started|initiated|conceived|championed)(?: it| this| the idea)?,? and (?:then )?(?:also )?owned(?<=\bI (?:proposed|pitched|suggested|started|initiated|conceived|championed)(?: it| this| the idea)?,? and (?:then )?(?:also )?owned)|the call was mine|own(?:ed|ing)? the (?:\w+ )?(?:incident|fix|recovery|migration|rollout|cut-?over|workstream|relationship|failover|exit)|(?:I was|as) (?:the )?(?:\w+ )?accountable)\b/gi,
    },
  ],

  'invent-and-simplify': [
    {
      label: 'removed something',
      weight: 2,
      notAccident: true,
      pattern:
        /\b(?:(?:removed|eliminated|deleted|retired|deprecated|decommissioned|stripped out|got rid of|killed|scrapped) (?!(?:the |a |an |our |every )?(?:blockers?|roadblocks?|obstacles?|impediments?|ambiguity|confusion|risks?|birds|following|next|same|previous|prior|end|year|month|week|day|spring|summer|autumn|fall|winter)\b)(?!\w+ (?:years?|months?|weeks?|days?) (?:later|after|ago|before|earlier|into)\b|two birds\b)(?:the|a|an|our|their|its|every|each|all|both|most|half|off|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|unused|redundant|duplicate|legacy|old|manual)|cancell?ed (?:the |a |our )?(?:\w+[- ])?(?:meetings?|steps?|reviews?|checklists?|reports?|forms?|process|rounds?|approvals?|sign-?offs?)|dropped (?:the |a |our )?(?:\w+[- ])?(?:\w+[- ])?(?:steps?|rounds?|meetings?|checklists?|forms?|fields?|screens?|exercises?|requirements?|reports?|approvals?|sign-?offs?)|so (?:that )?(?:\w+ )?(?:\w+ )?(?:\w+ )?no longer (?:waited|waits|had to|have to|has to|needed|need|needs|required) (?:for |to )?(?:a |an |the )?(?:person|human|manual|someone|anyone|re-?\w+|retyp\w+|phon\w+|print\w+|a \w+ to sign)|(?:removed|retired|killed|deleted|decommissioned|deprecated|scrapped|switched off|shut down|turned off|got rid of|ripped out|stripped out)(?<=(?:\bI (?:(?:also|then|first|later|finally|eventually|quickly|personally) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?)(?:removed|retired|killed|deleted|decommissioned|deprecated|scrapped|switched off|shut down|turned off|got rid of|ripped out|stripped out)) (?!(?:the|a|an|our|their|its|his|her|my|your|every|each|all|both|most|half|some|any|no|off|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|him|them|me|us|myself|himself|herself|themselves|it|this|that|those|these|people|staff|access|permissions?|friction|ambiguity|confusion|doubts?|risks?|blockers?|roadblocks?|obstacles?|impediments?|bias|pressure|stress|uncertainty|momentum|time|hours|days|weeks|early|prod|production|backups?|data|pii|records|logs|files|emails|messages|users?|customers?|accounts?|everything|anything|something|nothing)\b)[\w.-]+(?: [\w.-]+)?(?= and (?:the|our|its|their|all|every|both|\w+)\b|\s*[,;.!](?!\d)|\s*$| (?:entirely|completely|altogether|outright|for good|instead of|rather than|in favou?r of|too|as well)\b)|(?:(?<![\d,])\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|dozens of|hundreds of|all|both) (?:[\w-]+ )?(?:runbooks|scripts|jobs|cron ?jobs|alerts|alarms|dashboards|pipelines|repos|repositories|servers|vms|instances|clusters|databases|queues|tables|services|microservices|tools|systems|vendors|contracts|licen[cs]es|integrations|apis|endpoints|templates|playbooks|wiki pages|checklists|approvals|steps|forms|fields|reports|meetings|configs|feature flags|flags|lambdas|functions|buckets|topics|environments|branches|forks|copies|spreadsheets|workarounds|hacks|plugins|dependencies|libraries|modules|rules|policies|hand-?offs) (?:were |got )?(?:deleted|removed|retired|decommissioned|deprecated|killed|scrapped|switched off|turned off|shut down|gone)(?! by (?:accident|mistake|the (?:vendor|supplier|provider|customer|other team))\b))\b/gi,
    },
    {
      label: 'consolidated several things into one',
      weight: 3,
      pattern:
        /\b(?:(?:consolidat(?:ed|ing)|merg(?:ed|ing)|collaps(?:ed|ing)|unif(?:ied|ying)|combin(?:ed|ing)|mov(?:ed|ing))(?<!\b(?:instead of|rather than|decided against|ruled out|rejected)\b[^.!?\n,]{0,40}(?:,? (?:because|since|as|given)\b[^.!?\n]{0,60})?)(?<!\b(?:wanted|wants|want|hoped for|wished for|asked for|pushed for|pressed for|argued for|proposed|suggested|dreamed of|talked about|(?:would|['’]d) (?:like|prefer)|preferred)(?: (?:to|that))?(?: \w+)?(?: \w+)? \w+)\b(?:[^.!?\n]|\.\d){0,60}?\b(?:into|onto|to) (?:one|a single|a shared|a common|one shared)|from (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|dozens) (?:\w+ )?(?:to|down to) (?:one|a single)|(?:a|the|one) single(?<!\b(?:instead of|rather than|decided against|ruled out|rejected)\b[^.!?\n,]{0,40}(?:,? (?:because|since|as|given)\b[^.!?\n]{0,60})?)(?<!\b(?:wanted|wants|want|hoped for|wished for|asked for|pushed for|pressed for|argued for|proposed|suggested|dreamed of|talked about|(?:would|['’]d) (?:like|prefer)|preferred|plan (?:was|is) (?:for|to \w+)|(?:goal|idea|aim|ambition|vision) (?:was|is)(?: to \w+)?) (?:\w+ )?(?:\w+ )?(?:\w+ )?(?:a|the|one) single)[- ](?:\w+[- ])?(?:templates?|pipelines?|platforms?|path|entry point|record|service|api|tool|dashboard|process|workflow|flow|step|screen|system|source of truth|vendor|queue|form|page|rota|runbook|contract|repo|config)(?![- ](?:outages?|failures?|dependenc(?:y|ies)|risks?|lock-?in|points? of failure)\b)|standardi[sz](?:ed|ing|e) on (?:one|a single)|(?:one|a single) (?:shared |common )?(?:\w+[- ])?(?:\w+ )?(?:bench|benches|rigs?|stands?|chambers?|cells?|ovens?|testers?|machines?|servers?|clusters?|environments?|platforms?|tools?|pipelines?|stations?|press|fixtures?|labs?|instances?|devices?|lines?|images?|templates?|config(?:uration)?s?|codebases?|repos?) (?:(?:can|could|would) )?(?:now |then )?(?:runs?|serves?|covers?|supports?|handles?|hosts?|ran|served|covered|supported|handled|hosted|did the work of)\b(?:[^.!?\n]){0,30}?\b(?:two|three|four|five|six|several|all|\d+)(?: or (?:two|three|four|five|six|\d+))? (?:\w+[- ])?(?:projects|teams|products|lines|programs|programmes|variants|plants|sites|models|platforms|services|apps|brands|markets|derivatives)\b(?![^.!?\n]{0,60}?\b(?:crash\w*|fail\w*|went down|fell over|outages?|single point|bottleneck|overload\w*|contention|queue\w*)\b)|replac(?:ed|ing|e) (?:the |our |their |all |all the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|dozens of|several) (?!(?:\w+ )?(?:people|engineers|staff|developers|managers|hires|analysts|members|contractors|agents|testers)\b)(?:\w+[- ])?(?:\w+[- ])?\w+ with (?:just |only )?(?:one|a single)|(?:with|to|down to) (?:just |only )?(?:one|a single) (?:(?:approval|sign-?off|review) )?(?:step|hand-?off|screen|page|form)\b|one (?:\w+ )?(?:service|api|view|platform|tool|form|record|pipeline|queue|approval step) (?:over|across|in front of|for all) (?:the |all )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b(?! (?:\w+ )?(?:regions?|zones?|azs?|data ?cent(?:er|re)s|clusters?|countries|markets|environments|clouds)\b)|one (?:shared|common|unified|opinionated|standard|deployment|release|deploy|intake|build) (?:\w+ )?(?:path|pipeline|template|platform|record|process|flow|queue|form|api|service|tool|dashboard)|(?:retired|decommissioned|switched off|shut down|turned off|wound down|deleted|removed|deprecated|killed) (?:all )?(?:the )?(?:other|remaining) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?!(?:\w+ )?(?:people|engineers|staff|members|employees|contractors|managers|colleagues)\b)(?:\w+[- ])?\w+|(?:merg|consolidat|collaps|fold|combin)(?:ed|ing)(?<!\b(?:instead of|rather than|decided against|ruled out|rejected)\b[^.!?\n,]{0,40}(?:,? (?:because|since|as|given)\b[^.!?\n]{0,60})?)(?<!\b(?:wanted|wants|want|hoped for|wished for|asked for|pushed for|pressed for|argued for|proposed|suggested|dreamed of|talked about|(?:would|['’]d) (?:like|prefer)|preferred)(?: (?:to|that))?(?: \w+)?(?: \w+)? \w+) (?:all )?(?:the |our |their )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|separate|duplicate) (?:\w+[- ])?(?:\w+ )?\w+ (?:in|on)to|down to (?:just |only )?(?:one|a single) (?:\w+[- ])?(?:vendor|supplier|provider|tool|system|platform|pipeline|service|queue|template|dashboard|process|repo|codebase|stack|contract|integration|app|api|meeting|report|review|approval)s?|(?:one|a single) (?:\w+[- ])?(?:\w+ )?(?:vendor|supplier|provider|tool|system|platform|pipeline|service|queue|template|dashboard|process|repo|codebase|stack|contract|integration|app|api|meeting|report|review|approval)s? (?:instead of|in place of|rather than|replacing) (?:the |all )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)|(?:chose|picked|killed|removed|retired|dropped|deleted|standardi[sz]ed|consolidated|moved|migrated|went|settled|shut|turned|switched|decommissioned|deprecated|scrapped|merged)(?<!\b(?:vendors?|suppliers?|they|he|she|team|contractors?|partners?|agency|consultants?)\s(?:\w+\s)?\w+)\b(?:[^.!?\n]){1,60}?\b(?:instead of|rather than) (?:maintaining|keeping|running|supporting|operating|paying for|patching|upgrading|juggling) (?:both|all (?:two|three|four|five|six|\d+)|(?:the |all the )?(?:two|three|four|five|six|\d+))|(?:tools|systems|vendors|suppliers|providers|pipelines|platforms|services|queues|templates|dashboards|repos|repositories|codebases|stacks|contracts|integrations|clusters|databases|runbooks|schedulers|frameworks|gateways|clouds|cdns|registries|wikis|processes|images|ci systems)(?::| went| cut| down| reduced)? (?:from )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:to|down to|→|->) (?:1|one|a single)(?!\d|[.,]\d|\s?(?:%|x\b|×|per\b|an? (?:day|week|month|year)\b)))\b/gi,
    },
    {
      label: 'replaced something with a simpler one',
      weight: 3,
      pattern:
        /\b(?:replac(?:ed|ing|e)(?<!\b(?:vendors?|suppliers?|they|he|she|team|contractors?|partners?|agency|consultants?)\s(?:\w+\s)?replac(?:ed|ing|e))\b(?:[^.!?\n]|\.\d){0,80}?\bwith (?:a |an |one |\w+ |(?:the )?[\w-]+['’]s )?(?:much |far )?(?:own )?(?:simpler|single|lighter|smaller|plain|standard|automated|automatic|self[- ]serve|self[- ]service|shared|off[- ]the[- ]shelf|managed|built[- ]in|native|stock|vanilla)|replac(?:ed|ing|e)(?<!\b(?:vendors?|suppliers?|they|he|she|team|contractors?|partners?|agency|consultants?)\s(?:\w+\s)?replac(?:ed|ing|e)) (?:the |a |an |our |their )?(?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?with (?:a |an |one )?simple\b|replac(?:ed|ing|e)(?<!\b(?:vendors?|suppliers?|they|he|she|team|contractors?|partners?|agency|consultants?)\s(?:\w+\s)?replac(?:ed|ing|e)) (?:the |a |an |our |their |every |each )?(?:[\w-]+ )?(?:manual|paper|hand-?\w+|spreadsheet|excel)\b(?:[^.!?\n]){0,40}?\bwith (?!(?:a |an |one |the )?(?:[\w-]+ )?(?:manual|paper|hand-?\w+|spreadsheet|excel)\b)(?:a |an |one )?(?:[\w-]+ )?(?:[\w-]+ )?(?:suite|job|script|check|scan|rule|generator|bot|operator|controller|automation|verification|validation|lookup|matching|reconciliation|api|integration|e-?sign(?:ature)?)s?|(?:swapped|moved|migrated|switched|took)(?<!\b(?:vendors?|suppliers?|they|he|she|team|contractors?|partners?|agency|consultants?)\s(?:\w+\s)?(?:swapped|moved|migrated|switched|took))(?: (?:us|it|them|the (?:[\w-]+ )?app|the (?:[\w-]+ )?(?:codebase|team|service|platform)|\d+ (?:[\w-]+ )?(?:screens|services|apps|pages|jobs|repos)))?(?: out)? (?:from |off |out of )?(?:the |a |an |our |its |their )?(?:\d{4} )?(?:[\w-]+ )?(?:custom|home-?grown|hand-?rolled|hand-?written|bespoke|in-house|homemade)\b(?:[^.!?\n]){0,80}?\b(?:to|onto|for|with) (?:a |an |the |one |(?:the )?[\w-]+['’]s )?(?:much |far )?(?:own )?(?:simpler|standard|built[- ]in|native|stock|vanilla|off[- ]the[- ]shelf|managed|open[- ]source))\b/gi,
    },
    {
      // "to accept machine-built packets through their API instead of the portal uploads": manual work made automatic.
      label: 'put an automated path in place of manual work',
      weight: 3,
      pattern:
        /\b(?:automated|automatic|machine-(?:built|generated|readable)|auto-generated|programmatic|(?:through|via|over) (?:their|its|an|the|our) API)\b(?:[^.!?\n]|\.\d){0,60}?\b(?:instead of|rather than|in place of|replacing) (?:the |their |our |its )?(?:\w+ )?(?:manual|portal|paper|hand-?\w+|spreadsheets?|uploads?|e-?mails?|faxes|re-?keying|copy[- ]paste)\b/gi,
    },
    {
      label: 'cut steps or moving parts',
      weight: 3,
      pattern:
        /\b(?:(?<!% )fewer (?!pages\b)|(?:reduc(?:ed|ing)|cut|removed|eliminated|dropped|halved) (?:the number of |\d+ |two |three |four |five |six |several |half (?:of )?the |redundant |unused |duplicate )?)(?:manual |input |form |approval |sign-?off |checklist )?(?:steps|fields|screens|clicks|hops|hand-?offs|approvals|sign-?offs|dependencies|moving parts|forms|pages|meetings|checklist items|tools|vendors|pipelines|questions|templates|variants|versions|configs|configurations|environments|repos|repositories|dashboards|reports|copies|codebases|stacks|systems)\b|\b(?:cut|removed|removing|dropped|deleted|retired|retiring|stripped out)\b(?:[^.!?\n]|\.\d){0,60}?\b(?:nobody|no one|nothing(?: downstream)?|never) (?:used|read|needed|opened|queried|looked at)\b|\b(?:cut|shrank|trimmed|reduced|took) the (?:\w+ )?(?:form|questionnaire|checklist|process|journey|flow|template|application|runbook|wiki) from \d+ (?!(?:%|(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|percent|kb|mb|gb|tb)\b))(?:\w+ )?(?:to|down to) \d+(?!\s?(?:%|(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|percent|kb|mb|gb|tb)\b))\b/gi,
    },
    {
      label: 'chose a lighter path than porting or a full build',
      weight: 2,
      pattern:
        /\b(?:(?:chose|picked|went with|proposed|recommended|pushed for)\b(?:[^.!?\n]){1,60}?\b(?:over|instead of|rather than) (?:a |an |the )?(?:full|complete|big[- ]bang|whole|ground[- ]up|bespoke|custom|from[- ]scratch) (?:\w+ )?(?:migrations?|rewrites?|rebuilds?|builds?|re-?platforming|replacements?|ports?|systems?|platforms?|solutions?|tools?|implementations?)|(?:wound down|shut down|stopped|scrapped|cancell?ed) (?:the |our )?in-house (?:build|tool|project|model|system)|(?:rather than|instead of) (?:port(?:ing)?|rebuild(?:ing)?|copy(?:ing)?|re-?creat(?:e|ing)|lift(?:ing)? and shift(?:ing)?|migrat(?:e|ing)) (?:everything|all|every|each|\d+|two|three|four|five|six|the (?:\w+ )?(?:pipelines|scripts|jobs|rules|features|extensions|customi[sz]ations|reports))|what to delete|(?:over|instead of|rather than|in favou?r of) (?:building|writing|developing) (?:our own|an? (?:custom|bespoke|in-house)|it ourselves|from scratch)|(?:over|instead of|rather than) (?:a |an )?(?:custom|bespoke|home[- ]grown|in[- ]house) (?:build|tool|system|solution|version|integration))\b/gi,
    },
    {
      label: 'simplified a process or system',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:simplif(?:y|ied|ies|ying|ication)|streamlin(?:e|ed|ing)|automated away|automat(?:ed|ing) (?:the |every |all )?(?:manual|repetitive)|one[- ]click|self[- ]serv(?:e|ice)|smed|single[- ]minute exchange of dies?|quick[- ]change(?:over)?s?|(?:cut|halved|reduced|shortened|took) (?:the |our |its )?(?:\w+ )?(?:changeover|change-over|set-?up|tool[- ]change|die[- ]change) times?)\b/gi,
    },
    {
      label: 'invented a new approach',
      weight: 2,
      pattern:
        /\b(?:invent(?:ed|ing)?|prototyp(?:ed|ing)|replac(?:ed|ing)(?<=\bI (?:(?:also|then|first|later|finally|personally|eventually) )?replac(?:ed|ing)|\bI\b[^.!?\n]{1,80}\band replac(?:ed|ing)) (?:it|them|(?:the|our|that|this|its|their) (?:[\w-]+ )?(?:[\w-]+ )?[\w-]+) with (?!(?:a |an |the )?(?:new|spare|fresh|replacement|second|another|working|identical|same|copy)\b)(?:a |an |one )?(?:[\w-]+ )?(?:[\w-]+ )?(?:pipeline|service|stream|operator|controller|api|workflow|queue|platform|engine|consumer|scheduler|job|system|tool|cache|index|module|library|function|lambda|model)s?\b|patent(?:ed|s)?|novel (?:approach|idea|design|mechanism)|new mechanism|(?:designed|built|wrote) (?:a |an )?(?:simple |small |lightweight |incremental |new )?(?:\w+[- ])?(?:cache|caching layer|algorithm|heuristic|rules? engine|generator|packager|scheduler|matching (?:rule|key)|shared key|fixture|jig|gauge|test rig|poka-?yoke)|(?:designed|built|wrote)(?<=\bI (?:(?:also|then|first|personally) )?(?:designed|built|wrote)) (?:a |an )?(?:thin |small |simple |lightweight |temporary )?(?:bridging |compatibility |migration )?(?:bridge|coordinator|adapter|shim|facade|strangler)\b(?:[^.!?\n]){0,40}?\bso (?:that )?(?:the )?(?:old and new|new and old|both|\w+ and \w+)\b(?:[^.!?\n]){0,40}?\b(?:side by side|together|alongside|at once|in parallel|coexist)|poka-?yokes?|(?:error|mistake)-?proof(?:ed|ing)|replac(?:ed|ing|e) (?:the |our |their |its |a |an |every |each )?(?:[\w'’/]+[- ])?(?:[\w'’/]+[- ])?(?:[\w'’/]+[- ])?(?:test|check|inspection|gauge|gauging|measurement|method|process|technique|fixture|jig|weld|joint|fastener|seal|step)s?\b with (?!(?:a |an |the )?(?:new|spare|fresh|replacement|second|another|working|identical|same)\b)(?:a |an |one |the )?(?:[\w'’/]+[- ])?(?:[\w'’/]+[- ])?(?:[\w'’/]+[- ])?(?:test|check|inspection|gauge|sensor|camera|vision system|method|process|technique|fixture|jig|weld|joint|fastener|clip|seal|adhesive|bond|rivet|snap[- ]fit|scan|probe)s?)\b/gi,
    },
    {
      label: 'borrowed an idea from elsewhere',
      weight: 2,
      pattern:
        /\b(?:borrowed|adopted|adapted) (?:an? |the )?(?:idea|approach|pattern|design|tool|technique|practice)s? from\b/gi,
    },
  ],

  'are-right-a-lot': [
    {
      label: 'sought out dissenting views',
      weight: 3,
      pattern:
        /\b(?:(?:sought|seeking|asked for|solicited|invited|gathered|looked for) (?:out )?(?:dissenting|opposing|diverse|different|contrary|outside|critical|independent) (?:views?|opinions?|perspectives?|viewpoints?|input|reviews?)|asked\b(?:[^.!?\n]){0,60}?\bto (?:challenge|poke holes in|critique|find holes in|argue against|stress[- ]test) (?:it|my|the plan|the proposal|the recommendation|the design)|ran (?:her|his|their) (?:case|proposal|numbers|model|scenario|objection)s? through|tested (?:her|his|their) (?:concern|objection|claim|case|hypothesis))\b/gi,
    },
    {
      label: 'tried to disprove own view',
      weight: 3,
      pattern:
        /\b(?:disconfirm|tested my (?:assumptions?|hypothes[ie]s|beliefs?|pick|choice|recommendation|instinct)|challenged my own|(?:disprove|falsify) my|devil['’]?s advocate|pre[- ]?mortem|red[- ]team(?:ed|ing)?|before (?:signing|deciding|committing|recommending|choosing|I (?:decided|signed|committed|recommended|chose)),? I (?:asked|tested|checked|had|ran|validated|sought|called)|before I (?:form|formed|settle|settled|commit to) (?:an? |my )?(?:opinion|view|position|recommendation))\b/gi,
    },
    {
      label: 'made a judgment call',
      weight: 2,
      pattern:
        /\b(?:judg(?:e)?ment call|I judged|the (?:key|hard|tough|difficult) call|gut (?:call|feel|instinct)|my (?:judg(?:e)?ment|instinct|intuition|recommendation|(?:first|initial) (?:pick|choice|instinct|recommendation|read|view)))\b/gi,
    },
    {
      label: 'judgment proved right',
      weight: 3,
      pattern:
        /\b(?:(?:proved|proven|turned out(?: to be)?) (?:right|correct)|(?:validated|confirmed|vindicated)\b(?:[^.!?\n]|\.\d){0,40}?\b(?:call|decision|bet|hypothesis|prediction|instinct|judg(?:e)?ment)|(?:as I|I had|I['’]d) (?:suspected|predicted|expected|forecast|bet)|as I(?:['’]d| had) (?:warned|feared)|(?:abandoned|scrapped|dropped|cancell?ed|shelved|failed|stalled|rolled back|pulled|shut down|wound down|written off|reversed|overran|ran into trouble|went over budget)\b(?:[^.!?\n]){0,40}?\b(?:for|because of|over|on|with) (?:exactly |precisely |much |just )?(?:the |those )?(?:same |very )?(?:reasons?|problems?|risks?|issues?|concerns?|grounds) (?:that )?I(?:['’]d| had) (?:given|raised|named|flagged|predicted|set out|listed|described|warned (?:of|about)|pointed (?:out|to)|cited|argued|put forward))\b/gi,
    },
    {
      label: 'tested the call before committing',
      weight: 2,
      pattern:
        /\b(?:controlled trial|matched (?:set|control|group)|control group|holdout group|champion[- ]challenger|blind bake[- ]off|(?:replayed|back-?tested)\b(?:[^.!?\n]){0,60}?\bagainst (?:two|three|four|several|\d+|each|every|the) (?:candidate|alternative|competing|proposed) \w+|(?:tested|trialled|timed|piloted|checked|compared|ran)\b(?:[^.!?\n]){0,60}?\bbefore (?:committing|deciding|choosing|recommending|I (?:committed|decided|chose|picked|recommended)))\b/gi,
    },
    {
      label: 'changed a call when the data changed',
      weight: 2,
      pattern:
        /\b(?:(?:changed|reversed|revisited|updated|switched|flipped|withdrew) (?:my|our|the) (?:mind|call|decision|position|recommendation|view|estimate|pick|choice|vote)|(?:dropped|abandoned) my (?:plan|proposal|pick|choice|recommendation|position))\b/gi,
    },
    {
      label: 'weighed alternatives',
      weight: 1,
      pattern:
        /\b(?:(?:weighed|compared|evaluated|scored|modell?ed|shortlisted) (?:the |two |three |both |\w+ )?(?:options|alternatives|trade-?offs|risks|designs|vendors|bids|approaches|proposals|paths)|bake[- ]off|scorecard|gave (?:them|him|her|us) (?:two|three) options)\b/gi,
    },
  ],

  'learn-and-be-curious': [
    {
      label: 'taught themselves something new',
      weight: 3,
      pattern:
        /\b(?:taught myself|self[- ]taught|read up on|ramp(?:ed|ing)? (?:myself )?up on|(?:got|getting) (?:myself )?up to speed on|(?=took|did|attended|completed|enroll?ed in|signed up for|went on)(?<=(?:\bI (?:(?:also|then|first|quickly|even|personally|later|finally|eventually|voluntarily|already|once|just|had|have|myself) )?|(?:^|\n)[-*•]? ?))(?:took(?! (?:on|over)\b)|did|attended|completed|enroll?ed in|signed up for|went on) (?:an? |the |my |two |three |\d+ )?(?:[\w'’]+[- ])?(?:[\w'’]+[- ])?(?:[\w'’]+[- ])?(?:course|class|certification|certificate|bootcamp|training)(?:s|es)?\b(?!\s+(?:of|correction|corrections|materials?|records?|budget|plan|rollout|lifecycle|renewals?|rotations?|expir(?:y|ies)|authorit(?:y|ies)|chains?|stores?|management|inventory|revocations?|issuance|bundles?)\b)|learn(?:ed|t) enough (?:\w+ )?to|learn(?:ed|t)(?<=\bI (?:(?:also|then|first|quickly|even|personally|later|finally|eventually|myself) )?learn(?:ed|t)) (?!(?:that|this|it|nothing|a lot|so much|much|the hard way)\b)(?:[^.!?\n]){0,60}?\b(?:from (?:the |its |their )?(?:[\w-]+ )?(?:source(?: code)?|codebase|books?|spec(?:ification)?s?|rfcs?|papers?|standards?)|(?:over|across|during) (?:two|three|four|five|several|a few|\d+|my) (?:\w+ )?(?:weekends|evenings|nights|lunch breaks)|(?:in|on) my own time)|read(?<=\bI (?:(?:also|then|first|even|personally|carefully|finally) )?read) (?:the |a |an |all |both |every )?(?:[\w-]+ )?(?:[\w-]+ )?(?:spec|specification|standard|regulation|rfc|paper|source code|codebase|directive|rulebook|guideline)s?\b(?:[^.!?\n]){0,60}?\b(?:myself|personally|cover to cover|end to end|line by line)|studied (?:the )?(?:spec|specs|paper|papers|rfcs?|standard|regulation|codebase|source)|spent (?:my |a few |several |two |three )?(?:evenings|weekends|nights|lunch breaks) (?:learning|studying|reading|working through|going through)|spent(?<=\bI (?:(?:also|then|first|even|personally) )?spent) (?:my |the |a |an |\w+ )?(?:first |next |whole |entire |full |own |spare )?(?:\w+ )?(?:days?|weeks?|months?|evenings|weekends|nights|lunch breaks|time) (?:learning|studying|reading up on|teaching myself|getting up to speed on)\b(?! (?:that|the hard way|what|how little|whether|who|why|nothing)\b)|(?:built|wrote|stood up|spun up|set up|made|coded)(?<=(?:\bI (?:(?:also|then|first|even|quickly|personally) )?|\bI\b[^.!?\n]{1,100}, |\bI\b[^.!?\n]{1,100}\band |(?:^|\n)[-*•]? ?)(?:built|wrote|stood up|spun up|set up|made|coded)) (?:a|an|my own|my) (?:small |tiny |little |quick )?(?:toy|throwaway|practice|hobby|pet|learning|hello[- ]world|play) (?:[\w-]+ )?(?:[\w-]+ )?(?:servers?|apps?|projects?|services?|implementations?|versions?|clients?|programs?|sites?|prototypes?|models?|compilers?|interpreters?|databases?|engines?|bots?|games?|pipelines?|clusters?)|(?:worked|working|read|reading) through (?:a |an |the |his |her |their )?(?:\w+ )?(?:\w+['’]s )?(?:\w+ )?(?:book|textbook|course|docs|documentation|tutorials?|manual|spec|specification|papers?|rfcs?)\b|enroll?ed in (?:an? |the )?(?:\w+ )?(?:program(?:me)?|bootcamp)|I (?:earned|passed|got|gained|completed) (?:an? |the |my )?(?:\w+ )?(?:\w+ )?(?:certification|certificate|(?:green|black) belt)(?!\s+(?:of|lifecycle|renewals?|rotations?|expir(?:y|ies)|authorit(?:y|ies)|chains?|stores?|management|inventory|revocations?|issuance|bundles?)\b)|I (?:got|became|was) (?:\w+ )?certified (?:as|in|on)|(?:asked|got|had) (?:\w+ )(?:\w+ )?(?:\w+ )?(?:\w+ )?to (?:teach|walk) me (?:how|through|the basics)|(?:sat|spent \w+ (?:days?|weeks?)) in on (?:their |the )?(?:\w+ )?(?:training|classes|courses?|lectures?))\b/gi,
    },
    {
      label: 'stepped into an unfamiliar domain',
      weight: 2,
      pattern:
        /\b(?:learn(?:ed|t|ing) (?:about|how)|new (?:domain|field|technology|language|framework|stack)|(?:unfamiliar|outside my) (?:domain|area|field|expertise|technology|comfort zone)|I(?: had| have|['’]d|['’]ve) never (?:worked|used|run|ran|touched|managed|built|done)|I knew (?:nothing|very little|little) about|with no (?:prior )?(?:background|experience) in|new to (?:me|the (?:domain|field|industry)))\b/gi,
    },
    {
      label: 'ran an experiment',
      weight: 2,
      pattern: /\b(?:experiment(?:ed|s|ing)?|a\/b test(?:s|ed|ing)?|hypothes(?:is|es|ized)|tried out)\b/gi,
    },
    {
      label: 'followed their curiosity',
      weight: 2,
      pattern: /\b(?:curious|curiosity|wondered (?:why|whether|if)|asked (?:myself )?why|wanted to (?:understand|know|learn) (?:why|how)|kept asking (?:why|how)|read (?:the |all the |every )?(?:post-?mortems?|retrospectives?|retros|write-?ups) (?:of|from) (?:both |the |all |every |earlier |previous |past |prior )|(?:studied|looked at) how (?:other|another|competing|rival) (?:\w+ )?(?:teams?|companies|firms|banks|airlines|retailers|hospitals|products?) (?:do|did|handle|handled|solve|solved|run|ran))\b/gi,
    },
    {
      label: 'shadowed another team to learn',
      weight: 2,
      pattern:
        /\b(?:shadow(?:ed|ing) (?:a |an |the |our )?(?:\w+ )?(?:team|engineers?|agents?|operators?|pickers?|drivers?|on-?call|shifts?|nurses?|support|customers?)|job[- ]shadow(?:ed|ing)?)\b/gi,
    },
    {
      label: 'reflected on what they learned',
      weight: 1,
      pattern: /\b(?:lessons? learned|what I learned|I learned|what I took from (?:it|this|that)|my habit now|nowadays,? I|I now (?:always|never)|(?:ever since|since then|these days|today),? I (?:always |never |now )?(?:\w+ )?(?:check|ask|run|plan|read|review|test|treat|survey|rehearse|replay|insist|start)s?|I no longer (?:\w+ )?(?:trust|assume|accept|skip|sign off|send|take))\b/gi,
    },
  ],

  'hire-and-develop-the-best': [
    {
      label: 'mentored or coached someone',
      weight: 3,
      pattern:
        /\b(?:mentor(?:ed|ing|s)?|coached|(?<!\b(?:for|driver|drivers|safety|sales) )coaching|sponsor(?:ed|ing) (?:him|her|them|an? \w+)|took (?:him|her|them|\w+) under my wing|(?:paired|matched) (?:him|her|them|each(?! with)(?: (?:new )?\w+)?|each|every (?:new )?\w+|(?:two |three |the )?(?:new hires|juniors|graduates|interns)) with (?:a |an |one of (?:our|the) )?(?:senior|experienced|staff|principal|mentor))\b/gi,
    },
    {
      label: 'helped someone earn a promotion',
      weight: 3,
      pattern:
        /\b(?:(?:he|she|they|who|both|each) (?:(?:was|were|got|later got) )?promoted|(?:he|she|they|who|both|each|one|two|three|four|five|six|\d+|several|some|most|half|another)(?: of (?:them|those|the \w+|my \w+))? (?:has|have|had) (?:since |now |already |also |just |recently )?been promoted(?! to (?:production|prod|live|staging|main|master|release|the (?:main|release|production|live)))|promoted (?:him|her|them|two|three|\d+)|got (?!(?:it|this|that|the|myself|me|us)\b)(?:\w+|two of my \w+|\w+ and \w+) promoted(?! to (?:production|prod|live|staging|main|master|release|the (?:main|release|production|live)))|\b(?!(?:I|me|myself|was|were|got|get|been|and|then|quickly|soon|later|also|finally|it|this|that)\b)\w+ (?:(?:was|got) )?promoted (?!to (?:production|prod|live|staging|main|master|release|the)\b)(?:to (?:an? )?[\w-]+ )?(?:in|within|after) (?:\d+|a|an|one|two|three|four|six|nine|eighteen) (?:months?|years?|quarters?|cycles?)|helped (?:him|her|them|\w+) (?:get|earn|reach) (?:a |the |his |her |their )?promotion|promotion (?:case|doc|document|packet)s?|(?:his|her|their) promotions?|(?:nominated|recommended|put) (?!me\b|myself\b)(?:him|her|them|\w+) (?:forward )?for (?:a |the )?(?:promotion|senior role|lead role|next level))\b/gi,
    },
    {
      label: 'gave someone regular feedback',
      weight: 2,
      pattern:
        /\b(?:gave|give|giving) (?:him|her|them|\w+|each of them|each engineer|each lead) (?:weekly|regular|monthly|fortnightly|daily)(?: written| verbal| direct| 1:1)? feedback\b/gi,
    },
    {
      label: 'grew people into bigger roles',
      weight: 3,
      pattern:
        /\b(?:(?:now|went on to|later) (?:lead|leads|run|runs|manage|manages)\b(?:[^.!?\n]){0,20}?\b(?:programs?|programmes?|teams?|projects?|launches|orgs?|rotas?|rotations|squads?|guilds?|chapters?)|(?:both|all|each|two|three|four) of (?:them|those \w+|my \w+)(?: \w+)? (?:later |then |now )?(?:owned|own|led|lead|ran|run) (?:a|an|their own|the) (?:[\w-]+ )?(?:releases?|features?|projects?|launch(?:es)?|services?|workstreams?|migrations?|modules?|rotas?|sprints?)(?: each| on (?:his|her|their) own)?\b(?:[^.!?\n]){0,20}?\b(?:within|in|after|by) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:weeks?|months?|quarters?|years?)|grew into (?:a |the )?(?:lead|leader|manager|senior)|developed (?:him|her|them|\w+) into|ready for (?:the next level|promotion)|(?:he|she|they|who) (?:later |then )?(?:stepped up to (?:lead|run|own|manage)|took over as (?:the )?(?:\w+ )?(?:lead|manager|owner))|(?:he|she|they|who|(?:two|three|four|five|\d+|both|several|each|all) of (?:them|those|the \w+)) (?:later |then |now |each |all )?(?:became|went on to become|(?:was|were) (?:made|promoted to)) (?:a |the |our )?(?:\w+ )?(?:leads?|supervisors?|team leads?|shift leads?|forem[ae]n)|(?:recommended|released|put) (?:him|her|them) (?:for|into) (?:a |the )?(?:bigger|larger|senior|lead) (?:role|position|job))\b/gi,
    },
    {
      label: 'raised the bar in the hiring loop',
      weight: 3,
      pattern:
        /\b(?:(?:trained|calibrated|certified) (?:\d+|\w+) (?:new )?interviewers|interviewers? (?:training|calibration|(?:were )?trained)|calibrated debriefs?|(?:raised|held|hold|holding) the (?:hiring )?bar (?:on|in|at|for) (?:every |each |the )?(?:hires?|hiring|debriefs?|loops?|interviews?|candidates?)|hire for slope|(?:kept|left) the (?:role|req|position|opening|vacancy) open\b(?:[^.!?\n]){0,60}?\b(?:rather than|instead of|until))\b/gi,
    },
    {
      label: 'hired or built a team',
      weight: 2,
      pattern:
        /\b(?:hired|recruited|grew the team|hiring manager (?:for|on) (?:all |the |both |each of the |every )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty) )?(?:new )?(?:[\w-]+ )?(?:roles|hires|positions|posts|vacancies|reqs|openings|jobs)|(?:opened|closed|filled) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:roles|reqs|requisitions|positions|vacancies)|built (?:out )?(?:the|a|my) team|raised the hiring bar|interview (?:loops?|rubrics?|exercises?|panels?|rounds?)|hiring (?:packets?|bar|rubrics?|plans?|loops?|committees?|pipeline)|bar[- ]raisers?|(?:scoring|interview|hiring) rubric|(?:turned down|rejected) (?:\w+ )?(?:\w+ )?candidates|debrief (?:template|slots?)|offer acceptance|take-home (?:exercise|test)s?|assessment days?|(?:graduate|campus|intern(?:ship)?) (?:programme|program|scheme|hiring|intake|recruit(?:ing|ment)))\b/gi,
    },
    {
      label: "invested in someone's growth",
      weight: 2,
      pattern:
        /\b(?:career (?:growth|goals?|plans?|development|conversations?|paths?)|development plans?|growth plans?|stretch (?:assignments?|projects?|roles?)|(?:gave|give|giving) (?:candid |direct |constructive |regular )?feedback|(?:rotation|apprenticeship|mentorship|mentoring|buddy) (?:program(?:me)?|scheme|training)|named buddy|(?:six|three|twelve|\d+)[- ]month rotation|ramp-?up path|delegat(?:ed|ing)|let (?:him|her|them) (?:lead|own|run|drive|present)|gave (?:him|her|them) (?:ownership|the lead)|(?:weekly|regular|fortnightly) (?:one[- ]on[- ]ones?|1:1s?)(?! with (?:my|our|the) (?:[\w-]+ )?(?:manager|boss|director|vp|head|lead|sponsor|cto|ceo)\b)|30[- /]60[- /]90(?:[- ]day)? plans?|made (?!(?:it|this|that|me|myself|us)\b)(?:him|her|them|\w+) (?:the |our )?(?:[\w-]+ )?(?:owner|lead|dri|captain)(?: for| of)? (?:a |an |the |our |her |his |their )?(?:[\w-]+ )?(?:release|feature|launch|migration|sprint|project|service|module|rota)\b|skills? matrix|learning budget)\b/gi,
    },
    {
      label: 'managed performance',
      weight: 2,
      pattern:
        /\b(?:top performers?|high performers?|low performers?|underperform(?:er|ers|ing)|(?:annual|mid-year|his|her|their|a) performance reviews?|performance improvement plans?|(?:hard|difficult|honest|direct) conversations? about (?:his|her|their) (?:performance|work)|managed (?:him|her|them) out)\b/gi,
    },
    {
      label: 'onboarded or trained people',
      weight: 1,
      pattern:
        /\b(?:onboard(?:ed|ing)|train(?:ed|ing) (?:the |new |junior )?(?:team|engineers|hires|tpms|members)|new hires?|junior (?:engineers?|tpms?|pms?|developers?)|juniors|fresh(?:er)? graduates|graduate hires|freshers)\b/gi,
    },
  ],

  'insist-on-the-highest-standards': [
    {
      label: 'raised the bar',
      weight: 3,
      cliche: true,
      pattern:
        /\b(?:rais(?:ed|ing) the (?:quality )?bar|(?:a )?higher bar|quality bar|(?:held|kept|hold|holding) the (?:quality )?bar|without lowering (?:the )?(?:quality|bar|standards?)|(?:refused|declined) to lower (?:the )?(?:bar|standards?)|(?:wouldn['’]t|would not|didn['’]t|did not) (?:lower|compromise on) (?:the )?(?:bar|quality|standards?))\b/gi,
    },
    {
      label: 'refused to ship below the bar',
      weight: 3,
      pattern:
        /\b(?:refus(?:ed|ing) to (?:ship|launch|release|certify|sign off|sign(?= (?:the |a |an |our |their |its )?(?:\w+['’]s )?(?:\w+ )?(?:ppaps?|deviations?|waivers?|first[- ]articles?|parts|lots?|batch(?:es)?|release|build)\b)|lower|close|accept|waive|approve|roll (?:it )?out|go live|expand|widen|(?:relax|loosen|bend|soften|water down) (?:the |this |that |our |my |any |its )?(?:\w+ )?(?:rules?|standards?|criteria|criterion|gates?|checks?|reviews?|requirements?|spec(?:ification)?s?|tolerances?|thresholds?|limits?|bar|definition of done))|(?:let|allow)(?<=\bI (?:(?:also |still |firmly |simply |then |flatly )?(?:refused|declined) to|(?:would|did|could) not|(?:would|did|could)n['’]t|never) (?:let|allow)) (?:the |my |our |any |a |an |them |him |her |us |anyone |anybody |\w+['’]s )?(?:\w+ )?(?:\w+ )?(?:to )?(?:(?:ship|release|launch|deliver|lower|relax|bypass|waive|loosen|water down|cut corners)\b|(?:skip|drop|remove|disable) (?:the |a |an |any |our |their |its )?(?:\w+[- ])?(?:reviews?|tests?|testing|checks?|inspections?|gates?|verification|validation|audits?|regression(?: tests?| runs?)?|sign-?offs?|measurements?)\b|(?:mark|close|sign(?: off)?|merge|approve|accept|pass|count|call|treat|book|report|release|declare|set)\b(?:[^.!?\n]){0,60}?\b(?:without|unless|until|before)\b)|(?:relax|loosen|bend|soften|water down)(?<=\bI (?:(?:would|did) not|(?:would|did)n['’]t|never) (?:relax|loosen|bend|soften|water down)) (?:the |this |that |our |my |any |its )?(?:\w+ )?(?:rules?|standards?|criteria|criterion|gates?|checks?|reviews?|requirements?|spec(?:ification)?s?|tolerances?|thresholds?|limits?|bar|definition of done)|rather than (?:ship|launch|release|go live)(?:ing)? with (?:the |a |an |known )?(?:bugs?|defects?|issues?|regressions?|crash(?:es)?|flaws?)|(?:held|blocked|halted|stopped|paused) the (?:launch|release|rollout|deploy(?:ment)?|go[- ]live|(?:cut|switch)-?over(?![- ](?:rehearsals?|meetings?|calls?|kick-?offs?|retros?|reviews?|planning|weekends?|windows?|plans?)\b))|(?:delayed|pushed|moved|held) (?:back )?the (?:[\w-]+ )?(?:launch|release|rollout|go[- ]live|cut-?over)\b(?:[^.!?\n]){0,40}?\b(?:(?:to|could|would) fix|so (?:that )?the fix|until (?:the |every |all )?(?:fix|defects?|bugs?|issues?|findings?|blockers?)\b)|(?:sooner|rather|preferred to) (?:miss|lose|slip|delay|push back)\b(?:[^.!?\n]){0,40}?\bthan (?:to )?(?:ship|send|launch|migrate|release|go live|cut over)|(?:halts?|halted|blocks?|blocked|stops?|stopped) (?:a |the |any |every )?(?:staged )?(?:rollout|release|launch|deploy(?:ment)?|schema change|change|merge|export)|(?:paused|stopped|froze) (?:all )?(?:feature|new|roadmap) (?:work|development)|(?:would|will) not (?:ship|launch|release)|(?:wouldn|won)['’]t (?:ship|launch|release)|(?:(?:would|will) not|(?:wouldn|won)['’]t) (?:accept|approve|certify|sign(?: off)?|pass) (?:the |a |any |their |its |that )?(?:\w+['’]s )?(?:\w+ )?(?:parts|lots?|batch|shipments?|ppaps?|samples|first[- ]articles?|deviation|waiver|build)\b|rather than (?:ship|launch|release|waive|lower|accept)(?:ing)? (?:a |the |with )?(?:known|gate|bar|quality)|refus(?:ed|ing)(?<!\b(?:rather than|instead of) refusing) to (?:mark|call|declare|count|report|treat) (?:it|them|this|that|(?:the|a|an|our|my|their|its|any) (?:[\w-]+ )?[\w-]+|\w+['’]s [\w-]+) (?:as )?(?:done|fixed|closed|complete|completed|resolved|ready|green|verified|passed)|(?:mark|call|declare|count|report|treat)(?<=\bI (?:would not|wouldn['’]t) (?:mark|call|declare|count|report|treat)) (?:it|them|this|that|(?:the|a|an|our|my|their|its|any) (?:[\w-]+ )?[\w-]+|\w+['’]s [\w-]+) (?:as )?(?:done|fixed|closed|complete|completed|resolved|ready|green|verified|passed)|(?:delayed|held|held back|pushed back|postponed|paused|stopped|blocked|halted)(?<=(?:\bI (?:(?:also|then|deliberately|personally|had|have|finally|immediately|just|quickly) )?|(?:^|\n)[-*•]? ?)(?:delayed|held|held back|pushed back|postponed|paused|stopped|blocked|halted)) (?:the |our |its |my |their )?(?:[\w-]+ )?(?:[\w-]+ )?(?:launch|release|rollout|roll-out|go[- ]live|cut-?over|deploy(?:ment)?|ship date)\b(?:[^.!?\n]){0,40}?\b(?:(?:because|as|since|after|when) (?:it|they|the (?:[\w-]+ )?[\w-]+) (?:had )?(?:failed|did(?:n['’]t| not) (?:pass|clear|meet)|missed|fell short of)|until (?:it|they|the (?:[\w-]+ )?[\w-]+) (?:had )?(?:passed|cleared|met)) (?:the |our |a |its |their )?(?:[\w-]+ )?(?:[\w-]+ )?(?:gates?|bar|criteria|checks?|tests?|reviews?|standards?|thresholds?|benchmarks?)|(?:insisted|ruled|decided|agreed|made it (?:a |the )?rule|set (?:a |the )?rule)(?<=(?:\bI (?:(?:also|then|had|have|firmly|always|simply) )?|(?:^|\n)[-*•]? ?)(?:insisted|ruled|decided|agreed|made it (?:a |the )?rule|set (?:a |the )?rule)) (?:that |on )?(?:no|nothing|none of the|not one|not a single)\b(?:[^.!?\n]){0,60}?\b(?:could|would|should|can|will|was to|were to|might) (?:be )?(?:marked|called|declared|counted|signed off|certified|released|shipped|merged|migrated|promoted|closed|accepted|treated|switched off|decommissioned|retired|handed over|go live|pass|passed)\b(?:[^.!?\n]){0,40}?\b(?:until|unless|without|before) (?:an? |the |its |their |every |each )?(?:[\w-]+ )?(?:[\w-]+ )?(?:tests?|checks?|reconciliations?|reviews?|validations?|comparisons?|audits?|proofs?|parallel runs?|diffs?))\b/gi,
    },
    {
      label: 'stopped the line or held back suspect parts',
      weight: 3,
      pattern:
        /\b(?:(?=stopped|halted|paused|held|put|placed|quarantined|rejected|red-?tagged)(?<=(?:\b(?:I|we) (?:(?:also|then|first|quickly|immediately|personally|had|have|later|finally|myself|deliberately|promptly|just|once|already) )?|(?:^|\n)[-*•]? ?))(?:(?:stopped|halted|paused)(?<!\bwe (?:\w+ )?\w+) (?:the |our |a |that |both |all )?(?:\w+ )?(?:line|lines|production|press|presses|shipments?|builds?|assembly)\b(?!\s+(?:meetings?|calls?|stand-?ups?|reviews?|managers?|leads?|supervisors?|plans?|schedules?|reports?|planning|releases?)\b)|held back (?:the |that |this |every |all |a |an |our |both |\d[\d,]* |two |three |four |five )?(?:\w+[- ])?(?:\w+ )?(?:shipments?|lots?|batch(?:es)?|parts|pallets|stock|inventory|containers?|trucks?|units|castings|housings|deliveries|loads?|product|material)|held (?:the |that |this |every |all |a |an |our |both |\d[\d,]* |two |three |four |five )?(?:\w+[- ])?(?:\w+ )?(?:shipments?|lots?|batch(?:es)?|parts|pallets|stock|inventory|containers?|trucks?|units|castings|housings|deliveries|loads?|product|material) (?:back|until|on (?:quality |a )?hold|in quarantine|at the (?:dock|plant|gate|port|border)|for (?:inspection|a sort|sorting|re-?work|re-?inspection))|(?:put|placed) (?:the |that |this |every |all |a |an |our |both |\d[\d,]* |two |three |four |five )?(?:whole |entire )?(?:\w+[- ])?(?:\w+ )?(?:shipments?|lots?|batch(?:es)?|parts|pallets|stock|inventory|containers?|trucks?|units|castings|housings|deliveries|loads?|product|material) (?:on (?:quality |a )?hold|in quarantine)|quarantined (?:the |that |this |every |all |a |an |our |both |\d[\d,]* |two |three |four |five )?\w+(?:-\w+)?|(?:rejected|red-?tagged) (?:the |that |this |every |all |a |an |our |both |\d[\d,]* |two |three |four |five )?(?:\w+['’]s )?(?:whole |entire |first |incoming |suspect |bad |defective )?(?:\w+[- ])?(?:shipments?|lots?|batch(?:es)?|parts|pallets|stock|inventory|containers?|trucks?|units|castings|housings|deliveries|loads?|product|material|samples|first[- ]articles?|ppaps?|submissions?))|I (?:had|asked|told|got|made|ordered) (?:the |my |our |him |her |them )?(?:\w+ )?(?:\w+ )?(?:to )?(?:stop|halt|hold|quarantine) (?:the |all |every |that )?(?:\w+ )?(?:line|lines|production|press|presses|shipments?|lots?|parts))\b/gi,
    },
    {
      label: 'made sure the fix stayed fixed',
      weight: 3,
      pattern:
        /\b(?:fixed for good|(?:stays?|stayed) fixed|never (?:recurred|came back|happened again)|(?:prevent|stop)(?:ed|s)? (?:it|this|that|the (?:bug|issue|defect|problem|outage|failure)) from (?:recurring|happening again|coming back)|regression (?:tests?|suite)|(?:zero|no) (?:repeat |recurring )?(?:\w+[- ])?(?:outages|incidents|breaks|defects|failures|recurrences?|regressions|escapes|mismatches|sev-?[12]s|clashes|double \w+)\b(?:[^.!?\n]){0,30}?\b(?:since|in (?:the|its) (?:next|following|first)|over the (?:next|following)|for (?:the )?(?:next|following)|in (?:two|three|four|six|\d+) (?:quarters|months|releases))|(?:in|over|for) the (?:next|following) (?:\d+|two|three|four|five|six|nine|twelve|eighteen) (?:months|quarters|years|releases)\b(?:[^.!?\n]){0,60}?\b(?:zero|none|no) (?:\w+[- ])?(?:outages|incidents|breaks|defects|failures|repeats?|regressions)|repeat (?:incidents|outages|failures|defects) (?:fell|dropped|halved))\b/gi,
    },
    {
      label: 'added a check so the defect cannot pass again',
      weight: 3,
      pattern:
        /\b(?:(?:added|built|put|wrote|set up)\b(?:[^.!?\n]){0,60}?\b(?:checks?|tests?|cases?|comparisons?|diffs?|probes?|gates?|sign-?offs?)\b(?:[^.!?\n]){0,40}?\b(?:to|into|in) (?:the |our |every |each )?(?:team['’]s )?(?:release |cut-?over |launch |go[- ]live |deploy(?:ment)? |pre-?launch |readiness |ci |build |merge )?(?:checklists?|pipelines?|gates?|test suites?|test matrix|definition of done|runbook)|(?:checks?|tests?|probes?|suites?) that (?:runs?|replays?|fails?|blocks?) (?:\w+ )?(?:against|on|before|for) (?:every|each|all)|every (?:hotfix|change|release|build|merge|config change|schema change) (?:must )?(?:passes|pass|goes through|runs through) (?:the |a |our )?(?:\w+ )?(?:tests?|checks?|suite|matrix|gate|review)|(?:added|built|wrote|set up|put in|introduced|created|shipped)(?<=(?:\b(?:I|we) (?:(?:also|then|first|quickly|later|finally|eventually|personally|had|have|myself|once|just) )?|(?:^|\n)[-*•]? ?)(?:added|built|wrote|set up|put in|introduced|created|shipped))\b(?:[^.!?\n]){0,40}?\b(?:(?:checks?|gates?|lints?|linters?|(?:lint(?:ing)?|validation|schema|ci|merge|pipeline|pre-?commit|pre-?merge|pre-?deploy) rules?|tests?|hooks?|validations?|validators?) (?:that|which) (?:automatically )?(?:rejected|rejects|reject|blocked|blocks|block|failed|fails|fail|refused|refuses|refuse|stopped|stops|stop|bounced|bounces|bounce|turned away|turns away) (?:(?:any|every|each|all)(?: (?!(?:without|with|unless|that|which|if|when|until|in|on|from|to|for)\b)[\w-]+)?(?: (?!(?:without|with|unless|that|which|if|when|until|in|on|from|to|for)\b)[\w-]+)?|(?:the |a )?(?:build|merge|deploy(?:ment)?|release|pipeline|pull request|pr|commit|change)s?)|so (?:that )?(?:no|nothing)\b(?:[^.!?\n]){0,40}?\b(?:could|can|would) (?:again )?(?:be )?(?:merged?|shipped|ship|deployed|deploy|released|release|go live|reach production|pass|passed|land|landed) (?:again )?(?:without|unless)))\b/gi,
    },
    {
      label: 'introduced quality gates',
      weight: 2,
      // "I delayed the launch because it failed the quality gate" is a launch held below the bar, not a gate introduced.
      endsOneActWith: ['refused to ship below the bar'],
      pattern:
        /\b(?:quality gates?|mandatory(?<=\b(?:introduced|added|set up|brought in|put in|created|required|enforced|instituted|wrote in|built in) (?:a |an |the |two |three |new |\w+ )?mandatory) (?:\w+[- ])?(?:\w+ )?(?:reviews?|inspections?|checks?|sign-?offs?|tests?|test runs|regression runs|audits?|scans?|verifications?|verification steps?)|(?:made|make|making) (?:the |a |an |every |each |all )?(?:\w+[- ])?(?:\w+ )?(?:reviews?|inspections?|checks?|sign-?offs?|tests?|test runs|audits?) mandatory|launch (?:criteria|checklist|readiness review)|exit criteria|acceptance criteria|definition of done|release (?:criteria|gates?)|go\/no[- ]go|operational readiness review|bake time|contract (?:checks?|tests?)|pre-?flight checks?|canary (?:checks?|analysis|stages?)|automated checks|(?:a|the|set a) gate|(?:is|are) now gated on|blocks? (?:sign-?off|the release|merges?|deploys?|go-?live) (?:on|if|when|until)|(?:exit|abort|halt) (?:rule|criteria)|no go-live (?:with|until|unless)|(?:check|gate|rule|policy) that blocks|(?:crash[- ]free|coverage|performance|accessibility|security) gates?|sign-?off (?:a )?(?:required|mandatory)|(?:set|made|wrote) a rule that (?:every|each|no|any)|(?:is|are) now a required (?:step|check)|no (?:rollout|release|launch|go-live|wave) (?:beyond|past|until|unless)|held each (?:wave|stage|step|release) until|turned on blocking|(?:needs?|needed|requires?|required) (?:a )?(?:named|written|second|two-person) (?:approver|sign-?off|approval|reviewer) (?:from|by)|wrote the acceptance tests|100 ?% (?:sort|sorting|inspection|inspections|checks?))\b/gi,
    },
    {
      label: 'set a standard others had to meet',
      weight: 2,
      pattern:
        /\b(?:high(?:er|est)? standards?|(?:set|defined|wrote|raised) (?:a |the |new )?(?:standards?|guidelines|templates?|bar) (?:for|that|across)|(?:insisted|required|made sure|mandated) (?:that )?(?:every|each|all|no) (?:[\w-]+ )?(?:[\w-]+ )?(?:passed|pass|met|meet|cleared|clear|went through|go through) (?:the |a |our |its |their )?(?:same )?(?:[\w-]+ )?(?:bar|baseline|standard|checklist|criteria|threshold|spec|tests?|review|gate|requirements?|audit)|(?:set|held|raised|defined|wrote|kept|enforced|introduced|applied) (?:a |the |our |one |that )?(?:same |new |single )?(?:security|quality|performance|accessibility|reliability) (?:baseline|bar|standard)s?)\b/gi,
    },
    {
      label: 'rehearsed or ran old and new side by side',
      weight: 2,
      pattern:
        /\b(?:(?:ran|run|running|held|did|scheduled|planned|insisted on|defined|set up) (?:\w+ )?(?:\w+ )?(?:\w+ )?(?:parallel (?:runs?|cycles|periods?|billing cycles|payroll runs)|timed mock recalls?|game[- ]day (?:drills?|exercises?)|failover drills?)|(?:insisted on|required|demanded) (?:\w+ )?(?:\w+ )?(?:\w+ )?(?:dress rehearsals?|full rehearsals?|mock (?:cut-?overs?|go-?lives?|migrations?)|trial (?:loads|cut-?overs?|migrations?))|(?:old|legacy) and new (?:\w+ )?(?:side by side|in parallel)|compared every (?:\w+ )?\w+ (?:against|with)|(?:reconcil\w+|balanced|checked)\b(?:[^.!?\n]){0,40}?\bto the (?:cent|penny)|zero (?:\w+ )?(?:exceptions|violations|mismatches|discrepancies|reserve differences|balance differences))\b/gi,
    },
    {
      label: 'tracked quality',
      weight: 1,
      pattern:
        /\b(?:defects?|bugs|sev[- ]?[12]s?|error budget|code reviews?|design reviews?|test coverage|crash[- ]free|crash rates?|flaky tests?|flakes)\b/gi,
    },
  ],

  'think-big': [
    {
      label: 'set a multi-year vision',
      weight: 3,
      pattern:
        /\b(?:multi[- ]?year|(?:two|three|five|ten|[2-9]|10)[- ]year (?:[\w-]+ )?(?:vision|roadmap|plan|strategy|horizon)|north[- ]star|bold (?:vision|bet|goal|direction))\b/gi,
    },
    {
      label: 'scope was org-wide',
      weight: 2,
      pattern:
        /\b(?:org(?:anization)?[- ]wide|company[- ]wide|industry[- ]wide|enterprise[- ]wide|across (?:the (?:whole |entire )?(?:company|org|organi[sz]ation)|all (?:teams|orgs|business units|regions|products)|(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple) (?:orgs|organi[sz]ations|business units|divisions|countries)|(?:\d{2,}|dozens of|hundreds of) (?:teams|services|products))|every team in the (?:company|org)|(?:all|every|the) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |\w+teen )?(?:\w+ )?(?:sites|schools|stores|warehouses|hospitals|branches|clinics|plants|depots|clusters|fulfil?ment cent(?:er|re)s) (?:onto|on to|into) (?:one|a single|a shared|the same|one shared)|(?:one|a single|a shared|one shared) (?:\w+ )?(?:\w+ )?(?:tool|system|platform|model|process|service|app|stack|standard|playbook|contract|ledger|catalog(?:ue)?) (?:across|for) (?:all|every|the) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |\w+teen |\w+ty )?(?:\w+ )?(?:sites|schools|stores|warehouses|hospitals|branches|clinics|plants|depots|clusters|fulfil?ment cent(?:er|re)s|business units|regions|countries|markets))\b/gi,
    },
    {
      label: 'built a platform for many teams',
      weight: 3,
      pattern:
        /\b(?:(?:platform|framework|shared service|self[- ]service|template(?! changes?\b))\b(?:[^.!?\n]|\.\d){0,60}?\b(?:\d{2,}|many|other|dozens of|hundreds of|all|multiple|every) (?:teams|services|orgs|products|businesses)|for (?:all|every) (?:\d{2,}[\d,]* )?(?:services|teams|orgs|products|engineers|developers) (?:in|across|at) (?:the )?(?:company|org|organi[sz]ation|\w+ orgs)|(?:any|every|each|the next|future|a new|another|additional) (?:future |new |additional |further )?(?:regions?|markets?|countr(?:y|ies)|sites?|stores?|teams?|products?|clients?|tenants?|languages?|warehouses?|banks?|partners?|carriers?|brands?|hospitals?|clinics?|cit(?:y|ies)|currenc(?:y|ies)|lenders?|schools?)\b(?:[^.!?\n]){0,50}?\b(?:(?:a|just a|only a|one|simply a|mostly a) (?:config(?:uration)?|settings?|one-line|data|template) (?:change|file|entry|line|row|update)|a (?:day|week)['’]s work|(?:days|hours|a day|a week|an afternoon) (?:of work |of setup )?(?:rather than|not|instead of) (?:months|a project|quarters)|(?:rather than|not|instead of) a (?:new |whole |separate )?(?:project|programme|program|rebuild)))\b/gi,
    },
    {
      label: 'proposed a bigger goal than asked',
      weight: 3,
      pattern:
        /\b(?:(?:bigger|bolder|broader|more ambitious|larger) (?:goal|bet|vision|ambition|target|problem|opportunity|play)(?!\s+(?:was|is|were|are|lay|lies|turned out))|(?:raised|expanded|widened) the (?:ambition|goal|target)|(?:instead of|rather than) (?:just |only )?(?:fixing|solving|migrating|patching|moving) (?:my|our) (?:own|team['’]s)|beyond (?:the|my) (?:original )?ask|(?:we|I) went big)\b/gi,
    },
    {
      label: 'wrote a vision or strategy doc',
      weight: 2,
      pattern:
        /\b(?:vision (?:doc(?:ument)?|memo|statement)|strategy (?:doc(?:ument)?|memo|narrative)|six[- ]pager|6[- ]pager|pr\/?faq|pr-faq)\b/gi,
    },
    {
      label: 'aimed for an order-of-magnitude change',
      weight: 2,
      pattern:
        /\b(?:10x|100x|ten[- ]?fold|hundred[- ]?fold|order of magnitude|scal(?:e|ed|ing) (?:it )?to (?:millions|billions|every|all)|(?:millions|billions) of (?:customers|users|requests|orders|devices))\b/gi,
    },
    {
      label: 'reframed the problem',
      weight: 2,
      pattern:
        /\b(?:re-?framed|rethought|re-?imagined|non-?intuitive|counter-?intuitive|different way of thinking|around corners?)\b/gi,
    },
    {
      label: 'got others to adopt the vision',
      weight: 2,
      pattern:
        /\b(?:adopted by (?:\d+|other|many|every|all|the other)|(?:became|is now) the (?:company|org|default|standard)(?:['’]s)? (?:standard|default|way)|rallied|(?:won|got|secured) (?:exec(?:utive)? |vp |leadership |director |s-team )?(?:buy-in|sponsorship)|(?:every|all(?: \d+| two| three| four| five| six| seven| eight| nine| ten| eleven| twelve| \w+teen)?|\d{2,}) (?:other |product |engineering |consuming )?(?:teams|services|orgs|products) (?:now )?(?:use|used (?:it|the shared|the new|the common|our shared|our new)|adopted|run on|build on|onboarded|moved onto))\b/gi,
    },
  ],

  'bias-for-action': [
    {
      label: 'acted on incomplete information',
      weight: 3,
      pattern:
        /\b(?:(?:incomplete|partial|imperfect|limited|ambiguous) (?:information|info|data)|without (?:all|full|complete|perfect) (?:the )?(?:information|info|data|answers)|before (?:we|I) had (?:all )?(?:the )?(?:full )?(?:data|answers|information)|ahead of (?:any|the|a|my|his|her|their|our) (?:\w+['’]s )?(?:legal |final |formal |written )?(?:answer|ruling|decision|analysis|sign-?off|approval|go-?ahead|purchase order)|before (?:the )?(?:legal |final )?(?:analysis|ruling|answer) (?:was|were|came)|before (?:the |any )?(?:\w+ )?(?:outcome|result|answer|decision|ruling|verdict)s? (?:was|were) (?:known|in|clear|final|back)|before (?:we|I) knew (?:the|which|whether|if|how)\b|before (?:their|legal['’]s|the \w+) sign-?off)\b/gi,
    },
    {
      label: 'framed the decision as reversible',
      weight: 3,
      pattern:
        /\b(?:reversible|two[- ]way door|one[- ]way door|roll ?back plan(?<!\b(?:ask(?:ed|s|ing)? (?:\w+ )?for|requir(?:e|ed|es|ing)|insist(?:ed|s|ing)? on|need(?:ed|s)?|demand(?:ed|s|ing)?|want(?:ed|s)?|without|no|never had|there was no)\b[^.!?\n]{0,40}roll ?back plan)|easy to (?:undo|reverse|roll back)|(?:could|can)(?<!\b(?:nobody|no one|never|neither of us|if (?:we|I|they|it)|whether (?:we|I|they|it)|wish(?:ed)? (?:we|I)) (?:could|can)) (?:always |easily |quickly |still )?(?:roll (?:it )?back|revert|undo|reverse|turn (?:it )?off|switch (?:it|them|the (?:[\w-]+ )?[\w-]+) off|switch off (?:the )?(?:[\w-]+ )?(?:flag|feature|toggle|rollout))|behind a (?:config |feature )?(?:flag|toggle),? (?:so|which meant|that let))\b/gi,
    },
    {
      label: 'did not wait for certainty',
      weight: 3,
      pattern:
        /\b(?:(?:didn['’]t|did not|decided not to|chose not to) wait|could have (?:waited|held|paused|delayed)\b(?:[^.!?\n]){0,60}?\bbut|(?:started|moved|acted|shipped|went ahead|launched|began|proceeded|decided)\b(?:[^.!?\n]){0,40}?\bwithout waiting|without waiting(?<=(?:\b(?:I|we)\b(?:(?!\b(?:that|who|which|when|because|after|if|until|unless)\b)[^.!?\n]){1,60}|(?:^|\n)[-*•] ?[^.!?\n]{0,60})without waiting)|(?:instead of|rather than) (?:wait(?:ing)?\b|hold(?:ing)? (?:\w+ )?(?:\w+ )?(?:back )?(?:for|until)\b|hold(?:ing)? (?:back )?(?:both|everything|all of (?:it|them))\b|a (?:full |long |lengthy )?(?:study|analysis|investigation)))\b/gi,
    },
    {
      label: 'ran a quick pilot',
      weight: 2,
      pattern:
        /\b(?:pilot(?:ed|ing)? (?:it |them |the \w+ )?(?:in|at|on|with) (?:just |only )?(?:one|two|three|a|a single|a few|\d{1,2})\b|(?:quick|small|fast|time-?boxed|limited|cheap|short|(?:one|two|three|four|six|\d)[- ](?:day|week)) (?:pilot|test|trial|experiment|prototype|spike|rollout)|proof[- ]of[- ]concept|mvp|minimum viable)\b/gi,
    },
    {
      label: 'moved within hours or days',
      weight: 2,
      pattern:
        /\b(?:within (?:hours|a day|(?:24|48|72) hours|the hour|the day|minutes)|(?:fixed|shipped|built|patched|deployed|rebuilt|reworked|switched|drafted|wrote|changed) (?:\w+ )?(?:\w+ )?overnight|(?:fix|ship|buil[dt]|patch|deploy|rebuil|rework|switch|draft|wr[io]te|chang|pull|roll|revert|paus|stopp|resubmit|launch|approv|sign|start|sent|froze|cut|chartered|booked|ordered|flew|expedited|air-?freighted|drove)\w*\b(?!\s+(?:up\s+)?(?:the |an? |my |our )?(?:[\w-]+ )?(?:report|post-?mortem|coe|write-?up|summary|retro(?:spective)?|minutes|notes|apology)\b)(?:[^.!?\n]){0,50}?\b(?:(?:that|the) same (?:day|night|afternoon|evening)|that (?:day|night|afternoon|evening)|the next (?:morning|day))|right away|in (?:a|one) (?:single )?(?:afternoon|morning|evening)|in (?:the )?first (?:hour|\d+ minutes)|within (?:\d+|a few|five|ten|fifteen|twenty|thirty|forty) minutes of (?:the |our )?(?:first )?(?:alert|page|call|outage|incident|report|failure|ticket|escalation))\b/gi,
    },
    {
      label: 'took a calculated risk',
      weight: 2,
      pattern:
        /\b(?:calculated risks?|took (?:a|the) risk|(?<!\b(?:not|never|n['’]t|refused to|declined to|cannot) )accept(?:ed|ing)? (?:some |a (?:small|short) |the )?(?:\w+ )?(?:risk|weaker|lower)|known risks?|safe default|judged the (?:\w+ )?risks? (?:was |to be |as )?(?:small|low|acceptable|worth)|(?<!\b(?:wanted|wants?|asked|tried|pushed|pressed|proposed|suggested|offered|insisted|urged|refused|declined)(?: \w+)? to )skip(?:ped|ping)? (?:the |a |our )?(?:usual |full |second |formal )?(?:\d+% )?(?:\w+[- ])?(?:dry run|parallel run|trial|rehearsal|load test|holdback|soak test|survey)|waiv(?:ed|ing) (?:the |our )?(?:usual |full |formal )?(?:\w+ )?(?:review|trial|rehearsal|sign-?off)|(?:approved|signed off|went ahead with|green-?lit|launched|shipped) (?:the )?(?:\w+ )?(?:\w+ )?even though)\b/gi,
    },
    {
      label: 'shipped early, traded polish for speed',
      weight: 2,
      pattern:
        /\b(?:ship(?:ped)? (?:the |a )?(?:\w+ )?(?:first|early)\b(?:[^.!?\n]){0,30}?\b(?:refine|iterate|improve|fix|tune)d?|(?:refine|iterate|tune)d? (?:it |them )?later|to (?:move|ship|go|launch|start|land|deliver|get (?:it |them )?(?:out|live)) (?:\w+ )?(?:\w+ )?(?:faster|sooner|quicker|earlier)|(?:to save|saved) (?:us )?(?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)|(?:took|chose|picked|went with) the (?:\w+ )?(?:patch|workaround|stop-?gap|shortcut)|(?:could|would|can) (?:ship|go live|launch|land) in (?:\w+ )?(?:hours|days|weeks)|bought (?:us|the team|me) (?:\w+ )?(?:days|weeks|months)|(?:chose|took|picked|went with) (?:the |a |an )?(?:quick(?:er)?|fast(?:er)?|manual|temporary|interim|stop-?gap|tactical) (?:\w+ )?(?:fix|patch|workaround|option|path|route|export|solution)|pre-?pon(?:ed|ing|e)(?<=(?:\b(?:I|we) (?:(?:also|then|deliberately|actually|decided to|chose to|agreed to|offered to|proposed|suggested|argued for|pushed to|made the call to|was able to|were able to|managed to|went ahead and|(?:asked|convinced|persuaded|got|pushed) (?:the |my |our )?(?:[\w-]+ )?(?:[\w-]+ )?to) )?|(?:^|\n)[-*•] ?)pre-?pon(?:ed|ing|e)) (?:the |our |its |their |my )?(?:\w+[- ])?(?:go-?live|launch|release|roll-?out|cut-?over|switch-?over|migration|pilot|ship date|start date|date|deadline|timeline|milestone|kick-?off)(?: dates?)?|got(?<=\bI got) (?:the |our |its |their |my )?(?:\w+[- ])?(?:go-?live|launch|release|roll-?out|cut-?over|switch-?over|migration|pilot|ship date|start date|date|deadline|timeline|milestone|kick-?off)(?: dates?)? (?:pre-?poned|brought forward|moved (?:up|forward)|pulled (?:in|forward))|(?:brought|bring|bringing|pulled|pull|pulling|moved|move|moving)(?<=(?:\b(?:I|we) (?:(?:also|then|deliberately|actually|decided to|chose to|agreed to|offered to|proposed|suggested|argued for|pushed to) )?|(?:^|\n)[-*•] ?)(?:brought|bring|bringing|pulled|pull|pulling|moved|move|moving)) (?:forward (?:the |our |its |their |my )?(?:\w+[- ])?(?:go-?live|launch|release|roll-?out|cut-?over|switch-?over|migration|pilot|ship date|start date|date|deadline|timeline|milestone|kick-?off)(?: dates?)?|(?:the |our |its |their |my )?(?:\w+[- ])?(?:go-?live|launch|release|roll-?out|cut-?over|switch-?over|migration|pilot|ship date|start date|date|deadline|timeline|milestone|kick-?off)(?: dates?)? (?:forward|earlier|up|ahead|in(?= by\b))))\b/gi,
    },
    {
      label: 'moved things forward',
      weight: 1,
      pattern:
        /\b(?:unblock(?:ed|ing)|immediately|quickly|straight away|as soon as|without delay|(?:made|took) the call|on the spot|called (?:a |the )?(?:rollback|roll-?back|no-go|go decision)|(?:decided|chose|agreed) to (?:roll (?:it |the \w+ )?back|fail over|switch (?:it |the \w+ )?off|turn (?:it |the \w+ )?(?:off|on)))\b/gi,
    },
  ],

  frugality: [
    {
      label: 'did it without new headcount or budget',
      weight: 3,
      pattern:
        /\b(?:(?:no|without|zero)(?<!\blo(?:st|se|ses|sing) (?:no|zero)) (?:new |additional |extra |more |any )?(?:headcount|budget|hires|funding|spend)|(?:no|zero|without (?:new|additional|extra|more|any))(?<!\blo(?:st|se|ses|sing) (?:no|zero)) (?:new |additional |extra |more )?engineers(?! (?:left|quit|resigned|burned out|burnt out|were lost|churned|walked)\b| to (?:burn-?out|attrition|exhaustion|stress|competitors|other \w+)\b)|without (?:adding|hiring|asking for) (?:any |new |more |extra )?(?:headcount|people|engineers|budget)|(?:with|using) (?:the |our )?existing (?:team|headcount|resources|budget|staff|tools|hardware|infrastructure)|(?:same|flat|fixed) (?:headcount|budget|team size)|(?:delivered|did (?:it|this|that|the \w+)|shipped|built|finished|completed|ran (?:it|the \w+)|handled|absorbed|covered|launched|migrated|ran)\b(?:[^.!?\n]|\.\d){0,40}?\bwith the same (?:\d+[- ]person |small )?(?:\w+ )?(?:team|crew|staff|people))\b/gi,
    },
    {
      // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): "the saving is £240,000 a
      // year against about £35,000 of engineering time" scored nothing. A saving weighed against what it cost, both as
      // amounts, either way round ("£35,000 of engineering time for a saving of…", "cost £35,000 and saves…").
      label: 'weighed the cost against the saving',
      weight: 3,
      pattern:
        /\b(?:(?:savings?|benefits?|return|payback) (?:is|was|are|were|of|came to|comes to|would be|will be|worth)(?: worth)? (?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b)(?:\s?(?:a|per|each|every) (?:year|annum|month)| annually| yearly)?(?:[^.!?\n]|\.\d){0,30}?\b(?:against|versus|vs\.?|compared (?:with|to)|set against|in return for|for) (?:an? |the )?(?:(?:one-off |upfront |up-front |total |build |implementation |project |engineering )?(?:cost|spend|investment|outlay|price) of )?(?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b)(?:\s?(?:of|in) (?:[\w-]+ )?(?:[\w-]+ )?(?:time|effort|work|costs?|spend|investment|build|engineering|development|consultancy|licen[cs](?:e|es|ing)|hardware|days|weeks|months)\b|(?=\s*(?:[;:!?)]|[.,](?!\d)|$)))|(?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b) (?:of|in) (?:[\w-]+ )?(?:[\w-]+ )?(?:time|effort|work|investment|engineering|development|consultancy)\b(?:[^.!?\n]|\.\d){0,40}?\b(?:to save|for (?:a |an |the )?(?:annual |yearly |recurring )?savings? of|against (?:a |an |the )?(?:annual |yearly |recurring )?savings? of|(?:that|which) (?:now )?(?:saves?|saved|will save|would save)|saves?|saved) (?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b)|(?:cost|costs|costing|spent|spend|spending|invest(?:ed|ing)?) (?:us |the (?:company|business|programme|program|project) )?(?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b)(?:[^.!?\n]|\.\d){0,40}?\b(?:to save|for (?:a |an |the )?(?:annual |yearly |recurring )?savings? of|(?:and|but|which|that) (?:now |then )?(?:saves?|saved|will save|would save)) (?:about |around |roughly |nearly |almost |some |over |under |just over |just under |less than |more than |an estimated )?(?:[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|bn|billion)?|(?<![\d,.])\d[\d,.]*\s?(?:[kmb]|million|thousand)? ?(?:pounds|euros?|dollars|gbp|eur|usd)\b))\b/gi,
    },
    {
      label: 'saved cost',
      weight: 3,
      // "…for a saving of £240,000", "…and saves £240,000": the saving the weighing ends on, counted once.
      endsOneActWith: ['weighed the cost against the saving'],
      pattern:
        /\b(?:(?<=[$£€₹]\s?)\d[\d,.]*\s?(?:[kmb]|million|billion|crore|lakh)?(?: (?:a|per) (?:year|month))? saved\b|(?:usd|eur|gbp|pln|inr|aud|cad|nzd|chf|sek|zar|brl|sgd|rs\.?) ?\d[\d,.]*\s?(?:[kmb]|million|billion|crore|lakh)?(?: (?:a|per) (?:year|month))? saved\b|avoid(?:ed|ing)?(?<!(?:\b(?:not|never|wanted to|hoped to|tried to|trying to|planned to|failed to|unable to|no way to|could not|couldn['’]t|can['’]t|cannot|did not|didn['’]t|would|will)|n['’]t) avoid(?:ed|ing)?) (?:paying (?:for )?|buying |renewing |signing )?(?:a|an|the|our) (?:(?:planned|proposed|quoted|estimated) )?(?:[$£€₹]|(?:usd|eur|gbp|pln|inr|aud|cad|nzd|chf|sek|zar|brl|sgd|r\$|rs\.?|nz\$) ?)\d[\d,.]*\s?(?:[kmb]|million|billion|crore|lakh)?\s?(?:[a-z-]+ )?(?:[a-z-]+ )?(?:contract|engagement|licen[cs]e|subscription|fees?|bill|spend|purchase|order|upgrade|hire|consultancy|tool)\b|sav(?:ed|ing) (?:the|a|an|our|their) (?:[$£€₹]|(?:usd|eur|gbp|pln|inr|aud|cad|nzd|chf|sek|zar|brl|sgd|r\$|rs\.?|nz\$) ?)\d[\d,.]*\s?(?:[kmb]|million)?\s?(?:[a-z-]+ )?(?:licen[cs]e|subscription|fees?|bill|spend)\b|negotiated (?:a|an|the) (?:(?:\d[\d.]*\s?%|[$£€₹]\s?\d[\d,.]*\s?(?:[kmb]|million|lakh|crore)?) )?(?:\w+ )?(?:discount|price cut|rebate|credit|reduction|lower (?:price|rate))|(?:sav(?:ed|ing)|cut|reduc(?:ed|ing)|lower(?:ed|ing)|trimm(?:ed|ing)|halv(?:ed|ing))\b(?:[^.!?\n]|\.\d){0,40}?\b(?<!\bit )(?:costs?|spend(?:ing)?|bills?(?<!\b(?:e-?way|air ?way|way) bills?)(?! (?:generation|of (?:lading|materials|quantities|entry)))|expenses?|opex|capex|premium freight|air freight|expedit(?:e|ing) (?:fees|charges)|demurrage|detention (?:fees|charges))|(?:sav(?:ed|ing)|cut|reduc(?:ed|ing)|lower(?:ed|ing)|trimm(?:ed|ing)|halv(?:ed|ing)) (?:(?:our|the|its|their) )?(?:(?:about |roughly |nearly |over )?[$£€]?\d[\d,.]*\s?(?:[kmb]|million)?(?: a year| annually| per year| a month)? (?:in|of|off|from) (?:our |the |its |their )?)?(?:licen[cs](?:e|ing)|vendor|hosting|subscription|support|agency|contractor|consult\w*|maintenance|cloud|storage) fees\b(?!\s+(?:for|to|charged to|paid by) (?:\w+ )?(?:customers|merchants|students|users|clients|members|sellers|riders|drivers|patients|buyers|shoppers|subscribers|tenants|partners))|(?:costs?|spend(?:ing)?|bills?(?<!\b(?:e-?way|air ?way|way) bills?)(?! (?:generation|of (?:lading|materials|quantities|entry)))|invoices?|surcharges|expenses?|opex|capex|(?<!\b(?:revenue|sales|arr|bookings|income) )run[- ]rate)\b(?:[^.!?\n]|\.\d){0,45}?\b(?:fell|fallen|falling|dropped|dropping|declined|decreased|shrank|went down|came down|halved|down (?:by )?(?:about |roughly |nearly |over )?[$£€]?\d[\d,.]*\s?(?:%|percent|[kmb]\b)?|lower|cheaper)|(?:hosting|infrastructure|infra|cloud|vendor|licen[cs]e|compute|storage|monthly|annual) (?:costs?|spend|bills?) went from|cost (?:savings?|avoidance)|savings? (?:of|(?:is|was|are|were|would be|will be)(?: worth)?|c(?:ame|omes) to) (?:about |roughly |nearly |over |around |an estimated )?(?:[$£€₹]|(?:usd|eur|gbp|inr|aud|cad|r\$|rs\.?) ?)\d[\d,.]*\s?(?:[kmb]|million|billion|crore|lakh)?|(?:sav(?:ed|es|ing)|avoid(?:ed|ing)) (?:us |the company |the business )?(?:an estimated |about |roughly |over |nearly |around )?(?:[$£€₹]|(?:usd|eur|gbp|pln|inr|aud|cad|nzd|chf|sek|zar|brl|sgd|r\$|rs\.?|nz\$) ?)\d[\d,.]*\s?(?:[kmb]|million|billion|crore|lakh)?|(?:sav(?:ed|es|ing)|avoid(?:ed|ing)|savings? of) (?:us |the company |the business |the project |the programme |the program |the department |the plant )?(?:an estimated |about |roughly |over |nearly |around )?(?:\d[\d,.\u00a0 ]*\d|\d|half a|a quarter of a)\s?(?:[kmb]|million|mln|mio\.?|billion|thousand|tys\.?|crore|lakh)?\s?(?:euros?|eur|pln|z[łl]oty|usd|dollars?|pounds?(?!\s+(?:of|in weight)\b)|gbp|chf|francs?|sek|kronor|rupees|inr|(?:€|zł)\s+\w+)|(?:against|versus|vs\.?|compared (?:to|with)|instead of|rather than|over|(?:less|cheaper) than) (?:an? |the )?(?:estimated |quoted |projected )?(?:[$£€]\d[\d,.]*\s?(?:[kmb]|million)?|\d+ (?:engineer|person)[- ](?:months|weeks|years)) (?:a year |annually |per year )?(?:to|for (?:a |an )?(?:custom |in-house |bespoke )?) ?(?:build|develop|write|maintain)\w*|\d[\d.]*\s?(?:%|percent) (?:cheaper|(?:cut|reduction|saving) (?:in|to|on|off) (?:the |our |its |their )?(?:\w+ )?(?:costs?|spend|bills?|run[- ]rate|budget|invoices?|fees))|(?<=[$£€])\d[\d,.]*\s?(?:[kmb]|million|billion)? (?:a year |annually )?(?:below|under|less than) (?:the )?(?:prior|previous|last|budget|forecast|plan)|\d[\d.]*\s?(?:%|percent) (?:below|under|less than|cheaper than) (?:the |our |its )?(?:previous|prior|old|current|last|existing|incumbent['’]s|list) (?:contract|price|pricing|quote|deal|renewal|terms|fees?))\b/gi,
    },
    {
      label: 'did more with less',
      weight: 3,
      pattern:
        /\b(?:more with less|on a shoestring|(?:shoe-?string|tight|small|zero|limited) budget|scrappy|frugal(?:ly|ity)?|bootstrapp?(?:ed|ing))\b/gi,
    },
    {
      label: 'reused instead of buying or building',
      weight: 2,
      pattern:
        /\b(?:reus(?:ed|ing)|repurpos(?:ed|ing)|(?:did not|didn['’]t|never|no longer)(?<=\b(?:I|we) (?:did not|didn['’]t|never|no longer)) (?:(?:need|have|needed|had) to )?(?:buy|purchase|order|lease|rent) (?:the |a |an |any |two |three |four |five |\d+ )?(?:\w+ )?(?:new|extra|additional|more|second|another|dedicated|separate)(?: [\w-]+)?(?![^.!?\n]{0,40}?\b(?:in time|on time|early enough|soon enough|until|yet)\b)|avoid(?:ed|ing) (?:buying|purchasing|ordering|leasing|renting) (?:the |a |an |any |two |three |four |five |\d+ )?(?:\w+ )?(?:new|extra|additional|more|second|another|dedicated|separate)(?: [\w-]+)?|leverag(?:ed|ing) (?:an? |the |our )?existing|(?:instead of|rather than) (?:buying|building|hiring|licensing|purchasing|funding|standing up)|over (?:a |the |our own )?(?:custom |in-house |bespoke )?build(?:ing)?|already (?:licen[cs]ed|paid for|owned)|off[- ]the[- ]shelf|made do with|spare (?:\w+ )?(?:machines?|servers?|hardware|capacity|hosts?|laptops?|devices?)|(?:chose|picked|took|recommended|went with|selected) (?:the |a )?cheaper|build[- ](?:versus|vs\.?|or)[- ]buy|(?:instead|rather than)\b[^.!?\n]{0,60}?\b(?:licen[cs]es?|licen[cs]ing|subscriptions?|seats) (?:was|were) too expensive|(?:licen[cs]es?|licen[cs]ing|subscriptions?|seats) (?:was|were) too expensive\b[^.!?\n]{0,60}?\binstead)\b/gi,
    },
    {
      label: 'cut waste in infrastructure or vendors',
      weight: 2,
      notAccident: true,
      pattern:
        /\b(?:renegotiat(?:ed|ing)|negotiat(?:ed|ing) (?:volume|a discount|discounts|tiers|pricing|better|lower)|(?:cancel(?:l)?ed|dropped|consolidated) (?:the )?(?:unused |redundant |duplicate )?(?:licen[cs]es|contracts?|vendors?|subscriptions?|instances|servers|hosts)|right[- ]?siz(?:ed|ing)|(?:idle|unused) (?:\w+ )?(?:instances|capacity|servers|hosts|licen[cs]es|reserved \w+|gpu hours|hours|cash|stock|seats)|sat (?:idle|unused)|over[- ]?provision(?:ed|ing)?|over[- ]?buying|(?:reserved|spot) instances)\b/gi,
    },
    {
      label: 'worked within a freeze or cut',
      weight: 2,
      pattern: /\b(?:hiring freeze|headcount freeze|budget cuts?|cost[- ]cutting)\b/gi,
    },
    {
      label: 'tracked cost',
      weight: 1,
      pattern:
        /\b(?:cost per (?:unit|order|request|transaction|user|query|ticket)|unit economics|cost to serve|(?:infrastructure|aws|cloud|vendor|compute|annual) (?:costs?|spend|bill|budget))\b/gi,
    },
  ],

  'earn-trust': [
    {
      label: 'owned a mistake openly',
      weight: 3,
      pattern:
        /\b(?:(?=told|called|rang|phoned|emailed|wrote to|went to|admitted to|confessed to|informed|warned|messaged)(?<=(?:\bI (?:(?:had|have|also|then|personally|immediately|quickly|first|directly|openly|proactively|already|later|myself) )?|(?:^|\n)[-*•]? ?))(?:told|called|rang|phoned|emailed|wrote to|went to|admitted to|confessed to|informed|warned|messaged) (?:my |the |our |their )?(?:\w+ )?(?:vp|svp|director|manager|boss|head of \w+|cto|ceo|cfo|coo|gm|general manager|sponsor|customer|client|supervisor|lead|team|stakeholders|steering (?:group|committee)|auditors?|regulator)\b(?:[^.!?\n]){0,50}?\b(?:that )?(?:I|we) (?:had )?(?:made (?:a|an|the) (?:\w+ )?(?:mistake|error|wrong call)|got (?:it|that|this|the \w+) wrong|(?:approved|signed(?: off)?|released|passed|shipped|sent|accepted|closed|cleared|waived|merged|deployed)\b(?:[^.!?\n]){0,40}?\bwithout (?:an? |the |any |first )?(?:audit|check|review|test|inspection|sign-?off|approval|verifying|checking|testing|auditing|inspecting|reviewing|reading|confirming)|(?:skipped|missed|forgot|forgotten|overlooked|misread|miscounted|misjudged|underestimated|miscalculated|mislabell?ed|broke|broken|caused)\b|introduced (?:a |the )?(?:\w+ )?(?:bug|defect|regression|error)|(?:shipped|sent|built|ordered|released|used|installed|approved|loaded|quoted) (?:the |a |an )?wrong|(?:not|never) (?:checked|tested|verified|audited|inspected|reviewed|read|validated|confirmed)|failed to)|(?:it|this|that|(?:the|that|this) (?:miss|mistake|error|slip|delay|outage|failure|gap|oversight|lapse|bug)) was (?:my (?:mistake|fault|error|miss|change|doing|oversight|gap)|mine|on me)|(?:that|this|it) was the wrong (?:call|decision|choice)|I owned (?:it|the (?:miss|mistake|error)) (?:in front of|publicly|openly)|my (?:\w+ )?(?:reports?|estimates?|forecasts?|plan|numbers|assumptions?|sizing|figures|maths|math) (?:was|were) (?:wrong|off)|I (?:was wrong|made a mistake|made the wrong call|messed up|dropped the ball|misjudged|underestimated|overcommitted|apologi[sz]ed|missed (?:the|our|my) (?:original |committed )?(?:\w+(?:['’]s)?[- ])?(?:\w+[- ])?(?:date|deadline|commitment|target))|(?:that|this) one was (?:on me|mine|my (?:miss|mistake|fault))|(?:owned|admitted|acknowledged|took responsibility for) (?:my |the |our )?(?:mistake|error|miss|failure|fault|slip)|(?:took|take|taking)(?<=(?:\bI (?:(?:also|then|later|openly|publicly|personally|simply|just|fully|immediately) )?|\bI\b[^.!?\n]{1,60}\band (?:(?:then|also|openly|publicly) )?|(?:^|\n|[.;:!?] )[-*•]? ?)(?:took|take|taking)) (?:the |full |all the |all )?blame\b|my (?:mistake|fault)|apologi[sz](?:ed|ing) (?:to|for|publicly|in person)|(?:called|phoned|rang|visited|met(?: with)?|wrote to|emailed|went to see|flew to see|drove to see)(?<=(?:\bI (?:(?:also|then|personally|immediately|first|myself|directly) )?|(?:^|\n)[-*•]? ?)(?:called|phoned|rang|visited|met(?: with)?|wrote to|emailed|went to see|flew to see|drove to see))\b(?:[^.!?\n]){1,100}?\b(?:and (?:then |also |personally |openly )?apologi[sz]ed|to (?:personally )?apologi[sz]e(?! for\b))\b|(?:it|that|this) was my (?:call|decision),? and (?:it was )?(?:the |a )?wrong(?: one)?|the (?:wrong|bad) call was mine|my call was (?:wrong|the wrong one)|(?:(?:every|each) (?:week|month|friday|monday|sprint)|weekly (?:\w+ )?\w+),? (?:including|even|also) (?:in )?(?:the )?(?:weeks?|months?|sprints?|ones?|times?|when) (?:that |when )?(?:we|I|it|they|the \w+) (?:missed|slipped|fell behind|went red|were late|was late|were behind|was behind)|(?:losing|missing|slipping) (?:the |our |that |a |an )?(?:\w+ )?\w+ was (?:my (?:own )?(?:call|decision|choice|doing)|on me|down to me)|(?:the|that|this|our) (?:\w+ )?(?:loss|losses|slip|delay|outage|overrun|churn|escalation|incident|breach|regression|miss)(?: of (?:the |our |a |an |that )?(?:\w+ )?\w+)? (?:was|had been|came down to|traced back to) (?:my (?:own )?(?:call|decision|choice|doing)|me|on me|down to me|mine)|(?:review|post-?mortem|retro(?:spective)?|write-?up|rca|coe|report)\b(?:[^.!?\n]){0,80}?\b(?:(?:(?:our|my) (?:own |(?:own )?team['’]s )(?:own )?|our )(?:error|mistake|misstep|slip|oversight|lapse|fault)|(?:our|my) (?:team['’]s )?own (?:part|role|share) (?:in|of))|(?:our|my) (?:own )?(?:team['’]s )?(?:own )?(?:error|mistake|misstep|slip|oversight|lapse|fault|part in|role in)\b(?:[^.!?\n]){0,60}?\b(?:review|post-?mortem|retro(?:spective)?|write-?up|rca|coe)|(?:published|shared|posted|circulated|sent(?: out)?|presented|read out|walked (?:\w+ )?(?:\w+ )?through)(?<=(?:\bI (?:(?:also|then|always|still|personally|openly|deliberately|had|have) )?|(?:^|\n)[-*•]? ?)(?:published|shared|posted|circulated|sent(?: out)?|presented|read out|walked (?:\w+ )?(?:\w+ )?through)) (?:[^.!?\n]){0,40}?\b(?:reviews?|post-?mortems?|retros?|retrospectives?|write-?ups?|rcas?|coes?|(?:incident |status )?reports?|updates?|findings)\b(?:[^.!?\n]){0,40}?(?:\b(?:including|even|especially)\b(?:[^.!?\n]){0,40}?(?:\b(?:I|we|my (?:own )?(?:change|call|decision|code|config|deploy(?:ment)?|script|commit|estimate|team))\b(?:[^.!?\n,]){0,25}?\b(?:(?:had )?made (?:the|a|an|that|this) (?:\w+ )?(?:mistake|error|wrong call|bad call)|(?:was|were) (?:at fault|wrong|to blame)|got (?:it|that|this|things|the \w+) wrong|(?:had )?(?:caused|broken|broke|misjudged|messed up|dropped the ball))|\b(?:my|our) (?:own )?(?:team['’]s )?(?:mistakes?|errors?|misses|misjudge?ments?|faults?|failures?|outages?|incidents?|bad calls?|wrong calls?)|\b(?:mistake|error|fault|miss) was (?:mine|my own|on me|ours))|\b(?:my|our) own (?:team['’]s )?(?:mistakes?|errors?|misses|misjudge?ments?|faults?|failures?|outages?|incidents?|bad calls?|wrong calls?) (?:included|and all)))\b/gi,
    },
    {
      label: 'rebuilt trust after a failure',
      weight: 3,
      pattern:
        /\b(?:(?:shared|sent|published|posted|presented|emailed|walked|took|gave|circulated)(?<=(?:\bI (?:(?:also|then|personally|myself|first|still) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?)(?:shared|sent|published|posted|presented|emailed|walked|took|gave|circulated))\b(?:[^.!?\n]){0,40}?\b(?:post-?mortems?|post-incident (?:notes?|reports?|reviews?|summar(?:y|ies)|write-?ups?)|incident (?:reports?|reviews?|write-?ups?|summar(?:y|ies))|rcas?|root[- ]cause (?:analysis|analyses|reports?)|coes?)\b(?:[^.!?\n]){0,40}?\b(?:with|to) (?:the |all |every |each |our )?(?:\d[\d,]* )?(?:affected |impacted )?(?:[\w-]+ )?(?:(?:customers?|clients?|merchants?|sellers?|users?|tenants?|subscribers?|partners?)(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|floor|advisors?|agents?)\b)|accounts)|(?:shared|sent|published|posted|presented|emailed|walked|took|gave|circulated)(?<=(?:\bI (?:(?:also|then|personally|myself|first|still) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?)(?:shared|sent|published|posted|presented|emailed|walked|took|gave|circulated)) (?:the |all |every |each |our )?(?:\d[\d,]* )?(?:affected |impacted )?(?:[\w-]+ )?(?:[\w-]+ )?(?:(?:customers?|clients?|merchants?|sellers?|users?|tenants?|subscribers?|partners?)(?![- ](?:support|service|success|care|experience|team|ops|operations|lead|manager|desk|floor|advisors?|agents?)\b)|accounts) (?:through )?(?:the |our |a |an )?(?:full |written |candid |detailed )?(?:post-?mortems?|post-incident (?:notes?|reports?|reviews?|summar(?:y|ies)|write-?ups?)|incident (?:reports?|reviews?|write-?ups?|summar(?:y|ies))|rcas?|root[- ]cause (?:analysis|analyses|reports?)|coes?)|rebuil(?:t|d|ding) (?:the |their |our |that |his |her )?(?:trust|relationship|credibility|confidence)|(?:regain(?:ed|ing)?|restor(?:ed|ing)|won back|earn(?:ed)? back) (?:their |the |our |his |her )?(?:trust|confidence|credibility)|repair(?:ed|ing)? (?:the |our |that |my )?relationship|asked me to (?:run|lead|own|take on|handle|manage) (?:the|their|her|his|its|\w+['’]s) next|(?:told|explained to)(?<=(?:\bI (?:(?:also|then|personally|immediately|first|myself|directly|openly|simply) )?|(?:^|\n)[-*•] ?)(?:told|explained to)) (?:him|her|them|the (?:[\w-]+ )?(?:customers?|clients?|sellers?|merchants?|buyers?|partners?|owners?|founders?|teams?|director|vp|ceo|cto|coo|cfo|head|lead|sponsor|board)|[A-Z]\w+) (?:(?:exactly|plainly|honestly|openly|frankly|candidly|everything about) what (?:had )?(?:gone|went) wrong|what (?:had )?(?:gone|went) wrong,? without (?:hiding|holding back|sugar-?coating) (?:anything|any of it|a thing))|(?:called|rang|phoned|visited|met|went to see|flew to see|drove to see)(?<=(?:\bI (?:(?:also|then|personally|immediately|first|myself) )?|(?:^|\n)[-*•] ?)(?:called|rang|phoned|visited|met|went to see|flew to see|drove to see))\b(?:[^.!?\n]){1,80}?\bto (?:explain|walk (?:\w+ )?through|take (?:\w+ )?through|apologi[sz]e for|tell (?:\w+ )?)\b(?:[^.!?\n]){0,30}?\b(?:what (?:had )?happened|what (?:had )?gone wrong|what went wrong|why\b(?:[^.!?\n]){1,40}?\b(?:failed|broke|broken|went down|was down|were down|slipped|was late|were late|missed|stopped|bounced|went wrong|had gone wrong|was delayed|were delayed|was wrong|were wrong)|the (?:\w+ )?(?:outage|failure|incident|miss|delay|breach|error|mismatch|mistake|bug|glitch|downtime|slip|double[- ]debits?|failed \w+)))\b/gi,
    },
    {
      label: 'named their own misstep',
      weight: 2,
      pattern:
        /\b(?:(?:I|and) (?:(?:did not|didn['’]t|never|failed to) (?:check|verify|validate|test|profile|ask|confirm|consult|plan for|question|push harder|look at)|never (?:check|verifi|validat|test|profil|ask|confirm|consult|question)ed)|I skipped (?:a|the|our) (?:\w+ )?(?:tests?|checks?|reviews?|audit|step)|I should have (?:checked|tested|asked|verified|caught|flagged|raised|pushed|told|escalated)|without (?:first )?(?:checking|verifying|validating|testing|profiling|confirming|consulting|asking(?! (?:me|us)\b)(?! (?:(?:for )?permission|any(?:body|one)|any one|around)\b(?! (?:whether|if|how|what|about|for|to)\b)))|instead of (?:testing|checking|verifying|validating) (?:it|them|that|this)|after (?:checking|testing|reviewing)\b(?:[^.!?\n]){0,40}?\bbut not (?:the|its|their|our|any))\b/gi,
    },
    {
      label: 'sought or took hard feedback',
      weight: 2,
      pattern:
        /\b(?:self[- ]critical|critical of (?:my own|myself)|(?:hard|difficult|tough|critical|blunt|negative) feedback|(?:asked|asking) for feedback|(?:took|take|taking)(?<=\bI (?:(?:also|always|still|really|then) )?(?:took|take|taking)) (?:his|her|their|\w+['’]s|the (?:\w+ )?(?:team['’]s|manager['’]s|engineers['’]|operators['’]|union['’]s)) (?:\w+ )?(?:concerns?|objections?|worries|warnings?|criticism|complaints?) seriously)\b/gi,
    },
    {
      label: 'raised bad news early',
      weight: 3,
      pattern:
        /\b(?:(?:told|warned|briefed|emailed|called|rang|phoned|informed|alerted|messaged|wrote to)(?<=(?:\b(?:I|we) (?:(?:had|have|also|then|personally|immediately|quickly|first|directly|openly|proactively|already|later|myself) ){0,2}|\band |(?:^|\n)[-*•]? ?)(?:\w+|wrote to))(?!\s+(?:the |our |a |an |their )?(?:\w+ )?(?:vendors?|suppliers?|contractors?|carriers?|couriers?|manufacturers?|integrators?)\b)(?:\b(?:[^.!?\n]){1,80}?\b(?:about|of) (?:the |this |that |a |an |our |my |its |their |his |her )?(?:\w+[- ])?(?:risks?|delays?|slip|slippage|problems?|issues?|shortages?|gap|miss|bad news|defects?|failures?|faults?|mistakes?|errors?|overruns?|recall)\b(?! (?:committee|team|register|log|board|manager|owner|review|function|department|office|officer|assessment|matrix|appetite)\b)(?:(?!\b(?:that|which|who|we|they|had|have|been)\b)[^.!?\n]){0,40}?\b(?:(?:the|that) same (?:day|morning|afternoon|evening|week)|that (?:day|morning|afternoon|week)|immediately|right away|straight away|at once|within (?:the|an|a|one|two|\d+) (?:hours?|days?)|before (?:she|he|they|the \w+|\w+) (?:heard|found out|learned|learnt|read about|saw) (?:it |about it |of it )?(?:from|elsewhere|in|on|through))|\b(?:[^.!?\n]){1,60}?\b(?:(?:the|that) same (?:day|morning|afternoon|evening|week)|that (?:day|morning|afternoon|week)|immediately|right away|straight away|at once|within (?:the|an|a|one|two|\d+) (?:hours?|days?)|before (?:she|he|they|the \w+|\w+) (?:heard|found out|learned|learnt|read about|saw) (?:it |about it |of it )?(?:from|elsewhere|in|on|through))\b(?:[^.!?\n]){0,30}?\b(?:about|of) (?:the |this |that |a |an |our |my |its |their |his |her )?(?:\w+[- ])?(?:risks?|delays?|slip|slippage|problems?|issues?|shortages?|gap|miss|bad news|defects?|failures?|faults?|mistakes?|errors?|overruns?|recall)\b(?! (?:committee|team|register|log|board|manager|owner|review|function|department|office|officer|assessment|matrix|appetite)\b)| (?:my |the |our )?(?:\w+ )?(?:vp|svp|director|manager|boss|head of \w+|cto|ceo|cfo|coo|sponsor|customer|client|stakeholders|steering (?:group|committee)|board|leadership)\b(?:[^.!?\n]){0,30}?\b(?:the same (?:day|week)|that same (?:day|week)|that (?:day|week)|that morning|that afternoon|the (?:next|following) morning|immediately|straight away|right away|within (?:the|an|a|one|two|\d+) (?:hour|hours|day)|early|(?:\w+ )?(?:weeks?|days?|months?) (?:before|ahead of|early)|as soon as (?:I|we) (?:knew|saw|found out|realised|realized))\b(?:[^.!?\n]){0,60}?(?<!\b(?:nothing|not|no|never|none|nobody)\b[^.!?\n]{0,25})(?<!n['’]t\b[^.!?\n]{0,25})\b(?:at risk|(?:would|will|might|was going to|were going to) (?:slip|miss|be late|not make|not hit|not meet|overrun|go over budget)|slipping|was late|were late|missed|had missed|going to miss|red)|\b(?:[^.!?\n]){1,80}?\b(?<!\b(?:if|unless|without)\b[^.!?\n]{0,40})(?:we|I|it|our \w+|the (?:launch|release|date|project|migration|rollout|go-?live|milestone|delivery|plan)) (?:would|will|might|was going to) (?:(?:miss|not make|not hit) (?:the |our |its )?(?:\w+[- ])?(?:\w+ )?(?:date|deadline|target|milestone|launch|window|sla|go-?live|cut-?over|freeze|peak|close|budget)|(?:slip|be late|fall short|go over budget|not be ready|miss(?=\s*[,;:.!?—–]| by\b))(?! (?:the|a|an|my|our|his|her|their|it)\b))(?!(?:[^.!?\n]){0,60}?\b(?:if|unless|without)\b)(?:[^.!?\n]){0,60}?\b(?:and (?:why|what (?:we|I) would do|how (?:we|I) would recover)|with a (?:recovery|revised|new) (?:plan|date)|early|(?:weeks?|days?|months?) (?:before|ahead)|as soon as (?:I|we) (?:knew|saw|found out|realised|realized)|rather than wait(?:ing)? (?:for|until) (?:the |our |a |his |her |their )?(?:next |quarterly |monthly |weekly |formal |scheduled |regular |end-of-\w+ )?(?:[\w-]+ )?(?:review|meeting|update|report|steering|board|committee|call|check-?in|qbr))|(?: \w+)?(?: \w+)?(?: \w+)?(?: myself| personally| directly)? before (?:they|he|she|the \w+|\w+) (?:heard|found out|learned|learnt|read about) (?:it |about it )?(?:from|elsewhere|in|on|through)))\b/gi,
    },
    {
      label: 'shared bad news candidly',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:candid(?:ly)?|transparen(?:t|tly|cy)|(?:shared|delivered|broke) (?:the )?bad news|was (?:open|honest|upfront) (?:about|with)|(?:flagged|called) (?:it |the \w+ )?red|disclos(?:ed|ing|ure)|(?:told|warned|briefed|emailed|called|rang|phoned|informed|alerted|messaged|wrote to)(?<=(?:\b(?:I|we) (?:(?:had|have|also|then|personally|immediately|quickly|first|directly|openly|proactively|already|later|myself) ){0,2}|\band |(?:^|\n)[-*•]? ?)(?:\w+|wrote to))(?: (?:my |the |our )?(?:\w+ )?(?:director|vp|manager|leadership|customers?|her|him|them|stakeholders)\b(?:[^.!?\n]){0,40}?\b(?:same (?:day|morning|afternoon|evening|night)|within the hour|right away|immediately|that (?:day|morning|afternoon))| (?:\w+ \w+|\w+ \w+ \w+), (?:the|our|my|their) [^,.!?\n]{1,40}, (?:(?:the|that) same (?:day|morning|afternoon|evening|night)|within the hour|right away|immediately|that (?:day|morning|afternoon|evening))| \w+(?: \w+)? (?:(?:the|that) same (?:day|morning|afternoon|evening|night)|within the hour|right away|immediately|that (?:day|morning|afternoon|evening))|\b(?:[^.!?\n]){1,60}?\b(?<!\b(?:if|unless|without)\b[^.!?\n]{0,40})(?:we|I|it|our \w+|the (?:launch|release|date|project|migration|rollout|go-?live|milestone|delivery|plan)) (?:would|will|might|was going to) (?:(?:miss|not make|not hit) (?:the |our |its )?(?:\w+[- ])?(?:\w+ )?(?:date|deadline|target|milestone|launch|window|sla|go-?live|cut-?over|freeze|peak|close|budget)|(?:slip|be late|fall short|go over budget|not be ready|miss(?=\s*[,;:.!?—–]| by\b))(?! (?:the|a|an|my|our|his|her|their|it)\b))(?!(?:[^.!?\n]){0,60}?\b(?:if|unless|without)\b)|\b(?:[^.!?\n]){0,80}?\b(?:date|deadline|launch|target) (?:was|would be) (?:gone|lost|missed|at risk|slipping|red)|(?<=(?:told|informed|warned|rang|phoned)) (?:the |my |our |all |every )?(?:\d+ )?(?:\w+ )?(?:cfo|cio|cto|ceo|coo|ciso|vp|director|manager|regulator|customers?|teams|partners|stakeholders)\b(?:[^.!?\n]){0,30}?\bmyself)|explain(?:ed)? what had gone wrong|(?:wrote to|called|phoned|emailed) (?:every|each) affected \w+|(?:wrote to|called|phoned|rang|emailed|visited)(?<=(?:\bI (?:(?:also|then|personally|myself|first) )?|(?:^|\n)[-*•]? ?)(?:wrote to|called|phoned|rang|emailed|visited)) (?:every|each) (?:one of (?:the|our) )?(?:\w+ )?(?:client|customer|merchant|seller|user|member|subscriber|patient|tenant|partner|account|household|practice|clinic|hospital|provider)s? (?:whose|who|that) (?:\w+ )?(?:had |was |were |had been )?(?:\w+ )?(?:moved|failed|broke|broken|went down|dropped|stopped|lost|affected|hit|impacted|double[- ]charged|delayed|missed|rejected|bounced|down|disrupted|interrupted|corrupted)\b|put (?:every|all|each|the) (?:\w+ )?risks? on the table|said the same (?:thing )?(?:in|to)|reset (?:the |their )?expectations|(?:said|explained|told \w+|wrote|stated)(?<=(?:\b(?:I|we) (?:(?:also|then|personally|first|simply|always|had|have) )?|(?:^|\n)[-*•]? ?)(?:said|explained|told \w+|wrote|stated)) (?:plainly|honestly|openly|frankly|bluntly|directly|exactly) (?:why|what (?:had )?(?:gone|went) wrong|that (?:we|I|it))|without (?:hiding|holding back|sugar-?coating)(?<=(?:\bI\b(?:(?!\b(?:that|who|which|when|because|after|if|until|unless|asked|wanted|expected|urged|required)\b)[^.!?\n]){1,60}|(?:^|\n)[-*•] ?[^.!?\n]{0,60})without (?:hiding|holding back|sugar-?coating)) (?:anything|any of it|a thing|the (?:[\w-]+ )?(?:numbers|data|mistake|error|problem|delay|miss|outage|impact|truth|details|risks?))|hid(?<=\bI hid) nothing|(?:told|briefed|gave|updated|wrote|emailed|messaged|posted|shared|said|explained)(?<=(?:\bI (?:(?:also|then|personally|myself|first|still) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?)(?:told|briefed|gave|updated|wrote|emailed|messaged|posted|shared|said|explained))\b(?:[^.!?\n]){0,60}?\bwhat (?:we|I) (?:knew|know|did)(?:,| and| but)(?: what)?(?: (?:we|I))? (?:still )?(?:didn['’]t|did not|don['’]t|do not)\b|(?:didn['’]t|did not) hide(?<=\bI (?:didn['’]t|did not) hide) (?:anything|any of it|the (?:[\w-]+ )?(?:numbers|data|mistake|error|problem|delay|miss|outage|impact|truth|details|risks?))|(?:reported|flagged|raised) the (?:gap|miss|shortfall|slip|slippage|delay) to|in public|publicly)\b/gi,
    },
    {
      label: 'focused on fixes, not blame',
      weight: 2,
      pattern:
        /\b(?:blameless|without (?:assigning |pointing )?blame|no[- ]blame|(?:didn['’]t|did not) blame|shielded (?:the |my )?team)\b/gi,
    },
    {
      label: 'listened to people',
      weight: 1,
      pattern:
        /\b(?:listened|listening (?:sessions?|tour)|one[- ]on[- ]ones?|one to one|skip[- ]levels?|office hours)\b/gi,
    },
    {
      label: 'mentions trust',
      weight: 1,
      pattern: /\b(?:trust|credibility)\b/gi,
    },
  ],

  'dive-deep': [
    {
      label: 'personally examined the data',
      weight: 3,
      pattern:
        /\b(?:(?:pulled(?! (?:in |off |out |together |back )?(?:\w+ )?(?:\w+ )?(?:engineers?|developers?|devs|people|staff|analysts?|testers?|designers?|sres?|members?|colleagues?|contractors?|folks|teams?|squads?|hires|juniors?|seniors?|leads?|managers?|volunteers|interns?|(?:him|her|them|everyone) (?:off|from|out of|onto|into))\b(?!['’]))|queried|combed through|went (?:back )?through|read(?<!\b(?:it|model|system|tool|OCR|engine|which|that) read)(?:ing)?(?: through)?(?! (?:replicas?|only|path)\b)|dug through|sifted through|sampled|traced|analy[sz]ed|replayed|inspected|profiled|reconciled|walked through|mapped|sorted|categori[sz]ed|examined|pored over|scrutini[sz]ed)(?<!\b(?:team|they|we|engineers|analysts|vendor|she|he)\s(?:(?:all|also|then|first|jointly|together|later|finally|eventually|quickly|carefully|manually|had|have|both|each)\s)?(?:\w+|\w+ (?:through|over)|went back through))(?<!(?:\bnot|\bnever|n['’]t|\b(?:planned|plans?|wanted|wants?|intended|intends?|going|asked|asks?|told|tells?)(?: \w+)?(?: \w+)? to|\b(?:will|would|should|must|suppliers?|dealers?|labs?|technicians?|workshops?|oem))\s(?:(?:all|also|then|first|later|even|ever|yet|properly)\s)?(?:\w+|\w+ (?:through|over)|went back through)) (?:[^.!?\n]|\.\d){0,60}?\b(?:logs?|(?:decline|error|response|reason|return|status|result|rejection|failure|refusal|chargeback|dispute|exit) codes|traces|graphs|charts|histograms|heat ?maps|quer(?:y|ies)|data(?![- ](?:engineering|platform|team|cent(?:re|er)|warehouse|scien\w*|protection)\b)|datasets?|metrics|dashboards?|tickets|records|sql|numbers|samples?(?! (?:size|sizes|rate|rates|plan|kits?|packs?|products?|orders?|units?|boards?|parts?|pieces?)\b)|(?:remittance|remit|claims?|edi|era|835|837|billing|payment|settlement|transaction|csv|raw|export(?:ed)?|data|log) files|spreadsheets?|stack traces?|heap dumps?|packet captures?|complaints|transcripts|recordings|(?:failed|failing) runs?|alerts|incidents|inventory|lineage|schemas?|configs?|rules?|requests?|transactions|(?:error|crash|bug) reports|bugs|defects|errors|telemetry|survey responses|invoices|receipts(?! (?:out|off|up)\b)|ledgers?|chargebacks|(?:bank |settlement |account |card |billing |merchant |vendor |supplier |payout )statements|(?:settlement|payout|reconciliation) (?:files|reports)|audit trails?|(?:sensor |user |device )?sessions|order lines|opt-out events|(?:inbound |support |phone )?(?<!\bpulled\b(?:[^.!?\n]|\.\d){0,80})calls)|(?:joined(?= (?:[^.!?\n]|\.\d){0,50}?\b(?:against|with (?:the |our |their )?(?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?(?:logs?|data|records|exports?|tables?|telemetry|transactions|events)\b(?![- ](?:teams?|squads?|groups?|folks|people|engineers?|analysts?|leads?|owners?|engineering|platform|cent(?:re|er)s?|warehouse|scien\w*|protection)\b)))|cross-?referenced|cross-?checked|cross-?matched|correlated)(?<!\b(?:team|they|we|engineers|analysts|vendor|she|he)\s(?:(?:all|also|then|first|jointly|together|later|finally|eventually|quickly|carefully|manually|had|have|both|each)\s)?(?:\w+|cross-?\w+))\b(?:[^.!?\n]|\.\d){0,50}?\b(?:against|with|to)\b(?:[^.!?\n]|\.\d){0,40}?\b(?:logs?|traces|data(?![- ](?:engineering|platform|team|cent(?:re|er)|warehouse|scien\w*|protection)\b)|datasets?|exports?|metrics|records|tickets|alerts|incidents|invoices|transactions|inventor(?:y|ies)|readings|spreadsheets?|tables|graphs|charts|telemetry|events|numbers)|(?:logs?|traces|graphs|charts|data(?!-)|metrics|dashboards?|tickets|records|numbers|samples|complaints|transcripts|recordings|inventory|bugs|errors|invoices|queries|sql|comparisons?|reconciliations?|fault (?:memor(?:y|ies)|codes?|entries)|error (?:memor(?:y|ies)|codes|entries)|event memor(?:y|ies)|trouble codes|dtcs?|freeze[- ]frames?|dumps|measurements|measurement (?:files|results|reports)|test results|field returns|returned (?:parts|units|ecus|devices|modules|boards|housings|samples)|warranty (?:returns|claims|cases))(?<!(?:\bnot|\bnever|n['’]t)\s(?:[\w-]+\s)?(?:[\w-]+\s)?(?:[\w-]+\s)?(?:[\w-]+ )?[\w-]+)\b(?:(?!\b(?:to|into|for|with)\b)[^.!?\n]|\.\d){0,20}?\b(?:myself|personally|by hand|first[- ]?hand)|(?:read(?: out)?|pulled|downloaded|(?:went|dug|combed|sifted) through|analy[sz]ed|checked|evaluated|inspected|examined|sorted|categori[sz]ed|traced|reviewed)(?<=(?:\bI (?:(?:also|then|first|later|personally|myself|carefully|manually|had|have) )?|(?:^|\n)[-*•]? ?)(?:\w+|\w+ (?:out|through))) (?:(?!\b(?:and|but|while|so|then)\b)[^.!?\n;]|\.\d){0,60}?\b(?:fault (?:memor(?:y|ies)|codes?|entries)|error (?:memor(?:y|ies)|codes|entries)|event memor(?:y|ies)|trouble codes|dtcs?|freeze[- ]frames?|dumps|measurements|measurement (?:files|results|reports)|test results|field returns|returned (?:parts|units|ecus|devices|modules|boards|housings|samples)|warranty (?:returns|claims|cases)|(?:measurement|warranty|field|diagnostic|test|bench|vehicle|fleet|production|process|sensor) data)(?!\s+(?:into|onto|to|for|with)\s+(?:a |an |the |my |our |their |his |her )?(?:[\w-]+ )?(?:slides?|decks?|e-?mails?|reports?|presentations?|vp|customers?|clients?|meetings?|calls?|summar(?:y|ies)|updates?|suppliers?|oems?|teams?)\b)|I personally (?:pulled|queried|read|checked|traced|analy[sz]ed|reviewed|went through|inspected|audited|sampled)|wrote(?<=(?:\bI (?:(?:also|then|first|later|personally|myself) )?|(?:^|\n)[-*•]? ?)wrote) (?:the|a|an|my own|my|some) (?:[\w-]+ )?quer(?:y|ies) (?:that|which|to) (?:found|find|showed|show|pulled|pull|listed|list|counted|count|joined|join|matched|match|flagged|flag|returned|return|surfaced|surface|compared|compare)|(?:went|dug|combed|sifted|worked)(?<=(?:\bI (?:(?:also|then|first|later|personally|myself|carefully|manually|had|have) )?|(?:^|\n)[-*•]? ?)\w+) through (?:all |every |each |the )?\d[\d,]* (?!(?:[\w-]+ )?(?:days?|nights?|weekends?|weeks?|months?|years?|hours?|shifts?|rounds?|sprints?|iterations?|cycles?|stages?|phases?|steps?|versions?|drafts?)\b)(?:[^.!?\n]|\.\d){0,40}?\b(?:myself|personally|by hand|one by one)|(?:measured|counted|timed|benchmarked|tested|checked|mapped|pulled(?! (?:in |off |out |together |back )?(?:\w+ )?(?:\w+ )?(?:engineers?|developers?|devs|people|staff|analysts?|testers?|designers?|sres?|members?|colleagues?|contractors?|folks|teams?|squads?|hires|juniors?|seniors?|leads?|managers?|volunteers|interns?|(?:him|her|them|everyone) (?:off|from|out of|onto|into))\b(?!['’]))|sampled|weighed)(?<!(?:\bnot|\bnever|n['’]t)\s(?:(?:all|also|then|first|later|even|ever|yet|properly)\s)?\w+) (?:[^.!?\n]|\.\d){0,40}?\b(?:myself|personally|by hand)|sampled(?<!\b(?:team|they|we|engineers|analysts|vendor|she|he)\s(?:(?:all|also|then|first|jointly|together|later|finally|eventually|quickly|carefully|manually|had|have|both|each)\s)?sampled) (?:\d[\d,]*|a (?:day|week|month)|several|a few)\b|listened to(?<!\b(?:team|they|we|engineers|analysts|vendor|she|he)\s(?:(?:all|also|then|first|jointly|together|later|finally|eventually|quickly|carefully|manually|had|have|both|each)\s)?listened to) (?:\d[\d,]* |every |the |a )?(?:\w+ )?(?:calls|recordings)|diffed|hands[- ]on|(?:built|created|assembled|put together|curated|compiled|wrote|labell?ed|hand-?labell?ed) (?:my own |our own |a |an )?(?:small |\w+-item |hand-?labell?ed |labell?ed |golden |ground[- ]truth |gold[- ]standard )(?:\w+ )?(?:test |eval(?:uation)? |benchmark |reference )?(?:sets?|datasets?|corpus|samples?|suite|benchmarks?)|(?:built|created|assembled|put together|curated|wrote) (?:my own|our own) (?:\w+ )?(?:test set|eval(?:uation)? set|dataset|benchmark|measurement|metric|harness|queries|dashboard|tracker|probe)s?|(?:test|eval(?:uation)?|benchmark|labell?ed) (?:set|sample|corpus) of (?:about |roughly |over |nearly )?\d[\d,]*|hand-?labell?ed (?:a |an |the )?(?:\w+ )?(?:sample|set|batch|corpus)|ran(?<!\b(?:team|they|we|engineers|analysts|vendor|she|he)\s(?:(?:all|also|then|first|jointly|together|later|finally|eventually|quickly|carefully|manually|had|have|both|each)\s)?ran) (?:the |my own |a few |some |an? )?(?:numbers|quer(?:y|ies)|sql|analysis|analyses|(?:dependency|cohort|funnel|regression|root[- ]cause) analysis)|(?:exported|downloaded|extracted|dumped)(?<=(?:\bI (?:(?:also|then|first|personally|myself|just|quietly) )?|(?:^|\n)[-*•]? ?)(?:exported|downloaded|extracted|dumped)) (?:(?!\b(?:to|into|onto|for)\b)[^.!?\n]){0,80}?\b(?:logs?|data|history|metering|records|usage|tables?|events|transactions|invoices|statements|bills|billing|tickets|metrics|telemetry|ledgers?|queries)\b(?:(?!\b(?:to|into|onto|for)\b)[^.!?\n]){0,40}?\b(?:myself|personally|by hand|and (?:then )?(?:built|made|wrote|ran|did|put together) (?:a |an |my own )?(?:[\w-]+ )?(?:[\w-]+ )?(?:model|analysis|regression|pivot|breakdown|forecast)|and (?:then )?(?:analy[sz]ed|modell?ed|charted|plotted|graphed|went through) (?:it|them|the|both|each|every)))\b/gi,
    },
    {
      label: 'found the root cause',
      weight: 3,
      pattern:
        /\b(?:(?:root[- ]caus(?:e|es|ed|ing)(?! reports?\b)|(?:real|actual|underlying|main) cause)(?<!(?:['’]s|\bconfirmed|\bmust have|(?:\b(?:not|no|never|without|rather than|instead of|nor|failed to|nobody|no one)|n['’]t)(?: (?:ever|even|yet|had|has|have|find|found|finding|get|got|getting|reach|reached|reaching|identify|identified|identifying|establish|established|name|named|naming|determine|determined|chase|chased|chasing|look|looked|looking|dig|dug|to|at|into|for|on|a|an|the|any|its|their|our|clear|single|obvious|agreed|proper|formal|documented|true)){0,4}) (?:root[- ]caus\w{1,3}|(?:real|actual|underlying|main) cause))|five whys|5 whys|(?:traced|tracked) (?:it|them|this|most(?: of (?:the )?\w+)?|(?:the|a|an|each|every|one) (?:\w+[- ])?(?:gap|issue|problem|bug|porosity|cracks?|cracking|burrs?|voids?|warpage|flash|contamination|corrosion|scrap|rejects?|yield loss|variation|faults?|defects?|failures?|spikes?|drop|regression|errors?|slowdown|lag|delays?|cost|outages?|leak|latency|mismatch|discrepancy|difference|requests|calls|queries|timeouts?|crash(?:es)?|complaints?|drift|noise|incident))\b(?:[^.!?\n]|\.\d){0,30}?\b(?:back )?to|narrowed (?:it|them|the \w+) down to|(?:failures|errors|outages|incidents|delays|mismatches|the (?:lag|wait|noise|spike|drop|slowdown|regression)) (?:came|come|stemmed|stem) from|\d+(?:\.\d)?% of (?:the |all |our |their )?(?:[\w-]+ )?(?:failures|errors|delays|breaches|mismatches|complaints|crashes|incidents|outages|calls|tickets|defects|escapes|rejects|rejections|returns|refunds|cost|spend|bill|time|hours|shortfalls|disputes|pages|alerts|timeouts|retries|false \w+|stuck \w+) (?:came from|stemmed from|sat in|lay in|traced back to)|(?:caused|made up|drove) (?:about |roughly |nearly |over )?\d+(?:\.\d)?% of (?:the |all |our |their )?(?:[\w-]+ )?(?:failures|errors|delays|breaches|mismatches|complaints|crashes|incidents|outages|calls|tickets|defects|escapes|rejects|rejections|returns|refunds|cost|spend|bill|time|hours|shortfalls|disputes|pages|alerts|timeouts|retries|false \w+|stuck \w+)|of which (?:\d+|most|half) (?:\w+ )?(?:went|was spent) (?:to|on)|(?:found|showed|confirmed|proved) that\b(?:[^.!?\n]){1,50}?, not (?:the )?\w+(?: \w+)?(?=,)|\b(?:spikes?|delays?|failures?|errors?|problems?|issues?|bugs?|crash(?:es)?|outages?|incidents?|drops?|regressions?|slowdowns?|lag|latency|leaks?|cost|costs|spend|overspend|overrun|bloat|waste|noise|mismatch(?:es)?|discrepanc(?:y|ies)|complaints?|timeouts?|retries|growth|backlog|bottleneck|cause|fault|gap|loss(?:es)?|rejects?|rejections|defects?|breaches|escapes|churn|shortfall|variance|difference) (?:mostly |mainly |largely |almost all )?(?:came (?:mostly |mainly |almost all )?(?:from|with)|stemmed (?:mostly |mainly |almost all )?from|(?:sat|lay) (?:mostly |mainly |almost all )?(?:in|with))\b(?:[^.!?\n]){1,60}?(?:rather than|,? not (?:from|in|with|the|a|our))|the (?:real |actual |main )?(?:cause|problem|issue|bottleneck|gap|growth|culprit) was (?:not\b(?:[^.!?\n]){1,50}?\bbut|(?:[^.!?\n]){1,60}?(?:rather than|, not))|(?:most|\d+%|half|a third|two thirds|the bulk) of (?:the |their |our |its )?(?:time|cost|spend|delay|growth|latency) (?:went|was spent) (?:on|to|into)|accounted for (?:most|\d+%|half|the bulk|over half))\b/gi,
    },
    {
      label: 'probed when the numbers and anecdotes disagreed',
      weight: 3,
      pattern:
        /\b(?:anecdotes?|(?:didn['’]t|did not) (?:add up|match)|(?:metrics|numbers|dashboards?|data) (?:looked|said|showed|suggested) (?:fine|green|healthy|ok(?:ay)?|normal)|skeptical|sceptical|(?:noticed|spotted|investigated|chased|questioned|dug into|traced|explained) (?:a |an |the |every |each |this |that |these |those )?(?:\d[\d,]* )?(?:\w+[- ])?(?:discrepanc(?:y|ies)|mismatch(?:es)?))\b/gi,
    },
    {
      // A new user's trial (an SRE who writes terse bullets): "Load tested at 10x with k6; found the session store fell
      // over at 6x". The limit found by testing or measuring, with the load it broke at, or the part that was the
      // bottleneck; the candidate's own test (not the vendor's, one skipped or only planned).
      label: 'tested to find the real limit',
      weight: 3,
      pattern:
        /\b(?=load|stress|soak|spike|chaos|capacity|perf|failover|scale|benchmarked|profiled|replayed|fuzzed|measured|tested|ran)(?<=(?:\bI (?:(?:also|then|first|personally|myself|later|had) )?|\bI\b[^.!?\n]{1,60}\band |(?:^|\n|[.;:!?] )[-*•]? ?))(?:(?:load|stress|soak|spike|chaos|capacity|perf(?:ormance)?|failover|scale)[- ]?test(?:ed)?|benchmarked|profiled|replayed|fuzzed|measured|tested|ran (?:a |the |our )?(?:\w+ )?(?:load|stress|soak|spike|chaos|capacity|failover)[- ]?(?:tests?|drills?|exercises?|game ?days?))\b(?:(?!\b(?:in prod|in production|in the field|after (?:launch|release|go-live|go live|cut-over|cutover)|on launch day)\b)[^.!?\n]|\.\d){0,120}?\b(?:(?:fell over|falls over|broke|breaks|failed|fails|fell (?:down|apart)|ran out of (?:\w+ )?\w+|saturated|saturates|maxed out|topped out|choked|tipped over|collapsed|crashed|timed out|(?:started|began) (?:failing|dropping|timing out|erroring|throttling|queu\w+|rejecting|shedding|swapping)|(?:hit|reached|hits|reaches) (?:its|the|a|their) (?:\w+ )?(?:limit|ceiling|wall|cap)|degraded) (?:at|past|above|beyond|around|after|under) (?:about |around |roughly |only |just |~)?\d[\d,.]*(?![:.]\d|\s?(?:am|pm|a\.m|p\.m|o['’]clock)\b)(?:x|×|k)?|(?:found|showed|proved|confirmed|revealed|discovered)(?: that)? (?:[^.!?\n]){0,60}?\b(?:was|were) the (?:real |actual |main |only |first )?(?:bottleneck|culprit|limit|limiting factor|weak (?:link|point)|choke ?point))\b/gi,
    },
    {
      label: 'worked from months of raw data',
      weight: 2,
      pattern:
        /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|last|past)(?<!\b(?:lost|lose|loses|losing|wiped(?: out)?|deleted|corrupted|missing|dropped) (?:(?:the|all|about|roughly|nearly|over|almost|some|its|our|their) )?\w+)(?: \w+)? (?:days?|weeks?|months?|quarters?|years?|sprints?|nights?|releases?) of (?:\w+[- ])?(?:\w+ )?(?:logs|data|metrics|tickets|traces|incidents|bugs|failed runs|runs|complaints|requests|orders|transactions|pages|alerts|history|records|usage|reports|telemetry|feedback|events|results|claims|cases|readings|timestamps|order lines|pages|calls|sessions|bookings|pick data|opt-out events|receipts|invoices|statements|ledgers?|settlements|payouts|chargebacks|disputes|refunds|(?:decline|error|response|reason|return|status|result|rejection|failure|refusal|chargeback|dispute|exit) codes)|(?:logs|data|metrics|tickets|traces|incidents|transactions|alerts|pages|records|events|calls|complaints|chargebacks|disputes|refunds|payouts|invoices|orders|sessions|(?:decline|error|response|reason|return|status|result|rejection|failure|refusal|chargeback|dispute|exit) codes) (?:from|of|for|over|across|covering) (?:the )?(?:last|past|previous) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |eighteen |twenty |several |few )?(?:days?|weeks?|months?|quarters?|years?))\b/gi,
    },
    {
      label: 'dug into the details',
      weight: 2,
      // "I exported the query history and built a simple cost model": the model the records pulled end on, counted once.
      endsOneActWith: ['personally examined the data'],
      pattern:
        /\b(?:gemba(?: walks?)?|(?:fishbone|ishikawa)(?: diagrams?| analys[ie]s)?|(?:the |my )?(?:traces|packet captures|heap dumps|flame ?graphs|core dumps|tcpdumps?|pcaps?) (?:showed|revealed|pointed to|confirmed|proved)|dug (?:in|into|deeper|through)|dig(?:ging)? (?:in|into|deeper)|deep[- ]dive[ds]?|drill(?:ed|ing)? (?:down|into)|dived into|dove into|reproduc(?:ed|ing) (?:it|the (?:bug|crash|failure|fault|issue|problem|error|drop|outage))|profil(?:ed|ing) (?:the |our |a |its )?(?:\w+ )?(?:code|service|build|engine|quer(?:y|ies)|app|path|job|pipeline|batch|process|workload|endpoint|function|handler)|broke (?:\w+ )?\w+ down by (?:index|service|source|cause|reason|hour|day|region|code|customer|sku|route|category|step|table|type)|(line|stage|step|row|request|rule|record|field|column|table|ticket|service) by \1|(?:built|made|wrote|put together|created)(?<=(?:\bI (?:(?:also|then|first|quickly|personally|myself|later) )?|\bI\b[^.!?\n]{1,80}\band (?:then )?|(?:^|\n)[-*•]? ?)(?:built|made|wrote|put together|created)) (?:a |an |my own )?(?:simple |rough |quick |small |first |crude |bottom-up |detailed |basic )?(?:(?:cost|costing|spend|demand|capacity|usage|pricing|spreadsheet|queue(?:ing)?|load|savings?|unit[- ]cost) )?model (?:of|for) (?:the |our |each |every |per )?(?:\w+ )?(?:costs?|spend|demand|capacity|usage|load|traffic|throughput|savings?|bills?|pricing|queues?|growth|prices)|(?:built|made|wrote|put together|created)(?<=(?:\bI (?:(?:also|then|first|quickly|personally|myself|later) )?|\bI\b[^.!?\n]{1,80}\band (?:then )?|(?:^|\n)[-*•]? ?)(?:built|made|wrote|put together|created)) (?:a |an |my own )?(?:simple |rough |quick |small |first |crude |bottom-up |detailed |basic )?(?:cost|costing|spend|demand|capacity|usage|pricing|queue(?:ing)?|load|unit[- ]cost) model)\b/gi,
    },
    {
      label: 'audited the details by hand',
      weight: 2,
      pattern:
        /\b(?:audit(?:ed|ing)|I audit|spot[- ]check(?:ed|s|ing)?|line[- ]by[- ]line|manually (?:checked|reviewed|verified|inspected)|(?:read|checked|reviewed|inspected|tested|verified|sampled|timed|diffed|scored|weighed|traced|counted) (?:every|each) (?:single )?(?!(?:change|release|build|sprint|week|day|morning|merge|deploy(?:ment)?|pr|pull request)s?\b)\w+|(?:tagged|coded|grouped|classified) (?:\w+ )?(?:\w+ )?by (?:cause|reason|root cause|failure mode|stack trace)|logged every \w+(?: \w+)? by (?:cause|type|reason))\b/gi,
    },
    {
      label: 'reported a specific finding',
      weight: 1,
      pattern:
        /\b(?:(?:found|discovered|noticed|spotted|showed|realized|realised) (?:that|the (?:real|actual|underlying|hidden))|(?:found|discovered|counted) (?:roughly |about |nearly |over )?(?:\d[\d,.]*\d|\d|two|three|four|five|six|a third|a quarter|half|most))\b/gi,
    },
    {
      label: 'cited technical specifics',
      weight: 1,
      pattern:
        /\b(?:p(?:50|90|95|99|999)|percentiles?|error rates?|throughput|time-?outs?|memory leaks?|race conditions?|cache (?:miss|hit) (?:rate|ratio)|query plans?|stack traces?)\b/gi,
    },
  ],

  'have-backbone-disagree-and-commit': [
    {
      label: 'disagreed, then committed',
      weight: 3,
      pattern:
        /\b(?:(?=disagreed|push|challenged|objected|argued|raised|didn|did not)(?:(?<=\bI (?:strongly |also |openly |firmly |then |again |initially |first |still |had )?)|(?<=(?:^|\n)[-*•]? ?))(?:disagreed|push(?:ed|ing)? back (?:on|against|hard)|challenged|objected|argued (?:against|for)|raised (?:my |strong )?(?:concerns?|objections?)|(?:didn['’]t|did not) (?:fully |entirely |really |quite |completely )?agree)\b[\s\S]{0,240}?\b(?:committed|went ahead|got behind|backed (?:the|their|his|her) (?:decision|call|plan)|supported (?:the|their|his|her) (?:decision|call|plan)|executed (?:the|their|his|her) (?:plan|decision))|(?:wrote|drafted|sent|gave|made|presented|put together|circulated|brought)(?<=(?:\bI (?:(?:also|then|first|even|had|have) )?|(?:^|\n)[-*•]? ?)(?:wrote|drafted|sent|gave|made|presented|put together|circulated|brought)) (?:(?:him|her|them|(?:the|my|our) (?:[\w-]+ )?[\w-]+) (?=an? ))?(?:a |an |the |my |our )?(?:[\w-]+ )?(?:(?:one|two|three|four|five|six|\d+)[- ]?pagers?|memo|doc(?:ument)?|paper|narrative|(?:counter-?)?proposal|case|analysis|recommendation|write-?up|rfc|adr|comparison)\b[\s\S]{0,200}?\b(?:(?!(?:I|we|and|but|so|then|it)\b)\w+ (?:(?:still|then|instead|ultimately|finally|anyway|politely|firmly|also) )?(?:disagreed|overruled (?:me|it|us|the (?:[\w-]+ )?(?:doc|memo|proposal|recommendation|case|pager))|said no|rejected (?:it|the \w+|my \w+)|vetoed|turned (?:it |me |the \w+ )?down|decided against|(?:kept(?! \w+ing\b)|stuck with|stayed with|insisted on)(?! (?:my|our|mine|ours)\b)|(?:went with|chose|picked|preferred|decided on|opted for)(?! (?:my|our|mine|ours|it|the (?:[\w-]+ )?(?:doc|memo|proposal|recommendation|pager))\b))|(?:was|got) (?:\w+ )?(?:overruled|rejected|turned down|vetoed))\b[\s\S]{0,120}?\b(?=committed|got behind|backed)(?<=(?:\bI (?:(?:then|still|fully|simply|just|also|immediately|publicly|eventually) )?|(?:^|\n|[.;:!?] )[-*•]? ?))(?:committed(?=\s*(?:[.;!\n]|$)|,? and\b(?! (?:pushed|merged|tagged|deployed|released)\b)| (?:fully|anyway|wholeheartedly)\b| to (?:it|that|(?:his|her|their|the|\w+['’]s) (?:[\w-]+ )?(?:decision|call|choice|plan|direction|approach|design|option|architecture|strategy))\b| to (?!\w+ing\b)[\w-]+\s*(?:[.;,!\n]|$))|(?:got behind|backed) (?:it|him|her|them|(?:his|her|their|the|\w+['’]s) (?:[\w-]+ )?(?:decision|call|choice|plan|direction|approach|design|option)))|(?=disagreed|objected|pushed|didn|did not)(?<!\bI (?:\w+ )?)(?:disagreed|objected|pushed back (?:on|against|hard)|(?:didn['’]t|did not) (?:fully |entirely |really |quite |completely )?agree)\b(?:(?!\b(?:disagreed|objected|didn['’]t|did not)\b)[\s\S]){0,200}?\b(?=committed|got behind|backed)(?<=(?:\bI (?:(?:then|still|fully|simply|just|also|immediately|publicly|eventually) )?|(?:^|\n|[.;:!?] )[-*•]? ?))(?:committed(?=\s*(?:[.;!\n]|$)| (?:fully|properly|anyway|wholeheartedly|completely)\b| to (?:it|that|this)(?=\s*(?:[.;,!\n]|$)| (?:fully|properly|anyway|wholeheartedly|completely|in full|and|from)\b)| to (?:his|her|their|the|\w+['’]s) (?:[\w-]+ )?(?:decision|call|choice|plan|direction|approach|design|option|architecture|strategy)\b)|(?:got behind|backed) (?:it|him|her|them|(?:his|her|their|the|\w+['’]s) (?:[\w-]+ )?(?:decision|call|choice|plan|direction|approach|design|option))))\b/gi,
    },
    {
      label: 'committed once the call was made',
      weight: 3,
      // "Although I disagreed with the plan, I committed": the disagreement and the commitment heard once.
      endsOneActWith: ['disagreed, then committed'],
      pattern:
        /\b(?:disagree and commit|disagreed and committed|once (?:the )?(?:decision|call) was made|committed (?:fully|wholly|completely)|(?:fully|wholly) committed|despite my (?:disagreement|reservations|objections?|concerns?)|(?:even though|although|though) I (?:had )?(?:strongly )?(?:disagreed|argued (?:against|for)|pushed back|objected)\b(?:[^.!?\n]){0,80}?,? I (?:then |still |fully )?(?:committed|backed|supported|delivered|built|ran|drove|executed|shipped|led|got behind)|I (?:then |still |fully )?(?:committed|backed|supported|delivered|built|ran|drove|executed|shipped|led|got behind)\b(?:[^.!?\n]){1,80}?\b(?:even though|although|though) I (?:had )?(?:strongly )?(?:disagreed|argued (?:against|for)|pushed back|objected))\b/gi,
    },
    {
      label: 'committed to a call that was not theirs',
      weight: 2,
      pattern:
        /\b(?:(?:once|after|when) (?!(?:we|I)\b)(?:\w+ )?(?:\w+ )?(?:\w+ )?(?:decided|chose|picked|made the call|went with|ruled|overruled me)\b(?:[^.!?\n]){0,60}?\bI (?:fully |then |still )?(?:committed|got behind|backed it)|I (?:fully |then |still |publicly )?committed to (?:(?:it|that)(?! (?:date|deadline|being|going|number|target|figure|scope|price|estimate)\b)|(?:his|her|their|\w+['’]s) (?:\w+ )?(?:decision|call|choice|plan|approach|direction)|the (?:decision|call|choice|direction))|I backed (?:his|her|their|\w+['’]s|the) (?:decision|call|choice) (?:publicly|fully|in front of|to (?:the|my) team)|(?:decided|chose|picked|opted|ruled|went with|made the (?:call|decision)|kept(?! \w+ing\b)|stuck with|stayed with|overruled)(?<!\b(?:I|we|and)\s(?:(?:then|finally|also|eventually|quickly|jointly|together|had|have|still)\s)?(?:\w+|went with|made the (?:call|decision)|stuck with|stayed with))(?! (?:on |for )?(?:my|our|mine|ours)\b)\b(?:[^.!?\n]){0,100}?[.;]\s(?:(?:so|then|after that|from then on|from that moment|at that point|once (?:it|this|that) was (?:decided|made)),? )?I (?:then |fully |still |immediately |publicly |also )?(?:committed (?:to(?! \w+ing\b)|fully|myself)|committed(?=\s*(?:[.!;\n]|$))|got behind (?:it|the|her|his|their)|backed (?:it|the|her|his|their))|accepted(?<=\bI (?:(?:then|fully|finally|still|also) )?accepted) (?:his|her|their|\w+['’]s|the) (?:\w+ )?(?:decision|call|ruling|verdict|choice)(?! from\b))\b/gi,
    },
    {
      label: 'disagreed or pushed back',
      weight: 2,
      // "I committed to the plan even though I disagreed", "The VP wanted it in one release. I said no": the stance
      // these end on is no second act.
      endsOneActWith: ['disagreed, then committed', 'committed once the call was made', 'held a position against what a stakeholder wanted'],
      pattern:
        /\b(?:(?=disagreed|objected|dissented|pushed|raised|voiced|argued|challenged)(?:(?<=\b(?:I|we) (?:(?:strongly|also|openly|firmly|then|again|initially|first|still|repeatedly|publicly|had) )?)|(?<=\band )|(?<=(?:^|\n)[-*•]? ?))(?:disagreed|objected|dissented|pushed back (?:on|against|hard)|(?:raised|voiced) (?:my |a |strong )?(?:objections?|disagreement)|argued (?:against|for)|challenged (?:the|my|his|her|their|our) (?:decision|plan|proposal|assumption|estimate|director|manager|vp))|pushing back (?:on|against|hard)|I (?:said no|declined|refused|turned (?:it |that |this )?down|(?:did not|didn['’]t) (?:fully |entirely |really |quite |completely )?agree|was overruled|lost the argument)|overruled me|told (?:him|her|them|\w+(?: \w+)?)(?:, [^,.!?\n]{1,40},)? (?:that )?I['’]d (?:rather|sooner))\b/gi,
    },
    {
      label: 'held a position against what a stakeholder wanted',
      weight: 3,
      pattern:
        // (And a call of the candidate's someone disagreed with until shown the data: "which the disputes director,
        // Sam Patel, disagreed with until I showed him the volume data". Not the candidate's own doubt: "I disagreed with
        // the plan until I ran the numbers myself".)
        /\b(?:(?<!\bI (?:\w+ )?)(?:disagreed|objected)(?: with (?:it|this|that|me|the (?:call|decision|plan)))?\b[^.!?\n]{0,40}?\buntil I (?:showed|walked|took|put|ran|shared)\b|(?<!\bI (?:\w+ )?)(?:wanted|asked (?:for|to|me to)|pushed (?:for|to)|pressed (?:for|to)|insisted on|preferred|offered|tried to)\b(?:[^.!?\n]|\.\d){0,160}?(?:(?:[;:,.!]|\band) (?:but |so |and )?I (?:disagreed|said no|did not agree|didn['’]t agree|declined|refused|pushed back|held firm)|(?:[;:,]|\band) (?:but |so )?I kept (?:to|it at|it to|three|two|one)\b)|(?<!\bI (?:\w+ )?)(?:pushed (?:for|to)|pressed (?:for|to)|insisted on|asked to skip|wanted to skip)\b(?:[^.!?\n]|\.\d){0,120}?[;:,] (?:but |so |and )?I showed (?:him|her|them)|I (?:turned down|declined|refused|said no to) (?:a |an |the |his |her |their )?(?:\w+ )?(?:requests?|asks?|demands?|push|proposals?) (?:from|by)|push(?:ed|ing)? back when (?:\w+ )?(?:\w+ )?(?:asked|wanted|proposed|pushed|suggested|insisted)|over (?:the |his |her |their )?(?:[^.!?\n,]){0,40}?['’]s objections?|over the objections? of|(?=disagreed|objected|pushed|didn|did not)(?<!\bI (?:\w+ )?)(?:disagreed|objected|pushed back|(?:didn['’]t|did not) (?:fully |entirely |really |quite |completely )?agree)\b(?:[^.!?\n]){0,80}?(?:[.!?] )?\bI (?:still |firmly |politely |calmly |simply )?(?:held|kept|stood by|stuck (?:to|with)|maintained) (?:to )?(?:my|our) (?:original )?(?:position|ground|line|recommendation|view|proposal|case)\b(?! (?:as|at|in|on)\b))\b/gi,
    },
    {
      label: 'held their ground or escalated',
      weight: 2,
      // "Tom disagreed…; I held my position": the stand the position held against someone ends on, counted once.
      endsOneActWith: ['held a position against what a stakeholder wanted'],
      pattern:
        /\b(?:escalat(?:ed|ing) (?:it |this |that |(?:the|our|my|this|that|their) (?:[\w-]+ )?(?:[\w-]+ )?)?(?:up |straight |directly |all the way )?(?:to|through)\b(?! (?:an? |the )?(?:sev(?:erity)?|p|priority|level|tier|l)[- ]?\d)(?! (?:the |our )?(?:engineering|engineers|dev|devs|developers|development|support|service desk|help ?desk|on-?call|ops|operations|sre|qa|it|product|team|queue|backlog)\b)|took it (?:up |straight )?to (?:my |the |our |their |his |her |(?:the )?[\w-]+['’]s )?(?:[\w-]+ )?(?:vp|svp|evp|director|cto|ceo|cio|coo|cfo|ciso|gm|general manager|head of \w+|leadership|executives?|execs?|s-team|skip[- ]level|manager|boss|sponsor)|went over (?:his|her|their|(?:the )?[\w-]+['’]s) heads?|escalation(?<=(?:\bmy |(?:^|\n|[.;:!?] )[-*•]? ?)escalation) to (?:my |the |our |their |his |her |(?:the )?[\w-]+['’]s )?(?:[\w-]+ )?(?:vp|svp|evp|director|cto|ceo|cio|coo|cfo|ciso|gm|general manager|head of \w+|leadership|executives?|execs?|s-team|skip[- ]level|manager|boss|sponsor)|(?:stood|held) (?:my )?ground|held the (?:scope|line)|(?:stuck|stick) to my (?:position|recommendation|guns)|(?:held|kept to|stood by) (?:my|our) (?:original )?(?:position|recommendation)\b(?! (?:as|at|in|on)\b)|(?:held|stood) firm|refused to (?:back down|budge)|even though (?:its|the|his|her|their|my) (?:\w+ )?(?:lead|manager|director|vp|team|owner|pm)\b(?:[^.!?\n]){0,30}?\b(?:wanted|asked|insisted|pushed|preferred))\b/gi,
    },
    {
      label: 'made a written or data-backed case',
      weight: 2,
      pattern:
        /\b(?:made (?:the|my|a) case|(?:persuaded|convinced) (?:him|her|them|the|my|our|\w+ \w+)|(?:agreed|relented|came round|backed down) (?:after|once) (?:I (?:showed|walked|took|put|ran)|seeing)|(?:showed|walked) (?:him|her|them)\b(?:[^.!?\n]){0,80}?\b(?:until|and) (?:he|she|they) (?:kept|accepted|agreed|dropped|withdrew|changed)|(?:wrote|sent|drafted) (?:a |the )?(?:dissent|counter-?proposal|one-pager|memo)|counter-?proposal|(?:walked|took) (?:him|her|them|\w+ \w+)(?:, [^,.!?\n]{1,40},)? through (?:the|my|our) (?:\w+ )?(?:data|numbers|evidence|map|dependencies|analysis|options|risks?|outages|incidents|trade-?offs?|constraints?|costs?) (?:so (?:that )?(?:he|she|they) could see|until (?:he|she|they)|and (?:he|she|they) (?:agreed|accepted|relented))|showed (?:him|her|them) the (?:\w+ )?(?:\w+ )?(?:\w+ )?(?:load|cost|risk|impact|data|numbers|evidence)\b[^\n]{0,80}?\b(?:he|she|they) (?:agreed|accepted|relented|backed down|changed (?:his|her|their) mind)|(?:showed|proved|demonstrated) (?:her |him |them |the room )?that\b(?:[^.!?\n]){0,60}?\b(?:could not|couldn['’]t|would not|wouldn['’]t) (?:have )?(?:helped|help|worked|work|scaled|scale|held|hold)|(?:presented|showed) (?:her |him |them )?(?:the )?(?:\w+ )?(?:data|evidence|numbers)\b(?:[^.!?\n]){0,20}?\b(?:and argued|to argue|against|showing)|(?:brought|came (?:armed )?with|put together) (?:the |my |our )?(?:own )?(?:\w+[- ])?(?:data|numbers|evidence|figures)\b(?:[^.!?\n]){0,40}?\b(?:showing|that showed|which showed|to show|to argue|to make (?:the|my) case|against)|(?=with )(?<=\bargued (?:for|against)\b[^.!?\n]{1,60})with (?:the |our |my )?(?:\w+[- ])?(?:data|numbers|evidence|figures)|(?:walked|took)(?<=\b(?:held (?:my|our) (?:position|ground)|stood (?:my|our) ground|(?:held|stood) firm|disagreed|pushed back|objected|argued)\b[^.!?\n]{1,60}(?:walked|took)) (?:him|her|them|\w+(?: \w+)?) through (?:the |my |our |\w+['’]s )?(?:\w+['’]s )?(?:[\w-]+ )?(?:results|findings|data|numbers|evidence|measurements|benchmarks?|figures|analysis))\b/gi,
    },
    {
      label: 'conflict in the room',
      weight: 1,
      pattern: /\b(?:uncomfortable|unpopular|conflicts?|conflicting|contentious|heated)\b/gi,
    },
  ],

  'deliver-results': [
    {
      label: 'hit a hard date or target',
      weight: 3,
      cliche: true,
      notInSituation: true,
      delivery: true,
      pattern:
        /\b(?:(?:hit|met|made|held|kept|beat) (?:the |our |a |every |its |that |their |all (?:of )?(?:the |our |its )?)?(?:\w+['’]s? )?(?:hard |fixed |original |committed |planned |launch |campaign |regulatory |statutory |contract(?:ual)? |grant |target |sop |ppap |ship |delivery |due |customer |oem |build )?(?:deadlines?|launch date|date|milestones?|code freeze|targets?|goals?|slas?|commitments?|sop|start of production|job (?:1|one))|(?:shipped|delivered|launched|opened|went live|landed|completed|finished|cut over|moved|migrated|released|submitted|transferred|installed|started production|qualified|approved)(?<!(?:\bnot|\bnever|n['’]t) (?:\w+ )?\w+)\b(?:[^.!?\n]|\.\d){0,50}? (?:on|by) (?:the |our |their |its )?(?:(?:\w+['’]s? )?(?:(?:planned|original|committed|agreed|target|promised|announced|contract(?:ual)?|statutory|sop|ppap|launch|ship|delivery|due|required|requested|customer|oem) )?deadline|\w+['’]s? (?:(?:planned|original|committed|agreed|target|promised|announced|contract(?:ual)?|statutory|sop|ppap|launch|ship|delivery|due|required|requested|customer|oem) )?date|(?:planned|original|committed|agreed|target|promised|announced|contract(?:ual)?|statutory|sop|ppap|launch|ship|delivery|due|required|requested|customer|oem) date)(?! (?:of|field|column|format|range|picker|stamp)\b)|(?:live|launched|done|finished|shipped|complete|completed|moved|migrated|opened|qualified|approved|installed|transferred|ready|signed off|in production)(?<!(?:\bnot|\bnever|n['’]t) (?:\w+ )?\w+)\b(?:[^.!?\n]|\.\d){0,40}? (?:before|ahead of) (?:the |our |their |its )?(?:\w+['’]s? )?(?:(?:planned|original|committed|agreed|target|contract(?:ual)?|statutory|hard|sop|ppap|launch|ship|delivery|due) )?(?:deadline|due date|sop|start of production|cut-?off|code freeze)|\d[\d.]*\s?(?:%|percent|per cent)(?<!\b(?:only|just|barely|under|below|fewer than|less than) \d[\d.]*\s?(?:%|percent|per cent)) of (?:the |our |all |their |its )?(?:[\w-]+ )?(?:[\w-]+ )?[\w-]+ (?:had |have )?(?!(?:failed|missed|needed|wanted|required|expected|asked|requested|planned|intended|hoped|aimed|targeted|tried|struggled|delayed|lagged|slipped|skipped|ignored|postponed|deferred)\b)(?:[a-z][a-z-]*ed|got|did|made|paid|went|signed|moved|switched|sent|took)\b(?:[^.!?\n]|\.\d){0,50}? (?:before|ahead of|by) (?:the |our |their |its )?(?:\w+['’]s? )?(?:(?:planned|original|committed|agreed|target|contract(?:ual)?|statutory|regulatory|government|filing|compliance|hard|due) )?(?:deadline|due date|cut-?off)|(?:reached|hit|made|achieved|got to) (?:full|peak|target|planned|nameplate|contract(?:ed)?|design|committed) (?:production |line |build |run[- ]?)?(?:rate|volume|output|takt|capacity)|(?:passed|cleared|completed) (?:the |a |its |our )?(?:\w+['’]s? )?run[- ]at[- ]rate|ahead of (?:schedule|plan|(?:the |our )(?:\w+[- ])?(?:\w+ )?(?:deadline|freeze|date|plan|schedule))|(?:weeks?|days?|months?) early|with (?:\w+ )?\w+ to spare|(?:live|launched|shipped|landed|finished|completed|done|delivered|migrated|moved|upgraded|opened|ready|closed|left \w+|swapped|fitted|installed|deployed|rolled out|submitted|published|enrolled|switched(?: off)?|reached(?! out\b)|off(?! (?:sick|ill|work|on leave|leave)\b)|decommissioned|retired|cleared(?! to\b)|signed(?! up\b)|on air|out of \w+|went (?:from|back)|recovered|restored|back (?:to|above|up|on))\b(?:[^.!?\n]|\.\d){0,40}?\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty) (?:days?|weeks?|months?) (?:before|ahead of) (?:the |our |its )?(?:[\w'’]+[- ])?(?:[\w'’]+[- ])?(?:[\w'’]+[- ])?(?:deadline|due date|date|lease|freeze|code freeze|target|plan|schedule|renewal|close|launch|cut-?off|peak|end of (?:support|life)|eol|mandate|contract end(?:ed|s)?|season|sale|holidays?|christmas|easter|diwali|lebaran|black friday|event|go-?live|expiry|enforcement|audit|opener|opening (?:day|match|game|weekend|night)|first (?:match|game)|kick-?off|festival|tournament|big billion days|prime day|meeting|conference|summit|keynote|trade show|expo|demo day|investor day|earnings call|ipo)|(?:opened|launched|went live|shipped|landed|delivered|completed|finished|cut over|moved|migrated|were live|was live|went out) (?:on |by )?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}|\d{1,2} (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))(?![^.!?\n]{0,40}?\b(?:late(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|because|as|due|after|against|by|than|for|so|which|when|on)\b)|behind(?: (?:schedule|plan))?(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:schedule|plan)\b)|overdue|(?:after|past|beyond) the (?:\w+ )?(?:deadline|date|target)|(?:later|slower|longer) than (?:planned|promised|committed|scheduled|expected|agreed))\b)|(?:opened|launched|went live|shipped|landed|delivered|completed|finished|cut over|moved|migrated|were live|was live|went out|published|released|submitted|signed) (?:on|by) the (?:(?:planned|original|committed|agreed|target|promised|announced|contract|statutory) )?(?:day|date|deadline)|(?:live|launched|done|finished|shipped|complete|moved|migrated|opened) (?:before|by) (?:the )?(?:peak|deadline|freeze|code freeze|cut-?off|holiday|renewal date|month-end close|quarter close|due date|lease (?:end|ended|expired))|(?:in|within) (?:\w+ )?(?:days|weeks|months|quarters) instead of the (?:planned|estimated|expected|original|projected)|(?:in|within|after|took)(?<!\b(?:would|could|can|will|might|should|may|must)\b[^.!?\n]{0,40}(?:in|within|after|took)) (?:just |only |under |less than |about |around |roughly )?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? (?:(?:min(?:ute)?s?) (?:instead of|rather than) (?:the |a |an )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:hours?|days?|weeks?|months?)|(?:hours?|hrs?) (?:instead of|rather than) (?:the |a |an )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:days?|weeks?|months?)|(?:days?) (?:instead of|rather than) (?:the |a |an )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:weeks?|months?|quarters?|years?)|(?:weeks?) (?:instead of|rather than) (?:the |a |an )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:months?|quarters?|years?)|(?:months?) (?:instead of|rather than) (?:the |a |an )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty)(?:[- ]and[- ]a[- ]half)? )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old) )?(?:quarters?|years?))\b|(?:earlier|faster|sooner) than (?:planned|promised|committed|scheduled|forecast)|(?:the|our|that|its) (?:\w+[- ])?(?:\w+ )?(?:date|deadline|timeline) (?:held|stayed intact)|kept the (?:\w+ )?(?:date|deadline|timeline) intact|(?<!\bauto-?)(?:renewed|re-?signed|extended)(?! (?:automatically|by default|silently|on autopilot))(?! (?:the |our |its |their |a |an )?(?:\w+ )?deadlines?\b)\b(?:[^.!?\n]|\.\d){0,50}?\b(?:for (?:another |a further )?(?:\d+|one|two|three|four|five|ten)[- ](?:years?|months?)|(?:\d+|one|two|three|four|five|ten)[- ]year (?:deal|contract|renewal|agreement|extension|term)|(?:at|worth|valued at) (?:about |roughly |over |nearly |around )?[$£€]\d[\d,.]*\s?(?:[kmb]\b|million|billion)?))\b/gi,
    },
    {
      label: 'passed an audit or reached a required level',
      weight: 2,
      pattern:
        /\b(?:(?:passed|cleared)(?<!(?:\bnot|\bnever|n['’]t|\b(?:suppliers?|vendors?|competitors?|contractors?|partners?)(?:['’]s?)?(?: \w+)?) (?:\w+ )?\w+) (?:the |a |an |its |our |their |every |all )?(?:\w+['’]s )?(?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?(?:audits?|assessments?|certifications?|homologation|type approval|accreditation|ppap)(?!\s+(?:findings|results|reports?|notes|comments|actions|data|documents?|packs?|deadlines?|dates?|windows?|slots?|questions|requests?|to|on)\b)(?![^.!?\n]{0,60}?\b(?:too late|late|after the (?:deadline|date|slot)|missed|failed|only (?:after|on) (?:the )?(?:second|third|re-?))\b)|(?:reached|achieved|obtained|earned)(?<!(?:\bnot|\bnever|n['’]t) (?:\w+ )?\w+) (?:the |a |an |our |its |their )?(?:\w+ )?(?:(?:capability |maturity |compliance |certification |assurance |aspice |cmmi |sil |asil )level (?:\d|one|two|three|four|five)|level (?:\d|one|two|three|four|five)(?=[^.!?\n]{0,60}?\b(?:process(?:es)?|assessments?|audits?|certification|in scope|required|requirements?|aspice|cmmi)\b))(?![^.!?\n]{0,60}?\b(?:too late|late|after the (?:deadline|date)|missed|failed)\b))\b/gi,
    },
    {
      label: 'delivered despite a setback',
      weight: 3,
      pattern:
        /\b(?:(?:despite|in spite of|even after)\b(?:[^.!?\n]|\.\d){0,80}?\b(?:setbacks?|outages?|delays?|slips?|slipped|losing|lost|attrition|departure|left|cuts?|freeze|blockers?|failures?|failed|re-?orgs?|reorgani[sz]ation|incidents?|kept (?:moving|changing|slipping|shifting)|moving (?:targets?|deadlines?|goalposts)|(?:scope|requirements?|spec) changes?)|kept (?:the (?:other|remaining|rest)|everything else)\b(?:[^.!?\n]|\.\d){0,40}?\b(?:moving|on track|on schedule|going|on plan))\b/gi,
    },
    {
      // A nineteenth user's trial: "a deadline that kept moving", "Mastercard changed the data only flow in the middle of
      // the project": the setback the catalog hint asks for, told without "despite" (which makes it 'delivered despite a
      // setback'). Beside a dated number it maps a story; alone, a target that moved is no result.
      label: 'worked against a moving target',
      weight: 2,
      pattern:
        /\b(?:(?:deadlines?|dates?|targets?|scope|requirements?|specs?|specifications?|rules|goalposts) (?:that |which )?kept (?:moving|changing|slipping|shifting|growing)|moving (?:targets?|deadlines?|goalposts)|moved the goalposts|(?:changed|rewrote|reversed|redefined|moved|shifted)(?<!\b(?:I|we)\s(?:\w+\s)?(?:changed|rewrote|reversed|redefined|moved|shifted)) (?:the |its |their |our )?(?:[\w-]+ )?(?:[\w-]+ )?(?:flows?|spec(?:ification)?s?|requirements?|rules?|scope|apis?|formats?|deadlines?|dates?|standards?|designs?|mandates?|priorit(?:y|ies)|targets?|interfaces?|protocols?|contracts?)\b(?:[^.!?\n]){0,30}?\b(?:in the middle of|midway through|halfway through|partway through|mid-?way through) (?:the |our )?(?:project|programme|program|migration|rollout|build|integration|delivery|quarter|sprint)|(?:flows?|spec(?:ification)?s?|requirements?|rules?|scope|apis?|formats?|deadlines?|dates?|standards?|designs?|mandates?|priorit(?:y|ies)|targets?|interfaces?|protocols?|contracts?) (?:\w+ )?changed (?:\w+ )?(?:in the middle of|midway through|halfway through|partway through|mid-?way through) (?:the |our )?(?:project|programme|program|migration|rollout|build|integration|delivery|quarter|sprint))\b/gi,
    },
    {
      label: 'cut scope to protect the date',
      weight: 2,
      pattern:
        /\b(?:re-?plann?(?:ed|ing)|re-?baselin(?:ed|ing)|recover(?:ed|ing) (?:the )?(?:schedule|timeline|date|plan)|back on track|(?:cut|descoped|de-scoped|trimmed) (?:the )?scope|(?:cut|removed|dropped|moved|pulled|deferred)\b(?:[^.!?\n]|\.\d){0,50}?\b(?:from|out of) (?:the )?(?:launch |release |first |initial )?scope|protect(?:ed|ing)? (?:the|our) (?:\w+ )?(?:date|deadline|timeline)|cut line|launch-critical)\b/gi,
    },
    {
      label: 'delivered to a number',
      weight: 2,
      delivery: true,
      pattern:
        /\b(?:(?:served|fulfilled|processed) (?:about |over |nearly |more than |a record |some )?\d[\d,.]*\s?(?:lakh |crore |million |k )?(?:orders|transactions|payments|shipments|parcels|deliveries|checkouts)|(?<![\d,])(?<!\b(?:only|just|barely|under|fewer than|less than) )\d[\d,]*\d(?: (?:orders|transactions|payments|shipments|parcels|deliveries))? (?:were )?(?:served|fulfilled|processed)\b|(?:delivered|launched|shipped|rolled out|migrated|completed)\b(?:[^.!?\n]|\.\d){0,60}?\b\d[\d,]*\s?(?:percent|weeks?|days?|months?|hours?|services|teams|customers|users|markets|regions|countries|sites|stores|million|billion|units|parts|orders|vehicles|skus|suppliers|plants|lines|tools|molds|moulds|pallets)|all (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty) (?:\w+[- ])?(?:\w+ )?(?:moved|launched|opened|shipped|went live|were live|migrated|cut over|ran on|completed|finished|landed|passed)|(?:all|(?<![\d,])\d[\d,]* of (?:the |our )?) ?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty) \w+\b(?!(?:[^.!?\n]|\.\d){0,50}?\b(?:rejected|denied|failed|stuck|lost|delayed|missed|bounced|pending|outstanding|unpaid|late|backlogged|not|never)\b)(?:[^.!?\n]|\.\d){0,50}?\b(?:by|until) (?:the end of |end of |mid-?|early |late |\d{1,2}(?:st|nd|rd|th)? )?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|q[1-4]|peak|the (?:\w+ )?(?:deadline|cut-?off|freeze|date)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:noon|midday|morning|afternoon|evening|night|midnight|lunchtime|close|eod))?|(?:the )?end of (?:the )?(?:day|week)|midnight|noon|midday|eod)|(?:all|(?<![\d,])\d[\d,]* of (?:the |our )?) ?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|\w+ty) \w+ (?:were|are|was) (?:all )?(?:live|enrolled|migrated|upgraded|swapped|fitted|running|producing|in production|qualified|approved|installed|transferred|relocated|commissioned|certified|released|shipping|at (?:full )?rate|complete|completed|on air|on (?!(?:\w+ )?(?:before|by|until|after|in|on|at|from|since|for)\b)(?:[\w-]+ )?(?:[\w-]+ )?(?:v|version )?\d[\d.]*)|(?:signed|closed|won|secured|landed|booked)\b(?:[^.!?\n]|\.\d){0,40}?\b(?:within|before|ahead of|inside|in time for|by the (?:deadline|date|end))\b(?:[^.!?\n]|\.\d){0,40}?\b(?:(?:\d+|one|two|three|four|five|ten)[- ]year (?:deal|contract|renewal|agreement|extension|term)|(?:at|worth|valued at) (?:about |roughly |over |nearly |around )?[$£€]\d[\d,.]*\s?(?:[kmb]\b|million|billion)?))\b/gi,
    },
    {
      label: 'landed on time or on budget',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:(?:delivered|went live|launched|shipped|landed|finished|completed|done|live|closed|opened|migrated|published|was|were) on (?:time|schedule|budget)(?!,? (?:only|just|rarely|once|twice|less|half|never|in only)\b)|on time and (?:on|under|within) budget|(?:under|within|inside) (?:the )?budget(?! (?:pressures?|constraints?|cuts?|limits?|scrutiny|reviews?|talks|discussions|negotiations|freeze|squeeze|caps?)\b)|inside the (?:extension|deadline|grace period)|(?:no|zero|without(?: a| any)?) (?:sla|contract(?:ual)?|late[- ]delivery|non-performance) penalt(?:y|ies)|(?:no |zero |without (?:a |any |a single )?)(?:line[- ]downs?|line[- ]down (?:events?|incidents?)|missed (?:shipments?|deliveries)|late (?:shipments?|deliveries))(?! risks?\b))\b/gi,
    },
    {
      label: 'exceeded the goal',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:never settled|(?:didn['’]t|did not) settle|(?:raised|stretched) the (?:target|goal)|(?:exceeded|beat|surpassed|topped) (?:the |our |its )?(?:target|goal|plan|forecast|projection)|(?<=(?:\d(?:[kmb]|cr)?|\d (?:million|billion|bn|crores?|lakhs?|lacs?)|%|percent|points?|pts|well|comfortably|far|back|came in|(?:finished|ended|closed|landed|grew|rose)(?: in)?) )(?:above (?:the |our |its )?(?:\w+ )?(?:forecast|target|plan|goal|projection)|over (?:the |our |its )?(?:\w+ )?(?:target|goal)))\b/gi,
    },
    {
      label: 'reported a measured outcome',
      weight: 1,
      pattern:
        /\b(?:fell|dropped|rose|grew|went (?:up|down)|came down|improved|increased|decreased|declined|shrank|halved|doubled|went(?= from)|cut|reduced|lowered|lifted|raised)\b(?:[^.!?\n]|\.\d){0,30}?\b(?:from (?:about |around |roughly |just )?(?:[$£€]?\d[\d,.]*[kmb]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)(?:%| percent| \w+)? to (?:about |around |roughly |just |under |over )?(?:[$£€]?\d[\d,.]*[kmb]?%?|\w+)|(?:by|to) (?:about |around |roughly |nearly |almost |over |more than |just |well over )?\d[\d,.]*(?=\s?(?:%|percent\b|per cent\b|percentage points?\b|points?\b|pp\b)))\b|\b(?:fell|dropped|rose|grew|went (?:up|down)|came down|improved|increased|decreased|declined|shrank|halved|doubled|went(?= from)|cut|reduced|lowered|lifted|raised) (?:about |around |roughly |nearly |almost |over |more than |just |well over )?\d[\d,.]*(?=\s?(?:%|percent\b|per cent\b|percentage points?\b|points?\b|pp\b))\b/gi,
    },
    {
      label: 'ran the delivery mechanics',
      weight: 1,
      pattern:
        /\b(?:critical path|burn-?down|risk (?:register|review|log)|mitigation plan|contingency plan|cut-?over|go[- ]live|key inputs?|input metrics?|okrs?|kpis?|war room|dress rehearsals?)\b/gi,
    },
  ],

  'strive-to-be-earths-best-employer': [
    {
      label: 'reduced on-call or after-hours load',
      weight: 3,
      pattern:
        /\b(?:on[- ]?call (?:load|burden|pages|paging|fatigue|burnout|hours|volume)|(?:made|kept) (?:the |our )?on[- ]?call (?:lighter|quieter|sustainable|humane|bearable)|(?<!\b(?:the|web|landing|help|content|product|about|report) )(?:pages|call-?outs) (?:fell|dropped|went down|came down|were cut|were halved)|fewer (?:night )?(?:pages|call-?outs)|(?:asked|wanted|threatened|chose|decided) to (?:leave|quit) the (?:on[- ]?call )?(?:rota|rotation)|(?:fair(?:er)?|sustainable|balanced) (?:on[- ]?call )?(?:rota|rotation)|(?:rota|rotation) (?:back )?to something sustainable|(?:capped|cut|reduced|halved|shrank|shortened|lightened|eased|trimmed|spread) (?:the |our |their |its )?on[- ]?call rotations?|pager (?:load|fatigue|volume)|(?:took|taken|taking) (?:her|him|them) off (?:the )?(?:on[- ]?call|pager|night|weekend)(?: rota| rotation| shifts?)?|(?:moved|swapped|covered|reassigned|took over|traded|dropped) (?:her|his) (?:(?:on[- ]?call|night|weekend|pager)(?: shifts?| rota| weeks?| duties)?|(?:late|early) (?:shifts?|rota))|(?:pages|alerts|escalations) per (?:on[- ]?call )?(?:week|shift|night|rotation|engineer|person)|after[- ]hours (?:pages|work|calls)|out[- ]of[- ]hours (?:rotas?|pages|work|calls)|(?:weekend|night(?:time)?) (?:pages|work|deploys?|releases?)|(?:deleted|removed|rewrote|retired|silenced|killed|cut|dropped|tuned|disabled)(?<=(?:\bI (?:(?:also|then|first|later|personally|myself) )?|(?:^|\n)[-*•]? ?)(?:deleted|removed|rewrote|retired|silenced|killed|cut|dropped|tuned|disabled))\b(?:[^.!?\n]){0,40}?\b(?:(?:alerts|pages|alarms) (?:that )?(?:nobody|no one|no-one) (?:acted on|read|looked at|needed|used|answered|actioned)|(?:noisy|non-actionable|unactionable|flapping) (?:alerts|pages|alarms)))\b/gi,
    },
    {
      label: 'made the workplace safer or more inclusive',
      weight: 3,
      pattern:
        /\b(?:psychological(?:ly)? safe(?:ty)?|inclusi(?:ve|on|vity)|diversity|belonging|(?:safer|fairer|healthier|more inclusive|more just|more equitable) (?:workplace|work environment|team|culture)|harassment|physical(?:ly)? safe(?:ty)?|lost[- ]time (?:injuries|incidents)|(?:recordable |workplace |staff |worker )injur(?:y|ies)|machine guard(?:s|ing)|lock-?out[- /]tag-?out|near[- ]miss (?:reports?|reporting)|safety (?:stand-?downs?|walks?|interlocks?)|trir|ltir|injury rates?|(?:workplace|employee|warehouse) safety|ergonomics?|accessible (?:desks|workstations|offices|workplace)|quiet rooms)\b/gi,
    },
    {
      label: 'cared for team wellbeing',
      weight: 2,
      cliche: true,
      pattern:
        /\b(?:burn-?out|burned out|burnt out|well[- ]?being|morale|work[- ]life balance|mental health|sustainable pace|(?:felt|looked|grew|became|seemed|visibly|completely|utterly|physically|mentally|emotionally) exhausted|exhausted(?<=\b(?:team|teams|engineers|staff|operators|crews?|people|everyone|everybody|they|we|he|she|I|nurses|technicians|workers|agents|colleagues) (?:was|were|are|is|got|had been) (?:\w+ )?exhausted)|exhausted (?:team|teams|engineers|staff|operators|crews?|people|colleagues|technicians|workers|nurses|agents)|exhaustion(?<!\b(?:port|pool|memory|address|connection|thread|resource|disk|ip|budget|stock|capacity|quota|descriptor|socket|heap|buffer|credit|inventory|fuel|battery) exhaustion)|(?:while|when|during|as) (?:her|his|their) (?:\w+['’]s )?(?:\w+ )?(?:illness|treatment|surgery|chemo(?:therapy)?|(?<!\b(?:disaster|data|cost|service|system|error|crash|failure|backup|account|password|revenue|debt|cash|fault) )recovery|bereavement|divorce|pregnancy|grief|diagnosis|hospital stay|was (?:ill|sick|dying|in hospital|unwell)|were (?:ill|sick|in hospital)|passed away|died))\b/gi,
    },
    {
      label: "protected the team's time",
      weight: 2,
      pattern:
        /\b(?:toil|(?:protected|shielded) (?:the |my )?(?:team|engineers?|people)(?:['’]s)? (?:time|focus|capacity|weekends|bandwidth)|(?:rebalanced|redistributed|capped) (?:the )?(?:workload|load|hours|on-?call|shifts|shift patterns?|rotas?)|(?:no more|ended|stopped|removed|eliminated|cut out) (?:the )?(?:weekend|night|late[- ]night|overnight)[- ](?:work|pages|deploys|deployments|releases|cutovers|shifts|nights)|(?:cut|capped|reduced|ended|stopped|eliminated|limited|halved|banned|avoided|no more|without(?: any)?|with no|zero|no) (?:the |all |our |their )?(?:mandatory |forced |unpaid |excessive |routine |compulsory )?(?:weekend |night |saturday |sunday )?overtime(?! (?:budgets?|pay|money|costs?|rates?|premiums?|approvals?|spend|bills?|claims?)\b)|overtime (?:hours )?(?:fell|dropped|went down|came down|halved|was cut|was capped|ended|stopped)|(?:gave|give|gives|giving|offered|offer|granted|grant)(?<!\b(?:not|never|refused to|n['’]t)\s(?:\w+\s)?(?:gave|give|gives|giving|offered|offer|granted|grant)) (?:\w+ )?(?:\w+ )?(?:a|the|an extra) (?:day|morning|afternoon) off (?:in lieu )?(?:after|following) (?:a |any |every |each |the )?(?:[\w-]+ )?(?:night|shift|weekend|incident|call-?out|pages?|on-?call)|time off in lieu)\b/gi,
    },
    {
      label: 'empowered people for what comes next',
      weight: 2,
      pattern:
        /\b(?:empower(?:ed|ing)?|ready for (?:what['’]s next|the next (?:role|step))|personal (?:success|goals?|development)|career choice|(?:first|second)[- ]choice (?:team|role|project)s?|(?:state|gave|give) (?:a |their )?(?:first and second )?preferences?)\b/gi,
    },
    {
      label: 'asked people what they needed',
      weight: 2,
      pattern:
        /\b(?:(?:staff|employee|engagement|pulse) surveys?|exit interviews|(?:interviewed|talked to|spoke (?:to|with)|met) (?:\w+ )?(?:recent |former )?leavers|let (?:people|each engineer|every engineer|engineers|everyone|staff|the team) (?:choose|pick|state|rank|vote)|(?:first-year|staff|employee|engineer(?:ing)?|team|graduate|regretted) (?:attrition|retention))\b/gi,
    },
    {
      label: "supported an individual employee's needs",
      weight: 2,
      pattern:
        /\b(?:parental leave|medical leave|compassionate leave|bereavement leave|(?:phased|gradual) return to work|reasonable adjustments|flexible (?:hours|schedules?|work)|accommodations?|returning from leave|caring (?:duties|responsibilities)|hardship (?:exception|leave|cases?)|(?:lightened|reduced|adjusted|cut|halved|rebalanced|reshaped|capped|trimmed|took (?:some|part|half) of) (?:her|his) (?:\w+ )?(?:workload|load|hours|caseload|tickets|deadlines?|schedule|commitments|portfolio)|above and beyond for (?:an? |my )?(?:employee|teammate|engineer|report))\b/gi,
    },
    {
      label: 'led with empathy and recognition',
      weight: 1,
      pattern:
        /\b(?:recogni[sz](?:ed|ing) (?:the team|their work|the engineers|contributions)|celebrat(?:ed|ing)|team[- ]building|empath(?:y|etic|i[sz]ed?))\b/gi,
    },
  ],

  'success-and-scale-bring-broad-responsibility': [
    {
      label: 'considered environmental impact',
      weight: 3,
      pattern:
        /\b(?:sustainability|carbon|emissions|co2|energy (?:use|usage|consumption|efficiency|savings)|environmental(?:ly)?|packaging waste|e-?waste|renewables?|climate|net[- ]zero|landfill|(?:hazardous|chemical|plastic|packaging) waste|recycl(?:ed|ing|e) (?:\d+ ?%|all|most|half|the|our) (?:of (?:the|our) )?(?:\w+ )?(?:scrap|waste|packaging|material|plastics?|aluminium|aluminum|steel|metal|water|batteries|pallets|solvents?|coolant))\b/gi,
    },
    {
      label: 'protected user privacy',
      weight: 2,
      pattern:
        /\b(?:data minimi[sz]ation|privacy[- ]by[- ]design|(?:ran|did|completed|carried out|led|wrote|commissioned|conducted|insisted on|asked for) (?:a |an |the |our )?(?:(?:data protection|privacy) impact assessments?|dpias?)|found (?:that )?(?:we|it|the \w+|they) had no lawful basis|redesign(?:ed|ing)? (?:it |the \w+ )?(?:for|around) privacy|(?:minimi[sz]ed|limited|cut|reduced) (?:the )?(?:personal )?data (?:we|it) (?:collected|kept|stored|held|shared)|(?:collect(?:ed)?|kept|keep|stor(?:ed|e)|retain(?:ed)?|shar(?:ed|e)) only (?:the )?(?:\w+ )?(?:data|fields|information)|(?:stopped|stop) (?:collecting|storing|logging|sharing|retaining)|consent[- ]withdrawals?|withdr[ae]w(?:n|al of)? (?:their )?consent|honou?r(?:ed|ing|s)? (?:\w+ )?(?:consent|opt-outs?|deletion requests?)|(?:anonymi[sz]|pseudonymi[sz]|mask|redact|purg|tokeni[sz])(?:ed|ing)(?<!\b(?:not|never|vendors?|suppliers?|they|he|she|team|partners?)\s(?:(?:also|then|had|have|all)\s)?\w+) (?:the |all |any |their |our |full |every )?(?:(?:personal|customer|patient|user)['’]?s? (?:data|details|information|records)|(?:full |primary |raw )?(?:card|account|iban|phone|passport|social security|national insurance) numbers|pans|cardholder data)|(?:card|account|iban|passport) numbers\b(?:[^.!?\n]){0,60}?\bI (?:then |also )?(?:masked|redacted|tokeni[sz]ed|purged|removed) (?:them|it|every one|each one)|replac(?:ed|ing|e)\b(?:[^.!?\n]){0,60}?\bwith (?:the |an? )?(?:aggregated,? (?:and )?)?(?:anonymi[sz]ed|pseudonymi[sz]ed|de-?identified|masked|redacted|tokeni[sz]ed)(?:,? (?:and )?aggregated)? (?:cohorts|extracts?|datasets?|records|figures|counts|tables|views|feeds?|samples|summaries|statistics|data|ids|identifiers|files?)|(?:aggregated,? (?:and )?)?(?:anonymi[sz]ed|pseudonymi[sz]ed|de-?identified|masked|redacted|tokeni[sz]ed)(?:,? (?:and )?aggregated)? (?:cohorts|extracts?|datasets?|records|figures|counts|tables|views|feeds?|samples|summaries|statistics|data|ids|identifiers|files?)\b(?:[^.!?\n]){0,20}?\b(?:instead of|rather than|in place of)|(?:no|without any|without) (?:personal |patient |customer |identifiable |user |member |staff )(?:data|details|information|records) (?:ever )?(?:leaving|left|leaves|(?:would|will|could|can|ever) (?:leave|cross)|crossing|crossed|going|went|sent|stored|held) (?:outside |out of |beyond )?(?:the )?(?:uk|eu|eea|country|region|\w+ borders?|(?:our|the \w+['’]s) (?:network|estate|tenancy|cloud|servers|data cent(?:re|er)s?)))\b/gi,
    },
    {
      // A twenty-third user's trial (an iOS engineer at a food-delivery firm): "I took ownership of making the full
      // ordering flow usable with VoiceOver" and "VoiceOver users' order completion went from 12% to 71%" gave no
      // evidence, though the principle's hint names accessibility. Work that made the product usable by people with a
      // disability, or moved a measure of theirs, is the act; the assistive technology named alone is
      // 'made the product accessible'.
      label: 'made the product usable for people with disabilities',
      weight: 3,
      pattern:
        /\b(?:(?:made|making|make|got|getting|rebuilt|redesigned|fixed|fixing|reworked)(?<!\b(?:not|never|n['’]t|without|wanted to|planned to|hoped to|asked (?:\w+ )?to|would|will) (?:\w+ )?(?:made|making|make|got|getting|rebuilt|redesigned|fixed|fixing|reworked))\b(?:[^.!?\n]){0,60}?\b(?:usable|accessible|work(?:ed|s|ing)?|navigable|readable|operable) (?:with|for|by|to|under) (?:a |an |the |our )?(?:\w+ )?(?:voiceover|talkback|screen[- ]readers?|switch (?:access|control)|assistive tech(?:nology|nologies)?|braille displays?|blind|deaf|deafblind|low[- ]vision|partially[- ]sighted|visually[- ]impaired|hard of hearing|colou?r[- ]?blind|wheelchair users?|(?:people|customers|users|riders|passengers|patients) with (?:a )?disabilit(?:y|ies))|(?:voiceover|talkback|screen[- ]reader|switch[- ]access|blind|deaf|low[- ]vision|partially[- ]sighted|visually[- ]impaired|disabled) (?:users|customers|members|shoppers|players|patients|passengers|riders|people|students|readers)['’]? (?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?(?:went (?:up )?from|rose|grew|increased|improved|doubled|tripled|jumped|climbed)|(?:fixed|resolved|closed|cleared) (?:all |every one of (?:the |our )?)?(?:\d[\d,]*|the|every|all) (?:open |remaining )?(?:wcag |voiceover |talkback |screen[- ]reader )?(?:accessibility|a11y|wcag) (?:issues|bugs|defects|violations|failures|findings|blockers))\b/gi,
    },
    {
      label: 'made the product accessible',
      weight: 2,
      endsOneActWith: ['made the product usable for people with disabilities'],
      pattern:
        /\b(?:a11y|screen[- ]readers?|voiceover|talkback|switch (?:access|control)|assistive tech(?:nology|nologies)?|dynamic type|wcag|visually impaired|hard of hearing|(?:blind|deaf|older|elderly) (?:users|customers|people|players|staff|employees|residents|patients|testers)|(?:a|the|one) (?:blind|deaf|partially[- ]sighted|visually[- ]impaired|low[- ]vision) (?:customer|user|shopper|member|patient|passenger|player|resident|reader)|(?:with|have) disabilit(?:y|ies)|accessibility (?:fixes|failures|issues|bugs|defects|blockers|criteria|standards?|requirements?|labels|testing|tests|audits?|reviews?|pass|checks?|work)|accessibility labell?ing)\b/gi,
    },
    {
      label: 'weighed second-order effects',
      weight: 3,
      pattern:
        /\b(?:second[- ]order (?:effects?|impacts?|consequences?)|secondary effects?|unintended (?:consequences?|effects?|harm)|ethical|ethics|(?:model|algorithmic) fairness|fairness (?:of|in) (?:the |its )?(?:model|algorithm|scoring|decisions?)|responsible ai|bias in (?:the )?(?:model|algorithm|data))\b/gi,
    },
    {
      label: 'looked at the effect on communities',
      weight: 2,
      pattern:
        /\b(?:local communit(?:y|ies)|communit(?:y|ies) (?:impact|groups?|partners?|members|outreach)|non-?profits?|charit(?:y|ies|able)|volunteering|public (?:good|interest|safety|health)|societal|society|future generations|vulnerable (?:customers|people|residents|users|patients|households|groups|adults|communities|members)|digital(?:ly)? exclu(?:ded|sion)|(?:customers|people|residents|patients|users) (?:aged )?(?:over|above) (?:6[05]|7[05]|80)|(?:customers|people|residents|users|patients|households) (?:without|with no) (?:internet|a smartphone|smartphones|a bank account|online access|other (?:option|bank|branch)))\b/gi,
    },
    {
      label: 'left things better beyond the team',
      weight: 2,
      pattern:
        /\b(?:left (?:it|things|the \w+) better than|better than (?:I|we) found (?:it|them)|open[- ]?sourced|contributed (?:it )?back|upstreamed)\b/gi,
    },
    {
      label: 'weighed the wider impact',
      weight: 2,
      pattern:
        /\b(?:(?:customer|community|equality|equity|social|environmental)[- ]impact assessments?|(?:impact|effects?) on (?:the )?(?:local |wider |surrounding )?(?:communit(?:y|ies)|neighbou?rs|neighbou?rhoods?|society|the public|the environment|vulnerable \w+))\b/gi,
    },
    {
      label: 'managed privacy, regulatory or public risk',
      weight: 1,
      pattern:
        /\b(?:privacy|personal data|pii|gdpr|ccpa|pci(?:[- ]dss)?|data protection|user consent|regulatory|regulators?|regulations?|compliance|legal (?:risk|exposure)|trust (?:and|&) safety|(?:harm|harmful) to (?:users|customers|people|the public))\b/gi,
    },
  ],
};
