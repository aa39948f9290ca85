/**
 * gnulib's human_readable() with dd's options (human_autoscale |
 * human_round_to_nearest | human_space_before_unit | human_SI | human_B):
 * `102 kB`, `1.0 kB`, `100 KiB` (base 1024), `512 B`.
 */

const POWER_LETTERS = 'KMGTPEZYRQ';

function unit(exponent: number, base1024: boolean): string {
  if (exponent === 0) return ' B';
  const letter = !base1024 && exponent === 1 ? 'k' : POWER_LETTERS[exponent - 1]!;
  return ' ' + letter + (base1024 ? 'i' : '') + 'B';
}

/** The exact integer path of human_readable() (from_block_size 1, to_block_size 1). */
export function humanBytes(n: number, base1024 = false): string {
  const base = base1024 ? 1024 : 1000;
  let amt = n;
  let tenths = 0;
  let rounding = 0;
  let exponent = 0;
  let out = '';
  if (base <= amt) {
    do {
      const r10 = (amt % base) * 10 + tenths;
      const r2 = (r10 % base) * 2 + (rounding >> 1);
      amt = Math.floor(amt / base);
      tenths = Math.floor(r10 / base);
      rounding = r2 < base ? (r2 + rounding !== 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0);
      exponent++;
    } while (base <= amt && exponent < POWER_LETTERS.length);
    if (amt < 10) {
      if (2 < rounding + (tenths & 1)) {
        tenths++;
        rounding = 0;
        if (tenths === 10) {
          amt++;
          tenths = 0;
        }
      }
      if (amt < 10) {
        out = '.' + tenths;
        tenths = rounding = 0;
      }
    }
  }
  // human_round_to_nearest
  if (5 < tenths + (0 < rounding + (amt & 1) ? 1 : 0)) {
    amt++;
    if (amt === base && exponent < POWER_LETTERS.length) {
      exponent++;
      amt = 1;
      out = '.0';
    }
  }
  return String(amt) + out + unit(exponent, base1024);
}

/** The floating path: `n` scaled by from/to (dd's bytes per second over a time in ns). */
export function humanRate(n: number, from: number, to: number): string {
  let damt = (n * from) / to;
  // autoscale divides at least once: a slow rate is `0.5 kB/s`, none `0.0 kB/s`
  let exponent = 0;
  let e = 1;
  do {
    e *= 1000;
    exponent++;
  } while (e * 1000 <= damt && exponent < POWER_LETTERS.length);
  damt /= e;
  let s = (Math.round(damt * 10) / 10).toFixed(1);
  // two integer digits keep the tenths (`36.3 MB/s`), three do not (`482 MB/s`)
  if (s.length > 4) s = Math.round(damt).toFixed(0);
  return s + unit(exponent, false);
}

/** printf's %g. */
export function gFormat(v: number): string {
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = v.toExponential(5).split('e');
    const n = Number(e);
    return `${m!.replace(/\.?0+$/, '')}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(Number(v.toPrecision(6)));
}
