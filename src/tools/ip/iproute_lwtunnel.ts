/**
 * `encap TYPE ...` of ip route (and of a nexthop): lwt_parse_encap() reads
 * the type and its arguments, and the request carries RTA_ENCAP_TYPE for
 * the kernel to judge. tuxnet's kernel, like the recording kernel, has no
 * MPLS, SRv6, RPL, IOAM6, ILA or XFRM lightweight tunnels (it refuses them:
 * "lwt encapsulation type not supported"); the ones that kernel has (ip,
 * ip6, bpf) are not modelled and say so here. The arguments of mpls, seg6,
 * rpl and xfrm are parsed as iproute2 6.1 does, with its errors; those of
 * seg6local, ila and ioam6 are not.
 * @iproute2 ip/iproute_lwtunnel.c lwt_parse_encap(), parse_encap_mpls(), parse_encap_seg6(), parse_encap_rpl(),
 *   parse_encap_xfrm(); lib/mpls_pton.c
 */
import { Args, duparg2, fail, invarg, type IpCtx, parseUnsigned } from './utils.js';
import { strtoul } from './rt_names.js';
import { llNameToIndex } from './iproute_modify.js';
import { AF_INET6 } from '../../uapi/linux/socket.js';
import { getAddr } from './inet_prefix.js';

/** include/uapi/linux/lwtunnel.h LWTUNNEL_ENCAP_* */
const LWTUNNEL_ENCAP_TYPES: ReadonlyMap<string, number> = new Map([
  ['mpls', 1], ['ip', 2], ['ila', 3], ['ip6', 4], ['seg6', 5], ['bpf', 6], ['seg6local', 7], ['rpl', 8], ['ioam6', 9],
  ['xfrm', 10],
]);
const LWTUNNEL_ENCAP_MPLS = 1;
const LWTUNNEL_ENCAP_SEG6 = 5;
const LWTUNNEL_ENCAP_RPL = 8;
const LWTUNNEL_ENCAP_XFRM = 10;

/** seg6_mode_types[] */
const SEG6_MODES = ['inline', 'encap', 'l2encap', 'encap.red', 'l2encap.red'];

/** MPLS labels are 20 bits; inet_prefix's data holds 64 of them. */
const MPLS_LABEL_LIMIT = 1 << 20;
const MPLS_MAX_LABELS = 64;

/**
 * lwt_parse_encap(): `a` is at "encap"; returns the LWTUNNEL_ENCAP_* type,
 * `a` left on the last word the encapsulation took.
 */
export function lwtParseEncap(ctx: IpCtx, a: Args): number {
  const name = a.next();
  const type = LWTUNNEL_ENCAP_TYPES.get(name);
  if (type === undefined) invarg(ctx, '"encap type" value is invalid\n', name);
  a.next();
  if (a.left <= 1) fail(ctx, 'Error: unexpected end of line after "encap"');
  if (type === LWTUNNEL_ENCAP_MPLS) parseEncapMpls(ctx, a);
  else if (type === LWTUNNEL_ENCAP_XFRM) parseEncapXfrm(ctx, a);
  else if (type === LWTUNNEL_ENCAP_SEG6) parseEncapSeg6(ctx, a);
  else if (type === LWTUNNEL_ENCAP_RPL) parseSegs(ctx, a, parseKeyed(ctx, a, () => false));
  else fail(ctx, `Error: "encap ${name}" (lightweight tunnels) is not supported by tuxnet.`, 255);
  return type;
}

/** mpls_pton(): LABEL[/LABEL...], each below 2^20; false when it is none. */
function mplsPton(ctx: IpCtx, s: string): boolean {
  let rest = s;
  for (let count = 0; count < MPLS_MAX_LABELS; count++) {
    const r = strtoul(rest, 0);
    if (r.value >= MPLS_LABEL_LIMIT || r.end === 0) return false;
    if (r.end === rest.length) return true;
    if (rest[r.end] !== '/') return false;
    rest = rest.slice(r.end + 1);
  }
  ctx.err('Error: too many labels.\n');
  return false;
}

/** parse_encap_mpls(): the label stack (get_addr(..., AF_MPLS)), then `ttl N`. */
function parseEncapMpls(ctx: IpCtx, a: Args): void {
  if (!mplsPton(ctx, a.cur)) fail(ctx, `Error: mpls address is expected rather than "${a.cur}".`, 1);
  let ttlOk = false;
  while (a.left > 1 && a.argv[a.i + 1] === 'ttl') {
    a.i++;
    const v = a.next();
    if (ttlOk) duparg2(ctx, 'ttl', v);
    ttlOk = true;
    const n = parseUnsigned(v);
    if (n === null || n > 255) invarg(ctx, '"ttl" value is invalid\n', v);
  }
}

/** lwt_xfrm_usage() */
function xfrmUsage(ctx: IpCtx): never {
  return fail(ctx, 'Usage: ip route ... encap xfrm if_id IF_ID [ link_dev LINK ]');
}

/** parse_encap_xfrm(): if_id and link_dev; every other word to the end is passed over. */
function parseEncapXfrm(ctx: IpCtx, a: Args): void {
  let ifIdOk = false;
  let linkOk = false;
  for (;;) {
    const w = a.cur;
    if (w === 'if_id') {
      const v = a.next();
      if (ifIdOk) duparg2(ctx, 'if_id', v);
      ifIdOk = true;
      const n = parseUnsigned(v);
      if (!n) invarg(ctx, '"if_id" value is invalid\n', v);
    } else if (w === 'link_dev') {
      const v = a.next();
      if (linkOk) duparg2(ctx, 'link_dev', v);
      linkOk = true;
      if (!llNameToIndex(ctx, v)) fail(ctx, `Cannot find device "${v}"`);
    } else if (w === 'help') xfrmUsage(ctx);
    if (a.left <= 1) break;
    a.i++;
  }
  if (!ifIdOk) xfrmUsage(ctx);
}

/**
 * The keyword loop of parse_encap_seg6()/_rpl(): `segs LIST` (and what
 * `other` takes) until a word that is none, `a` left on the last word
 * taken; returns the segment list ("" when none).
 */
function parseKeyed(ctx: IpCtx, a: Args, other: (w: string) => boolean, checkSegs: (v: string) => void = () => {}): string {
  let segs: string | null = null;
  a.i--;
  while (a.left > 1) {
    const w = a.argv[a.i + 1]!;
    a.i++;
    if (w === 'segs') {
      const v = a.next();
      if (segs !== null) duparg2(ctx, 'segs', v);
      checkSegs(v);
      segs = v;
    } else if (!other(w)) {
      a.i--;
      break;
    }
  }
  return segs ?? '';
}

/** parse_srh()/parse_rpl_srh(): each segment of the comma-separated list is an IPv6 address (get_addr). */
function parseSegs(ctx: IpCtx, _a: Args, segs: string): void {
  for (const s of segs.split(',')) if (s) getAddr(ctx, s, AF_INET6);
}

/** parse_encap_seg6(): `mode MODE` first, `segs LIST`, `hmac KEYID`. */
function parseEncapSeg6(ctx: IpCtx, a: Args): void {
  let mode = -1;
  let hmacOk = false;
  const segs = parseKeyed(ctx, a, (w) => {
    if (w === 'mode') {
      const v = a.next();
      if (mode !== -1) duparg2(ctx, 'mode', v);
      mode = SEG6_MODES.indexOf(v);
      if (mode < 0) invarg(ctx, '"mode" value is invalid\n', v);
      return true;
    }
    if (w === 'hmac') {
      const v = a.next();
      if (hmacOk) duparg2(ctx, 'hmac', v);
      hmacOk = true;
      return true;
    }
    return false;
  }, (v) => {
    if (mode === -1) invarg(ctx, '"segs" provided before "mode"\n', v);
  });
  parseSegs(ctx, a, segs);
}
