/**
 * The connlimit match of iptables 1.8.9 (libxt_connlimit.c, revision 1):
 * --connlimit-above N or --connlimit-upto N (inverted), counted per
 * --connlimit-mask network of the source (--connlimit-saddr, the default)
 * or the destination (--connlimit-daddr).
 * @iptables extensions/libxt_connlimit.c, libxtables/xtoptions.c xtables_option_parse(), xtables_options_fcheck()
 */
import { prefixToMask, maskToPrefix } from '../../wire/ipv4.js';
import { parsePlenMask, plenMaskErr, strtoui, type Ext, type Info, type ParseErr } from './ipt_ext.js';

/** XT_CONNLIMIT_* */
const INVERT = 1 << 0;
const DADDR = 1 << 1;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

/** connlimit_opts[]: O_UPTO, O_ABOVE (exclusive, invertible), O_MASK, O_SADDR, O_DADDR (exclusive). */
const CONNLIMIT_OPTS = {
  'connlimit-upto': { id: 0, excl: 2, invert: true }, 'connlimit-above': { id: 1, excl: 1, invert: true }, 'connlimit-mask': { id: 2 },
  'connlimit-saddr': { id: 3, excl: 16 }, 'connlimit-daddr': { id: 4, excl: 8 },
};
const INVERTIBLE = new Set(['connlimit-upto', 'connlimit-above']);

export const connlimit: Ext = {
  name: 'connlimit', revision: 1,
  opts: { 'connlimit-upto': true, 'connlimit-above': true, 'connlimit-mask': true, 'connlimit-saddr': false, 'connlimit-daddr': false },
  xtopts: CONNLIMIT_OPTS,
  init: () => ({ mask: 0xffffffff, limit: 0, flags: 0 }),
  parse(o, arg, inv, info): ParseErr {
    const f = n(info, 'flags');
    if (INVERTIBLE.has(o)) {
      const v = strtoui(arg, 0xffffffff);
      if (v === null) return `connlimit: bad value for option "--${o}", or out of range (0-4294967295).\n`;
      // --connlimit-upto is the inverted above; "!" turns either round.
      const invert = (o === 'connlimit-upto') !== inv;
      Object.assign(info, { limit: v, flags: invert ? f | INVERT : f & ~INVERT });
    } else if (o === 'connlimit-mask') {
      const plen = parsePlenMask(arg);
      if (plen === null) return plenMaskErr('connlimit', o);
      info['mask'] = prefixToMask(plen);
    } else info['flags'] = o === 'connlimit-daddr' ? f | DADDR : f & ~DADDR;
    return null;
  },
  /** connlimit_check() */
  final: (_i, ctx) => (ctx.xflags & 3 ? null : 'You must specify "--connlimit-above" or "--connlimit-upto".'),
  print: (i) => ` #conn ${n(i, 'flags') & DADDR ? 'dst' : 'src'}/${maskToPrefix(n(i, 'mask')) ?? 32} ${n(i, 'flags') & INVERT ? '<=' : '>'} ${n(i, 'limit')}`,
  save(i) {
    const f = n(i, 'flags');
    return ` --connlimit-${f & INVERT ? 'upto' : 'above'} ${n(i, 'limit')} --connlimit-mask ${maskToPrefix(n(i, 'mask')) ?? 32} --connlimit-${f & DADDR ? 'daddr' : 'saddr'}`;
  },
};
