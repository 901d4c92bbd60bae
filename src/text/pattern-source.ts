/**
 * A regular expression's source, read for what the prefilter needs of it (src/text/prefilter.ts): the literal pieces one of
 * which every match holds, and where it splits into the branches of an alternation.
 *
 * The pieces, as RE2's and Code Search's prefilters read them: lower-cased runs of literal text ("refus", "pushed back").
 * The reading is conservative: what it doesn't know (a class of many characters, a backreference, a piece that may repeat
 * zero times, a non-ASCII letter) asks for nothing, so a text a pattern matches in always holds one of its pieces. Only
 * ASCII is kept, lower-cased: an ASCII letter matches, case-insensitively, only its two cases (no non-ASCII character's
 * case is ASCII, but for the Kelvin sign and the long s under /iu, which the prefilter's `lowered` reads as k and s).
 *
 * The branches: a pattern `head(?:b1|b2|…)tail` whose head can match in one way only (letters, classes, assertions and
 * lookarounds, none of them repeated) finds, from any place, the match that the first in the text of `head b1 tail`,
 * `head b2 tail`, … finds, the branch listed first where two start at the same place. Only the whole match and where it
 * starts are the same: the branches' patterns number their groups differently, and a pattern with a backreference is
 * not split.
 */

/** The pieces one of which every match of a pattern with this source and these flags holds; undefined if none are known. */
export function piecesOf(source: string, flags: string): readonly string[] | undefined {
  // The v flag's classes read differently; such an expression asks for nothing.
  if (flags.includes('v')) return undefined;
  try {
    const reader = new Reader(source, flags.includes('u'));
    const info = reader.alternation();
    if (reader.at < source.length) return undefined;
    return trimmed(needOf(info)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A named group's opening, however long its name, read where it stands (sticky). */
const NAMED_GROUP = /\(\?<(?![=!])[^>]*>/y;

/** Where a pattern splits: the head's end, the tail's start, and each branch's start and end, in its source. */
export interface Split {
  readonly headEnd: number;
  readonly tailStart: number;
  readonly branches: readonly (readonly [start: number, end: number])[];
}

/**
 * A branch's own pattern: the head, the branch, the tail; the branch in a group where there is a head or a tail, to keep
 * apart tokens that would read as one if glued (an escape Annex B lets stop early: `\x4` before a branch `1` would read
 * as `\x41`). A branch holds no `|` of its own level.
 */
export function branchSource(source: string, split: { readonly headEnd: number; readonly tailStart: number }, start: number, end: number): string {
  const branch = source.slice(start, end);
  if (split.headEnd === 0 && split.tailStart === source.length) return branch;
  return `${source.slice(0, split.headEnd)}(?:${branch})${source.slice(split.tailStart)}`;
}

/**
 * Where a pattern splits into branches (see the top of this file): its top level's own alternation, or that of the first
 * group it has that isn't part of a head that matches in one way only. Undefined for any other pattern, one with a
 * backreference, or a sticky one.
 */
export function splitPattern(source: string, flags: string): Split | undefined {
  if (flags.includes('v') || flags.includes('y') || /\\(?:[1-9]|k<)/.test(source)) return undefined;
  try {
    const unicode = flags.includes('u');
    const top: [number, number][] = [];
    const whole = new Reader(source, unicode);
    whole.alternation(top);
    // (A brace Annex B reads as itself could be read as a repetition once the branch is put beside the head or tail.)
    if (whole.at < source.length || whole.loneBrace) return undefined;
    if (top.length > 1) return { headEnd: 0, tailStart: source.length, branches: top };
    const reader = new Reader(source, unicode);
    while (reader.at < source.length) {
      const start = reader.at;
      // A group that only groups, or captures (named or not): its alternation is the one split at. (Every other group
      // of the head is a lookaround, which matches in one way only.)
      NAMED_GROUP.lastIndex = start;
      const named = NAMED_GROUP.exec(source)?.[0].length ?? 0;
      const opener = source.startsWith('(?:', start) ? 3 : source[start] === '(' && source[start + 1] !== '?' ? 1 : named;
      if (opener > 0) {
        const inner: [number, number][] = [];
        reader.at = start + opener;
        reader.alternation(inner);
        if (source[reader.at] !== ')') return undefined;
        reader.at++;
        if (inner.length < 2 || reader.quantifier() !== undefined) return undefined;
        return { headEnd: start, tailStart: reader.at, branches: inner };
      }
      if (reader.literals() === undefined) {
        reader.atom();
        if (reader.quantifier() !== undefined) return undefined;
      }
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** At most this many strings a piece of the pattern is known to match exactly, before it is read as a need instead. */
const MAX_EXACT = 16;
/** At most this many pieces a need holds: more would cost more to look for than they save. */
const MAX_PIECES = 24;
/** A need of more pieces than this is trimmed as soon as it is made, not only at the end. */
const MAX_UNTRIMMED = 64;
/** The shortest piece worth keeping when a need is cut down to MAX_PIECES. */
const MIN_PIECE = 3;
/** A class of more characters than this matches too much to be worth spelling out. */
const MAX_CLASS = 4;

/**
 * What is known of a part of a pattern: `exact`, every string it can match (lower-cased), when few and known; `need`,
 * pieces one of which every match of it holds (or, for a lookaround, the text around it does). Null: nothing known.
 */
interface Info {
  readonly exact: readonly string[] | null;
  readonly need: readonly string[] | null;
}

const UNKNOWN: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [''], need: null };


/** The need a part brings: its own, else its exact strings, unless one of them is empty. */
function needOf(info: Info): readonly string[] | null {
  if (info.need) return info.need;
  if (info.exact && info.exact.length > 0 && !info.exact.includes('')) return info.exact;
  return null;
}

/**
 * A need with no piece held in another (a text that holds "refused" holds "refus"), cut down to MAX_PIECES by reading
 * each piece by its first characters only (a text that holds "refused" holds "refu"); null if that leaves them too short.
 */
function trimmed(need: readonly string[] | null): readonly string[] | null {
  if (need === null) return null;
  let pieces = [...new Set(need)];
  for (let length = longest(pieces) - 1; pieces.length > MAX_PIECES; length--) {
    if (length < MIN_PIECE) return null;
    pieces = [...new Set(pieces.map((p) => p.slice(0, length)))];
  }
  return minimal(pieces);
}

function minimal(pieces: readonly string[]): string[] {
  const sorted = [...new Set(pieces)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const piece of sorted) {
    let held = false;
    for (const k of kept) if ((held = piece.includes(k))) break;
    if (!held) kept.push(piece);
  }
  return kept;
}

function shortest(pieces: readonly string[]): number {
  let n = Infinity;
  for (const p of pieces) if (p.length < n) n = p.length;
  return n;
}

function longest(pieces: readonly string[]): number {
  let n = 0;
  for (const p of pieces) if (p.length > n) n = p.length;
  return n;
}

/** The better of two needs, both of which every match meets: the one whose shortest piece is longer, then the fewer. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const [sa, sb] = [shortest(a), shortest(b)];
  return sb > sa || (sb === sa && b.length < a.length) ? b : a;
}

function union(sets: readonly (readonly string[] | null)[], max: number): readonly string[] | null {
  const all = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const s of set) all.add(s);
    if (all.size > max) return null;
  }
  return [...all];
}

function product(a: readonly string[], b: readonly string[]): readonly string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
/** A character of the pattern that is itself and ASCII: printable, and no syntax or escape. */
const PLAIN = /[ !"#%&',\-/0-9:;<=>@A-Z_`a-z~]/;
const QUANTIFIER = /[*+?{]/;

/** A recursive-descent reader of a pattern's source, ECMAScript's syntax, Annex B's where not unicode. */
class Reader {
  at = 0;
  /** Whether a brace was read as itself (Annex B), not as a repetition. */
  loneBrace = false;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  /** `bounds`, if given, gets where each branch starts and ends. */
  alternation(bounds?: [number, number][]): Info {
    let start = this.at;
    const branches = [this.sequence()];
    bounds?.push([start, this.at]);
    while (this.src[this.at] === '|') {
      start = ++this.at;
      branches.push(this.sequence());
      bounds?.push([start, this.at]);
    }
    if (branches.length === 1) return branches[0]!;
    const exact = union(
      branches.map((b) => b.exact),
      MAX_EXACT,
    );
    // Every match is one branch's: it holds a piece of that branch's need. A branch with none, none for all.
    const needs = branches.map(needOf);
    const need = needs.includes(null) ? null : union(needs, Infinity);
    return { exact, need: need && need.length > MAX_UNTRIMMED ? trimmed(need) : need };
  }

  sequence(): Info {
    // `run`: the strings the parts read so far, side by side, can match; a need is chosen from each run and each part's.
    let run: readonly string[] = [''];
    let whole = true;
    let need: readonly string[] | null = null;
    const close = () => {
      need = better(need, needOf({ exact: run, need: null }));
      run = [''];
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const part = this.literals() ?? this.quantified();
      need = better(need, part.need);
      if (part.exact === null) {
        whole = false;
        close();
        continue;
      }
      const joined = product(run, part.exact);
      if (joined === null) {
        whole = false;
        close();
        run = part.exact;
      } else run = joined;
    }
    const exact = whole ? run : null;
    close();
    return { exact, need };
  }

  /** A run of plain ASCII characters, none of them repeated, read at once; undefined if none starts here. */
  literals(): Info | undefined {
    const start = this.at;
    let end = start;
    while (end < this.src.length && PLAIN.test(this.src[end]!) && !QUANTIFIER.test(this.src[end + 1] ?? '')) end++;
    if (end === start) return undefined;
    this.at = end;
    return { exact: [this.src.slice(start, end).toLowerCase()], need: null };
  }

  quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === undefined) return atom;
    if (this.src[this.at] === '?') this.at++; // lazy
    const [min, max] = q;
    if (min === 0) return max === 1 && atom.exact ? { exact: union([atom.exact, ['']], MAX_EXACT), need: null } : UNKNOWN;
    return { exact: min === 1 && max === 1 ? atom.exact : null, need: needOf(atom) };
  }

  quantifier(): [number, number] | undefined {
    const c = this.src[this.at];
    if (c === '*') return this.at++, [0, Infinity];
    if (c === '+') return this.at++, [1, Infinity];
    if (c === '?') return this.at++, [0, 1];
    if (c === '{') {
      BRACES.lastIndex = this.at;
      const m = BRACES.exec(this.src);
      if (!m) {
        if (this.unicode) throw new SyntaxError('lone brace');
        this.loneBrace = true;
        return undefined; // Annex B: a literal brace, read by atom()
      }
      this.at += m[0].length;
      const min = Number(m[1]);
      return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    return undefined;
  }

  atom(): Info {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new SyntaxError('nothing to repeat');
    if (c === '{') this.loneBrace = true;
    return literal(c);
  }

  group(): Info {
    const rest = this.src.slice(this.at, this.at + 4);
    let kind: 'plain' | 'ahead' | 'not';
    if (rest.startsWith('(?:')) (kind = 'plain'), (this.at += 3);
    else if (rest.startsWith('(?=') || rest.startsWith('(?<=')) (kind = 'ahead'), (this.at += rest[2] === '<' ? 4 : 3);
    else if (rest.startsWith('(?!') || rest.startsWith('(?<!')) (kind = 'not'), (this.at += rest[2] === '<' ? 4 : 3);
    else if (rest.startsWith('(?<')) {
      const end = this.src.indexOf('>', this.at);
      if (end < 0) throw new SyntaxError('group name');
      kind = 'plain';
      this.at = end + 1;
    } else if (rest.startsWith('(?')) throw new SyntaxError('unknown group');
    else (kind = 'plain'), this.at++;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') throw new SyntaxError('unclosed group');
    this.at++;
    if (kind === 'plain') return inner;
    // A lookaround matches nothing itself; what a positive one looks at is in the text all the same.
    return { exact: [''], need: kind === 'ahead' ? needOf(inner) : null };
  }

  escape(): Info {
    const c = this.src[this.at];
    if (c === undefined) throw new SyntaxError('trailing backslash');
    this.at++;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'n') return literal('\n');
    if (c === 't') return literal('\t');
    if (c === 'r') return literal('\r');
    // Every other escape of a letter or digit (a class, a backreference, a code) is read to its end and left unknown.
    if (/[\p{L}\p{N}]/u.test(c)) {
      this.skipEscape(c);
      return UNKNOWN;
    }
    return literal(c);
  }

  /** Past the rest of an escape whose letter or digit `c` was read, so that none of it is read as a literal. */
  skipEscape(c: string): void {
    const braces = () => {
      if (this.src[this.at] !== '{') return;
      const end = this.src.indexOf('}', this.at);
      if (end < 0) throw new SyntaxError('unclosed escape');
      this.at = end + 1;
    };
    const take = (re: RegExp, most: number) => {
      for (let n = 0; n < most && re.test(this.src[this.at] ?? ''); n++) this.at++;
    };
    if ((c === 'p' || c === 'P') && this.unicode) braces();
    else if (c === 'u' && this.unicode && this.src[this.at] === '{') braces();
    else if (c === 'u') take(/[0-9a-fA-F]/, 4);
    else if (c === 'x') take(/[0-9a-fA-F]/, 2);
    else if (c === 'c') take(/[A-Za-z0-9_]/, 1);
    else if (/\d/.test(c)) take(/\d/, Infinity);
    else if (c === 'k' && this.src[this.at] === '<') {
      const end = this.src.indexOf('>', this.at);
      if (end < 0) throw new SyntaxError('unclosed group name');
      this.at = end + 1;
    }
  }

  charClass(): Info {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      let c = this.src[this.at++]!;
      if (c === '\\') {
        const e = this.src[this.at++];
        if (e === undefined) throw new SyntaxError('trailing backslash');
        if (/[\p{L}\p{N}]/u.test(e) && e !== 'n' && e !== 't' && e !== 'r') {
          this.skipEscape(e);
          known = false;
          continue;
        }
        c = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
      }
      // A range (a-z) matches too much; a hyphen first or last is itself.
      if (this.src[this.at] === '-' && this.at + 1 < this.src.length && this.src[this.at + 1] !== ']') {
        known = false;
        this.at++;
        continue;
      }
      if (c.charCodeAt(0) > 0x7f) known = false;
      else chars.add(c.toLowerCase());
    }
    if (this.src[this.at] !== ']') throw new SyntaxError('unclosed class');
    this.at++;
    if (!known || chars.size === 0 || chars.size > MAX_CLASS) return UNKNOWN;
    return { exact: [...chars], need: null };
  }
}

/** A character of the pattern: itself, lower-cased, if ASCII; else unknown. */
function literal(c: string): Info {
  return c.charCodeAt(0) > 0x7f ? UNKNOWN : { exact: [c.toLowerCase()], need: null };
}
