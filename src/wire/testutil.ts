/** Helpers shared by the wire tests (not a test file itself). */

import fc from 'fast-check';

/** Bytes from hex; spaces and newlines ignored. */
export function hex(s: string): Uint8Array {
  const t = s.replace(/\s+/g, '');
  if (t.length % 2 !== 0 || /[^0-9a-fA-F]/.test(t)) throw new Error(`bad hex: ${s}`);
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export const GUARD = 0xee;

/**
 * A copy of `b` inside a larger ArrayBuffer at an odd byteOffset, surrounded
 * by GUARD bytes; `guardsIntact()` tells whether writes stayed inside.
 */
export function sliced(b: Uint8Array, before = 3, after = 5): {
  bytes: Uint8Array;
  guardsIntact: () => boolean;
} {
  const whole = new Uint8Array(new ArrayBuffer(before + b.length + after)).fill(GUARD);
  whole.set(b, before);
  const bytes = whole.subarray(before, before + b.length);
  const guardsIntact = (): boolean =>
    whole.subarray(0, before).every((x) => x === GUARD) &&
    whole.subarray(before + b.length).every((x) => x === GUARD);
  return { bytes, guardsIntact };
}

/** Reference RFC 1071 sum, written the slow obvious way. */
export function refChecksum(b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i += 2) s += ((b[i] ?? 0) << 8) + (b[i + 1] ?? 0);
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return ~s & 0xffff;
}

/** `base` with some bytes overwritten, then cut or extended with zeros. */
export function mutatedOf(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: base.length + 8 }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 6,
      }),
      fc.integer({ min: 0, max: base.length + 8 }),
    )
    .map(([edits, len]) => {
      const out = new Uint8Array(len);
      out.set(base.subarray(0, Math.min(len, base.length)));
      for (const [at, v] of edits) if (at < len) out[at] = v;
      return out;
    });
}

/** Random bytes, and mutations of each real sample. */
export function untrusted(...samples: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(fc.uint8Array({ maxLength: 128 }), ...samples.map(mutatedOf));
}

/** Reads every enumerable getter and zero-argument method of a view. */
export function touchAll(view: object, args: unknown[] = []): void {
  const proto = Object.getPrototypeOf(view) as object;
  for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
    if (name === 'constructor') continue;
    if (d.get) d.get.call(view);
    else if (typeof d.value === 'function' && !name.startsWith('fill')) {
      (d.value as (...a: unknown[]) => unknown).apply(view, args);
    }
  }
}
