/**
 * The owner match of iptables 1.8.9 (libxt_owner.c, revision 1): the
 * socket's file owner as a uid or gid range (a user or group name, or
 * "N[-M]"), whether a socket exists, the supplementary groups.
 * @iptables extensions/libxt_owner.c
 */
import { getgrgid, getgrnam, getpwnam, getpwuid } from '../lib/pwd.js';
import type { Ext, Info, ParseErr } from './ipt_ext.js';
import { strtoullPrefix } from './ipt_num.js';

/** XT_OWNER_* (include/uapi/linux/netfilter/xt_owner.h) */
export const XT_OWNER_UID = 1 << 0;
export const XT_OWNER_GID = 1 << 1;
export const XT_OWNER_SOCKET = 1 << 2;
export const XT_OWNER_SUPPL_GROUPS = 1 << 3;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

/** The option of each flag, in owner_mt_opts[] order. */
const OPT_FLAG: Readonly<Record<string, number>> = {
  'uid-owner': XT_OWNER_UID, 'gid-owner': XT_OWNER_GID, 'socket-exists': XT_OWNER_SOCKET, 'suppl-groups': XT_OWNER_SUPPL_GROUPS,
};

/** owner_mt_opts[]: O_USER, O_GROUP, O_SOCK_EXISTS, O_SUPPL_GROUPS (not invertible). */
const OWNER_OPTS = {
  'uid-owner': { id: 0, invert: true }, 'gid-owner': { id: 1, invert: true }, 'socket-exists': { id: 2, invert: true }, 'suppl-groups': { id: 6 },
};

/** xtables_strtoui() of a prefix (base 0): the value and the rest, or null. */
function strtouiPrefix(s: string, max: number): [number, string] | null {
  const r = strtoullPrefix(s);
  return r && r[0] <= BigInt(max) ? [Number(r[0]), r[1]] : null;
}

/** owner_parse_range(): "N", "N-M" or "N:M"; -1 is reserved, so the top is 4294967294. */
function parseRange(s: string): [number, number] | null {
  const max = 0xfffffffe;
  const a = strtouiPrefix(s, max);
  if (!a) return null;
  let [from, rest] = a;
  let to = from;
  if (rest[0] === '-' || rest[0] === ':') {
    const b = strtouiPrefix(rest.slice(1), max);
    if (!b) return null;
    [to, rest] = b;
  }
  return rest === '' ? [from, to] : null;
}

/** owner_mt_print_item(): one flag's words ("!" first when inverted), the id by name unless numeric or a range. */
function item(i: Info, label: string, flag: number, numeric: boolean): string {
  if (!(n(i, 'match') & flag)) return '';
  let s = `${n(i, 'invert') & flag ? ' !' : ''} ${label}`;
  const id = flag === XT_OWNER_UID ? 'uid' : flag === XT_OWNER_GID ? 'gid' : null;
  if (!id) return s;
  const lo = n(i, `${id}Min`);
  const hi = n(i, `${id}Max`);
  const name = numeric || lo !== hi ? null : id === 'uid' ? getpwuid(lo) : getgrgid(lo);
  s += lo !== hi ? ` ${lo}-${hi}` : ` ${name ?? lo}`;
  return s;
}

function text(i: Info, numeric: boolean, labels: readonly string[]): string {
  const flags = [XT_OWNER_SOCKET, XT_OWNER_UID, XT_OWNER_GID, XT_OWNER_SUPPL_GROUPS];
  return flags.map((f, k) => item(i, labels[k]!, f, numeric)).join('');
}

export const owner: Ext = {
  name: 'owner', revision: 1, opts: { 'uid-owner': true, 'gid-owner': true, 'socket-exists': false, 'suppl-groups': false },
  xtopts: OWNER_OPTS,
  init: () => ({ uidMin: 0, uidMax: 0, gidMin: 0, gidMax: 0, match: 0, invert: 0 }),
  parse(o, arg, inv, info): ParseErr {
    const flag = OPT_FLAG[o]!;
    if (flag === XT_OWNER_UID || flag === XT_OWNER_GID) {
      const byName = flag === XT_OWNER_UID ? getpwnam(arg) : getgrnam(arg);
      const r = byName !== null ? [byName, byName] : parseRange(arg);
      if (!r) return `owner: Bad value for "--${o}" option: "${arg}"`;
      const id = flag === XT_OWNER_UID ? 'uid' : 'gid';
      Object.assign(info, { [`${id}Min`]: r[0], [`${id}Max`]: r[1] });
    } else if (flag === XT_OWNER_SUPPL_GROUPS && !(n(info, 'match') & XT_OWNER_GID)) {
      return 'owner: Bad value for "--suppl-groups" option: "you need to use --gid-owner first"';
    }
    info['match'] = n(info, 'match') | flag;
    if (inv) info['invert'] = n(info, 'invert') | flag;
    return null;
  },
  /** owner_mt_check() */
  final: (_i, ctx) => (ctx.xflags ? null : 'owner: At least one of --uid-owner, --gid-owner or --socket-exists is required'),
  print: (i, numeric) => text(i, numeric, ['owner socket exists', 'owner UID match', 'owner GID match', 'incl. suppl. groups']),
  save: (i) => text(i, true, ['--socket-exists', '--uid-owner', '--gid-owner', '--suppl-groups']),
};
