/** Calendar days in a time zone, for `stats`' "3 days ago" and the loop date's "10 days to your loop". Pure, and light: nothing of the drill's. */

/** The day formats by time zone, made once: making one takes far longer than using it. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day `ms` falls on in `timeZone` (an IANA name; by default the local zone, which TZ sets), as a count
 * of days since 1 January 1970: two times on the same date in that zone give the same number, whatever the hours
 * between them, and a day of 23 or 25 hours (a change of daylight saving time) is one day like any other.
 */
export function calendarDay(ms: number, timeZone?: string): number {
  if (timeZone === undefined) {
    // The local date, as Date has it now (TZ read as it stands, not as a format made earlier took it).
    const d = new Date(ms);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  }
  let format = DAY_FORMATS.get(timeZone);
  if (!format) DAY_FORMATS.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const parts = format.formatToParts(ms);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}

/**
 * How many calendar days `to` is after `from` in `timeZone` (by default the local one): an answer last evening is
 * 1 (yesterday) the next morning, though fewer than 24 hours have passed, and one this morning is 0 (today) at
 * night.
 */
export function daysBetween(from: number, to: number, timeZone?: string): number {
  return calendarDay(to, timeZone) - calendarDay(from, timeZone);
}
