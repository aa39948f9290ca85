/**
 * The tcpmss match (the MSS option of a TCP SYN within a range) and the
 * TCPMSS target (--set-mss, --clamp-mss-to-pmtu) of iptables 1.8.9.
 * @iptables extensions/libxt_tcpmss.c, extensions/libxt_TCPMSS.c, libxtables/xtoptions.c xtopt_parse_mint()
 */
import { parseU16Range, strtoui, type Ext, type Info } from './ipt_ext.js';

/** XT_TCPMSS_CLAMP_PMTU: the --clamp-mss-to-pmtu value of the target's mss. */
export const XT_TCPMSS_CLAMP_PMTU = 0xffff;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

const mssText = (i: Info): string => (n(i, 'min') === n(i, 'max') ? `${n(i, 'min')}` : `${n(i, 'min')}:${n(i, 'max')}`);

/** libxt_tcpmss.c */
export const tcpmss: Ext = {
  name: 'tcpmss', revision: 0, opts: { mss: true }, xtopts: { mss: { id: 0, invert: true, mand: true } },
  init: () => ({ min: 0, max: 0, invert: false }),
  parse(_o, arg, inv, info) {
    const r = parseU16Range('tcpmss', 'mss', arg);
    if (typeof r === 'string') return r;
    if (r[0] > r[1]) return 'tcpmss: invalid range given';
    Object.assign(info, { min: r[0], max: r[1], invert: inv });
    return null;
  },
  print: (i) => ` tcpmss match ${i['invert'] === true ? '!' : ''}${mssText(i)}`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --mss ${mssText(i)}`,
};

/** libxt_TCPMSS.c: the last of --set-mss (at most 65535 - 20) and --clamp-mss-to-pmtu wins. */
export const tcpmssTarget: Ext = {
  name: 'TCPMSS', revision: 0, opts: { 'set-mss': true, 'clamp-mss-to-pmtu': false },
  xtopts: { 'set-mss': { id: 0 }, 'clamp-mss-to-pmtu': { id: 1 } },
  init: () => ({ mss: 0 }),
  parse(o, arg, _inv, info) {
    if (o === 'clamp-mss-to-pmtu') {
      info['mss'] = XT_TCPMSS_CLAMP_PMTU;
      return null;
    }
    const v = strtoui(arg, 0xffff - 20);
    if (v === null) return 'TCPMSS: bad value for option "--set-mss", or out of range (0-65515).\n';
    info['mss'] = v;
    return null;
  },
  final: (_i, ctx) => (ctx.xflags ? null : 'TCPMSS target: At least one parameter is required'),
  print: (i) => (n(i, 'mss') === XT_TCPMSS_CLAMP_PMTU ? ' TCPMSS clamp to PMTU' : ` TCPMSS set ${n(i, 'mss')}`),
  save: (i) => (n(i, 'mss') === XT_TCPMSS_CLAMP_PMTU ? ' --clamp-mss-to-pmtu' : ` --set-mss ${n(i, 'mss')}`),
};
