/**
 * The files of /etc a fresh lab starts with: Debian 12's defaults for the
 * files the network tools read (iproute2 6.1's /etc/iproute2, netbase's
 * /etc/services and /etc/networks, the installer's /etc/hosts). Users edit
 * them in a script (`echo 100 my_rt_table >> /etc/iproute2/rt_tables`) and
 * the tools read them again at their next start, as on Linux.
 */
import type { MemFs } from './memfs.js';
import { ETC_SERVICES } from './etc_services.js';
import { SYSCTL_FILES } from './etc_sysctl.js';

const RT_TABLES = `#
# reserved values
#
255	local
254	main
253	default
0	unspec
#
# local
#
#1	inr.ruhep
`;

const RT_PROTOS = `#
# Reserved protocols.
#
0	unspec
1	redirect
2	kernel
3	boot
4	static
8	gated
9	ra
10	mrt
11	zebra
12	bird
13	dnrouted
14	xorp
15	ntk
16	dhcp
18	keepalived
42	babel
99	openr
186	bgp
187	isis
188	ospf
189	rip
192	eigrp
`;

const RT_SCOPES = `#
# reserved values
#
0	global
255	nowhere
254	host
253	link
#
# pseudo-reserved
#
200	site
`;

const RT_REALMS = `#
# reserved values
#
0	cosmos
#
# local
#
#1	inr.ac
#2	inr.ruhep
#3	freenet
#4	radio-msu
#5	russia
#6	internet
`;

const RT_DSFIELD = `# Differentiated field values
# These include the DSCP and unused bits
0x0	default
# Newer RFC2597 values
0x28	AF11
0x30	AF12
0x38	AF13
0x48	AF21
0x50	AF22
0x58	AF23
0x68	AF31
0x70	AF32
0x78	AF33
0x88	AF41
0x90	AF42
0x98	AF43
# Older values RFC2474
0x20	CS1
0x40	CS2
0x60	CS3
0x80	CS4
0xA0	CS5
0xC0	CS6
0xE0	CS7
# RFC 2598
0xB8	EF
`;

const GROUP = `# device group names
0	default
`;

const D_README = (what: string): string => `Each file in this directory is an ${what} configuration file. iproute2
commands scan this directory processing all files that end in '.conf'.
`;

const HOSTS = `127.0.0.1	localhost
::1		localhost ip6-localhost ip6-loopback
ff02::1		ip6-allnodes
ff02::2		ip6-allrouters
`;

const NETWORKS = `default		0.0.0.0
loopback	127.0.0.0
link-local	169.254.0.0
`;

/** Path → contents of every file a fresh lab has under /etc. */
export const ETC_DEFAULTS: Readonly<Record<string, string>> = {
  '/etc/hosts': HOSTS,
  '/etc/networks': NETWORKS,
  '/etc/services': ETC_SERVICES,
  '/etc/iproute2/rt_tables': RT_TABLES,
  '/etc/iproute2/rt_protos': RT_PROTOS,
  '/etc/iproute2/rt_scopes': RT_SCOPES,
  '/etc/iproute2/rt_realms': RT_REALMS,
  '/etc/iproute2/rt_dsfield': RT_DSFIELD,
  '/etc/iproute2/group': GROUP,
  '/etc/iproute2/rt_tables.d/README': D_README('rt_tables'),
  '/etc/iproute2/rt_protos.d/README': D_README('rt_protos'),
};

/** Write the default /etc (and the sysctl.d files of /usr/lib) into a lab's file system. */
export function seedEtc(fs: MemFs): void {
  for (const [path, text] of [...Object.entries(ETC_DEFAULTS), ...Object.entries(SYSCTL_FILES)]) {
    fs.mkdir(path.slice(0, path.lastIndexOf('/')), true);
    // the tree below /etc has no namespace-backed mount: no Net is read
    fs.write(path, text, null as never);
  }
}
