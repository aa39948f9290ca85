/**
 * Literal fast paths for the Pike VM (as GNU grep's kwset/memchr prefilter
 * before its DFA): the literal text every match must contain, found with
 * indexOf before any thread runs, and patterns that are nothing but a
 * literal, matched by indexOf alone. Both give exactly the VM's answers.
 */
import type { Node } from './regex_parse.js';

interface Lit {
  /** The text the node always matches, if it matches only that (no assertions). */
  readonly exact: string | null;
  /** The longest text every match of the node contains. */
  readonly req: string;
}

const NONE: Lit = { exact: null, req: '' };

/** Cap on a repeated literal (`a{1000}`): longer prefilters buy nothing. */
const MAX_LITERAL = 256;

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

function singleChar(n: Node & { t: 'set' }): string | null {
  const r = n.cls.ranges;
  return !n.cls.negate && r.length === 2 && r[0] === r[1] ? String.fromCharCode(r[0]!) : null;
}

function ofCat(items: readonly Node[]): Lit {
  let run = '';
  let best = '';
  let exact: string | null = '';
  for (const item of items) {
    const l = literalOf(item);
    if (l.exact !== null) {
      run += l.exact;
      if (exact !== null) exact += l.exact;
      continue;
    }
    exact = null;
    best = longer(longer(best, run), l.req);
    run = '';
  }
  return { exact, req: longer(best, run) };
}

function ofRep(n: Node & { t: 'rep' }): Lit {
  if (n.min === 0) return NONE;
  const body = literalOf(n.body);
  if (body.exact !== null && n.min === n.max && body.exact.length * n.min <= MAX_LITERAL) {
    const s = body.exact.repeat(n.min);
    return { exact: s, req: s };
  }
  return { exact: null, req: body.req };
}

/** What is literal about `n`. */
export function literalOf(n: Node): Lit {
  switch (n.t) {
    case 'set': {
      const c = singleChar(n);
      return c === null ? NONE : { exact: c, req: c };
    }
    case 'cat':
      return ofCat(n.items);
    case 'group':
      return literalOf(n.body);
    case 'rep':
      return ofRep(n);
    default:
      // alternatives share no required text in general; assertions and back-references are not text
      return NONE;
  }
}
