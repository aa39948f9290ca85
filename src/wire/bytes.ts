/**
 * Network byte order on a plain byte array, for the hot paths that read one
 * field of a header in place (no DataView, no allocation). RFC 791 Appendix
 * B: "the order of transmission of the header and data ... is resolved to
 * the octet level", most significant octet first.
 */

/** The big-endian u16 at `o` (ntohs(*(__be16 *)p)). */
export function getU16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}

/** Write the low 16 bits of `v` big-endian at `o`. */
export function putU16(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 8) & 0xff;
  b[o + 1] = v & 0xff;
}

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

/**
 * memcpy(dst + dstOff, src + srcOff, len) between two buffers: short runs
 * byte by byte (no subarray view to allocate), long ones by set().
 */
export function copyBytes(dst: Uint8Array, dstOff: number, src: Uint8Array, srcOff: number, len: number): void {
  if (len > 256) {
    dst.set(src.subarray(srcOff, srcOff + len), dstOff);
    return;
  }
  for (let i = 0; i < len; i++) dst[dstOff + i] = src[srcOff + i]!;
}
