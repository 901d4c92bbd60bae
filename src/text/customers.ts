/**
 * The customer in a story: who the work was for. External people ("customers", "shoppers", "sellers",
 * "patients"), or the developers and integrators a platform serves; for a parts supplier, the carmaker (the OEM)
 * and the dealers and owners of its cars; for an internal platform, the people in the business it serves ("store
 * managers", "internal users", "business users"). Team members are not customers.
 */

const CUSTOMER =
  /\b(?:customers?|customer-facing|end[- ]users?|users?|clients?|buyers?|sellers?|shoppers?|merchants?|subscribers?|patients?|riders?|drivers?|advertisers?|developers?|integrators?|consumers?|viewers?|players?|guests?|callers?|students?|travell?ers?|passengers?|tenants?|members|visitors?|readers?|listeners?|households?|citizens?|account holders?|cardholders?|policyholders?|homeowners?|(?:store|shop|kirana|restaurant|small[- ]business|business) owners|(?<!\b(?:our|my|hired|hiring|hire|promoted|trained)\s(?:[\w-]+\s){0,2})(?:store|branch|shop|restaurant|depot|warehouse|site|plant|clinic|practice|ward|field|area|district|regional) managers(?!\s+(?:on|in|from) my team|\s+(?:who\s+)?report(?:ed)? to me)|internal (?:users?|customers?|clients?)|business users?|shopkeepers?|retailers|farmers|residents|commuters|borrowers|taxpayers|learners|parents|candidates?|applicants?|employees?|operators?|associates?|(?:enterprise|b2b|business) accounts?|CX|(?<!\b(?:server|hardware|storage|component|drive|panel|laptop|device|chip|board|PC|phone)\s)OEMs?(?!\s+(?:firmware|parts?|software|drivers?|hardware|vendors?|suppliers?|components?|servers?|versions?|tools?|licen[cs]es?|images?|builds?))|(?:car|auto)[- ]?makers?|(?<!\b(?:FX|forex|card|drug|arms|bond|securities|equity|equities|derivatives|broker)\s)dealers?|dealerships?|(?:vehicle|car|fleet) owners?|motorists)\b(?<!\bteam members)/gi;

export interface CustomerMention {
  readonly index: number;
  readonly text: string;
}

export function findCustomers(text: string): CustomerMention[] {
  return [...text.matchAll(CUSTOMER)].map((m) => ({ index: m.index, text: m[0] }));
}
