/**
 * The services database iptables reads (the lab's Debian netbase
 * /etc/services): getservbyport(port, proto) is the first entry of that
 * port and protocol (libxt_tcp.c/libxt_udp.c port_to_service(), multiport's
 * proto_to_name()), getservbyname(name[, proto]) the first entry whose name
 * or alias it is, of that protocol or, without one, of any
 * (xtables_getportbyname()'s getaddrinfo() without a hint).
 */
import { ETC_SERVICES } from '../../lab/etc_services.js';

interface Serv {
  readonly names: readonly string[];
  readonly port: number;
  readonly proto: string;
}

const DB: readonly Serv[] = ETC_SERVICES.split('\n').flatMap((line) => {
  const f = line.replace(/#.*/, '').trim().split(/\s+/);
  const m = /^(\d+)\/(\w+)$/.exec(f[1] ?? '');
  return m ? [{ names: [f[0]!, ...f.slice(2)], port: Number(m[1]), proto: m[2]! }] : [];
});

export function getservbyport(port: number, proto: string): string | null {
  return DB.find((s) => s.port === port && s.proto === proto)?.names[0] ?? null;
}

export function getservbyname(name: string, proto?: string): number | null {
  return DB.find((s) => (proto === undefined || s.proto === proto) && s.names.includes(name))?.port ?? null;
}
