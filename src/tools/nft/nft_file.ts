/**
 * `nft -f FILE`: commands (one a line) and `table FAM NAME { ... }` blocks
 * with their sets, maps and chains, built into ONE batch: the file applies
 * whole or not at all. Errors name the file, line and columns as nft does
 * ("FILE:L:C-C: Error: ...", the line, carets).
 * @nftables src/libnftables.c nft_run_cmd_from_filename(), src/parser_bison.y (table_block, set_block, chain_block)
 */
import type { Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { NftHandle } from '../iptables/nft_handle.js';
import { NLM_F_APPEND, NLM_F_CREATE } from '../../uapi/linux/netlink.js';
import { NF_ACCEPT } from '../../uapi/linux/netfilter.js';
import { NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWSET, NFT_MSG_NEWTABLE } from '../../uapi/linux/netfilter/nf_tables.js';
import { NftError, Words, chainSpec, modify, parseRule, tokenize } from './nft.js';
import { NftSetError, parseElems, parseSetSpec, setMsg } from './nft_set.js';

const FAMILIES: Readonly<Record<string, number>> = { ip: 2, inet: 1, arp: 3 };

/** An error at a place of the file: line (1-based), column span (1-based, inclusive). */
class FileError extends Error {
  constructor(msg: string, readonly line: number, readonly col: number, readonly end: number) {
    super(msg);
  }
}

interface State {
  readonly h: NftHandle;
  readonly known: Set<string>;
  table: { family: number; name: string } | null;
  block: { kind: 'set' | 'map' | 'chain'; name: string; lines: string[]; raw: { text: string; n: number }[]; line: number } | null;
  nextId: number;
}

/** A set/map block's lines: type, flags, elements. */
function setBlock(st: State, b: NonNullable<State['block']>): void {
  const t = st.table!;
  const body = b.lines.map((l) => l.replace(/^elements\s*=\s*/, 'elements ')).join(' ; ');
  const w = new Words(tokenize(`{ ${body.replace(/\belements\b.*$/, '')} }`));
  const { kt, flags, vt, opts } = parseSetSpec(w, b.kind === 'map');
  const el = /\belements\s+(\{.*\})/.exec(body);
  let elems: ReturnType<typeof parseElems>['elems'] = [];
  let f = flags;
  if (el) {
    const r = parseElems(new Words(tokenize(el[1]!)), kt, vt ?? b.kind === 'map');
    elems = r.elems;
    if (r.interval) f |= 4;
  }
  st.h.add(NFT_MSG_NEWSET, NLM_F_CREATE, setMsg(t.family, t.name, b.name, kt, f, elems, undefined, vt, opts));
  st.known.add(b.name);
}

/** A chain block: its hook line, then one rule a line. */
function chainBlock(st: State, b: NonNullable<State['block']>): void {
  const t = st.table!;
  let k = 0;
  let spec: ReturnType<typeof chainSpec> = null;
  if (b.lines[0]?.startsWith('type ')) {
    spec = chainSpec(new Words(tokenize(`{ ${b.lines[0]} }`)));
    k = 1;
  }
  st.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, {
    family: t.family, table: t.name, name: b.name,
    ...(spec ? { hook: { hooknum: spec.hooknum, priority: spec.prio }, type: spec.type, policy: spec.policy ?? NF_ACCEPT } : {}),
  });
  for (; k < b.lines.length; k++) {
    const text = b.lines[k]!;
    try {
      const exprs = parseRule(new Words(tokenize(text)), { h: st.h, family: t.family, table: t.name, nextId: st.nextId++, known: st.known });
      st.h.add(NFT_MSG_NEWRULE, NLM_F_CREATE | NLM_F_APPEND, { family: t.family, table: t.name, chain: b.name, exprs });
    } catch (e) {
      const src = b.raw[k]!;
      throw located(e, src.n, src.text);
    }
  }
}

/** Give a parse error of `text` (a whole line of the file) its place. */
function located(e: unknown, line: number, text: string): unknown {
  if (e instanceof NftSetError && e.at !== undefined) {
    const at = text.indexOf(e.at);
    return new FileError(e.message, line, at + 1, at + e.at.length);
  }
  if (e instanceof NftError || e instanceof NftSetError) {
    // A statement cut short: bison meets the newline.
    const msg = /^syntax error, unexpected [a-z]/.test(e.message) ? 'syntax error, unexpected newline' : e.message;
    return new FileError(msg, line, text.length + 1, text.length + 1);
  }
  return e;
}

function statement(st: State, raw: string, n: number): void {
  const l = raw.trim();
  if (!l || l.startsWith('#')) return;
  if (st.block) {
    if (l === '}') {
      const b = st.block;
      st.block = null;
      if (b.kind === 'chain') chainBlock(st, b);
      else setBlock(st, b);
    } else {
      st.block.lines.push(l.replace(/;$/, ''));
      st.block.raw.push({ text: raw, n });
    }
    return;
  }
  if (st.table) {
    const m = /^(set|map|chain)\s+(\S+)\s*\{$/.exec(l);
    if (m) st.block = { kind: m[1] as 'set' | 'map' | 'chain', name: m[2]!, lines: [], raw: [], line: n };
    else if (l === '}') st.table = null;
    else throw new FileError(`syntax error, unexpected ${l.split(/\s/)[0]}`, n, 1, l.length);
    return;
  }
  const t = /^table\s+(?:(ip|inet|arp)\s+)?(\S+)\s*\{$/.exec(l);
  if (t) {
    st.table = { family: FAMILIES[t[1] ?? 'ip']!, name: t[2]! };
    st.h.add(NFT_MSG_NEWTABLE, NLM_F_CREATE, { family: st.table.family, name: st.table.name });
    return;
  }
  const w = new Words(tokenize(l));
  const verb = w.next('command');
  if (!['add', 'create', 'insert', 'delete', 'flush'].includes(verb)) throw new FileError(`syntax error, unexpected ${verb}`, n, 1, verb.length);
  try {
    modify(st.h, verb, w);
  } catch (e) {
    throw located(e, n, raw);
  }
}

/** nft -f FILE */
export function nftRunFile(p: Proc, file: string | undefined): number {
  if (file === undefined) {
    p.stderr.write('nft: option requires an argument -- \'f\'\n');
    return 1;
  }
  const path = p.fs.resolve(p.cwd, file);
  const text = p.fs.stat(path, p.net) === 'file' ? p.fs.read(path, p.net) : null;
  if (text === null) {
    p.stderr.write(`internal:0:0-0: Error: Could not open file "${file}": No such file or directory\n\n\n`);
    return 1;
  }
  const h = new NftHandle(p.net);
  const lines = text.split('\n');
  const st: State = { h, known: new Set(), table: null, block: null, nextId: 1 };
  for (const t of h.tables()) for (const s of h.sets(t.family, t.name)) st.known.add(s.name);
  try {
    lines.forEach((l, i) => statement(st, l, i + 1));
    const e = h.commit();
    if (e) throw new FileError(`Could not process rule: ${strerror[e.errno]}`, 0, 0, 0);
    return 0;
  } catch (e) {
    if (!(e instanceof FileError)) {
      if (e instanceof NftError || e instanceof NftSetError) {
        p.stderr.write(`Error: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (e.line === 0) p.stderr.write(`Error: ${e.message}\n`);
    else {
      const src = lines[e.line - 1] ?? '';
      p.stderr.write(`${file}:${e.line}:${e.col}-${e.end}: Error: ${e.message}\n${src}\n${' '.repeat(e.col - 1)}${'^'.repeat(e.end - e.col + 1)}\n`);
    }
    return 1;
  } finally {
    h.batch.length = 0;
    h.close();
  }
}
