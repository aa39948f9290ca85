/**
 * The user and group databases of a lab host: Debian's base-passwd
 * /etc/passwd and /etc/group (the accounts every Debian system has), as
 * getpwnam()/getpwuid() and getgrnam()/getgrgid() answer them. Every lab
 * process runs as root (uid 0, gid 0).
 * @glibc pwd/getpwnam.c, grp/getgrnam.c; base-passwd passwd.master, group.master
 */
const PASSWD = 'root:0 daemon:1 bin:2 sys:3 sync:4 games:5 man:6 lp:7 mail:8 news:9 uucp:10 proxy:13 www-data:33 backup:34 list:38 irc:39 _apt:42 nobody:65534';
const GROUP = 'root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 news:9 uucp:10 man:12 proxy:13 kmem:15 dialout:20 fax:21 voice:22 cdrom:24 floppy:25 tape:26 sudo:27 audio:29 dip:30 www-data:33 backup:34 operator:37 list:38 irc:39 src:40 shadow:42 utmp:43 video:44 sasl:45 plugdev:46 staff:50 games:60 users:100 nogroup:65534';

function table(db: string): [Map<string, number>, Map<number, string>] {
  const byName = new Map<string, number>();
  const byId = new Map<number, string>();
  for (const e of db.split(' ')) {
    const [name, id] = e.split(':') as [string, string];
    byName.set(name, Number(id));
    if (!byId.has(Number(id))) byId.set(Number(id), name);
  }
  return [byName, byId];
}

const [USERS, UIDS] = table(PASSWD);
const [GROUPS, GIDS] = table(GROUP);

export const getpwnam = (name: string): number | null => USERS.get(name) ?? null;
export const getpwuid = (uid: number): string | null => UIDS.get(uid) ?? null;
export const getgrnam = (name: string): number | null => GROUPS.get(name) ?? null;
export const getgrgid = (gid: number): string | null => GIDS.get(gid) ?? null;
