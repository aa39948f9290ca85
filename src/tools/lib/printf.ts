/**
 * A C printf subset for byte-exact tool output: %s %d %i %u %x %X %o %c %%
 * and %f/%g, with flags `-0+ #`, width, precision and C length modifiers
 * (l, ll, h, hh, z: ignored, values are JS numbers).
 */
const SPEC = /%([-0+ #]*)(\*|\d+)?(?:\.(\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?([diouxXcsfFeEgG%])/g;

export function sprintf(fmt: string, ...args: unknown[]): string {
  let i = 0;
  return fmt.replace(SPEC, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const w = width === '*' ? Number(args[i++]) : width ? Number(width) : 0;
    const p = prec === '*' ? Number(args[i++]) : prec !== undefined ? Number(prec) : -1;
    return pad(formatOne(conv, args[i++], flags, p), w, flags, conv);
  });
}

function formatOne(conv: string, v: unknown, flags: string, prec: number): string {
  switch (conv) {
    case 's': {
      const s = String(v ?? '(null)');
      return prec >= 0 ? s.slice(0, prec) : s;
    }
    case 'c':
      return typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0);
    case 'd':
    case 'i':
      return signed(Math.trunc(Number(v)), flags, prec);
    case 'u':
      return digits(Math.trunc(Number(v)), 10, prec);
    case 'x':
    case 'X': {
      const n = Math.trunc(Number(v));
      const s = digits(n, 16, prec);
      const out = flags.includes('#') && n !== 0 ? '0x' + s : s;
      return conv === 'X' ? out.toUpperCase() : out;
    }
    case 'o':
      return digits(Math.trunc(Number(v)), 8, prec);
    case 'f':
    case 'F':
      return signedStr(Number(v), Number(v).toFixed(prec < 0 ? 6 : prec), flags);
    case 'e':
    case 'E':
      return signedStr(Number(v), cExp(Number(v), prec < 0 ? 6 : prec), flags);
    default:
      return signedStr(Number(v), cG(Number(v), prec < 0 ? 6 : prec), flags);
  }
}

function digits(n: number, base: number, prec: number): string {
  let s = (n < 0 ? n + 2 ** 64 : n).toString(base);
  if (prec >= 0) s = s.padStart(prec, '0');
  return s;
}

function signed(n: number, flags: string, prec: number): string {
  const s = digits(Math.abs(n), 10, prec);
  return signedStr(n, s, flags);
}

function signedStr(n: number, s: string, flags: string): string {
  if (s.startsWith('-')) return s;
  if (n < 0 || Object.is(n, -0)) return '-' + s;
  if (flags.includes('+')) return '+' + s;
  if (flags.includes(' ')) return ' ' + s;
  return s;
}

function cExp(n: number, prec: number): string {
  const [m, e] = Math.abs(n).toExponential(prec).split('e') as [string, string];
  const exp = Number(e);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** %g: shortest of %e/%f with `prec` significant digits, trailing zeros removed. */
function cG(n: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  const strip = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  if (exp < -4 || exp >= p) {
    const [m, e] = cExp(n, p - 1).split('e') as [string, string];
    return strip(m) + 'e' + e;
  }
  return strip(Math.abs(n).toFixed(Math.max(0, p - 1 - exp)));
}

function pad(s: string, w: number, flags: string, conv: string): string {
  if (s.length >= w) return s;
  if (flags.includes('-')) return s.padEnd(w);
  if (flags.includes('0') && conv !== 's' && conv !== 'c') {
    const sign = /^[-+ ]/.test(s) ? s[0]! : '';
    const rest = sign ? s.slice(1) : s;
    const pre = rest.startsWith('0x') ? '0x' : '';
    return sign + pre + rest.slice(pre.length).padStart(w - sign.length - pre.length, '0');
  }
  return s.padStart(w);
}
