/**
 * util-linux `mount` and `umount`, for what a lab script needs: a private
 * copy of a file or directory of /etc (`mount --bind my_hosts /etc/hosts`,
 * `mount -t tmpfs tmpfs /etc/iproute2/rt_tables.d`), as a transcript does on
 * the kernel inside its private mount namespace. Other file systems refuse.
 * @util-linux sys-utils/mount.c, libmount/src/context_mount.c (mk_exit_code)
 */
import type { CommandFn, Proc } from '../lab/process.js';

const DMESG = '       dmesg(1) may have more information after failed mount system call.\n';

/** MNT_EX_FAIL: mount failure. */
const MNT_EX_FAIL = 32;

function fail(p: Proc, msg: string): number {
  p.stderr.write(`mount: ${msg}\n${DMESG}`);
  return MNT_EX_FAIL;
}

interface MountArgs {
  type: string | null;
  bind: boolean;
  operands: string[];
}

function parseMountArgs(argv: string[]): MountArgs | string {
  const a: MountArgs = { type: null, bind: false, operands: [] };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '-t' || w === '--types') a.type = argv[++i] ?? null;
    else if (w.startsWith('-t') && w.length > 2) a.type = w.slice(2);
    else if (w === '--bind' || w === '-B') a.bind = true;
    else if (w === '-o' || w === '--options') {
      const opts = (argv[++i] ?? '').split(',');
      if (opts.includes('bind')) a.bind = true;
    } else if (w.startsWith('-')) return w;
    else a.operands.push(w);
  }
  return a;
}

/** `mount`: -t tmpfs and --bind over the lab's file system. */
export const mount: CommandFn = async (p) => {
  const a = parseMountArgs(p.argv.slice(1));
  if (typeof a === 'string') {
    p.stderr.write(`mount: ${a}: option not supported in the lab\n`);
    return 1;
  }
  if (a.operands.length !== 2 || !p.fs.bindMount) {
    p.stderr.write('mount: only `mount -t tmpfs NAME DIR` and `mount --bind SRC DST` exist in the lab\n');
    return 1;
  }
  const [src, dst] = a.operands as [string, string];
  const target = p.fs.resolve(p.cwd, dst);
  if (p.fs.stat(target, p.net) === null) return fail(p, `${target}: mount point does not exist.`);
  if (a.bind) {
    const from = p.fs.resolve(p.cwd, src);
    if (p.fs.stat(from, p.net) === null) return fail(p, `${target}: special device ${src} does not exist.`);
    const e = p.fs.bindMount(from, target);
    return e ? fail(p, `${target}: mount(2) system call failed: ${e === 'ENOTDIR' ? 'Not a directory' : 'Is a directory'}.`) : 0;
  }
  if (a.type !== 'tmpfs') return fail(p, `${target}: unknown filesystem type '${a.type ?? 'none'}'.`);
  if (p.fs.stat(target, p.net) !== 'dir') return fail(p, `${target}: mount(2) system call failed: Not a directory.`);
  return p.fs.bindMount(null, target) ? fail(p, `${target}: mount failed.`) : 0;
};

/** `umount DIR` */
export const umount: CommandFn = async (p) => {
  const dst = p.argv[1];
  if (dst === undefined || p.argv.length > 2 || !p.fs.unmount) {
    p.stderr.write('umount: bad usage\nTry \'umount --help\' for more information.\n');
    return 1;
  }
  const target = p.fs.resolve(p.cwd, dst);
  if (p.fs.stat(target, p.net) === null) {
    p.stderr.write(`umount: ${target}: no mount point specified.\n`);
    return MNT_EX_FAIL;
  }
  if (p.fs.unmount(target)) {
    p.stderr.write(`umount: ${target}: not mounted.\n`);
    return MNT_EX_FAIL;
  }
  return 0;
};
