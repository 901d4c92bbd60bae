// What a bar raiser listens for, per Leadership Principle, as phrases to look for in story text.
// Used by the evidence-based inference step: each match adds the signal's weight to its LP and
// its label is shown to the user as the reason.
//
// Conventions for every pattern:
// - flags exactly 'gi'. Because of 'g', RegExp#test/#exec are stateful: reset `lastIndex = 0`
//   before reuse, or use String#matchAll / String#search, which do not leak state.
// - starts and ends on a word boundary (\b), so it never fires inside a longer word.
// - linear-time: no quantified group contains another quantifier; a "gap" between two phrases
//   is a bounded run such as (?:[^.!?\n]|\.\d){0,60}: it stays within one sentence, but a
//   decimal point ("$1.2M") does not end it. The one wider gap is Have Backbone's
//   disagree-then-commit signal, which may span a few sentences ([\s\S]{0,240}).
// - prefers precise phrases; a bare common word ("customers", "trust") is weight 1 at most.
import type { LpId } from './catalog.js';

export interface Signal {
  /** Short reason shown to the user, e.g. 'personally touched the data'. */
  readonly label: string;
  /** 3 = strong, distinctive evidence; 1 = weak, generic. */
  readonly weight: 1 | 2 | 3;
  /** Case-insensitive, word-bounded, flags 'gi'; matches a phrase in story text. */
  readonly pattern: RegExp;
}

export const SIGNALS: Readonly<Record<LpId, readonly Signal[]>> = {
  'customer-obsession': [
    {
      label: 'worked backwards from the customer',
      weight: 3,
      pattern:
        /\bwork(?:ed|ing|s)? backwards?\b|\bwork(?:ed|ing|s)? back from (?:the |our |what )?(?:customers?|users?|sellers?|buyers?)\b/gi,
    },
    {
      label: 'named a specific customer segment',
      weight: 2,
      pattern:
        /\b(?:enterprise|smb|small[- ]business|returning|repeat|first[- ]time|new|existing|premium|prime|mobile|rural|elderly|international|power|internal|external|b2b|b2c|high[- ]value|top|largest|low[- ]income|part[- ]time|full[- ]time|frequent|occasional|non-technical|third[- ]party|independent|long[- ]tail|self[- ]serve|free[- ]tier|paying)\s(?:customers|users|sellers|merchants|buyers|shoppers|clients|accounts|developers|members|subscribers|drivers|patients)\b/gi,
    },
    {
      label: 'said which customers were not served first',
      weight: 3,
      pattern:
        /\b(?:deprioriti[sz](?:ed|e|ing)|chose not to serve|said no to|turned down|disappoint(?:ed|ing)?|excluded|left out)\b(?:[^.!?\n]|\.\d){0,60}\b(?:customers?|users?|segments?|clients?|personas?|sellers?|merchants?|requests?)\b/gi,
    },
    {
      label: 'went to customers directly',
      weight: 2,
      pattern:
        /\b(?:(?:customer|user|seller|merchant) (?:interviews?|feedback|complaints?|tickets?|escalations?|calls|research|pain points?|anecdotes?|visits?)|(?:talked|spoke|met|sat) (?:directly )?with (?:\d+ |several |a dozen |dozens of )?(?:customers|users|sellers|merchants|clients))\b/gi,
    },
    {
      label: 'tied the work to what customers needed',
      weight: 2,
      pattern:
        /\b(?:what (?:the )?(?:customers?|users?) (?:needed|wanted|valued|cared about)|(?:customer|user)['’]?s?['’]? (?:needs?|problem|pain)|(?:cart )?abandonment|drop[- ]off rate|churn(?:ed)?)\b/gi,
    },
    {
      label: 'talked about the customer experience',
      weight: 1,
      pattern: /\b(?:customer|user) (?:trust|experience|impact|adoption|satisfaction|retention)\b|\b(?:nps|csat)\b/gi,
    },
    {
      label: 'mentions customers',
      weight: 1,
      pattern: /\b(?:customers?|end[- ]users?)\b/gi,
    },
  ],

  ownership: [
    {
      label: 'picked up something nobody owned',
      weight: 3,
      pattern:
        /\b(?:no(?:body| one) (?:owned|was (?:owning|accountable|responsible))|(?:fell|falling|fallen|slipp(?:ed|ing)) (?:between|through) (?:the )?(?:two |three )?(?:teams|cracks|orgs)|(?:had|with) no (?:clear |single )?owner|unowned|orphaned)\b/gi,
    },
    {
      label: 'went beyond own scope',
      weight: 3,
      pattern:
        /\b(?:(?:outside|beyond) (?:my|our) (?:own )?(?:scope|remit|role|team|job|responsibilit(?:y|ies)|charter|area)|(?:not|wasn['’]t|was not|isn['’]t) (?:my|our) (?:job|team['’]s|system|service|responsibility|problem|charter))\b/gi,
    },
    {
      label: 'wrote a post-mortem or correction of errors',
      weight: 2,
      pattern: /\b(?:post[- ]?mortems?|correction[- ]of[- ]errors?|coe|after[- ]action reviews?|retrospectives?)\b/gi,
    },
    {
      label: 'set up a hand-off or runbook',
      weight: 2,
      pattern:
        /\b(?:hand[- ]?offs?|handed (?:it |the \w+ )?(?:off|over)|handovers?|runbooks?|transition plan|operational ownership)\b/gi,
    },
    {
      label: 'thought about the long term',
      weight: 2,
      pattern:
        /\blong[- ]term (?:fix|solution|value|health|cost|ownership|plan|impact)\b|\b(?:tech(?:nical)? debt|for the long run)\b/gi,
    },
    {
      label: 'took ownership explicitly',
      weight: 2,
      pattern:
        /\b(?:took|take|taking|assumed) (?:full |end[- ]to[- ]end )?(?:ownership|responsibility|accountability)\b|\bI (?:stepped (?:in|up)|volunteered)\b|\bsingle[- ]threaded\b/gi,
    },
    {
      label: 'said they owned it',
      weight: 1,
      pattern: /\b(?:end[- ]to[- ]end|I owned|I own)\b/gi,
    },
  ],

  'invent-and-simplify': [
    {
      label: 'removed something',
      weight: 2,
      pattern:
        /\b(?:removed|eliminated|deleted|retired|deprecated|decommissioned|stripped out|got rid of|killed (?:the|a|an|our|off))(?! (?:the |a |an |our |every )?(?:blockers?|roadblocks?|obstacles?|impediments?|ambiguity|confusion|risks?)\b)\b/gi,
    },
    {
      label: 'consolidated several things into one',
      weight: 3,
      pattern:
        /\b(?:consolidat(?:ed|ing)|merg(?:ed|ing)|collaps(?:ed|ing)|unif(?:ied|ying)|combin(?:ed|ing))\b(?:[^.!?\n]|\.\d){0,60}\binto (?:one|a single|a shared|a common|one shared)\b/gi,
    },
    {
      label: 'replaced something with a simpler one',
      weight: 3,
      pattern:
        /\breplac(?:ed|ing)\b(?:[^.!?\n]|\.\d){0,80}\bwith (?:a |an |one )?(?:much |far )?(?:simpler|single|lighter|smaller|plain|standard)\b/gi,
    },
    {
      label: 'cut steps or moving parts',
      weight: 3,
      pattern:
        /\b(?:fewer |(?:reduc(?:ed|ing)|cut|removed|eliminated|dropped) (?:the number of |\d+ |two |three |four |five |six |several |half (?:of )?the |redundant |unused |duplicate )?)(?:manual |input |form |approval |sign-?off )?(?:steps|fields|screens|clicks|hops|hand-?offs|approvals|dependencies|moving parts|forms|pages)\b/gi,
    },
    {
      label: 'simplified a process or system',
      weight: 2,
      pattern: /\b(?:simplif(?:y|ied|ies|ying|ication)|streamlin(?:e|ed|ing)|automated away)\b/gi,
    },
    {
      label: 'invented a new approach',
      weight: 2,
      pattern:
        /\b(?:invent(?:ed|ing)?|prototyp(?:ed|ing)|patent(?:ed|s)?|novel (?:approach|idea|design|mechanism)|new mechanism)\b/gi,
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
        /\b(?:sought|seeking|asked for|solicited|invited|gathered|looked for) (?:out )?(?:dissenting|opposing|diverse|different|contrary|outside|critical) (?:views?|opinions?|perspectives?|viewpoints?|input)\b/gi,
    },
    {
      label: 'tried to disprove own view',
      weight: 3,
      pattern:
        /\b(?:disconfirm|tested my (?:assumptions?|hypothes[ie]s|beliefs?)|challenged my own|(?:disprove|falsify) my|devil['’]?s advocate|pre[- ]?mortem|red[- ]team(?:ed|ing)?)\b/gi,
    },
    {
      label: 'made a judgment call',
      weight: 2,
      pattern: /\b(?:judg(?:e)?ment call|gut (?:call|feel|instinct)|my (?:judg(?:e)?ment|instinct|intuition))\b/gi,
    },
    {
      label: 'judgment proved right',
      weight: 3,
      pattern:
        /\b(?:proved|proven|turned out(?: to be)?) (?:right|correct)\b|\b(?:validated|confirmed|vindicated)\b(?:[^.!?\n]|\.\d){0,40}\b(?:call|decision|bet|hypothesis|prediction|instinct|judg(?:e)?ment)\b/gi,
    },
    {
      label: 'changed a call when the data changed',
      weight: 2,
      pattern:
        /\b(?:changed|reversed|revisited|updated) (?:my|our|the) (?:mind|call|decision|position|recommendation|view|estimate)\b/gi,
    },
    {
      label: 'weighed alternatives',
      weight: 1,
      pattern:
        /\b(?:weighed|compared|evaluated) (?:the )?(?:options|alternatives|trade-?offs|risks|two options|three options|two designs)\b/gi,
    },
  ],

  'learn-and-be-curious': [
    {
      label: 'taught themselves something new',
      weight: 3,
      pattern:
        /\b(?:taught myself|self[- ]taught|read up on|ramp(?:ed|ing)? (?:myself )?up on|(?:got|getting) (?:myself )?up to speed on|took (?:an? )?(?:online )?(?:course|class|certification))\b/gi,
    },
    {
      label: 'stepped into an unfamiliar domain',
      weight: 2,
      pattern:
        /\b(?:learn(?:ed|t|ing) (?:about|how)|new (?:domain|field|technology|language|framework|stack)|(?:unfamiliar|outside my) (?:domain|area|field|expertise|technology|comfort zone))\b/gi,
    },
    {
      label: 'ran an experiment',
      weight: 2,
      pattern: /\b(?:experiment(?:ed|s|ing)?|a\/b test(?:s|ed|ing)?|hypothes(?:is|es|ized)|tried out)\b/gi,
    },
    {
      label: 'followed their curiosity',
      weight: 2,
      pattern: /\b(?:curious|curiosity|wondered (?:why|whether|if)|asked (?:myself )?why)\b/gi,
    },
    {
      label: 'shadowed another team to learn',
      weight: 2,
      pattern: /\b(?:shadow(?:ed|ing)|sat in on|job[- ]shadow)\b/gi,
    },
    {
      label: 'reflected on what they learned',
      weight: 1,
      pattern: /\b(?:lessons? learned|what I learned|I learned)\b/gi,
    },
  ],

  'hire-and-develop-the-best': [
    {
      label: 'mentored or coached someone',
      weight: 3,
      pattern: /\b(?:mentor(?:ed|ing|s)?|coach(?:ed|ing)|sponsor(?:ed|ing) (?:him|her|them|an? \w+))\b/gi,
    },
    {
      label: 'helped someone earn a promotion',
      weight: 3,
      pattern:
        /\b(?:(?:he|she|they|who|both|each) (?:(?:was|were|got|later got) )?promoted|promoted (?:him|her|them|two|three|\d+)|helped (?:him|her|them|\w+) (?:get|earn|reach) (?:a |the |his |her |their )?promotion|promotion (?:case|doc|document|packet)s?|(?:his|her|their) promotions?)\b/gi,
    },
    {
      label: 'hired or built a team',
      weight: 2,
      pattern:
        /\b(?:hired|recruited|grew the team|built (?:out )?(?:the|a|my) team|raised the hiring bar|interview loops?|bar[- ]raiser)\b/gi,
    },
    {
      label: "invested in someone's growth",
      weight: 2,
      pattern:
        /\b(?:career (?:growth|goals?|plans?|development|conversations?)|development plans?|growth plans?|stretch (?:assignments?|projects?|roles?|goals?)|(?:gave|give|giving) (?:candid |direct |constructive |regular )?feedback)\b/gi,
    },
    {
      label: 'gave others room to lead',
      weight: 2,
      pattern:
        /\b(?:delegat(?:ed|ing)|let (?:him|her|them) (?:lead|own|run|drive)|gave (?:him|her|them) (?:ownership|the lead))\b/gi,
    },
    {
      label: 'managed performance',
      weight: 2,
      pattern:
        /\b(?:top performers?|high performers?|low performers?|underperform(?:er|ers|ing)|performance (?:reviews?|improvement plan))\b/gi,
    },
    {
      label: 'onboarded or trained people',
      weight: 1,
      pattern:
        /\b(?:onboard(?:ed|ing)|train(?:ed|ing) (?:the |new |junior )?(?:team|engineers|hires|tpms|members)|new hires?|junior (?:engineers?|tpms?|pms?|developers?))\b/gi,
    },
  ],

  'insist-on-the-highest-standards': [
    {
      label: 'raised the bar',
      weight: 3,
      pattern: /\b(?:rais(?:ed|ing) the (?:quality )?bar|(?:a )?higher bar|quality bar)\b/gi,
    },
    {
      label: 'refused to ship below the bar',
      weight: 3,
      pattern:
        /\b(?:refus(?:ed|ing) to (?:ship|launch|release|sign off|lower)|(?:held|blocked|halted|stopped|paused) the (?:launch|release|rollout|deploy(?:ment)?)|(?:would|will) not (?:ship|launch|release)|(?:wouldn|won)['’]t (?:ship|launch|release))\b/gi,
    },
    {
      label: 'made sure the fix stayed fixed',
      weight: 3,
      pattern:
        /\b(?:fixed for good|(?:stays?|stayed) fixed|never (?:recurred|came back|happened again)|(?:prevent|stop)(?:ed|s)? (?:it|this|that|the (?:bug|issue|defect|problem|outage)) from (?:recurring|happening again|coming back)|regression (?:tests?|suite))\b/gi,
    },
    {
      label: 'introduced quality gates',
      weight: 2,
      pattern:
        /\b(?:quality gates?|launch (?:criteria|checklist|readiness review)|exit criteria|acceptance criteria|definition of done|release (?:criteria|gates?)|go\/no[- ]go|operational readiness review|bake time)\b/gi,
    },
    {
      label: 'set a standard others had to meet',
      weight: 2,
      pattern:
        /\b(?:high(?:er|est)? standards?|(?:set|defined|wrote|raised) (?:a |the |new )?(?:standards?|guidelines|templates?|bar) (?:for|that|across))\b/gi,
    },
    {
      label: 'tracked quality',
      weight: 1,
      pattern: /\b(?:defects?|bugs|sev[- ]?[12]s?|error budget|code reviews?|design reviews?|test coverage)\b/gi,
    },
  ],

  'think-big': [
    {
      label: 'set a multi-year vision',
      weight: 3,
      pattern:
        /\b(?:multi[- ]?year|(?:two|three|five|ten|[2-9]|10)[- ]year (?:vision|roadmap|plan|strategy|horizon)|north[- ]star|bold (?:vision|bet|goal|direction))\b/gi,
    },
    {
      label: 'scope was org-wide',
      weight: 3,
      pattern:
        /\b(?:org(?:anization)?[- ]wide|company[- ]wide|industry[- ]wide|across (?:the (?:whole |entire )?(?:company|org|organization)|all (?:teams|orgs|business units|regions)))\b/gi,
    },
    {
      label: 'built a platform for many teams',
      weight: 3,
      pattern:
        /\b(?:platform|framework|shared service|self[- ]service)\b(?:[^.!?\n]|\.\d){0,60}\b(?:\d{2,}|many|other|dozens of|hundreds of|all|multiple|every) (?:teams|services|orgs|products|businesses)\b/gi,
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
      pattern: /\b(?:10x|ten[- ]?fold|order of magnitude|scal(?:e|ed|ing) (?:it )?to (?:millions|billions|every|all))\b/gi,
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
        /\b(?:adopted by (?:\d+|other|many|every|all)|rallied|(?:won|got|secured) (?:exec(?:utive)? |vp |leadership |director |s-team )?(?:buy-in|sponsorship))\b/gi,
    },
  ],

  'bias-for-action': [
    {
      label: 'acted on incomplete information',
      weight: 3,
      pattern:
        /\b(?:(?:incomplete|partial|imperfect|limited|ambiguous) (?:information|info|data)|without (?:all|full|complete|perfect) (?:the )?(?:information|info|data|answers)|before (?:we|I) had (?:all )?(?:the )?(?:full )?(?:data|answers|information))\b/gi,
    },
    {
      label: 'framed the decision as reversible',
      weight: 3,
      pattern:
        /\b(?:reversible|two[- ]way door|one[- ]way door|roll ?back plan|easy to (?:undo|reverse|roll back)|could (?:always )?(?:roll (?:it )?back|revert|undo))\b/gi,
    },
    {
      label: 'did not wait for certainty',
      weight: 3,
      pattern:
        /\b(?:(?:didn['’]t|did not|decided not to|chose not to) wait|without waiting|(?:instead of|rather than) (?:waiting|a (?:full |long |lengthy )?(?:study|analysis|investigation)))\b/gi,
    },
    {
      label: 'ran a quick pilot',
      weight: 2,
      pattern:
        /\b(?:pilot(?:ed|ing)?|(?:quick|small|fast|time-?boxed|limited) (?:test|trial|experiment|prototype|spike|rollout)|proof[- ]of[- ]concept|mvp|minimum viable)\b/gi,
    },
    {
      label: 'moved within hours or days',
      weight: 2,
      pattern:
        /\b(?:within (?:hours|a day|(?:24|48|72) hours|the hour|the day)|same[- ]day|overnight|that (?:same )?(?:day|night|afternoon|evening)|the next (?:morning|day)|right away)\b/gi,
    },
    {
      label: 'took a calculated risk',
      weight: 2,
      pattern: /\b(?:calculated risks?|took (?:a|the) risk|accepted the risk|known risks?)\b/gi,
    },
    {
      label: 'moved things forward',
      weight: 1,
      pattern: /\b(?:unblock(?:ed|ing)|immediately|quickly)\b/gi,
    },
  ],

  frugality: [
    {
      label: 'did it without new headcount or budget',
      weight: 3,
      pattern:
        /\b(?:(?:no|without|zero) (?:new |additional |extra |more )?(?:headcount|budget|hires|funding|engineers|spend)|(?:with|using) (?:the |our )?existing (?:team|headcount|resources|budget|staff|tools|hardware|infrastructure)|(?:same|flat|fixed) (?:headcount|budget|team size))\b/gi,
    },
    {
      label: 'saved cost',
      weight: 3,
      pattern:
        /\b(?:sav(?:ed|ing|es)|cut|reduc(?:ed|ing)|lower(?:ed|ing)|trimm(?:ed|ing))\b(?:[^.!?\n]|\.\d){0,40}\b(?:costs?|spend(?:ing)?|bills?|expenses?|opex|capex)\b|\bcost (?:savings?|avoidance)\b/gi,
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
        /\b(?:reus(?:ed|ing)|repurpos(?:ed|ing)|leverag(?:ed|ing) (?:an? |the |our )?existing|(?:instead of|rather than) (?:buying|building|hiring|licensing|purchasing))\b/gi,
    },
    {
      label: 'cut waste in infrastructure or vendors',
      weight: 2,
      pattern:
        /\b(?:renegotiat(?:ed|ing)|(?:cancel(?:l)?ed|dropped|consolidated) (?:the )?(?:unused |redundant |duplicate )?(?:licen[cs]es|contracts?|vendors?|subscriptions?|instances|servers|hosts)|right[- ]?siz(?:ed|ing)|idle (?:instances|capacity|servers|hosts)|(?:reserved|spot) instances)\b/gi,
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
        /\b(?:cost per (?:unit|order|request|transaction|user|query|ticket)|unit economics|cost to serve|(?:infrastructure|aws|cloud|vendor) (?:costs?|spend|bill))\b/gi,
    },
  ],

  'earn-trust': [
    {
      label: 'owned a mistake openly',
      weight: 3,
      pattern:
        /\b(?:(?:it|this|that) was my (?:mistake|fault|error|miss)|I (?:was wrong|made a mistake|made the wrong call|messed up|dropped the ball|misjudged|underestimated|overcommitted|apologi[sz]ed)|(?:owned|admitted|acknowledged) (?:my |the )?(?:mistake|error|miss|failure|fault)|my (?:mistake|fault))\b/gi,
    },
    {
      label: 'rebuilt trust after a failure',
      weight: 3,
      pattern:
        /\b(?:rebuil(?:t|d|ding) (?:the |their |our |that |his |her )?(?:trust|relationship|credibility|confidence)|(?:regain(?:ed|ing)?|restor(?:ed|ing)|won back|earn(?:ed)? back) (?:their |the |our |his |her )?(?:trust|confidence|credibility)|repair(?:ed|ing)? (?:the |our |that |my )?relationship)\b/gi,
    },
    {
      label: 'sought or took hard feedback',
      weight: 2,
      pattern:
        /\b(?:self[- ]critical|critical of (?:my own|myself)|(?:hard|difficult|tough|critical|blunt|negative) feedback|(?:asked|asking) for feedback)\b/gi,
    },
    {
      label: 'shared bad news candidly',
      weight: 2,
      pattern:
        /\b(?:candid(?:ly)?|transparen(?:t|tly|cy)|(?:shared|delivered|broke) (?:the )?bad news|was (?:open|honest|upfront) (?:about|with)|(?:flagged|called) (?:it |the \w+ )?red)\b/gi,
    },
    {
      label: 'focused on fixes, not blame',
      weight: 2,
      pattern:
        /\b(?:blameless|without (?:assigning |pointing )?blame|no[- ]blame|(?:didn['’]t|did not) blame|took the blame|shielded (?:the |my )?team)\b/gi,
    },
    {
      label: 'listened to people',
      weight: 1,
      pattern: /\b(?:listened|listening (?:sessions?|tour)|one[- ]on[- ]ones?|skip[- ]levels?)\b/gi,
    },
    {
      label: 'mentions trust',
      weight: 1,
      pattern: /\b(?:trust|credibility)\b/gi,
    },
  ],

  'dive-deep': [
    {
      label: 'personally touched the data',
      weight: 3,
      pattern:
        /\b(?:pulled|queried|combed through|went through|read through|dug through|sampled|traced|analy[sz]ed)\b(?:[^.!?\n]|\.\d){0,40}\b(?:logs?|traces?|quer(?:y|ies)|data|dataset|metrics|dashboards?|tickets|records|sql|numbers|samples|spreadsheets?|stack traces?|heap dumps?|packet captures?)\b|\bran (?:the |my own |a few |some )?(?:numbers|quer(?:y|ies)|sql)\b/gi,
    },
    {
      label: 'did the analysis personally',
      weight: 3,
      pattern:
        /\b(?:I personally (?:pulled|queried|read|checked|traced|analy[sz]ed|reviewed|went through|inspected)|(?:pulled|queried|read|checked|traced|analy[sz]ed|reviewed|inspected) (?:it|them|the \w+|the raw \w+) (?:myself|personally)|hands[- ]on)\b/gi,
    },
    {
      label: 'found the root cause',
      weight: 3,
      pattern:
        /\b(?:root[- ]caus(?:e|es|ed|ing)|five whys|5 whys|(?:traced|tracked) (?:it|the (?:issue|problem|bug|failure|spike|drop|regression|errors?)) (?:back )?to)\b/gi,
    },
    {
      label: 'probed when the numbers and anecdotes disagreed',
      weight: 3,
      pattern:
        /\b(?:anecdotes?|(?:didn['’]t|did not) (?:add up|match)|(?:metrics|numbers|dashboards?|data) (?:looked|said|showed|suggested) (?:fine|green|healthy|ok(?:ay)?|normal)|skeptical|sceptical|discrepanc(?:y|ies)|mismatch(?:ed|es)?)\b/gi,
    },
    {
      label: 'dug into the details',
      weight: 2,
      pattern:
        /\b(?:dug (?:in|into|deeper|through)|dig(?:ging)? (?:in|into|deeper)|deep[- ]dive[ds]?|drill(?:ed|ing)? (?:down|into)|dived into|dove into)\b/gi,
    },
    {
      label: 'audited the details by hand',
      weight: 2,
      pattern:
        /\b(?:audit(?:ed|ing|s)?|spot[- ]check(?:ed|s|ing)?|line[- ]by[- ]line|manually (?:checked|reviewed|verified|inspected))\b/gi,
    },
    {
      label: 'reported a specific finding',
      weight: 1,
      pattern: /\b(?:found|discovered|noticed|spotted) (?:that|the (?:real|actual|underlying|hidden))\b/gi,
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
        /\b(?:disagreed|push(?:ed|ing)? back (?:on|against|hard)|challenged|objected|argued against|raised (?:my |strong )?(?:concerns?|objections?))\b[\s\S]{0,240}\b(?:committed|went ahead|got behind|backed (?:the|their|his|her) (?:decision|call|plan)|supported (?:the|their|his|her) (?:decision|call|plan)|executed (?:the|their|his|her) (?:plan|decision))\b/gi,
    },
    {
      label: 'committed once the call was made',
      weight: 3,
      pattern:
        /\b(?:disagree and commit|disagreed and committed|once (?:the )?(?:decision|call) was made|committed (?:fully|wholly|completely)|(?:fully|wholly) committed|despite my (?:disagreement|reservations|objections?|concerns?))\b/gi,
    },
    {
      label: 'disagreed or pushed back',
      weight: 2,
      pattern:
        /\b(?:disagreed|push(?:ed|ing)? back (?:on|against|hard)|objected|dissented|(?:raised|voiced) (?:my |a |strong )?(?:objections?|disagreement)|argued against|challenged (?:the|my|his|her|their|our) (?:decision|plan|proposal|assumption|estimate|director|manager|vp))\b/gi,
    },
    {
      label: 'held their ground or escalated',
      weight: 2,
      pattern:
        /\b(?:escalat(?:ed|ing) (?:it )?to|took it to (?:my |the |our )?(?:vp|director|manager|leadership|s-team|skip[- ]level)|(?:stood|held) (?:my )?ground|(?:stuck|stick) to my (?:position|recommendation|guns)|refused to (?:back down|budge))\b/gi,
    },
    {
      label: 'made a written or data-backed case',
      weight: 2,
      pattern:
        /\b(?:made (?:the|my|a) case|(?:wrote|sent|drafted) (?:a |the )?(?:dissent|counter-?proposal|one-pager|memo)|counter-?proposal|presented (?:the )?(?:data|evidence|numbers) (?:to|against|showing))\b/gi,
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
      pattern:
        /\b(?:(?:hit|met|made) (?:the |our |a |every )?(?:hard |fixed |original |committed )?(?:deadline|launch date|date|milestones?|code freeze|target|goal|sla|commitment)|ahead of (?:schedule|the (?:deadline|freeze|date))|(?:weeks?|days?|months?) early)\b/gi,
    },
    {
      label: 'delivered despite a setback',
      weight: 3,
      pattern:
        /\b(?:despite|in spite of|even after)\b(?:[^.!?\n]|\.\d){0,80}\b(?:setbacks?|outages?|delays?|slips?|slipped|losing|lost|attrition|departure|left|cuts?|freeze|blockers?|failures?|failed|re-?orgs?|reorgani[sz]ation|incidents?)\b/gi,
    },
    {
      label: 'got a slipping plan back on track',
      weight: 2,
      pattern:
        /\b(?:re-?plann?(?:ed|ing)|re-?baselin(?:ed|ing)|recover(?:ed|ing) (?:the )?(?:schedule|timeline|date|plan)|back on track|(?:cut|descoped|de-scoped|trimmed) (?:the )?scope)\b/gi,
    },
    {
      label: 'delivered to a number',
      weight: 2,
      pattern:
        /\b(?:delivered|launched|shipped|rolled out|migrated|completed)\b(?:[^.!?\n]|\.\d){0,60}\b\d[\d,]*\s?(?:percent|weeks?|days?|months?|hours?|services|teams|customers|users|markets|regions|countries|sites|million|billion)\b/gi,
    },
    {
      label: 'exceeded the goal',
      weight: 2,
      pattern:
        /\b(?:never settled|(?:didn['’]t|did not) settle|(?:raised|stretched) the (?:target|goal)|(?:exceeded|beat) (?:the |our )?(?:target|goal|plan|forecast))\b/gi,
    },
    {
      label: 'ran the delivery mechanics',
      weight: 1,
      pattern:
        /\b(?:critical path|burn-?down|risk (?:register|review|log)|mitigation plan|contingency plan|cut-?over|go[- ]live|key inputs?|input metrics?|okrs?|kpis?)\b/gi,
    },
  ],

  'strive-to-be-earths-best-employer': [
    {
      label: 'reduced on-call or after-hours load',
      weight: 3,
      pattern:
        /\b(?:on[- ]?call (?:load|burden|rotations?|pages|paging|fatigue|burnout|hours|volume)|pager (?:load|fatigue|volume)|(?:pages|alerts|escalations) per (?:week|shift|night|rotation)|after[- ]hours (?:pages|work|calls)|(?:weekend|night(?:time)?) (?:pages|work|deploys?|releases?))\b/gi,
    },
    {
      label: 'made the workplace safer or more inclusive',
      weight: 3,
      pattern:
        /\b(?:psychological(?:ly)? safe(?:ty)?|inclusi(?:ve|on|vity)|diversity|belonging|(?:safer|fairer|healthier|more inclusive|more just|more equitable) (?:workplace|work environment|team|culture)|harassment|physical(?:ly)? safe(?:ty)?|(?:workplace|employee|warehouse) safety|ergonomics?)\b/gi,
    },
    {
      label: 'cared for team wellbeing',
      weight: 2,
      pattern:
        /\b(?:burn-?out|burned out|burnt out|well[- ]?being|morale|work[- ]life balance|mental health|sustainable pace|overtime|exhaust(?:ed|ion))\b/gi,
    },
    {
      label: "protected the team's time",
      weight: 2,
      pattern:
        /\b(?:toil|(?:protected|shielded) (?:the |my )?(?:team|engineers?|people)(?:['’]s)? (?:time|focus|capacity|weekends|bandwidth)|(?:rebalanced|redistributed|capped) (?:the )?(?:workload|load|hours|on-?call)|no more (?:weekend|night|late)[- ](?:work|pages|deploys|nights))\b/gi,
    },
    {
      label: 'empowered people for what comes next',
      weight: 2,
      pattern:
        /\b(?:empower(?:ed|ing)?|ready for (?:what['’]s next|the next (?:role|level|step))|personal (?:success|goals?|development)|career choice)\b/gi,
    },
    {
      label: "supported an individual employee's needs",
      weight: 2,
      pattern:
        /\b(?:parental leave|medical leave|flexible (?:hours|schedules?|work)|accommodations?|returning from leave|above and beyond for (?:an? |my )?(?:employee|teammate|engineer|report))\b/gi,
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
        /\b(?:sustainability|carbon|emissions|co2|energy (?:use|usage|consumption|efficiency|savings)|environmental(?:ly)?|packaging waste|e-?waste|renewables?|climate|net[- ]zero)\b/gi,
    },
    {
      label: 'protected user privacy',
      weight: 3,
      pattern: /\b(?:privacy|personal data|pii|gdpr|ccpa|data protection|user consent|data minimi[sz]ation)\b/gi,
    },
    {
      label: 'made the product accessible',
      weight: 3,
      pattern:
        /\b(?:accessibility|a11y|screen[- ]readers?|wcag|visually impaired|hard of hearing|disabilit(?:y|ies))\b/gi,
    },
    {
      label: 'weighed second-order effects',
      weight: 3,
      pattern:
        /\b(?:second[- ]order (?:effects?|impacts?|consequences?)|secondary effects?|unintended (?:consequences?|effects?|harm)|ethical|ethics|fairness|responsible ai|bias in (?:the )?(?:model|algorithm|data))\b/gi,
    },
    {
      label: 'looked at the effect on communities',
      weight: 2,
      pattern:
        /\b(?:local communit(?:y|ies)|communit(?:y|ies) (?:impact|groups?|partners?|members|outreach)|non-?profits?|charit(?:y|ies|able)|volunteering|public (?:good|interest|safety|health)|societal|society|future generations)\b/gi,
    },
    {
      label: 'left things better beyond the team',
      weight: 2,
      pattern:
        /\b(?:left (?:it|things|the \w+) better than|better than (?:I|we) found (?:it|them)|open[- ]?sourced|contributed (?:it )?back|upstreamed)\b/gi,
    },
    {
      label: 'managed regulatory or public risk',
      weight: 1,
      pattern:
        /\b(?:regulatory|regulators?|regulations?|compliance|legal (?:risk|exposure)|trust (?:and|&) safety|(?:harm|harmful) to (?:users|customers|people|the public))\b/gi,
    },
  ],
};
