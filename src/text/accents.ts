/** Text without its accents, for an id or for names compared in any case and accent ("Sênior" as "Senior"). */

// Letters that don't come apart into a letter and an accent.
const LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', œ: 'oe', Œ: 'OE', ı: 'i' };

/** `text` in plain Latin letters where it has accented ones: "Łódź" → "Lodz", "sênior" → "senior". */
export function withoutAccents(text: string): string {
  return text
    .replace(/[łŁßæÆøØđĐþÞœŒı]/g, (c) => LETTERS[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
