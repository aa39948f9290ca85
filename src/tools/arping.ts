/**
 * `arping` (iputils 20221126): ARP requests (or replies, -A) through a
 * SOCK_DGRAM packet socket bound to ETH_P_ARP on one device, broadcast
 * until the first reply names the target's address, unicast after it
 * (unless -b); duplicate address detection (-D, source 0.0.0.0) and
 * unsolicited announcements (-U/-A, source = target). The source address
 * comes from a UDP socket connect()ed with SO_DONTROUTE, the device (no
 * -I) from an RTM_GETROUTE of the target. Times come from the virtual
 * clock; the interval and the deadline are timerfds polled with the socket.
 * @iputils arping.c main() send_pack() recv_pack() event_loop() finish()
 */
import { gaiHostError } from './lib/netdb.js';
import { processTask, type CommandFn, type Proc } from '../lab/process.js';
import { StdioFile } from './lib/stdio.js';
import {
  Task, bind, bindLl, close, connect, getsockname, getsocknameLl, ifIndextoname, ppoll, recvmsgDontwait, sendtoLl, setsockopt, socket,
  type SockaddrLl, type Socket,
} from '../net/socket.js';
import { strerror } from '../net/core/errno.js';
import { AF_INET, AF_PACKET, POLLIN, SOCK_DGRAM, SOL_SOCKET, SO_BINDTODEVICE, SO_DONTROUTE } from '../uapi/linux/socket.js';
import { IFF_LOOPBACK, IFF_NOARP, IFF_UP } from '../uapi/linux/if.js';
import { PACKET_BROADCAST, PACKET_HOST, PACKET_MULTICAST } from '../uapi/linux/if_packet.js';
import type { IfInfoMsg } from '../uapi/linux/if_link.js';
import { ARPOP_REPLY, ARPOP_REQUEST, ARP_FIXED_HLEN, Arph } from '../wire/arp.js';
import { ETH_P_ARP, ETH_P_IP } from '../wire/ethernet.js';
import { getU16, getU32, putU16, putU32 } from '../wire/bytes.js';
import { ipToString } from '../wire/ipv4.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { SIGINT, SIGQUIT, SIGTERM } from '../uapi/linux/signal.js';
import { NetlinkSock } from '../net/netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../uapi/linux/netlink.js';
import { RTM_GETLINK, RTM_GETROUTE } from '../uapi/linux/rtnetlink.js';
import { newRtMsg, type RtMsg } from '../uapi/linux/rtmsg.js';
import { strtolOrErr } from './ping_args.js';
import { inetAton, lookupHosts } from './ping.js';

const USAGE = `
Usage:
  arping [options] <destination>

Options:
  -f            quit on first reply
  -q            be quiet
  -b            keep on broadcasting, do not unicast
  -D            duplicate address detection mode
  -U            unsolicited ARP mode, update your neighbours
  -A            ARP answer mode, update your neighbours
  -V            print version and exit
  -c <count>    how many packets to send
  -w <timeout>  how long to wait for a reply
  -i <interval> set interval between packets (default: 1 second)
  -I <device>   which ethernet device to use
  -s <source>   source ip address
  <destination> dns name or ip address

For more details see arping(8).
`;
const VERSION = 'arping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n';
const INT_MAX = 2147483647n;
/** recv_pack()'s "stop now" answer. */
const FINAL_PACKS = 2;

/** exit(status) from anywhere in main(). */
class ArpingExit {
  constructor(readonly status: number) {}
}

/** struct run_state */
interface RunState {
  device: { name: string | null; ifindex: number; ifa: Ifaddr | null };
  source: string | null;
  gsrc: number;
  gdst: number;
  target: string;
  count: number;
  timeout: number;
  interval: number;
  me: SockaddrLl;
  /** he.sll_addr: where probes go (broadcast, then the target's address). */
  heAddr: Uint8Array;
  /** ctl->last: the virtual time of the last probe, null before the first. */
  last: number | null;
  sent: number;
  brdSent: number;
  received: number;
  brdRecv: number;
  reqRecv: number;
  advert: boolean;
  broadcastOnly: boolean;
  dad: boolean;
  quiet: boolean;
  quitOnReply: boolean;
  unicasting: boolean;
  unsolicited: boolean;
}

function newRunState(): RunState {
  return {
    device: { name: null, ifindex: 0, ifa: null }, source: null, gsrc: 0, gdst: 0, target: '', count: -1, timeout: 0, interval: 1,
    me: { protocol: 0, ifindex: 0, hatype: 0, pkttype: 0, addr: new Uint8Array(0) }, heAddr: new Uint8Array(0), last: null,
    sent: 0, brdSent: 0, received: 0, brdRecv: 0, reqRecv: 0, advert: false, broadcastOnly: false, dad: false, quiet: false,
    quitOnReply: false, unicasting: false, unsolicited: false,
  };
}

/** One run: the process, its state and its packet socket. */
class Arping {
  readonly ctl = newRunState();
  sock: Socket | null = null;
  /** printf()'s stdout: fully buffered into a pipe or a file, written out at exit (lost to SIGKILL). */
  readonly stdout: StdioFile;

  constructor(readonly p: Proc) {
    this.stdout = new StdioFile(p.stdout);
  }

  out(s: string): void {
    this.stdout.write(s);
  }

  /**
   * error(3): "arping: MSG" on stderr; a non-zero status exits. glibc's
   * error() flushes stdout first, so the "ARPING ... from 0.0.0.0" header
   * printed just before "no source address in not-DAD mode" comes first.
   * @glibc misc/error.c __error_internal() fflush (stdout)
   */
  error(status: number, msg: string): void {
    this.stdout.flush();
    this.p.stderr.write(`arping: ${msg}\n`);
    if (status) throw new ArpingExit(status);
  }

  fail(status: number, msg: string): never {
    this.error(status, msg);
    throw new ArpingExit(status);
  }

  usage(): never {
    this.p.stderr.write(USAGE);
    throw new ArpingExit(2);
  }

  /** send_pack(): one ARP request (reply with -A) to he; counts it when the whole packet left. */
  sendPack(): void {
    const c = this.ctl;
    const hln = c.me.addr.length;
    const buf = new Uint8Array(ARP_FIXED_HLEN + 2 * (hln + 4));
    // "ah->ar_hrd = htons(ME->sll_hatype)", FDDI counted as Ethernet (no FDDI devices here).
    putU16(buf, Arph.Hrd, c.me.hatype);
    putU16(buf, Arph.Pro, ETH_P_IP);
    buf[Arph.Hln] = hln;
    buf[Arph.Pln] = 4;
    putU16(buf, Arph.Op, c.advert ? ARPOP_REPLY : ARPOP_REQUEST);
    let o = ARP_FIXED_HLEN;
    buf.set(c.me.addr, o);
    putU32(buf, (o += hln), c.gsrc);
    buf.set(c.advert ? c.me.addr : c.heAddr, (o += 4));
    putU32(buf, (o += hln), c.gdst);
    const now = this.p.net.sched.now;
    const he: SockaddrLl = { ...c.me, addr: c.heAddr };
    if (sendtoLl(this.sock!, buf, he) === buf.length) {
      c.last = now;
      c.sent++;
      if (!c.unicasting) c.brdSent++;
    }
  }

  /** finish(): the statistics; the status of the answers alone. */
  finish(): number {
    const c = this.ctl;
    if (!c.quiet) {
      let s = `Sent ${c.sent} probes (${c.brdSent} broadcast(s))\nReceived ${c.received} response(s)`;
      if (c.brdRecv || c.reqRecv) {
        const parts: string[] = [];
        if (c.reqRecv) parts.push(`${c.reqRecv} request(s)`);
        if (c.brdRecv) parts.push(`${c.brdRecv} broadcast(s)`);
        s += ` (${parts.join(', ')})`;
      }
      this.out(`${s}\n`);
    }
    if (c.dad) return c.received ? 1 : 0;
    if (c.unsolicited) return 0;
    return c.received ? 0 : 1;
  }

  /** recv_pack(): 0 ignored, 1 counted, FINAL_PACKS to stop. */
  recvPack(buf: Uint8Array, from: SockaddrLl): number {
    const c = this.ctl;
    const now = this.p.net.sched.now;
    // "Filter out wild packets"
    if (from.pkttype !== PACKET_HOST && from.pkttype !== PACKET_BROADCAST && from.pkttype !== PACKET_MULTICAST) return 0;
    if (buf.length < ARP_FIXED_HLEN) return 0;
    const op = getU16(buf, Arph.Op);
    if (op !== ARPOP_REQUEST && op !== ARPOP_REPLY) return 0;
    if (getU16(buf, Arph.Hrd) !== from.hatype) return 0;
    if (getU16(buf, Arph.Pro) !== ETH_P_IP) return 0;
    const hln = buf[Arph.Hln]!;
    if (buf[Arph.Pln] !== 4 || hln !== c.me.addr.length) return 0;
    if (buf.length < ARP_FIXED_HLEN + 2 * (4 + hln)) return 0;
    const sha = buf.subarray(ARP_FIXED_HLEN, ARP_FIXED_HLEN + hln);
    const srcIp = getU32(buf, ARP_FIXED_HLEN + hln);
    const tha = buf.subarray(ARP_FIXED_HLEN + hln + 4, ARP_FIXED_HLEN + 2 * hln + 4);
    const dstIp = getU32(buf, ARP_FIXED_HLEN + 2 * hln + 4);
    if (!this.wanted(sha, srcIp, tha, dstIp)) return 0;
    if (!c.quiet) this.printReply(from, op, sha, srcIp, tha, dstIp, now);
    c.received++;
    if (c.timeout && c.received === c.count) return FINAL_PACKS;
    if (from.pkttype !== PACKET_HOST) c.brdRecv++;
    if (op === ARPOP_REQUEST) c.reqRecv++;
    if (c.quitOnReply || (c.count === 0 && c.received === c.sent)) return FINAL_PACKS;
    if (!c.broadcastOnly) {
      c.heAddr = sha.slice();
      c.unicasting = true;
    }
    return 1;
  }

  /**
   * An answer to the probes: from the target to our source and hardware
   * address; in DAD mode anyone else claiming the tested address (and, with
   * a source, asking for it).
   */
  private wanted(sha: Uint8Array, srcIp: number, tha: Uint8Array, dstIp: number): boolean {
    const c = this.ctl;
    if (srcIp !== c.gdst) return false;
    if (!c.dad) return c.gsrc === dstIp && sameBytes(tha, c.me.addr);
    if (sameBytes(sha, c.me.addr)) return false;
    return !(c.gsrc && c.gsrc !== dstIp);
  }

  private printReply(from: SockaddrLl, op: number, sha: Uint8Array, srcIp: number, tha: Uint8Array, dstIp: number, now: number): void {
    const c = this.ctl;
    let s = `${from.pkttype === PACKET_HOST ? 'Unicast' : 'Broadcast'} ${op === ARPOP_REPLY ? 'reply' : 'request'} from `;
    s += `${ipToString(srcIp)} [${hex(sha)}] `;
    let sPrinted = false;
    if (dstIp !== c.gsrc) {
      s += `for ${ipToString(dstIp)} `;
      sPrinted = true;
    }
    if (!sameBytes(tha, c.me.addr)) s += `${sPrinted ? '' : 'for '}[${hex(tha)}]`;
    if (c.last !== null) {
      // The C arithmetic as it is: microseconds, rounded milliseconds, the rest shifted by 500.
      const d = now - c.last;
      let usecs = Math.floor(d / 1e9) * 1000000 + Math.trunc(((d % 1e9) + 500) / 1000);
      const msecs = Math.trunc((usecs + 500) / 1000);
      usecs -= msecs * 1000 - 500;
      s += ` ${msecs}.${String(usecs).padStart(3, '0')}ms\n`;
    } else s += ' UNSOLICITED?\n';
    this.out(s);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** print_hex(): upper-case hex bytes joined by ':'. */
function hex(b: Uint8Array): string {
  return Array.from(b, (v) => v.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

/** main()'s getopt loop over "h?bfDUAqc:w:i:s:I:V". */
function parseArgs(a: Arping): void {
  const c = a.ctl;
  const r = getopt(a.p.argv.slice(1), { short: 'h?bfDUAqc:w:i:s:I:V' });
  if (!r.ok) {
    a.p.stderr.write(`arping: ${r.message}\n`);
    a.usage();
  }
  const err = (status: number, msg: string): never => a.fail(status, msg);
  for (const { key, arg = '' } of r.opts) {
    switch (key) {
      case 'b': c.broadcastOnly = true; break;
      case 'D': c.dad = true; c.quitOnReply = true; break;
      case 'U': c.unsolicited = true; break;
      case 'A': c.advert = true; c.unsolicited = true; break;
      case 'q': c.quiet = true; break;
      case 'c': c.count = strtolOrErr(err, arg, 'invalid argument', 1n, INT_MAX); break;
      case 'w': c.timeout = strtolOrErr(err, arg, 'invalid argument', 0n, INT_MAX); break;
      case 'i': c.interval = strtolOrErr(err, arg, 'invalid argument', 0n, INT_MAX); break;
      case 'I': c.device.name = arg; break;
      case 'f': c.quitOnReply = true; break;
      case 's': c.source = arg; break;
      case 'V':
        a.out(VERSION);
        throw new ArpingExit(0);
      default: a.usage();
    }
  }
  if (r.operands.length !== 1) a.usage();
  c.target = r.operands[0]!;
}

/** guess_device(): the output device of the route to the target (RTM_GETROUTE's RTA_OIF). */
function guessDevice(a: Arping): void {
  const c = a.ctl;
  const nl = new NetlinkSock(a.p.net);
  try {
    const r = nl.request(RTM_GETROUTE, NLM_F_REQUEST, newRtMsg({ family: AF_INET, dstLen: 32, dst: c.gdst }));
    if (r.ack.error !== null) a.fail(1, 'NETLINK_ROUTE unexpected iov element');
    const oif = (r.msgs[0] as NlMsg<RtMsg> | undefined)?.body.oif;
    if (oif) {
      c.device.ifindex = oif;
      c.device.name = ifIndextoname(a.p.net, oif);
    }
  } finally {
    nl.close();
  }
}

/** getifaddrs()' AF_PACKET entry of a link. */
interface Ifaddr {
  name: string;
  ifindex: number;
  flags: number;
  /** sll_addr of ifa_addr (sll_halen bytes). */
  addr: Uint8Array;
  /** ifa_broadaddr: IFLA_BROADCAST, null without one. */
  broadcast: Uint8Array | null;
}

/** getifaddrs(3)'s link half: an RTM_GETLINK dump. */
function getifaddrs(a: Arping): Ifaddr[] {
  const nl = new NetlinkSock(a.p.net);
  try {
    const r = nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, index: 0 } satisfies IfInfoMsg);
    return (r.msgs as NlMsg<IfInfoMsg>[]).map(({ body: b }) => ({
      name: b.ifname ?? '', ifindex: b.index, flags: b.flags ?? 0, addr: b.address ?? new Uint8Array(0),
      broadcast: b.broadcast ?? null,
    }));
  } finally {
    nl.close();
  }
}

/**
 * check_device() with check_ifflags(): the named device must be up and
 * able to ARP (else exit here); without a name the first suitable one, if
 * it is the only one.
 */
function checkDevice(a: Arping): void {
  const c = a.ctl;
  const name = c.device.name;
  let n = 0;
  for (const ifa of getifaddrs(a)) {
    if (name !== null && ifa.name !== name) continue;
    if (!(ifa.flags & IFF_UP)) {
      if (name === null) continue;
      if (!c.quiet) a.out(`Interface "${name}" is down\n`);
      throw new ArpingExit(2);
    }
    if (ifa.flags & (IFF_NOARP | IFF_LOOPBACK)) {
      if (name === null) continue;
      if (!c.quiet) a.out(`Interface "${name}" is not ARPable\n`);
      throw new ArpingExit(c.dad ? 0 : 2);
    }
    if (!ifa.addr.length || !ifa.broadcast) continue;
    c.device.ifa = ifa;
    if (n++) break;
  }
  if (n === 1 && c.device.ifa) {
    c.device.ifindex = c.device.ifa.ifindex;
    c.device.name = c.device.ifa.name;
  }
}

/**
 * main()'s probe socket: the source address a UDP socket bound to the
 * device gets (bind() to -s or the target for -U/-A, else connect() with
 * SO_DONTROUTE and getsockname()).
 */
function findSource(a: Arping): void {
  const c = a.ctl;
  const s = socket(a.p.net, AF_INET, SOCK_DGRAM, 0);
  if (typeof s === 'string') a.fail(2, `socket: ${strerror[s]}`);
  a.p.files?.install(s);
  try {
    if (c.device.name !== null) {
      const e = setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, c.device.name);
      if (e) a.error(0, `WARNING: interface is ignored: ${strerror[e]}`);
    }
    if (c.source !== null || c.gsrc) {
      const e = bind(s, { family: AF_INET, addr: c.gsrc, port: 0 });
      if (e) a.fail(2, `bind: ${strerror[e]}`);
    } else if (!c.dad) {
      let addr = c.gdst;
      if (!c.unsolicited) {
        const e = setsockopt(s, SOL_SOCKET, SO_DONTROUTE, 1);
        if (e) a.error(0, `WARNING: setsockopt(SO_DONTROUTE): ${strerror[e]}`);
        const r = connect(s, { family: AF_INET, addr: c.gdst, port: 1025 });
        if (r) a.fail(2, `connect: ${strerror[r]}`);
        const name = getsockname(s);
        if (typeof name === 'string') a.fail(2, `getsockname: ${strerror[name]}`);
        addr = name.addr;
      }
      c.gsrc = addr;
    }
  } finally {
    close(s);
  }
}

/** main() from the target to the packet socket bound, the header printed. */
function setup(a: Arping): void {
  const c = a.ctl;
  if (c.device.name === '') c.device.name = null;
  const num = inetAton(c.target);
  const hit = num === null ? lookupHosts(a.p, c.target) : null;
  // getaddrinfo() with AF_INET, no AI_IDN.
  if (num === null && !hit) a.fail(2, `${c.target}: ${gaiHostError(c.target, true)}`);
  c.gdst = num ?? hit![0];
  if (c.device.name === null) guessDevice(a);
  checkDevice(a);
  if (!c.device.ifindex) {
    if (c.device.name !== null) a.fail(2, `Device ${c.device.name} not available.`);
    a.error(0, 'Suitable device could not be determined. Please, use option -I.');
  }
  if (c.source !== null) {
    const s = inetAton(c.source);
    if (s === null) a.fail(2, `invalid source ${c.source}`);
    c.gsrc = s;
  }
  if (!c.dad && c.unsolicited && c.source === null) c.gsrc = c.gdst;
  if (!c.dad || c.source !== null) findSource(a);
  const e = bindLl(a.sock!, c.device.ifindex, ETH_P_ARP);
  if (e) a.fail(2, `bind: ${strerror[e]}`);
  const me = getsocknameLl(a.sock!);
  if (typeof me === 'string') a.fail(2, `getsockname: ${strerror[me]}`);
  c.me = me;
  if (!me.addr.length) {
    if (!c.quiet) a.out(`Interface "${c.device.name ?? ''}" is not ARPable (no ll address)\n`);
    throw new ArpingExit(c.dad ? 0 : 2);
  }
  // find_broadcast_address(): the device's (IFLA_BROADCAST), else all ones.
  const brd = c.device.ifa?.broadcast;
  if (brd && brd.length === me.addr.length) c.heAddr = brd.slice();
  else {
    if (!c.quiet) a.p.stderr.write('WARNING: using default broadcast address.\n');
    c.heAddr = new Uint8Array(me.addr.length).fill(0xff);
  }
  if (!c.quiet) a.out(`ARPING ${ipToString(c.gdst)} from ${ipToString(c.gsrc)} ${c.device.name ?? ''}\n`);
  if (c.source === null && !c.gsrc && !c.dad) a.fail(2, 'no source address in not-DAD mode');
}

/**
 * event_loop(): a probe now, one more at each interval tick until -c is
 * passed, the -w deadline, a reply that ends it or SIGINT/SIGQUIT/SIGTERM
 * (read from a signalfd: the statistics are printed). When several are
 * due at once they are taken in the poll array's order: signal, interval,
 * deadline, socket.
 */
async function eventLoop(a: Arping, task: Task, stop: { sig: boolean }): Promise<number> {
  const c = a.ctl;
  const sched = a.p.net.sched;
  const sec = 1e9;
  let nextTick = c.interval ? sched.now + c.interval * sec : Infinity;
  const deadline = c.timeout ? sched.now + c.timeout * sec : Infinity;
  let totalExpires = 1;
  a.sendPack();
  const pfd = [{ sock: a.sock!, events: POLLIN, revents: 0 }];
  for (;;) {
    const wait = Math.min(nextTick, deadline) - sched.now;
    await ppoll(pfd, wait === Infinity ? -1 : Math.max(0, wait), task);
    if (stop.sig) break;
    if (sched.now >= nextTick) {
      const exp = Math.floor((sched.now - nextTick) / (c.interval * sec)) + 1;
      nextTick += exp * c.interval * sec;
      totalExpires += exp;
      if (c.count > 0 && c.count < totalExpires) break;
      a.sendPack();
    }
    if (sched.now >= deadline) break;
    const m = recvmsgDontwait(a.sock!, 4096);
    if (typeof m !== 'string' && m.ll && a.recvPack(m.data, m.ll) === FINAL_PACKS) break;
  }
  let rc = a.finish();
  if (c.unsolicited) { /* nothing */ } else if (c.dad && c.quitOnReply) rc |= c.brdSent !== c.received ? 0 : 1;
  else if (c.timeout && !(c.count > 0)) rc |= c.received > 0 ? 0 : 1;
  else rc |= c.sent !== c.received ? 1 : 0;
  return rc;
}

async function arpingMain(p: Proc): Promise<number> {
  const a: Arping = new Arping(p);
  const task = processTask(p);
  const stop = { sig: false };
  const wake = (): void => {
    stop.sig = true;
    task.signalWakeUp();
  };
  const unhooks = [SIGINT, SIGQUIT, SIGTERM].map((sig) => p.onSignal?.(sig, wake));
  try {
    parseArgs(a);
    const s = socket(p.net, AF_PACKET, SOCK_DGRAM, 0);
    if (typeof s === 'string') a.fail(2, `socket: ${strerror[s]}`);
    p.files?.install(s);
    a.sock = s;
    setup(a);
    return await eventLoop(a, task, stop);
  } catch (e) {
    if (e instanceof ArpingExit) return e.status;
    throw e;
  } finally {
    for (const u of unhooks) u?.();
    if (a.sock) close(a.sock);
    // exit(): stdio flushed (a killed process writes nothing: its write unwinds it again)
    a.stdout.flush();
  }
}

export const arping: CommandFn = (p) => arpingMain(p);
