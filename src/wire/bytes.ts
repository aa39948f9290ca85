/**
 * Network byte order on a plain byte array, for the hot paths that read one
 * field of a header in place (no DataView, no allocation).
 */

/** The big-endian u32 at `o`, as an unsigned number. */
export function getU32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

/** Write `v` big-endian at `o`. */
export function putU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v >>> 24;
  b[o + 1] = (v >>> 16) & 0xff;
  b[o + 2] = (v >>> 8) & 0xff;
  b[o + 3] = v & 0xff;
}
