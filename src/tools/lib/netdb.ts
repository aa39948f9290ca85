/**
 * The name databases the network tools read through glibc's nsswitch
 * ("hosts: files dns", "services: files", "networks: files"): the lab's
 * /etc/hosts, /etc/services and /etc/networks, read when a tool first needs
 * them (one Netdb per command), so a script's edits show in the next command.
 * A name /etc/hosts lacks would go to DNS, which no lab reaches: getaddrinfo()
 * fails with EAI_AGAIN, as on a kernel network namespace without uplink.
 * @glibc nss/nss_files/files-hosts.c, files-service.c, files-network.c
 */
import type { Proc } from '../../lab/process.js';
import { parseIp } from '../../wire/ipv4.js';
import { inet6Pton } from '../../wire/ipv6.js';
import { strtoul10 } from './stdlib.js';

/** gai_strerror(EAI_NONAME): a name that cannot be looked up (AI_NUMERICHOST, no such service). */
export const EAI_NONAME = 'Name or service not known';
/** gai_strerror(EAI_AGAIN): the DNS server did not answer. */
export const EAI_AGAIN = 'Temporary failure in name resolution';
/** gai_strerror(EAI_ADDRFAMILY): the host has no address of the family asked. */
export const EAI_ADDRFAMILY = 'Address family for hostname not supported';
/** gai_strerror(EAI_SERVICE): a service name the socket type does not have. */
export const EAI_SERVICE = 'Servname not supported for ai_socktype';

/** What a tool that would speak IPv6 answers for an IPv6 address: the lab's sockets are IPv4 (README). */
export const NO_IPV6 = 'IPv6 is not implemented in tuxnet';

/** inet_aton(): a, a.b, a.b.c or a.b.c.d, each part decimal, octal (0) or hex (0x); a blank ends it. */
export function inetAton(s: string): number | null {
  const word = s.split(/\s/)[0]!;
  const parts = word.split('.');
  if (parts.length > 4) return null;
  const vals: number[] = [];
  for (const part of parts) {
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) vals.push(part.length === 2 ? 0 : parseInt(part.slice(2), 16));
    else if (/^0[0-7]*$/.test(part)) vals.push(parseInt(part, 8));
    else if (/^[1-9][0-9]*$/.test(part)) vals.push(parseInt(part, 10));
    else return null;
  }
  const last = vals.pop()!;
  if (vals.some((v) => v > 255) || last >= 2 ** (8 * (4 - vals.length))) return null;
  let addr = 0;
  vals.forEach((v, i) => (addr += v * 2 ** (24 - 8 * i)));
  return (addr + last) >>> 0;
}

/**
 * res_hnok(): a name nss_dns would query: printable, each label at most 63
 * bytes of letters, digits, '-' and '_', the first not starting with '-'.
 * Anything else is HOST_NOT_FOUND (EAI_NONAME) before any query.
 * @glibc resolv/res-name-checking.c ___res_hnok() binary_hnok()
 */
function resHnok(host: string): boolean {
  if (host === '' || host === '.') return true;
  const labels = (host.endsWith('.') ? host.slice(0, -1) : host).split('.');
  if (labels[0]!.startsWith('-')) return false;
  return labels.every((l) => l.length > 0 && l.length <= 63 && /^[0-9A-Za-z_-]+$/.test(l));
}

/**
 * Why getaddrinfo() found no IPv4 address for `host`. An IPv6 literal:
 * asked for AF_INET (`v4only`: -4, arping, socat's ...4 addresses), glibc's
 * EAI_ADDRFAMILY as on Linux; asked for any family, Linux would use it and
 * the lab cannot, so it says so. Any other name would have gone to DNS.
 */
export function gaiHostError(host: string, inet = false, v4only = inet): string {
  if (inet && allNumeric(host)) return EAI_NONAME;
  if (inet6Pton(host) !== null) return v4only ? EAI_ADDRFAMILY : NO_IPV6;
  return resHnok(host) ? EAI_AGAIN : EAI_NONAME;
}

/**
 * An AF_INET lookup without AI_IDN goes to nss_dns's gethostbyname3,
 * which refuses a name of digits and dots (not ending in '.') that is no
 * address, "999.1.1.1" or "1.2.3.4.5" (HOST_NOT_FOUND: EAI_NONAME) before
 * any query; ping and tracepath (AI_IDN) and AF_UNSPEC lookups ask DNS.
 * @glibc resolv/nss_dns/dns-host.c gethostbyname3_context()
 */
function allNumeric(host: string): boolean {
  return /^\s*[0-9][0-9.]*$/.test(host) && !host.endsWith('.');
}

interface HostEntry {
  addr: number;
  /** The canonical name first, then the aliases. */
  names: string[];
}

interface ServEntry {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

/** Lines of a files database: comments (#) cut, fields split on blanks, empty lines dropped. */
function fields(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    const f = line.replace(/#.*/, '').trim().split(/[ \t]+/).filter(Boolean);
    if (f.length) out.push(f);
  }
  return out;
}

export class Netdb {
  private hostsDb: HostEntry[] | null = null;
  private servDb: ServEntry[] | null = null;
  private netDb: { name: string; addr: number }[] | null = null;

  constructor(private readonly p: Proc) {}

  private file(path: string): string {
    const { fs, net } = this.p;
    return fs.stat(path, net) === 'file' ? (fs.read(path, net) as string) : '';
  }

  /** /etc/hosts, IPv4 entries (the lab has no IPv6). */
  hosts(): HostEntry[] {
    if (!this.hostsDb) {
      this.hostsDb = [];
      for (const f of fields(this.file('/etc/hosts'))) {
        const addr = parseIp(f[0]!);
        if (addr !== null && f.length > 1) this.hostsDb.push({ addr, names: f.slice(1) });
      }
    }
    return this.hostsDb;
  }

  /** gethostbyname()/getaddrinfo(AF_INET) in files: the first line naming `name` (case-insensitive). */
  hostByName(name: string): { addr: number; canon: string } | null {
    const n = name.toLowerCase();
    for (const h of this.hosts()) if (h.names.some((x) => x.toLowerCase() === n)) return { addr: h.addr, canon: h.names[0]! };
    return null;
  }

  /** gethostbyaddr()/getnameinfo(NI_NAMEREQD) in files: the canonical name of the first line with `addr`. */
  hostByAddr(addr: number): string | null {
    for (const h of this.hosts()) if (h.addr === addr) return h.names[0]!;
    return null;
  }

  /**
   * getaddrinfo() of a host argument: an address in any inet_aton() form
   * with nothing after it (__inet_aton_exact(): 127.1, 0x7f000001, 0),
   * else an /etc/hosts name; an error text (gai_strerror) otherwise.
   * `numericOnly` is AI_NUMERICHOST, `inet` an AF_INET hint without AI_IDN.
   */
  resolve(host: string, numericOnly = false, inet = false): { addr: number; canon: string } | { error: string } {
    const a = parseIp(host) ?? (/\s/.test(host) ? null : inetAton(host));
    if (a !== null) return { addr: a, canon: host };
    if (numericOnly && inet6Pton(host) === null) return { error: EAI_NONAME };
    return this.hostByName(host) ?? { error: gaiHostError(host, inet) };
  }

  /** /etc/services */
  services(): ServEntry[] {
    if (!this.servDb) {
      this.servDb = [];
      for (const f of fields(this.file('/etc/services'))) {
        const m = /^(\d+)\/(\w+)$/.exec(f[1] ?? '');
        if (m) this.servDb.push({ name: f[0]!, port: Number(m[1]), proto: m[2]!, aliases: f.slice(2) });
      }
    }
    return this.servDb;
  }

  /** getservbyport(port, proto): the first entry's name, or null. */
  servByPort(port: number, proto: string): string | null {
    for (const s of this.services()) if (s.port === port && s.proto === proto) return s.name;
    return null;
  }

  /** getservbyname(name, proto): by name or alias, or null. */
  servByName(name: string, proto: string): number | null {
    for (const s of this.services()) if (s.proto === proto && (s.name === name || s.aliases.includes(name))) return s.port;
    return null;
  }

  /**
   * getaddrinfo()'s service (gaih_inet_serv()): all of it strtoul()'s
   * digits is a port kept in 16 bits (htons() of the number: 70000 is
   * 4464), anything else a name of the protocol's; null is EAI_SERVICE.
   */
  gaiService(service: string, proto: string): number | null {
    if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(service)) return Number(BigInt.asUintN(16, strtoul10(service)));
    return this.servByName(service, proto);
  }

  /** /etc/networks: name and network number (inet_network() of a dotted quad). */
  networks(): { name: string; addr: number }[] {
    if (!this.netDb) {
      this.netDb = [];
      for (const f of fields(this.file('/etc/networks'))) {
        const a = parseIp(f[1] ?? '');
        if (a !== null) this.netDb.push({ name: f[0]!, addr: a });
      }
    }
    return this.netDb;
  }

  /** getnetbyaddr(net, AF_INET) */
  netByAddr(addr: number): string | null {
    return this.networks().find((n) => n.addr === addr)?.name ?? null;
  }
}
