/**
 * The loop date, as stats, plan, drill and report read it: not in shared.ts, which lint loads, since checking a date
 * loads zod, which lint loads only when a file needs linting.
 */
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { calendarDay } from '../drill/days.js';
import { daysToLoop, isoOfWrittenDay, loopDateFault, parseLoopDateOption } from '../drill/loop-date.js';
import type { Config } from '../lint/config.js';
import { showValue } from '../text/show.js';

/**
 * The loop date a command counts down to and plans for, as YYYY-MM-DD: `--loop-date` as typed (a day, or days from
 * today: "+10d", "in 10 days"), else the config's `loopDate:`; undefined where neither is given. A day already past
 * is said in one warning and not used (the loop is over, or the date is a slip); a day that isn't one is refused.
 */
export function loopDateFor(typed: string | undefined, config: Pick<Config, 'loopDate' | 'loopDateAt'> | undefined, now: Date, io: Io): string | undefined {
  const today = calendarDay(now.getTime());
  let day: string;
  let from: string;
  if (typed !== undefined) {
    const parsed = parseLoopDateOption(typed, today);
    if (parsed === undefined) {
      const fault = loopDateFault(typed, today);
      if (fault !== undefined) throw new UsageError(`--loop-date takes the day of your loop, and ${showValue(typed)} is none: ${fault}. Give it as YYYY-MM-DD, or as the days to it (--loop-date +10d).`);
      const written = isoOfWrittenDay(typed);
      if (written !== undefined) throw new UsageError(`--loop-date takes the day of your loop as YYYY-MM-DD, not ${showValue(typed)}: --loop-date ${written}.`);
      throw new UsageError(`--loop-date takes the day of your loop as YYYY-MM-DD, or the days to it (--loop-date +10d, --loop-date "in 10 days"), not ${showValue(typed)}.`);
    }
    [day, from] = [parsed, '--loop-date'];
  } else if (config?.loopDate !== undefined) {
    [day, from] = [config.loopDate, `loopDate: at ${config.loopDateAt ?? '.tpm-prep.yaml'}`];
  } else return undefined;
  const days = daysToLoop(day, today);
  if (days >= 0) return day;
  const ago = `${-days} day${days === -1 ? '' : 's'} ago`;
  const fix = typed === undefined ? 'set `loopDate:` to your next loop, or remove it' : 'give your next loop\'s date';
  io.stderr(`tpm-prep: warning: the loop date ${day} (${from}) is past, ${ago}, so nothing is counted down to it: ${fix}.\n`);
  return undefined;
}
