/**
 * /proc/net/fib_trie and /proc/net/fib_triestat: each table's LC-trie
 * (fib_trie_shape.ts) with the aliases of its leaves, and its statistics,
 * tables in fib_table_hash order.
 * @linux net/ipv4/fib_trie.c fib_trie_seq_show(), fib_triestat_seq_show()
 */
import type { Net } from '../core/net_namespace.js';
import type { FibNet } from './fib_frontend.js';
import type { FibAlias, FibTable } from './fib_trie.js';
import type { KeyVector, LcTrie } from './fib_trie_shape.js';
import { RT_TABLE_LOCAL, RT_TABLE_MAIN } from './fib_types.js';
import { ipToString } from '../../wire/ipv4.js';

/** LEAF_SIZE, TNODE_SIZE(0), sizeof(struct fib_alias), sizeof(pointer) on x86-64. */
const LEAF_SIZE = 48;
const TNODE_SIZE = 40;
const ALIAS_SIZE = 56;
const POINTER_SIZE = 8;
const MAX_STAT_DEPTH = 32;

const RTN_TYPE_NAMES: readonly string[] = [
  'UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT',
  'THROW', 'NAT', 'XRESOLVE', 'POLICY_FAILED',
];

/** rtn_scope() */
function rtnScope(s: number): string {
  switch (s) {
    case 0: return 'universe';
    case 200: return 'site';
    case 253: return 'link';
    case 254: return 'host';
    case 255: return 'nowhere';
    default: return `scope=${s}`;
  }
}

/** rtn_type() */
function rtnType(t: number): string {
  return RTN_TYPE_NAMES[t] ?? `type ${t}`;
}

/** fib_table_print() */
function tableHeader(id: number): string {
  if (id === RT_TABLE_LOCAL) return 'Local:\n';
  if (id === RT_TABLE_MAIN) return 'Main:\n';
  return `Id ${id | 0}:\n`;
}

/**
 * A leaf's aliases as the kernel's list holds them: the trie is shared by
 * main and local while merged, and its lists sort by suffix length, then
 * table id descending (fib_insert_alias()).
 */
function leafAliases(tables: readonly FibTable[], key: number): FibAlias[] {
  const all: FibAlias[] = [];
  for (const tb of tables) all.push(...tb.leafOf(key));
  return all.sort((a, b) => b.plen - a.plen || b.tbId - a.tbId);
}

/** The tables whose aliases share `trie`. */
function sharing(fib: FibNet, trie: LcTrie): FibTable[] {
  return fib.created.filter((tb) => tb.trie === trie);
}

const indent = (n: number): string => '   '.repeat(Math.max(0, n));

/** fib_trie_seq_show() over every table. */
export function procNetFibTrie(net: Net): string {
  const fib = net.ipv4.fib;
  let out = '';
  for (const tb of fib.hashOrder()) {
    const trie = tb.trie!;
    const tables = sharing(fib, trie);
    let first = true;
    for (const { key, tn, depth } of trie.nodes()) {
      if (first) out += tableHeader(tb.id);
      first = false;
      out += tn ? tnodeLine(tn, depth) : leafLines(key, depth, tables);
    }
  }
  return out;
}

function tnodeLine(n: KeyVector, depth: number): string {
  return `${indent(depth - 1)}  +-- ${ipToString(n.key)}/${32 - n.pos - n.bits} ${n.bits} ${n.full} ${n.empty}\n`;
}

function leafLines(key: number, depth: number, tables: readonly FibTable[]): string {
  let out = `${indent(depth)}  |-- ${ipToString(key)}\n`;
  for (const fa of leafAliases(tables, key)) {
    out += `${indent(depth + 1)}  /${fa.plen} ${rtnScope(fa.fi.scope)} ${rtnType(fa.type)}`;
    if (fa.tos) out += ` tos=${fa.tos}`;
    out += '\n';
  }
  return out;
}

/** struct trie_stat, filled by trie_collect_stats(). */
interface TrieStat {
  totdepth: number;
  maxdepth: number;
  tnodes: number;
  leaves: number;
  nullpointers: number;
  prefixes: number;
  nodesizes: number[];
}

function collectStats(trie: LcTrie, tables: readonly FibTable[]): TrieStat {
  const s: TrieStat = { totdepth: 0, maxdepth: 0, tnodes: 0, leaves: 0, nullpointers: 0, prefixes: 0, nodesizes: new Array<number>(MAX_STAT_DEPTH).fill(0) };
  for (const { key, tn, depth } of trie.nodes()) {
    if (!tn) {
      s.leaves++;
      s.totdepth += depth;
      s.maxdepth = Math.max(s.maxdepth, depth);
      for (const tb of tables) s.prefixes += tb.leafOf(key).length;
    } else {
      s.tnodes++;
      if (tn.bits < MAX_STAT_DEPTH) s.nodesizes[tn.bits]!++;
      s.nullpointers += tn.empty;
    }
  }
  return s;
}

/** trie_show_stats() */
function showStats(s: TrieStat): string {
  const avdepth = s.leaves ? Math.floor((s.totdepth * 100) / s.leaves) : 0;
  let out = `\tAver depth:     ${Math.floor(avdepth / 100)}.${String(avdepth % 100).padStart(2, '0')}\n`;
  out += `\tMax depth:      ${s.maxdepth}\n`;
  out += `\tLeaves:         ${s.leaves}\n`;
  out += `\tPrefixes:       ${s.prefixes}\n`;
  out += `\tInternal nodes: ${s.tnodes}\n\t`;
  let max = MAX_STAT_DEPTH;
  while (max > 0 && s.nodesizes[max - 1] === 0) max--;
  let pointers = 0;
  for (let i = 1; i < max; i++) {
    if (s.nodesizes[i] !== 0) {
      out += `  ${i}: ${s.nodesizes[i]}`;
      pointers += 2 ** i * s.nodesizes[i]!;
    }
  }
  out += '\n';
  out += `\tPointers: ${pointers}\n`;
  const bytes = LEAF_SIZE * s.leaves + ALIAS_SIZE * s.prefixes + TNODE_SIZE * s.tnodes + POINTER_SIZE * pointers;
  out += `Null ptrs: ${s.nullpointers}\n`;
  out += `Total size: ${Math.floor((bytes + 1023) / 1024)}  kB\n`;
  return out;
}

/** fib_triestat_seq_show() */
export function procNetFibTriestat(net: Net): string {
  const fib = net.ipv4.fib;
  let out = `Basic info: size of leaf: ${LEAF_SIZE} bytes, size of tnode: ${TNODE_SIZE} bytes.\n`;
  for (const tb of fib.hashOrder()) {
    out += tableHeader(tb.id);
    out += showStats(collectStats(tb.trie!, sharing(fib, tb.trie!)));
  }
  return out;
}
