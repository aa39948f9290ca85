/**
 * The /etc/services names the network tools print for well-known ports
 * (getservbyport / getservbyname over Debian netbase's list, as far as
 * labs need it).
 */
export const SERVICES: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  tcp: {
    7: 'echo', 9: 'discard', 13: 'daytime', 20: 'ftp-data', 21: 'ftp', 22: 'ssh', 23: 'telnet', 25: 'smtp', 37: 'time',
    43: 'whois', 53: 'domain', 70: 'gopher', 79: 'finger', 80: 'http', 88: 'kerberos', 110: 'pop3', 111: 'sunrpc',
    113: 'auth', 119: 'nntp', 143: 'imap2', 179: 'bgp', 389: 'ldap', 443: 'https', 445: 'microsoft-ds', 465: 'submissions',
    514: 'shell', 515: 'printer', 587: 'submission', 631: 'ipp', 636: 'ldaps', 873: 'rsync', 993: 'imaps', 995: 'pop3s',
    1080: 'socks', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt',
  },
  udp: {
    7: 'echo', 9: 'discard', 53: 'domain', 67: 'bootps', 68: 'bootpc', 69: 'tftp', 111: 'sunrpc', 123: 'ntp', 137: 'netbios-ns',
    138: 'netbios-dgm', 161: 'snmp', 162: 'snmp-trap', 500: 'isakmp', 514: 'syslog', 520: 'router', 1194: 'openvpn', 4789: 'vxlan',
  },
};

/** getservbyname(): the port of a service name, or null. */
export function servByName(name: string, proto: string): number | null {
  const t = SERVICES[proto];
  if (!t) return null;
  for (const [port, n] of Object.entries(t)) if (n === name) return Number(port);
  return null;
}
