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

/** Steps one 4 KiB chunk of /dev/zero or /dev/urandom costs. */
export const DEVICE_CHUNK_STEPS = 100;

/** Bytes of such a chunk. */
export const DEVICE_CHUNK = 4096;

/**
 * Chunks of an endless device, produced as they are read. Each costs CPU
 * steps; once the budget is spent the device reads as EOF, so a reader
 * that never stops cannot hold the lab. Reading it whole cannot end: the
 * allocation fails as it would (xmalloc).
 */
function endless(lab: Lab, chunk: () => string): InStream {
  const limits = limitsOf(lab);
  return {
    read: () => {
      if (limits.exhausted) return Promise.resolve(null);
      limits.charge(DEVICE_CHUNK_STEPS);
      return Promise.resolve(chunk());
    },
    readAll: () => Promise.reject(new AllocError(MAX_STRING + 1)),
  };
}

/** @linux drivers/char/mem.c read_zero(), drivers/char/random.c urandom_read_iter() */
export function openMemDevice(lab: Lab, abs: string): InStream | null {
  if (abs === '/dev/zero') return endless(lab, () => '\0'.repeat(DEVICE_CHUNK));
  if (abs !== '/dev/urandom' && abs !== '/dev/random') return null;
  return endless(lab, () => {
    const b = new Uint8Array(DEVICE_CHUNK);
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
