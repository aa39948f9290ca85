/**
 * `ip link ... type macvlan [mode MODE] [flag FLAG] [nopromisc] [nodst]
 * [macaddr add|del|set|flush ...] [bcqueuelen N]` and the macvlan line of
 * `ip -d link`, as iproute2 6.1 parses and prints them.
 * @iproute2 ip/iplink_macvlan.c
 */
import {
  MACVLAN_FLAG_NODST, MACVLAN_FLAG_NOPROMISC, MACVLAN_MACADDR_ADD, MACVLAN_MACADDR_DEL, MACVLAN_MACADDR_FLUSH,
  MACVLAN_MACADDR_SET, MACVLAN_MODE_BRIDGE, MACVLAN_MODE_PASSTHRU, MACVLAN_MODE_PRIVATE, MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA, type MacvlanInfo,
} from '../../uapi/linux/macvlan.js';
import { PRINT_ANY, PRINT_JSON, type Printer } from './json_print.js';
import { IpExit, matches, parseUnsigned, incompleteCommand, type IpCtx } from './utils.js';
import { llAddrA2n } from './ll_addr.js';

const MODES: readonly [string, number][] = [
  ['private', MACVLAN_MODE_PRIVATE], ['vepa', MACVLAN_MODE_VEPA], ['bridge', MACVLAN_MODE_BRIDGE],
  ['passthru', MACVLAN_MODE_PASSTHRU], ['source', MACVLAN_MODE_SOURCE],
];

/** print_explain() */
export function explainText(id: string): string {
  return `Usage: ... ${id} mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n` +
    '\n' +
    'MODE: private | vepa | bridge | passthru | source\n' +
    'MODE_FLAG: null | nopromisc | nodst\n' +
    'MODE_OPTS: for mode "source":\n' +
    '\tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }\n' +
    'BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n';
}

/** parse_opt's `return -1`: iplink_modify() gives up, ip exits 1. */
function bail(ctx: IpCtx, msg: string): never {
  ctx.err(msg);
  throw new IpExit(1, false);
}

/** ll_addr_a2n() into a six-byte buffer: null (after its message, if the text is no address) unless it read ETH_ALEN bytes. */
function parseMac(ctx: IpCtx, arg: string): Uint8Array | null {
  const a = llAddrA2n(ctx, arg, 6);
  return a && a.length === 6 ? a : null;
}

/** The `macaddr` word: add/del take one address, set takes the addresses that follow. Returns the next index. */
function parseMacaddr(ctx: IpCtx, argv: string[], i: number, info: MacvlanInfo, id: string): number {
  const next = (): string => argv[++i] ?? incompleteCommand(ctx);
  const op = next();
  const modes: Record<string, number> = {
    add: MACVLAN_MACADDR_ADD, del: MACVLAN_MACADDR_DEL, set: MACVLAN_MACADDR_SET, flush: MACVLAN_MACADDR_FLUSH,
  };
  const mode = modes[op];
  if (mode === undefined) bail(ctx, explainText(id));
  info.macaddrMode = mode;
  if (mode === MACVLAN_MACADDR_ADD || mode === MACVLAN_MACADDR_DEL) {
    const mac = parseMac(ctx, next());
    if (!mac) throw new IpExit(1, false);
    info.macaddr = mac;
  } else if (mode === MACVLAN_MACADDR_SET) {
    info.macaddrData = [];
    // NEXT_ARG_OK(): the words that follow while they read as addresses; the first that does not is parsed again
    for (let mac = i + 1 < argv.length ? parseMac(ctx, argv[i + 1]!) : null; mac; mac = i + 1 < argv.length ? parseMac(ctx, argv[i + 1]!) : null) {
      info.macaddrData.push(mac);
      i++;
    }
  }
  return i;
}

/** macvlan_parse_opt(): `id` is the link_util's (macvlan or macvtap), as its messages name it. */
export function macvlanParseOpt(ctx: IpCtx, argv: string[], id: string): MacvlanInfo {
  const info: MacvlanInfo = {};
  let mode = 0;
  let flags = 0;
  let hasFlags = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? incompleteCommand(ctx);
    if (matches(a, 'mode')) {
      const v = next();
      const m = MODES.find(([n]) => n === v);
      if (!m) bail(ctx, `Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "${v}"\n`);
      mode = m[1];
    } else if (matches(a, 'flag')) {
      const v = next();
      if (v === 'nopromisc') flags |= MACVLAN_FLAG_NOPROMISC;
      else if (v === 'nodst') flags |= MACVLAN_FLAG_NODST;
      else if (v !== 'null') bail(ctx, `Error: argument of "flag" must be "nopromisc", "nodst" or "null", not "${v}"\n`);
      hasFlags = true;
    } else if (matches(a, 'macaddr')) i = parseMacaddr(ctx, argv, i, info, id);
    else if (matches(a, 'nopromisc')) {
      flags |= MACVLAN_FLAG_NOPROMISC;
      hasFlags = true;
    } else if (matches(a, 'nodst')) {
      flags |= MACVLAN_FLAG_NODST;
      hasFlags = true;
    } else if (matches(a, 'bcqueuelen')) {
      const v = next();
      const n = parseUnsigned(v);
      if (n === null) bail(ctx, `Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "${v}"\n`);
      info.bcQueueLen = n;
    } else if (matches(a, 'help')) bail(ctx, explainText(id));
    else bail(ctx, `${id}: unknown option "${a}"?\n${explainText(id)}`);
  }
  if (mode) info.mode = mode;
  if (hasFlags) {
    if (flags & MACVLAN_FLAG_NOPROMISC && mode !== MACVLAN_MODE_PASSTHRU) {
      bail(ctx, `${id}: nopromisc flag only valid in passthru mode\n${explainText(id)}`);
    }
    info.flags = flags;
  }
  return info;
}

/** %.2x:... */
function mac(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** macvlan_print_opt() */
export function macvlanPrintOpt(pr: Printer, data: unknown): void {
  const d = data as MacvlanInfo | null;
  if (!d || d.mode === undefined) return;
  pr.string(PRINT_ANY, 'mode', 'mode %s ', MODES.find(([, v]) => v === d.mode)?.[0] ?? 'unknown');
  const flags = d.flags ?? 0;
  if (flags & MACVLAN_FLAG_NOPROMISC) pr.bool(PRINT_ANY, 'nopromisc', 'nopromisc ', true);
  if (flags & MACVLAN_FLAG_NODST) pr.bool(PRINT_ANY, 'nodst', 'nodst ', true);
  if (d.bcQueueLen !== undefined) pr.number(PRINT_ANY, 'bcqueuelen', 'bcqueuelen %u ', d.bcQueueLen);
  if (d.bcQueueLenUsed !== undefined) pr.number(PRINT_ANY, 'usedbcqueuelen', 'usedbcqueuelen %u ', d.bcQueueLenUsed);
  // "in source mode, there are more options to print"
  if (d.mode !== MACVLAN_MODE_SOURCE || d.macaddrCount === undefined) return;
  pr.number(PRINT_ANY, 'macaddr_count', 'remotes (%d) ', d.macaddrCount);
  if (!d.macaddrData) return;
  pr.openJsonArray(PRINT_JSON, 'macaddr_data');
  for (const a of d.macaddrData) {
    if (pr.isJson) pr.string(PRINT_JSON, null, '', mac(a));
    else pr.text(`${mac(a)} `);
  }
  pr.closeJsonArray(PRINT_JSON, null);
}

