/**
 * Helpers net-tools' commands share: hardware types (lib/hw.c), the flag
 * names of ife_print_long(), the byte counts with their binary unit, and
 * inet_aton() for address arguments.
 * @net-tools lib/hw.c lib/ether.c lib/loopback.c lib/interface.c
 */
import {
  IFF_ALLMULTI, IFF_BROADCAST, IFF_DEBUG, IFF_DYNAMIC, IFF_LOOPBACK, IFF_MASTER, IFF_MULTICAST, IFF_NOARP,
  IFF_NOTRAILERS, IFF_POINTOPOINT, IFF_PROMISC, IFF_RUNNING, IFF_SLAVE, IFF_UP,
} from '../../uapi/linux/if.js';
import { ARPHRD_ETHER, ARPHRD_LOOPBACK } from '../../uapi/linux/if_arp.js';

export { inetAton } from '../ping.js';

/** struct hwtype: the name, the title, and the address printer (none for loopback). */
export interface HwType {
  name: string;
  title: string;
  print: ((a: Uint8Array) => string) | null;
}

const etherPrint = (a: Uint8Array): string => [...a.subarray(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join(':');

/** get_hwntype(), falling back to "unspec" (pr_unspec: 16 bytes in hex, dash-separated). */
export function hwType(type: number): HwType {
  if (type === ARPHRD_ETHER) return { name: 'ether', title: 'Ethernet', print: etherPrint };
  if (type === ARPHRD_LOOPBACK) return { name: 'loop', title: 'Local Loopback', print: null };
  return {
    name: 'unspec', title: 'UNSPEC',
    print: (a) => Array.from({ length: 16 }, (_, i) => (a[i] ?? 0).toString(16).toUpperCase().padStart(2, '0')).join('-'),
  };
}

const FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [IFF_UP, 'UP'], [IFF_BROADCAST, 'BROADCAST'], [IFF_DEBUG, 'DEBUG'], [IFF_LOOPBACK, 'LOOPBACK'],
  [IFF_POINTOPOINT, 'POINTOPOINT'], [IFF_NOTRAILERS, 'NOTRAILERS'], [IFF_RUNNING, 'RUNNING'], [IFF_NOARP, 'NOARP'],
  [IFF_PROMISC, 'PROMISC'], [IFF_ALLMULTI, 'ALLMULTI'], [IFF_SLAVE, 'SLAVE'], [IFF_MASTER, 'MASTER'],
  [IFF_MULTICAST, 'MULTICAST'], [IFF_DYNAMIC, 'DYNAMIC'],
];

/** The names inside flags=N<...> of ife_print_long(). */
export function printFlags(flags: number): string {
  return FLAG_NAMES.filter(([bit]) => flags & bit).map(([, n]) => n).join(',');
}

/** The "(90.0 B)" of ife_print_long(): tenths, in the largest binary unit the count exceeds. */
export function sizeText(n: number): string {
  const units: [number, string][] = [[2 ** 50, 'PiB'], [2 ** 40, 'TiB'], [2 ** 30, 'GiB'], [2 ** 20, 'MiB'], [2 ** 10, 'KiB']];
  let short = n * 10;
  let unit = 'B';
  for (const [size, u] of units) {
    if (n > size) {
      short = Math.floor(short / size);
      unit = u;
      break;
    }
  }
  return `${Math.floor(short / 10)}.${short % 10} ${unit}`;
}

/**
 * herror()'s text after INET_resolve() of a name that is neither an
 * address nor in the files databases: glibc's nss_dns refuses a name
 * res_hnok() rejects (a leading '-', a character other than letters,
 * digits, '-', '_', an empty label) or of digits and dots alone
 * (HOST_NOT_FOUND: "Unknown host") before any query; any other goes to
 * DNS, which a lab (like the recording netns) never reaches (TRY_AGAIN:
 * "Host name lookup failure"). `hostfirst` (INET_input(256): a gateway, a
 * -host target) tries the host first and then getnetbyname(), whose miss
 * leaves h_errno at HOST_NOT_FOUND.
 * @net-tools lib/inet.c INET_resolve()
 */
export function hstrerror(name: string, hostfirst = false): string {
  const bad = hostfirst || name.startsWith('-') || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/.test(name) || (/^[0-9.]+$/.test(name) && !name.endsWith('.'));
  return bad ? 'Unknown host' : 'Host name lookup failure';
}
