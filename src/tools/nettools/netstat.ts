/**
 * net-tools 2.10 `netstat`: -r (the routing table of route(8), -e for
 * more columns), -i (the interface table), and the TCP/UDP sockets of
 * /proc/net/tcp, /proc/net/udp and /proc/net/raw (-t -u -w, -l only servers, -a all, -n
 * numeric, -e the User and Inode columns, -p the PID/Program name column), -s (statistics.ts), -c (the listing again every second of
 * virtual time until killed), -M (no masquerading, as Debian's build).
 * -g (the group memberships of /proc/net/igmp, then /proc/net/igmp6).
 * -o and the other families refuse: the lab does not have them yet.
 * @net-tools netstat.c lib/interface.c ife_print_short() igmp_do_one()
 */
import { processTask, type CommandFn, type Proc } from '../../lab/process.js';
import { nanosleep } from '../../sim/wait.js';
import { IFF_UP } from '../../uapi/linux/if.js';
import { ipToString } from '../../wire/ipv4.js';
import { ipv6ToString } from '../../wire/ipv6.js';
import { sprintf } from '../lib/printf.js';
import { Netdb } from '../lib/netdb.js';
import { readInterfaces } from './interface.js';
import { ifePrintLong, ifePrintShort } from './ifconfig.js';
import { printFib } from './route.js';
import { PrgCache, PROGNAME_WIDTH } from './prg_cache.js';
import { parsesnmp } from './statistics.js';
import { NSEC_PER_SEC } from '../../sim/clock.js';

const TCP_STATES = ['', 'ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT', 'CLOSE', 'CLOSE_WAIT',
  'LAST_ACK', 'LISTEN', 'CLOSING'];

interface NsOpts {
  route: boolean; iface: boolean; tcp: boolean; udp: boolean; unix: boolean; all: boolean; lst: boolean; numeric: boolean;
  ext: number;
  stat: boolean; raw: boolean; cont: boolean; mas: boolean; igmp: boolean;
  /** -4 / --inet (flag_inet): the IPv4 family alone. */
  inet: boolean;
  /** -p: the PID/Program name column (flag_prg). */
  prg: PrgCache | null;
}

/** /proc/net/tcp's hex address (little-endian) as a host-order address. */
function procAddr(h: string): number {
  const v = parseInt(h, 16) >>> 0;
  return (((v & 0xff) << 24) | ((v >>> 8 & 0xff) << 16) | ((v >>> 16 & 0xff) << 8) | (v >>> 24)) >>> 0;
}

/** addr_do_one(): "addr:port", the address cut so that both fit 22 columns. */
function addrDoOne(db: Netdb, o: NsOpts, addr: number, port: number, proto: SockProto): string {
  let saddr = ipToString(addr);
  if (!o.numeric && addr !== 0) saddr = ((addr & 0xff) !== 0 ? db.hostByAddr(addr) : db.netByAddr(addr)) ?? saddr;
  // getservbyport(port, "raw") finds nothing in /etc/services: a raw socket's protocol shows as a number
  const serv = o.numeric || proto === 'raw' ? null : db.servByPort(port, proto);
  const sport = port === 0 ? '*' : serv ?? String(port);
  if (saddr.length + sport.length > 22) {
    const plen = Math.min(sport.length, 18);
    return `${saddr.slice(0, 22 - plen)}:${sport.slice(0, plen)}`;
  }
  return `${saddr}:${sport}`;
}

type SockProto = 'tcp' | 'udp' | 'raw';

/** finish_this_one(): -e adds the owner (a number with -n) and the inode; -p the program. */
function finishThisOne(o: NsOpts, uid: number, inode: number): string {
  let s = '';
  if (o.ext > 0) s += sprintf(' %-10s %-10d', o.numeric || uid !== 0 ? String(uid) : 'root', inode);
  if (o.prg) s += sprintf(' %-*s', PROGNAME_WIDTH, o.prg.get(inode));
  return s;
}

/** The -e header words after State (print_progname_banner() follows). */
function extBanner(o: NsOpts): string {
  return o.ext > 0 ? ' User       Inode     ' : '';
}

/** tcp_do_one() / udp_do_one() / raw_do_one() over one /proc/net file. */
function sockLines(p: Proc, o: NsOpts, db: Netdb, proto: SockProto): string {
  let out = '';
  const text = p.fs.read(`/proc/net/${proto}`, p.net);
  for (const line of text.split('\n').slice(1)) {
    const m = /^\s*\d+: ([0-9A-Fa-f]{8}):([0-9A-Fa-f]+) ([0-9A-Fa-f]{8}):([0-9A-Fa-f]+) ([0-9A-Fa-f]+) ([0-9A-Fa-f]+):([0-9A-Fa-f]+)/.exec(line);
    if (!m) continue;
    const remAddr = procAddr(m[3]!);
    const remPort = parseInt(m[4]!, 16);
    const state = parseInt(m[5]!, 16);
    const txq = parseInt(m[6]!, 16);
    const rxq = parseInt(m[7]!, 16);
    const local = addrDoOne(db, o, procAddr(m[1]!), parseInt(m[2]!, 16), proto);
    const rem = addrDoOne(db, o, remAddr, remPort, proto);
    // the uid is the eighth field of the line, the inode the tenth
    const f = line.trim().split(/\s+/);
    const prg = finishThisOne(o, Number(f[7]), Number(f[9]));
    if (proto === 'raw') {
      if (!o.all && ((o.lst && remPort) || (!o.lst && !remPort))) continue;
      // raw_do_one(): the state as a number
      out += sprintf('%-4s  %6d %6d %-23s %-23s %-11d%s\n', 'raw', rxq, txq, local, rem, state, prg);
    } else if (proto === 'tcp') {
      if (!o.all && ((o.lst && remPort) || (!o.lst && !remPort))) continue;
      out += sprintf('%-4s  %6d %6d %-*s %-*s %-11s%s\n', 'tcp', rxq, txq, Math.max(23, local.length), local,
        Math.max(23, rem.length), rem, TCP_STATES[state] ?? '', prg);
    } else {
      const nonnull = remAddr !== 0 || remPort !== 0;
      if (!(o.all || (nonnull && !o.lst) || (!nonnull && o.lst))) continue;
      const st = state === 1 ? 'ESTABLISHED' : state === 7 ? '' : 'UNKNOWN';
      out += sprintf('%-5s %6d %6d %-23s %-23s %-11s%s\n', 'udp', rxq, txq, local, rem, st, prg);
    }
  }
  return out;
}

/** The socket listings; the lab has no UNIX domain sockets, so that section is its header. */
function sockets(p: Proc, o: NsOpts, inet: boolean, unix: boolean): number {
  const db = new Netdb(p);
  const which = o.all ? '(servers and established)' : o.lst ? '(only servers)' : '(w/o servers)';
  let out = '';
  // print_progname_banner()
  const banner = extBanner(o) + (o.prg ? sprintf(' %-*s', PROGNAME_WIDTH, 'PID/Program name') : '');
  if (inet) out += `Active Internet connections ${which}\nProto Recv-Q Send-Q Local Address           Foreign Address         State      ${banner}\n`;
  if (o.tcp) out += sockLines(p, o, db, 'tcp');
  if (o.udp) out += sockLines(p, o, db, 'udp');
  if (o.raw) out += sockLines(p, o, db, 'raw');
  if (unix) {
    out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node   Path\n`;
  }
  p.stdout.write(out);
  return 0;
}

const USAGE = `usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
       netstat [-vWnNcaeol] [<Socket> ...]
       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }

        -r, --route              display routing table
        -i, --interfaces         display interface table
        -g, --groups             display multicast group memberships
        -s, --statistics         display networking statistics (like SNMP)
        -M, --masquerade         display masqueraded connections

        -v, --verbose            be verbose
        -W, --wide               don't truncate IP addresses
        -n, --numeric            don't resolve names
        --numeric-hosts          don't resolve host names
        --numeric-ports          don't resolve port names
        --numeric-users          don't resolve user names
        -N, --symbolic           resolve hardware names
        -e, --extend             display other/more information
        -p, --programs           display PID/Program name for sockets
        -o, --timers             display timers
        -c, --continuous         continuous listing

        -l, --listening          display listening server sockets
        -a, --all                display all sockets (default: connected)
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB
        -Z, --context            display SELinux security context for sockets

  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}
           {-x|--unix} --ax25 --ipx --netrom
  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

/** usage(): on stdout for -h (E_USAGE), on stderr with status 3 for a bad combination (E_OPTERR). */
function netstatUsage(p: Proc, rc: number): number {
  // print_aflist() writes the list of families on stderr
  const cut = USAGE.indexOf('    inet (DARPA');
  (rc === 0 ? p.stdout : p.stderr).write(USAGE.slice(0, cut));
  p.stderr.write(USAGE.slice(cut));
  return rc;
}

/** aftrans_opt()'s family names besides inet (net-tools lib/af.c), none of which the lab has. */
const NETSTAT_AFS: readonly string[] = ['inet6', 'unix', 'ipx', 'ax25', 'netrom', 'rose', 'x25', 'ddp', 'econet', 'ash', 'bluetooth'];

function refuse(p: Proc, what: string): number {
  p.stderr.write(`netstat: ${what} is not available in the lab yet\n`);
  return 1;
}

function parseNetstat(p: Proc): NsOpts | number {
  const o: NsOpts = {
    route: false, iface: false, tcp: false, udp: false, unix: false, all: false, lst: false, numeric: false, ext: 0,
    stat: false, raw: false, cont: false, mas: false, igmp: false, inet: false, prg: null,
  };
  const long: Record<string, string> = {
    '--route': 'r', '--interfaces': 'i', '--tcp': 't', '--udp': 'u', '--all': 'a', '--listening': 'l', '--numeric': 'n',
    '--extend': 'e', '--statistics': 's', '--program': 'p', '--continuous': 'c',
    '--raw': 'w', '--masquerade': 'M', '--groups': 'g', '--help': 'h', '--inet': '4', '--inet6': '6',
  };
  const argv = p.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    const letters = long[w] ?? (/^-[a-zA-Z0-9]+$/.test(w) ? w.slice(1) : null);
    if (letters === null) {
      p.stderr.write(`netstat: invalid option -- '${w.replace(/^-+/, '')}'\n`);
      return 1;
    }
    for (let k = 0; k < letters.length; k++) {
      const c = letters[k]!;
      if (c === 'A') {
        // -A <af>[,<af>...] (aftrans_opt()): the rest of the word or the next one; the lab has the inet family only.
        const list = k + 1 < letters.length ? letters.slice(k + 1) : argv[++i];
        if (list === undefined) {
          p.stderr.write("netstat: option requires an argument -- 'A'\n");
          return netstatUsage(p, 3);
        }
        for (const af of list.split(',')) {
          if (af === 'inet') continue;
          if (!NETSTAT_AFS.includes(af)) {
            p.stderr.write(`Unknown address family \`${af}'.\n`);
            return 1;
          }
          return refuse(p, `-A ${af}`);
        }
        o.inet = true;
        break;
      }
      if (c === 'r') o.route = true;
      else if (c === 'i') o.iface = true;
      else if (c === 't') o.tcp = true;
      else if (c === 'u') o.udp = true;
      else if (c === 'a') o.all = true;
      else if (c === 'l') o.lst = true;
      else if (c === 'n') o.numeric = true;
      else if (c === 'e') o.ext++;
      else if (c === 's') o.stat = true;
      else if (c === 'p') o.prg ??= new PrgCache(p);
      else if (c === 'c') o.cont = true;
      else if (c === 'x') o.unix = true;
      else if (c === 'w') o.raw = true;
      else if (c === 'M') o.mas = true;
      else if (c === 'h') return netstatUsage(p, 0);
      else if (c === 'g') o.igmp = true;
      else if (c === '4') o.inet = true;
      else if (c === 'o' || c === '6') return refuse(p, `-${c}`);
      else {
        p.stderr.write(`netstat: invalid option -- '${c}'\n`);
        return 1;
      }
    }
  }
  // main(): only one of -i -r -M -s -g
  if (+o.iface + +o.route + +o.mas + +o.stat + +o.igmp > 1) return netstatUsage(p, 3);
  return o;
}

/**
 * `netstat -c`: the listing again after each second of virtual time
 * (wait_continous(): fflush(stdout), sleep(1)), until killed. A listing
 * written into a pipe whose reader is gone kills it there (SIGPIPE, 141);
 * with SIGPIPE ignored the write fails and it goes on.
 */
async function continuous(p: Proc, once: () => number): Promise<number> {
  // a kill ends the sleep and the program there
  const task = processTask(p);
  for (;;) {
    const r = once();
    if (r !== 0) return r;
    await nanosleep(p.lab.sched, NSEC_PER_SEC, task);
  }
}

/** `netstat` */
export const netstat: CommandFn = async (p) => {
  const o = parseNetstat(p);
  if (typeof o === 'number') return o;
  if (o.mas) {
    // ENOSUPP("netstat", "FW_MASQUERADE"): Debian builds without HAVE_FW_MASQUERADE
    p.stderr.write("netstat: no support for `ip_masquerade' on this system.\n");
    return 1;
  }
  if (o.stat) {
    // -s alone selects every protocol; -c does not repeat it
    const none = !o.tcp && !o.udp && !o.raw;
    return parsesnmp(p, { raw: none || o.raw, tcp: none || o.tcp, udp: none || o.udp });
  }
  let first = true;
  const once = (): number => {
    const r = listing(p, o, first);
    first = false;
    return r;
  };
  return o.cont ? continuous(p, once) : once();
};

/** One listing of -r, -i or the sockets; iface_info() says "Kernel Interface table" only the first time. */
function listing(p: Proc, o: NsOpts, first: boolean): number {
  if (o.route) {
    // route_info(): rprint_fib() with the MSS columns by default, Metric/Ref/Use with -e, both with -ee
    return printFib(p, o.ext === 0 ? 2 : o.ext === 1 ? 1 : 3, o.numeric);
  }
  if (o.igmp) {
    // main(): a family given (flag_inet) turns the socket listing on too; it comes first.
    if (o.inet) sockets(p, o.tcp || o.udp || o.raw ? o : { ...o, tcp: true, udp: true, raw: true }, true, false);
    return igmpInfo(p, o);
  }
  if (o.iface) {
    let out = first ? 'Kernel Interface table\n' : '';
    const list = readInterfaces(p).filter((i) => o.all || i.flags & IFF_UP);
    if (o.ext) for (const i of list) out += ifePrintLong(i);
    else {
      out += 'Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n';
      for (const i of list) out += ifePrintShort(i);
    }
    p.stdout.write(out);
    return 0;
  }
  const some = o.tcp || o.udp || o.raw || o.unix;
  const q = some ? o : { ...o, tcp: true, udp: true, raw: true };
  return sockets(p, q, !some || o.tcp || o.udp || o.raw, !some || o.unix);
}

/**
 * igmp_info() / igmp_do_one(): "Interface RefCnt Group" for each group of
 * /proc/net/igmp (a device line, then its tab-led group lines: the
 * address as the kernel's %08X of the __be32, the users) and of
 * /proc/net/igmp6 (index, device, address, users).
 */
function igmpInfo(p: Proc, o: NsOpts): number {
  const db = new Netdb(p);
  let out = 'IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n';
  const row = (dev: string, refcnt: string, group: string): string => sprintf('%-15s %-6d %s\n', dev, Number(refcnt), group);
  let device = '';
  for (const line of (p.fs.read('/proc/net/igmp', p.net) ?? '').split('\n').slice(1)) {
    const head = /^\d+\t(.{1,10})/.exec(line);
    if (head) device = head[1]!.trimEnd();
    const g = /^\t(?:\t)*([0-9A-Fa-f]{8}) +(\d+)/.exec(line);
    if (!g) continue;
    const addr = procAddr(g[1]!);
    out += row(device, g[2]!, (o.numeric ? null : db.hostByAddr(addr)) ?? ipToString(addr));
  }
  // INFO_GUTS6(): with a family given, only its file.
  for (const line of (o.inet ? '' : p.fs.read('/proc/net/igmp6', p.net) ?? '').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    out += row(f[1]!, f[3]!, ipv6ToString(Uint8Array.from(f[2]!.match(/../g) ?? [], (h) => parseInt(h, 16))));
  }
  p.stdout.write(out);
  return 0;
}
