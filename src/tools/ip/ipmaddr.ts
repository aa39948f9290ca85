/**
 * `ip maddress`: each device's multicast memberships, read from
 * /proc/net/dev_mcast (link layer), /proc/net/igmp and /proc/net/igmp6;
 * `add`/`del` put a static link-layer address on a device's filter
 * (SIOCADDMULTI / SIOCDELMULTI).
 * @iproute2 ip/ipmaddr.c
 */
import { COLOR_IFNAME, COLOR_MAC, ifaFamilyColor } from './color.js';
import { AF_INET, AF_INET6, AF_PACKET, duparg, duparg2, checkIfname, fail, formatHost, incompleteCommand, invarg, matches, type IpCtx } from './utils.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON } from './json_print.js';
import { familyName } from './inet_prefix.js';
import { llAddrA2n } from './ll_addr.js';
import { ipv6ToString } from '../../wire/ipv6.js';
import { strerror } from '../../net/core/errno.js';
import { ifMulticastIoctl } from '../../net/socket.js';
import { SIOCADDMULTI, SIOCDELMULTI } from '../../uapi/linux/sockios.js';

const USAGE = 'Usage: ip maddr [ add | del ] MULTIADDR dev STRING\n       ip maddr show [ dev STRING ]';

/** struct ma_info */
interface MaInfo {
  index: number;
  name: string;
  users: number;
  features: string | null;
  family: number;
  addr: Uint8Array;
}

/** parse_hex(): two hex digits a byte; null for an odd count or a bad digit. */
function parseHex(s: string, size: number): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < s.length && out.length < 2 * size; i += 2) {
    if (i + 1 >= s.length) return null;
    const v = parseInt(s.slice(i, i + 2), 16);
    if (Number.isNaN(v)) return null;
    out.push(v);
  }
  return Uint8Array.from(out);
}

/** maddr_ins(): by ifindex, after the entries of the same index. */
function maddrIns(list: MaInfo[], m: MaInfo): void {
  let i = 0;
  while (i < list.length && list[i]!.index <= m.index) i++;
  list.splice(i, 0, m);
}

function readProc(ctx: IpCtx, name: string): string[] {
  const text = ctx.p.fs.read(`/proc/net/${name}`, ctx.net);
  return typeof text === 'string' ? text.split('\n').filter((l) => l !== '') : [];
}

/** read_dev_mcast(): "ifindex name users global_use hex". */
function readDevMcast(ctx: IpCtx, dev: string | null, list: MaInfo[]): void {
  for (const line of readProc(ctx, 'dev_mcast')) {
    const [index, name, users, st, hexa] = line.trim().split(/\s+/);
    if (dev && dev !== name) continue;
    const addr = parseHex(hexa ?? '', 16);
    if (!addr) continue;
    maddrIns(list, { index: Number(index), name: name!, users: Number(users), features: Number(st) ? 'static' : null, family: AF_PACKET, addr });
  }
}

/** read_igmp(): device lines, then tab-led group lines ("%08X" of the group as stored, users). */
function readIgmp(ctx: IpCtx, dev: string | null, list: MaInfo[]): void {
  let index = 0;
  let name = '';
  for (const line of readProc(ctx, 'igmp').slice(1)) {
    if (line[0] !== '\t') {
      const f = line.trim().split(/\s+/);
      index = Number(f[0]);
      name = (f[1] ?? '').replace(/:$/, '');
      continue;
    }
    if (dev && dev !== name) continue;
    const [hex, users] = line.trim().split(/\s+/);
    // sscanf("%08x") into the address bytes: little-endian, so the bytes reverse.
    const v = parseInt(hex!, 16) >>> 0;
    const addr = Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
    maddrIns(list, { index, name, users: Number(users), features: null, family: AF_INET, addr });
  }
}

/** read_igmp6(): "ifindex name hex users ...". */
function readIgmp6(ctx: IpCtx, dev: string | null, list: MaInfo[]): void {
  for (const line of readProc(ctx, 'igmp6')) {
    const [index, name, hexa, users] = line.trim().split(/\s+/);
    if (dev && dev !== name) continue;
    const addr = parseHex(hexa ?? '', 16);
    if (!addr) continue;
    maddrIns(list, { index: Number(index), name: name!, users: Number(users), features: null, family: AF_INET6, addr });
  }
}

/** The link address, or format_host() of the group (an IPv4 one named from /etc/hosts with -resolve). */
function formatAddr(ctx: IpCtx, m: MaInfo): string {
  if (m.family === AF_PACKET) return [...m.addr].map((b) => b.toString(16).padStart(2, '0')).join(':');
  if (m.family === AF_INET) return formatHost(ctx, ((m.addr[0]! << 24) | (m.addr[1]! << 16) | (m.addr[2]! << 8) | m.addr[3]!) >>> 0);
  return ipv6ToString(m.addr);
}

/** print_mlist() / print_maddr() */
function printMlist(ctx: IpCtx, list: MaInfo[]): void {
  const pr = ctx.newPrinter();
  let cur = 0;
  pr.newJsonObj();
  for (const m of list) {
    if (m.index !== cur || ctx.opts.oneline) {
      if (cur) {
        pr.closeJsonArray(PRINT_JSON, null);
        pr.closeJsonObject();
      }
      pr.openJsonObject(null);
      pr.number(PRINT_ANY, 'ifindex', '%d:', m.index);
      pr.colorString(PRINT_ANY, COLOR_IFNAME, 'ifname', '\t%s', m.name);
      pr.nl();
      cur = m.index;
      pr.openJsonArray(PRINT_JSON, 'maddr');
    }
    pr.string(PRINT_FP, null, '\t', null);
    pr.openJsonObject(null);
    if (m.family === AF_PACKET) {
      pr.string(PRINT_FP, null, 'link  ', null);
      pr.colorString(PRINT_ANY, COLOR_MAC, 'link', '%s', formatAddr(ctx, m));
    } else {
      pr.string(PRINT_ANY, 'family', '%-5s ', familyName(m.family));
      pr.colorString(PRINT_ANY, ifaFamilyColor(m.family), 'address', '%s', formatAddr(ctx, m));
    }
    if (m.users !== 1) pr.number(PRINT_ANY, 'users', ' users %u', m.users);
    if (m.features) pr.string(PRINT_ANY, 'features', ' %s', m.features);
    pr.string(PRINT_FP, null, '\n', null);
    pr.closeJsonObject();
  }
  if (cur) {
    pr.closeJsonArray(PRINT_JSON, null);
    pr.closeJsonObject();
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
}

/** multiaddr_list() */
function multiaddrList(ctx: IpCtx, argv: string[]): number {
  let dev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === 'dev') {
      arg = argv[++i] ?? incompleteCommand(ctx);
    } else if (matches(arg, 'help')) fail(ctx, USAGE);
    if (dev) duparg2(ctx, 'dev', arg);
    dev = arg;
  }
  const family = ctx.opts.family;
  const list: MaInfo[] = [];
  if (!family || family === AF_PACKET) readDevMcast(ctx, dev, list);
  if (!family || family === AF_INET) readIgmp(ctx, dev, list);
  if (!family || family === AF_INET6) readIgmp6(ctx, dev, list);
  printMlist(ctx, list);
  return 0;
}

/** multiaddr_modify(): the request is an ioctl on a datagram socket; perror("ioctl") and exit 1 when it fails. */
function multiaddrModify(ctx: IpCtx, cmd: number, argv: string[]): number {
  let name = '';
  let hwaddr: Uint8Array | null = null;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === 'dev') {
      arg = argv[++i] ?? incompleteCommand(ctx);
      if (name) duparg(ctx, 'dev', arg);
      if (!checkIfname(arg)) invarg(ctx, '"dev" not a valid ifname', arg);
      name = arg;
      continue;
    }
    if (matches(arg, 'address')) arg = argv[++i] ?? incompleteCommand(ctx);
    if (matches(arg, 'help')) fail(ctx, USAGE);
    if (hwaddr && hwaddr[0]) duparg(ctx, 'address', arg);
    const a = llAddrA2n(ctx, arg);
    if (!a) return 1;
    if (a.length !== 6) fail(ctx, `Error: Invalid address length ${a.length} - must be 6 bytes`, 1);
    hwaddr = a;
  }
  if (!name) fail(ctx, 'Not enough information: "dev" is required.');
  const err = ifMulticastIoctl(ctx.net, cmd, { name, hwaddr: hwaddr ?? new Uint8Array(6) });
  if (err) fail(ctx, `ioctl: ${strerror[err]}`, 1);
  return 0;
}

/** do_multiaddr() */
export function doIpmaddr(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined) return multiaddrList(ctx, []);
  if (matches(cmd, 'add')) return multiaddrModify(ctx, SIOCADDMULTI, argv.slice(1));
  if (matches(cmd, 'delete')) return multiaddrModify(ctx, SIOCDELMULTI, argv.slice(1));
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return multiaddrList(ctx, argv.slice(1));
  if (matches(cmd, 'help')) fail(ctx, USAGE);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip maddr help".`);
}
