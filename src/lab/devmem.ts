/**
 * The character devices a lab's /dev offers to readers, whether opened by a
 * redirection or by a tool given the path as an operand: /dev/zero,
 * /dev/urandom (and /dev/random) from the lab's seeded RNG, /dev/stdin and
 * /dev/fd/N (the opener's own descriptors, as Linux's /proc/self/fd links).
 */
import type { InStream, Proc } from './process.js';
import type { Lab } from './lab.js';
import { AllocError, MAX_STRING, limitsOf } from './shell/limits.js';
import { decodeBytes } from './bytes.js';

/** A read(2) of the devices without a size (cat's): coreutils' IO_BUFSIZE, 128 KiB. */
const DEFAULT_READ = 131072;

/** The largest read(2) served at once (dd bs=1M gets its block in one read, as from Linux). */
const MAX_READ = 1 << 20;

/** /dev/zero's bytes, sliced for each read (a string is not copied for that). */
let zeros = '';

/**
 * An endless device, read(2) by read(2), each of the size asked. Each
 * byte costs CPU (Limits.chargeBytes); once the budget is spent the device
 * reads as EOF, so a reader that never stops cannot hold the lab. Reading
 * it whole cannot end: the allocation fails as it would (xmalloc).
 */
function endless(lab: Lab, chunk: (n: number) => string): InStream {
  const limits = limitsOf(lab);
  return {
    read: (max) => {
      if (limits.exhausted) return Promise.resolve(null);
      const n = Math.max(1, Math.min(max ?? DEFAULT_READ, MAX_READ));
      limits.chargeBytes(n);
      return Promise.resolve(chunk(n));
    },
    readAll: () => Promise.reject(new AllocError(MAX_STRING + 1)),
  };
}

/** @linux drivers/char/mem.c read_zero(), drivers/char/random.c urandom_read_iter() */
export function openMemDevice(lab: Lab, abs: string): InStream | null {
  if (abs === '/dev/zero') {
    if (!zeros) zeros = '\0'.repeat(MAX_READ);
    return endless(lab, (n) => zeros.slice(0, n));
  }
  if (abs !== '/dev/urandom' && abs !== '/dev/random') return null;
  return endless(lab, (n) => {
    const b = new Uint8Array(n);
    lab.rng.fill(b);
    return decodeBytes(b);
  });
}

/** The descriptor /dev/stdin, /dev/fd/N (and /proc/self/fd/N) name, or null. */
export function fdOfPath(abs: string): number | null {
  const std = ['/dev/stdin', '/dev/stdout', '/dev/stderr'].indexOf(abs);
  if (std >= 0) return std;
  const m = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(abs);
  return m ? Number(m[1]) : null;
}

/**
 * What a tool reads when it opens `abs`: a device, or its own descriptor;
 * 'ENOENT' for a descriptor it does not have open for reading (Linux:
 * /dev/fd/N is /proc/self/fd/N, a link that is not there); null for an
 * ordinary path.
 */
export function openForRead(p: Proc, abs: string): InStream | 'ENOENT' | null {
  const fd = fdOfPath(abs);
  if (fd === null) return openMemDevice(p.lab, abs);
  if (fd === 0) return p.stdin;
  return p.fd?.(fd) ?? 'ENOENT';
}
