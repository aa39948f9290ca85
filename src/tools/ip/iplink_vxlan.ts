/**
 * `ip link ... type vxlan id VNI [remote|group A] [local A] [dev D] ...`
 * and the vxlan line of `ip -d link`, as iproute2 6.1 parses and prints
 * them. IPv6 endpoints are refused: tuxnet has no IPv6 sockets.
 * @iproute2 ip/iplink_vxlan.c
 */
import { VXLAN_DF_INHERIT, VXLAN_DF_SET, VXLAN_DF_UNSET, type VxlanInfo } from '../../uapi/linux/vxlan.js';
import { getAddr1, type InetPrefix } from './inet_prefix.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { AF_INET, AF_INET6, AF_UNSPEC, IpExit, duparg2, fail, formatHost, incompleteCommand, invarg, matches, parseUnsigned, type IpCtx } from './utils.js';

/** print_explain() */
export const VXLAN_EXPLAIN =
  'Usage: ... vxlan id VNI\n' +
  '\t\t[ { group | remote } IP_ADDRESS ]\n' +
  '\t\t[ local ADDR ]\n' +
  '\t\t[ ttl TTL ]\n' +
  '\t\t[ tos TOS ]\n' +
  '\t\t[ df DF ]\n' +
  '\t\t[ flowlabel LABEL ]\n' +
  '\t\t[ dev PHYS_DEV ]\n' +
  '\t\t[ dstport PORT ]\n' +
  '\t\t[ srcport MIN MAX ]\n' +
  '\t\t[ [no]learning ]\n' +
  '\t\t[ [no]proxy ]\n' +
  '\t\t[ [no]rsc ]\n' +
  '\t\t[ [no]l2miss ]\n' +
  '\t\t[ [no]l3miss ]\n' +
  '\t\t[ ageing SECONDS ]\n' +
  '\t\t[ maxaddress NUMBER ]\n' +
  '\t\t[ [no]udpcsum ]\n' +
  '\t\t[ [no]udp6zerocsumtx ]\n' +
  '\t\t[ [no]udp6zerocsumrx ]\n' +
  '\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]\n' +
  '\t\t[ [no]external ] [ gbp ] [ gpe ]\n' +
  '\t\t[ [no]vnifilter ]\n' +
  '\n' +
  'Where:\tVNI\t:= 0-16777215\n' +
  '\tADDR\t:= { IP_ADDRESS | any }\n' +
  '\tTOS\t:= { NUMBER | inherit }\n' +
  '\tTTL\t:= { 1..255 | auto | inherit }\n' +
  '\tDF\t:= { unset | set | inherit }\n' +
  '\tLABEL := 0-1048575\n';

/** parse_opt's `return -1`: iplink_modify() gives up, ip exits 1. */
function bail(ctx: IpCtx, msg: string): never {
  ctx.err(msg);
  throw new IpExit(1, false);
}

/** is_addrtype_inet_multi(): an IPv4 address in 224.0.0.0/4. */
function isMulti(p: InetPrefix | null): boolean {
  return p !== null && p.family === AF_INET && p.addr >>> 28 === 0xe;
}

/** is_addrtype_inet_not_multi(): an IPv4 address (zero included) outside 224.0.0.0/4. */
function isNotMulti(p: InetPrefix | null): boolean {
  return p !== null && p.family === AF_INET && p.addr >>> 28 !== 0xe;
}

/** get_addr() of an endpoint; IPv6 text is refused (no IPv6 sockets in tuxnet). */
function endpoint(ctx: IpCtx, arg: string, family: number): InetPrefix {
  const p = getAddr1(arg, family);
  if (!p) fail(ctx, `Error: ${family === AF_UNSPEC ? 'any valid' : 'inet'} address is expected rather than "${arg}".`, 1);
  if (p.family === AF_INET6) fail(ctx, 'Error: IPv6 VXLAN endpoints are not supported by tuxnet.', 2);
  return p;
}


/** The boolean words: [word, field, value]. */
const FLAG_WORDS: readonly [string, keyof VxlanInfo, boolean, string][] = [
  ['noproxy', 'proxy', false, 'proxy'], ['proxy', 'proxy', true, 'proxy'],
  ['norsc', 'rsc', false, 'rsc'], ['rsc', 'rsc', true, 'rsc'],
  ['nol2miss', 'l2miss', false, 'l2miss'], ['l2miss', 'l2miss', true, 'l2miss'],
  ['nol3miss', 'l3miss', false, 'l3miss'], ['l3miss', 'l3miss', true, 'l3miss'],
  ['udpcsum', 'udpCsum', true, 'udpcsum'], ['noudpcsum', 'udpCsum', false, 'udpcsum'],
  ['udp6zerocsumtx', 'udpZeroCsum6Tx', true, 'tx6'], ['noudp6zerocsumtx', 'udpZeroCsum6Tx', false, 'tx6'],
  ['udp6zerocsumrx', 'udpZeroCsum6Rx', true, 'rx6'], ['noudp6zerocsumrx', 'udpZeroCsum6Rx', false, 'rx6'],
  ['remcsumtx', 'remcsumTx', true, 'remtx'], ['noremcsumtx', 'remcsumTx', false, 'remtx'],
  ['remcsumrx', 'remcsumRx', true, 'remrx'], ['noremcsumrx', 'remcsumRx', false, 'remrx'],
];

interface VxlanParse {
  info: VxlanInfo;
  /** check_duparg()'s attribute set, by attribute name. */
  attrs: Set<string>;
  saddr: InetPrefix | null;
  daddr: InetPrefix | null;
  learning: boolean;
  dstport: number;
  metadata: boolean;
  vnifilter: boolean;
}

/** check_duparg() */
function checkDuparg(ctx: IpCtx, st: VxlanParse, attr: string, key: string, arg: string): void {
  if (st.attrs.has(attr)) duparg2(ctx, key, arg);
  st.attrs.add(attr);
}

/** The words that take a value; returns the index of the last word used, null for another word. */
function parseValued(ctx: IpCtx, st: VxlanParse, argv: string[], i: number): number | null {
  return parseEndpointWord(ctx, st, argv, i) ?? parseTunnelWord(ctx, st, argv, i);
}

/** id, group/remote, local, dev: the tunnel's identity and endpoints. */
function parseEndpointWord(ctx: IpCtx, st: VxlanParse, argv: string[], i: number): number | null {
  const a = argv[i]!;
  const next = (): string => argv[++i] ?? incompleteCommand(ctx);
  const info = st.info;
  if (matches(a, 'id') || matches(a, 'vni')) {
    const v = next();
    checkDuparg(ctx, st, 'id', 'id', v);
    const vni = parseUnsigned(v, 0xffffffff);
    if (vni === null || vni >= 1 << 24) invarg(ctx, 'invalid id', v);
    info.id = vni;
  } else if (matches(a, 'group') || matches(a, 'remote')) {
    const group = matches(a, 'group');
    if (group ? isNotMulti(st.daddr) : isMulti(st.daddr)) bail(ctx, 'vxlan: both group and remote cannot be specified\n');
    const v = next();
    checkDuparg(ctx, st, 'group', group ? 'group' : 'remote', v);
    st.daddr = endpoint(ctx, v, st.saddr?.family ?? AF_UNSPEC);
    if (group ? !isMulti(st.daddr) : !isNotMulti(st.daddr)) invarg(ctx, group ? 'invalid group address' : 'invalid remote address', v);
  } else if (matches(a, 'local')) {
    const v = next();
    checkDuparg(ctx, st, 'local', 'local', v);
    st.saddr = endpoint(ctx, v, st.daddr?.family ?? AF_UNSPEC);
    if (!isNotMulti(st.saddr)) invarg(ctx, 'invalid local address', v);
  } else if (matches(a, 'dev')) {
    const v = next();
    checkDuparg(ctx, st, 'link', 'dev', v);
    const link = ctx.ll.nameToIndex(v);
    // exit(nodev(*argv)): nodev() returns -1.
    if (!link) fail(ctx, `Cannot find device "${v}"`, 255);
    info.link = link;
  } else return null;
  return i;
}

/** ttl, tos, df, flowlabel, ageing, maxaddress, srcport, dstport: how the outer packets are built. */
function parseTunnelWord(ctx: IpCtx, st: VxlanParse, argv: string[], i: number): number | null {
  const a = argv[i]!;
  const next = (): string => argv[++i] ?? incompleteCommand(ctx);
  const info = st.info;
  if (matches(a, 'ttl') || matches(a, 'hoplimit')) {
    const v = next();
    checkDuparg(ctx, st, 'ttl', 'ttl', v);
    if (v === 'inherit') info.ttlInherit = true;
    else if (v === 'auto') info.ttl = 0;
    else {
      const ttl = parseUnsigned(v, 0xffffffff);
      if (ttl === null) invarg(ctx, 'invalid TTL', v);
      if (ttl > 255) invarg(ctx, 'TTL must be <= 255', v);
      info.ttl = ttl;
    }
  } else if (matches(a, 'tos') || matches(a, 'dsfield')) {
    const v = next();
    checkDuparg(ctx, st, 'tos', 'tos', v);
    if (v === 'inherit') info.tos = 1;
    else info.tos = ctx.names.dsfieldA2n(v) ?? invarg(ctx, 'bad TOS value', v);
  } else if (matches(a, 'df')) {
    const v = next();
    checkDuparg(ctx, st, 'df', 'df', v);
    const df = v === 'unset' ? VXLAN_DF_UNSET : v === 'set' ? VXLAN_DF_SET : v === 'inherit' ? VXLAN_DF_INHERIT : null;
    info.df = df ?? invarg(ctx, "DF must be 'unset', 'set' or 'inherit'", v);
  } else if (matches(a, 'label') || matches(a, 'flowlabel')) {
    const v = next();
    checkDuparg(ctx, st, 'label', 'flowlabel', v);
    const label = parseUnsigned(v, 0xffffffff);
    if (label === null || label > 0xfffff) invarg(ctx, 'invalid flowlabel', v);
    info.label = label;
  } else if (matches(a, 'ageing')) {
    const v = next();
    checkDuparg(ctx, st, 'ageing', 'ageing', v);
    info.ageing = v === 'none' ? 0 : parseUnsigned(v, 0xffffffff) ?? invarg(ctx, 'ageing timer', v);
  } else if (matches(a, 'maxaddress')) {
    const v = next();
    checkDuparg(ctx, st, 'limit', 'maxaddress', v);
    info.limit = v === 'unlimited' ? 0 : parseUnsigned(v, 0xffffffff) ?? invarg(ctx, 'max addresses', v);
  } else if (matches(a, 'port') || matches(a, 'srcport')) {
    const lo = next();
    checkDuparg(ctx, st, 'portRange', 'srcport', lo);
    const low = parseUnsigned(lo, 0xffff) ?? invarg(ctx, 'min port', lo);
    const hi = next();
    const high = parseUnsigned(hi, 0xffff) ?? invarg(ctx, 'max port', hi);
    if (low || high) info.portRange = { low, high };
  } else if (matches(a, 'dstport')) {
    const v = next();
    checkDuparg(ctx, st, 'port', 'dstport', v);
    st.dstport = parseUnsigned(v, 0xffff) ?? invarg(ctx, 'dst port', v);
  } else return null;
  return i;
}

/** The words without a value; false when `a` is none of them. */
function parseFlag(ctx: IpCtx, st: VxlanParse, a: string): boolean {
  const info = st.info;
  if (matches(a, 'nolearning') || matches(a, 'learning')) {
    checkDuparg(ctx, st, 'learning', a, a);
    st.learning = !matches(a, 'nolearning');
    return true;
  }
  const f = FLAG_WORDS.find(([w]) => matches(a, w));
  if (f) {
    checkDuparg(ctx, st, f[3], a, a);
    (info as Record<string, unknown>)[f[1]] = f[2];
    return true;
  }
  if (matches(a, 'external') || matches(a, 'noexternal')) {
    checkDuparg(ctx, st, 'external', a, a);
    st.metadata = !matches(a, 'noexternal');
    if (st.metadata) st.learning = false;
    info.collectMetadata = st.metadata;
    return true;
  }
  if (matches(a, 'gbp') || matches(a, 'gpe')) {
    checkDuparg(ctx, st, a, a, a);
    if (matches(a, 'gbp')) info.gbp = true;
    else info.gpe = true;
    return true;
  }
  if (a === 'vnifilter' || a === 'novnifilter') {
    checkDuparg(ctx, st, 'vnifilter', a, a);
    info.vnifilter = a === 'vnifilter';
    st.vnifilter = info.vnifilter;
    return true;
  }
  return false;
}

/** vxlan_parse_opt(); `setOp` is RTM_NEWLINK without NLM_F_CREATE (`ip link set ... type vxlan`). */
export function vxlanParseOpt(ctx: IpCtx, argv: string[], setOp = false): VxlanInfo {
  const st: VxlanParse = {
    info: {}, attrs: new Set(), saddr: null, daddr: null, learning: true, dstport: 0, metadata: false, vnifilter: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const j = parseValued(ctx, st, argv, i);
    if (j !== null) i = j;
    else if (parseFlag(ctx, st, a)) continue;
    else if (matches(a, 'help')) bail(ctx, VXLAN_EXPLAIN);
    else bail(ctx, `vxlan: unknown command "${a}"?\n${VXLAN_EXPLAIN}`);
  }
  return vxlanParseFinish(ctx, st, setOp);
}

/** vxlan_parse_opt() after its loop: the consistency checks and the attributes added last. */
function vxlanParseFinish(ctx: IpCtx, st: VxlanParse, setOp: boolean): VxlanInfo {
  const info = st.info;
  if (!st.metadata && st.vnifilter) bail(ctx, "vxlan: vnifilter is valid only when 'external' is set\n");
  if (st.metadata && st.attrs.has('id')) bail(ctx, "vxlan: both 'external' and vni cannot be specified\n");
  if (!st.metadata && !st.vnifilter && !st.attrs.has('id') && !setOp) bail(ctx, 'vxlan: missing virtual network identifier\n');
  if (isMulti(st.daddr) && !st.attrs.has('link')) bail(ctx, "vxlan: 'group' requires 'dev' to be specified\n");
  if (!st.attrs.has('port') && st.attrs.has('gpe')) st.dstport = 4790;
  else if (!st.attrs.has('port') && !setOp) {
    ctx.err(
      'vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\n' +
        "Use 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n",
    );
  }
  // addattr_l(..., saddr.data, saddr.bytelen): `any` has no bytes.
  if (st.saddr) info.local = st.saddr.bytelen ? st.saddr.addr : null;
  if (st.daddr) info.group = st.daddr.addr;
  if (!setOp || st.attrs.has('learning')) info.learning = st.learning;
  if (st.dstport) info.port = st.dstport;
  return info;
}

/** The words print_opt writes as `[no]NAME` in text and a bool in JSON. */
function printNoFlag(pr: Printer, key: string, word: string, v: boolean | undefined): void {
  if (v === undefined) return;
  if (pr.isJson) pr.bool(PRINT_JSON, key, '', v);
  else pr.text(`${v ? '' : 'no'}${word} `);
}

/** The words print_opt writes only when set. */
function printIfSet(pr: Printer, key: string, word: string, v: boolean | undefined): void {
  if (v) pr.bool(PRINT_ANY, key, `${word} `, true);
}

/** vxlan_print_opt() up to the TTL: identity, endpoints, ports, learning and the set-only flags. */
function printEndpoints(ctx: IpCtx, pr: Printer, d: VxlanInfo): void {
  if (d.collectMetadata) pr.bool(PRINT_ANY, 'external', 'external ', true);
  if (d.vnifilter) pr.bool(PRINT_ANY, 'vnifilter', 'vnifilter', true);
  if (d.id !== undefined) pr.number(PRINT_ANY, 'id', 'id %u ', d.id);
  if (d.group) {
    const multi = d.group >>> 28 === 0xe;
    pr.string(PRINT_ANY, multi ? 'group' : 'remote', multi ? 'group %s ' : 'remote %s ', formatHost(ctx, d.group));
  }
  if (d.local) pr.string(PRINT_ANY, 'local', 'local %s ', formatHost(ctx, d.local));
  if (d.link) pr.string(PRINT_ANY, 'link', 'dev %s ', ctx.ll.indexToName(d.link));
  if (d.portRange) {
    if (pr.isJson) {
      pr.openJsonObject('port_range');
      pr.number(PRINT_JSON, 'low', '', d.portRange.low);
      pr.number(PRINT_JSON, 'high', '', d.portRange.high);
      pr.closeJsonObject();
    } else pr.text(`srcport ${d.portRange.low} ${d.portRange.high} `);
  }
  if (d.port !== undefined) pr.number(PRINT_ANY, 'port', 'dstport %u ', d.port);
  if (d.learning !== undefined) {
    pr.bool(PRINT_JSON, 'learning', '', d.learning);
    if (!d.learning) pr.bool(PRINT_FP, 'learning', 'nolearning ', true);
  }
  printIfSet(pr, 'proxy', 'proxy', d.proxy);
  printIfSet(pr, 'rsc', 'rsc', d.rsc);
  printIfSet(pr, 'l2miss', 'l2miss', d.l2miss);
  printIfSet(pr, 'l3miss', 'l3miss', d.l3miss);
}

/** vxlan_print_opt() */
export function vxlanPrintOpt(ctx: IpCtx, pr: Printer, data: unknown): void {
  const d = data as VxlanInfo | null;
  if (!d) return;
  printEndpoints(ctx, pr, d);
  const tos = d.tos ?? 0;
  if (tos) {
    if (pr.isJson || tos !== 1) pr.hex(PRINT_ANY, 'tos', 'tos %#llx ', tos);
    else pr.string(PRINT_FP, null, 'tos %s ', 'inherit');
  }
  if (d.ttlInherit) pr.string(PRINT_FP, null, 'ttl %s ', 'inherit');
  else if (d.ttl !== undefined) {
    if (pr.isJson || d.ttl) pr.number(PRINT_ANY, 'ttl', 'ttl %u ', d.ttl);
    else pr.string(PRINT_FP, null, 'ttl %s ', 'auto');
  }
  if (d.df === VXLAN_DF_UNSET) pr.string(PRINT_JSON, 'df', 'df %s ', 'unset');
  else if (d.df === VXLAN_DF_SET) pr.string(PRINT_ANY, 'df', 'df %s ', 'set');
  else if (d.df === VXLAN_DF_INHERIT) pr.string(PRINT_ANY, 'df', 'df %s ', 'inherit');
  if (d.label) pr.hex(PRINT_ANY, 'label', 'flowlabel %#llx ', d.label);
  if (d.ageing !== undefined) {
    if (d.ageing === 0) pr.number(PRINT_ANY, 'ageing', 'ageing none ', 0);
    else pr.number(PRINT_ANY, 'ageing', 'ageing %u ', d.ageing);
  }
  if (d.limit) pr.number(PRINT_ANY, 'limit', 'maxaddr %u ', d.limit);
  printNoFlag(pr, 'udp_csum', 'udpcsum', d.udpCsum);
  printNoFlag(pr, 'udp_zero_csum6_tx', 'udp6zerocsumtx', d.udpZeroCsum6Tx);
  printNoFlag(pr, 'udp_zero_csum6_rx', 'udp6zerocsumrx', d.udpZeroCsum6Rx);
  printIfSet(pr, 'remcsum_tx', 'remcsumtx', d.remcsumTx);
  printIfSet(pr, 'remcsum_rx', 'remcsumrx', d.remcsumRx);
  if (d.gbp) pr.bool(PRINT_ANY, 'gbp', 'gbp ', true);
  if (d.gpe) pr.bool(PRINT_ANY, 'gpe', 'gpe ', true);
}

