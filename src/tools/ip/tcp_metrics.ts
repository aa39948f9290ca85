/**
 * `ip tcp_metrics` (`ip tcpmetrics`): list, delete and flush the TCP
 * metrics cache over the TCP_METRICS generic netlink family. As iproute2
 * 6.1's parser, the word after each selector is skipped (argc and argv
 * advance twice per argument), so a second selector is taken only every
 * other word.
 * @iproute2 ip/tcp_metrics.c
 */
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { GENL_ID_CTRL, CTRL_CMD_GETFAMILY, NETLINK_GENERIC, type CtrlMsg } from '../../uapi/linux/genetlink.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  TCP_METRICS_CMD_DEL, TCP_METRICS_CMD_GET, TCP_METRICS_GENL_NAME, TCP_METRICS_GENL_VERSION, TCP_METRIC_CWND,
  TCP_METRIC_MAX, TCP_METRIC_REORDERING, TCP_METRIC_RTT, TCP_METRIC_RTTVAR, TCP_METRIC_RTTVAR_US, TCP_METRIC_RTT_US,
  TCP_METRIC_SSTHRESH, type TcpMetricsMsg,
} from '../../uapi/linux/tcp_metrics.js';
import { ifaFamilyColor } from './color.js';
import { getPrefix, inetAddrMatch, type InetPrefix } from './inet_prefix.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { AF_INET, AF_INET6, AF_UNSPEC, IpExit, duparg2, fail, formatHost, incompleteCommand, matches, nlAckError, type IpCtx } from './utils.js';

const USAGE =
  'Usage:\tip tcp_metrics/tcpmetrics { COMMAND | help }\n' +
  '\tip tcp_metrics { show | flush } SELECTOR\n' +
  '\tip tcp_metrics delete [ address ] ADDRESS\n' +
  'SELECTOR := [ [ address ] PREFIX ]\n';

const CMD_LIST = 0x1;
const CMD_DEL = 0x2;
const CMD_FLUSH = 0x4;

/** cmds[]: matched by abbreviation in this order. */
const CMDS: readonly [string, number][] = [
  ['list', CMD_LIST], ['lst', CMD_LIST], ['show', CMD_LIST], ['delete', CMD_DEL], ['remove', CMD_DEL], ['flush', CMD_FLUSH],
];

const METRIC_NAME: Readonly<Record<number, string>> = {
  [TCP_METRIC_SSTHRESH]: 'ssthresh', [TCP_METRIC_CWND]: 'cwnd', [TCP_METRIC_REORDERING]: 'reordering',
};

/** The selectors (f.daddr, f.saddr) and the command of this run. */
interface Filter {
  cmd: number;
  daddr: InetPrefix;
  saddr: InetPrefix;
  /** show_stats: -s given (twice: the entries a flush deletes are printed too). */
  stats: number;
}

function usage(ctx: IpCtx): never {
  return fail(ctx, USAGE.slice(0, -1));
}

/** A selector that must be one address: `Error: a specific IP address is expected`, tcpm_do_cmd() returns -1. */
function notSpecific(ctx: IpCtx, arg: string): never {
  ctx.err(`Error: a specific IP address is expected rather than "${arg}"\n`);
  throw new IpExit(1, false);
}

/** An address exactly (all its bits): the attribute type it goes in, else -1. */
function exactFamily(p: InetPrefix): number {
  return p.bytelen && p.bytelen * 8 === p.bitlen && (p.family === AF_INET || p.family === AF_INET6) ? p.family : -1;
}

/** The request's address attributes for a selector's address. */
function addrAttr(p: InetPrefix, v4: 'addrIpv4' | 'saddrIpv4', v6: 'addrIpv6' | 'saddrIpv6'): Partial<TcpMetricsMsg> {
  return p.family === AF_INET ? { [v4]: p.addr >>> 0 } : { [v6]: p.addr6 };
}

/** tcpm_do_cmd()'s argument loop: `src`/`source` PREFIX, `[address] PREFIX`; each skips the word after it. */
function parseSelectors(ctx: IpCtx, f: Filter, argv: string[]): { atype: number; stype: number } {
  const family = ctx.opts.family;
  let atype = -1;
  let stype = -1;
  for (let i = 0; i < argv.length; i += 2) {
    let arg = argv[i]!;
    if (arg === 'src' || arg === 'source') {
      const who = arg;
      if (++i >= argv.length) incompleteCommand(ctx);
      arg = argv[i]!;
      if (matches(arg, 'help')) usage(ctx);
      if (f.saddr.bitlen >= 0) duparg2(ctx, who, arg);
      f.saddr = getPrefix(ctx, arg, family);
      stype = exactFamily(f.saddr);
      if (stype < 0) notSpecific(ctx, arg);
    } else {
      let who = 'address';
      if (arg === 'addr' || arg === 'address') {
        who = arg;
        if (++i >= argv.length) incompleteCommand(ctx);
        arg = argv[i]!;
      }
      if (matches(arg, 'help')) usage(ctx);
      if (f.daddr.bitlen >= 0) duparg2(ctx, who, arg);
      f.daddr = getPrefix(ctx, arg, family);
      atype = exactFamily(f.daddr);
      if (f.cmd & CMD_DEL && atype < 0) notSpecific(ctx, arg);
    }
  }
  return { atype, stype };
}

/** process_msg()'s selection: the entry's family and the prefixes asked for. */
function selected(f: Filter, m: TcpMetricsMsg): boolean {
  const v4 = m.addrIpv4 !== undefined;
  if (!v4 && !m.addrIpv6) return false;
  const fam = v4 ? AF_INET : AF_INET6;
  if (f.daddr.family && f.daddr.family !== fam) return false;
  if (f.daddr.family && f.daddr.bitlen >= 0 && !prefixMatch(f.daddr, m.addrIpv4, m.addrIpv6)) return false;
  const sv4 = m.saddrIpv4 !== undefined;
  if (!sv4 && !m.saddrIpv6) return true;
  if (f.saddr.family && f.saddr.family !== (sv4 ? AF_INET : AF_INET6)) return false;
  return !(f.saddr.family && f.saddr.bitlen >= 0 && !prefixMatch(f.saddr, m.saddrIpv4, m.saddrIpv6));
}

/** inet_addr_match() of an entry's address against a selector (IPv6 byte by byte). */
function prefixMatch(p: InetPrefix, v4: number | undefined, v6: Uint8Array | undefined): boolean {
  if (v4 !== undefined) return inetAddrMatch(v4, p.addr, p.bitlen);
  const a = p.addr6!;
  for (let bits = p.bitlen, k = 0; bits > 0; bits -= 8, k++) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((a[k]! ^ v6![k]!) & mask) return false;
  }
  return true;
}

/** format_host() of an address attribute (an IPv4 one named from /etc/hosts with -resolve). */
function hostOf(ctx: IpCtx, v4: number | undefined, v6: Uint8Array | undefined): string {
  if (v4 !== undefined) return formatHost(ctx, v4);
  const w: string[] = [];
  for (let k = 0; k < 16; k += 2) w.push(((v6![k]! << 8) | v6![k + 1]!).toString(16));
  return w.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** jsonw_float(): "%g". */
function fmtG(x: number): string {
  if (x === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (e < -4 || e >= 6) {
    const [mant, exp] = x.toExponential(5).split('e') as [string, string];
    const n = Number(exp);
    return `${mant.replace(/\.?0+$/, '')}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return x.toPrecision(6).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** print_tcp_metrics(): ssthresh, cwnd, reordering in index order, then rtt and rttvar in µs. */
function printTcpMetrics(pr: Printer, vals: ReadonlyArray<number | undefined>): void {
  let rtt = 0;
  let rttvar = 0;
  for (let i = 0; i <= TCP_METRIC_MAX; i++) {
    const val = vals[i];
    if (val === undefined) continue;
    if (i === TCP_METRIC_RTT) {
      if (!rtt) rtt = (val * 1000) >>> 3;
    } else if (i === TCP_METRIC_RTTVAR) {
      if (!rttvar) rttvar = (val * 1000) >>> 2;
    } else if (i === TCP_METRIC_RTT_US) rtt = val >>> 3;
    else if (i === TCP_METRIC_RTTVAR_US) rttvar = val >>> 2;
    else {
      const name = METRIC_NAME[i] ?? ` metric_${i} `;
      pr.number(PRINT_JSON, name, '', val);
      pr.string(PRINT_FP, null, ' %s ', name);
      pr.number(PRINT_FP, null, '%u', val);
    }
  }
  if (rtt) {
    if (pr.isJson) pr.jsonRaw('rtt', fmtG(rtt / 1e6));
    pr.text(` rtt ${rtt}us`);
  }
  if (rttvar) {
    if (pr.isJson) pr.jsonRaw('rttvar', fmtG(rttvar / 1e6));
    pr.text(` rttvar ${rttvar}us`);
  }
}

/** process_msg()'s printing of one entry. */
function printEntry(ctx: IpCtx, pr: Printer, f: Filter, m: TcpMetricsMsg): void {
  const fam = m.addrIpv4 !== undefined ? AF_INET : AF_INET6;
  pr.openJsonObject();
  if (f.cmd & (CMD_DEL | CMD_FLUSH)) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  pr.colorString(PRINT_ANY, ifaFamilyColor(fam), 'dst', '%s', hostOf(ctx, m.addrIpv4, m.addrIpv6));
  if (m.age !== undefined) {
    if (pr.isJson) pr.jsonRaw('age', fmtG(m.age / 1000));
    pr.text(` age ${(m.age / 1000).toFixed(3)}sec`);
  }
  if (m.vals) printTcpMetrics(pr, m.vals);
  if (m.saddrIpv4 !== undefined || m.saddrIpv6) pr.string(PRINT_ANY, 'source', ' source %s', hostOf(ctx, m.saddrIpv4, m.saddrIpv6));
  pr.string(PRINT_FP, null, '\n', '');
  pr.closeJsonObject();
}

/** genl_init_handle(): the family's id from the controller. */
function genlFamily(ctx: IpCtx, nl: NetlinkSock): number {
  const r = nl.request<CtrlMsg>(GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_ACK, { cmd: CTRL_CMD_GETFAMILY, familyName: TCP_METRICS_GENL_NAME });
  const id = (r.msgs[0] as NlMsg<CtrlMsg> | undefined)?.body.familyId;
  if (r.ack.error !== null || id === undefined) fail(ctx, `Error: ${TCP_METRICS_GENL_NAME} family not found`, 1);
  return id;
}

/** The flush rounds: dump, delete what the selectors take, until a dump finds nothing (-s: the rounds). */
function tcpmFlush(ctx: IpCtx, nl: NetlinkSock, id: number, f: Filter): void {
  const pr = ctx.textPrinter();
  for (let round = 0; ; round++) {
    const dump = nl.request<TcpMetricsMsg>(id, NLM_F_REQUEST | NLM_F_DUMP, { cmd: TCP_METRICS_CMD_GET, version: TCP_METRICS_GENL_VERSION });
    const doomed = dump.msgs.map((m) => m.body as TcpMetricsMsg).filter((m) => selected(f, m));
    if (!doomed.length) {
      if (round === 0) ctx.err('Nothing to flush.\n');
      else if (f.stats) pr.text(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
      ctx.out(pr.take());
      return;
    }
    for (const m of doomed) {
      const key = { ...pick(m, 'addrIpv4', 'addrIpv6'), ...pick(m, 'saddrIpv4', 'saddrIpv6') };
      nl.request<TcpMetricsMsg>(id, NLM_F_REQUEST, { cmd: TCP_METRICS_CMD_DEL, version: TCP_METRICS_GENL_VERSION, ...key });
      if (f.stats >= 2) printEntry(ctx, pr, f, m);
    }
    if (f.stats) pr.text(`\n*** Round ${round + 1}, deleting ${doomed.length} entries ***\n`);
  }
}

/** The attribute of one family present in `m`, to repeat in a DEL. */
function pick<K extends keyof TcpMetricsMsg>(m: TcpMetricsMsg, v4: K, v6: K): Partial<TcpMetricsMsg> {
  return m[v4] !== undefined ? { [v4]: m[v4] } : m[v6] !== undefined ? { [v6]: m[v6] } : {};
}

/** tcpm_do_cmd() */
function tcpmDoCmd(ctx: IpCtx, cmd: number, argv: string[]): number {
  const family = ctx.opts.family;
  const f: Filter = {
    cmd, stats: ctx.opts.stats,
    daddr: { family, bytelen: 0, bitlen: -1, lenGiven: false, addr: 0 },
    saddr: { family, bytelen: 0, bitlen: -1, lenGiven: false, addr: 0 },
  };
  if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) {
    ctx.err(`Unsupported protocol family: ${family}\n`);
    return 1;
  }
  const { atype, stype } = parseSelectors(ctx, f, argv);
  if (cmd === CMD_DEL && atype < 0) fail(ctx, 'Error: argument "address" is required');
  // flush of one address: a single delete; of everything: one delete without an address.
  if (cmd === CMD_FLUSH && atype >= 0) cmd = CMD_DEL;
  const all = cmd === CMD_FLUSH && f.daddr.bitlen <= 0 && f.saddr.bitlen <= 0 && family === AF_UNSPEC;
  if (all) cmd = CMD_DEL;
  f.cmd = cmd;
  const nl = new NetlinkSock(ctx.net, NETLINK_GENERIC);
  try {
    const id = genlFamily(ctx, nl);
    if (cmd & CMD_FLUSH) {
      tcpmFlush(ctx, nl, id, f);
      return 0;
    }
    const body: TcpMetricsMsg = {
      cmd: cmd === CMD_DEL ? TCP_METRICS_CMD_DEL : TCP_METRICS_CMD_GET, version: TCP_METRICS_GENL_VERSION,
      ...(atype >= 0 ? addrAttr(f.daddr, 'addrIpv4', 'addrIpv6') : {}),
      ...(stype >= 0 ? addrAttr(f.saddr, 'saddrIpv4', 'saddrIpv6') : {}),
    };
    if (cmd === CMD_DEL) {
      const r = nl.request(id, NLM_F_REQUEST | NLM_F_ACK, body);
      if (r.ack.error !== null) nlAckError(ctx, r.ack);
      return 0;
    }
    if (atype >= 0) {
      const r = nl.request(id, NLM_F_REQUEST, body);
      if (r.ack.error !== null) nlAckError(ctx, r.ack);
      const pr = ctx.textPrinter();
      for (const m of r.msgs) if (selected(f, m.body as TcpMetricsMsg)) printEntry(ctx, pr, f, m.body as TcpMetricsMsg);
      ctx.out(pr.take());
      return 0;
    }
    const r = nl.request(id, NLM_F_REQUEST | NLM_F_DUMP, body);
    const pr = ctx.newPrinter();
    pr.newJsonObj();
    for (const m of r.msgs) if (selected(f, m.body as TcpMetricsMsg)) printEntry(ctx, pr, f, m.body as TcpMetricsMsg);
    pr.deleteJsonObj();
    ctx.out(pr.take());
    return 0;
  } finally {
    nl.close();
  }
}

/** do_tcp_metrics() */
export function doTcpMetrics(ctx: IpCtx, argv: string[]): number {
  if (argv.length < 1) return tcpmDoCmd(ctx, CMD_LIST, []);
  for (const [name, code] of CMDS) if (matches(argv[0]!, name)) return tcpmDoCmd(ctx, code, argv.slice(1));
  if (matches(argv[0]!, 'help')) usage(ctx);
  return fail(ctx, `Command "${argv[0]}" is unknown, try "ip tcp_metrics help".`);
}
