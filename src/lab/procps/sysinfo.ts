/**
 * coreutils 9.1's uname, id and whoami and net-tools' hostname 3.23 as root
 * runs them in the lab: every process is uid 0, gid 0, in group root only.
 * @see coreutils src/uname.c src/id.c src/whoami.c, hostname.c
 */
import type { Cmd } from '../coreutils/common.js';
import { UTSNAME } from './utsname.js';
import { getopt, type LongOpt } from '../coreutils/getopt.js';

/** uname's fields in the order -a prints them; -p and -i answer `unknown` (omitted by -a when so). */
const UNAME_FIELDS: ReadonlyArray<{ key: string; long: string; value: string; all: boolean }> = [
  { key: 's', long: 'kernel-name', value: UTSNAME.sysname, all: true },
  { key: 'n', long: 'nodename', value: UTSNAME.nodename, all: true },
  { key: 'r', long: 'kernel-release', value: UTSNAME.release, all: true },
  { key: 'v', long: 'kernel-version', value: UTSNAME.version, all: true },
  { key: 'm', long: 'machine', value: UTSNAME.machine, all: true },
  { key: 'p', long: 'processor', value: 'unknown', all: false },
  { key: 'i', long: 'hardware-platform', value: 'unknown', all: false },
  { key: 'o', long: 'operating-system', value: 'GNU/Linux', all: true },
];

/** `uname [-asnrvmpio]`: no option is -s; -a prints the known fields. */
export async function uname(c: Cmd): Promise<number> {
  const o = c.options(
    { short: 'asnrvmpio', long: [{ name: 'all', arg: 0, key: 'a' }, ...UNAME_FIELDS.map((f) => ({ name: f.long, arg: 0 as const, key: f.key }))] },
    1,
  );
  if (typeof o === 'number') return o;
  if (o.operands.length) return c.usage(`extra operand '${o.operands[0]}'`, 1);
  const all = o.has('a');
  const none = o.opts.length === 0;
  const fields = UNAME_FIELDS.filter((f) => (all && f.all) || o.has(f.key) || (none && f.key === 's'));
  c.out(fields.map((f) => f.value).join(' ') + '\n');
  return 0;
}

/** `whoami`: the effective user's name. */
export async function whoami(c: Cmd): Promise<number> {
  const o = c.options({ short: '' }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length) return c.usage(`extra operand '${o.operands[0]}'`, 1);
  c.out('root\n');
  return 0;
}

/** The users the lab knows (its /etc/passwd would be Debian's; only root runs anything). */
const USERS: Record<string, { uid: number; gid: number; user: string; group: string }> = {
  root: { uid: 0, gid: 0, user: 'root', group: 'root' },
  nobody: { uid: 65534, gid: 65534, user: 'nobody', group: 'nogroup' },
};

/** `id [-u|-g|-G] [-n] [-r] [USER]`: coreutils' id for root (and nobody). */
export async function id(c: Cmd): Promise<number> {
  const o = c.options(
    {
      short: 'ugGnrz',
      long: [
        { name: 'user', arg: 0, key: 'u' }, { name: 'group', arg: 0, key: 'g' }, { name: 'groups', arg: 0, key: 'G' },
        { name: 'name', arg: 0, key: 'n' }, { name: 'real', arg: 0, key: 'r' }, { name: 'zero', arg: 0, key: 'z' },
      ],
    },
    1,
  );
  if (typeof o === 'number') return o;
  if (o.operands.length > 1) return c.usage(`extra operand '${o.operands[1]}'`, 1);
  const name = o.operands[0] ?? 'root';
  const u = USERS[name] ?? Object.values(USERS).find((x) => String(x.uid) === name);
  if (!u) {
    c.error(`'${name}': no such user`);
    return 1;
  }
  const only = ['u', 'g', 'G'].filter((k) => o.has(k));
  if (only.length > 1) {
    c.error('cannot print "only" of more than one choice');
    return 1;
  }
  if (only.length === 0) {
    if (o.has('n', 'r')) {
      c.error('cannot print only names or real IDs in default format');
      return 1;
    }
    c.out(`uid=${u.uid}(${u.user}) gid=${u.gid}(${u.group}) groups=${u.gid}(${u.group})\n`);
    return 0;
  }
  const names = o.has('n');
  const v = only[0] === 'u' ? (names ? u.user : u.uid) : names ? u.group : u.gid;
  c.out(`${v}${o.has('z') ? '\0' : '\n'}`);
  return 0;
}

/** hostname 3.23's usage (on stderr, exit 255 after a bad option). */
const HOSTNAME_USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

/** `hostname [-s|-f]`: the lab's node name (uname -n); setting it and the lookups of -a -d -i... are not implemented. */
export async function hostname(c: Cmd): Promise<number> {
  const r = getopt(c.args, { short: 'aAbdfF:iIsyVh', long: HOSTNAME_LONG }, c.p.env);
  if (!r.ok) {
    c.error(r.message);
    c.stderr(HOSTNAME_USAGE);
    return 255;
  }
  const other = r.opts.find((x) => x.key !== 's' && x.key !== 'f');
  if (other || r.operands.length) {
    c.error(other ? `-${other.key} is not implemented in tuxnet` : 'setting the host name is not implemented in tuxnet');
    return 1;
  }
  c.out(UTSNAME.nodename + '\n');
  return 0;
}

const HOSTNAME_LONG: LongOpt[] = [
  ['alias', 'a'], ['all-fqdns', 'A'], ['boot', 'b'], ['domain', 'd'], ['fqdn', 'f'], ['long', 'f'], ['file', 'F'],
  ['ip-address', 'i'], ['all-ip-addresses', 'I'], ['short', 's'], ['yp', 'y'], ['nis', 'y'], ['version', 'V'], ['help', 'h'],
].map(([name, key]) => ({ name: name!, key: key!, arg: key === 'F' ? 1 : 0 }));
