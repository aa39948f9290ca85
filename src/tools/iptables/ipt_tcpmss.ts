/**
 * The tcpmss match (the MSS option of a TCP SYN within a range) and the
 * TCPMSS target (--set-mss, --clamp-mss-to-pmtu) of iptables 1.8.9.
 * @iptables extensions/libxt_tcpmss.c, extensions/libxt_TCPMSS.c, libxtables/xtoptions.c xtopt_parse_mint()
 */
import { strtoui, type Ext, type Info } from './ipt_ext.js';

/** XT_TCPMSS_CLAMP_PMTU: the --clamp-mss-to-pmtu value of the target's mss. */
export const XT_TCPMSS_CLAMP_PMTU = 0xffff;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

/**
 * xtopt_parse_mint() for XTTYPE_UINT16RC: "a[:b]", an empty part is 0 (first)
 * or 65535 (second); a bad part is reported with the text from it on.
 */
export function parseU16Range(ext: string, opt: string, arg: string): [number, number] | string {
  const vals: number[] = [];
  let rest = arg;
  for (;;) {
    if (vals.length === 2) return `${ext}: Too many components for option "--${opt}" (max: 2)\n`;
    const colon = rest.indexOf(':');
    const part = colon < 0 ? rest : rest.slice(0, colon);
    const v = part === '' ? (vals.length === 1 ? 0xffff : 0) : strtoui(part, 0xffff);
    if (v === null) return `${ext}: bad value for option "--${opt}" near "${rest}", or out of range (0-65535).\n`;
    vals.push(v);
    if (colon < 0) break;
    rest = rest.slice(colon + 1);
  }
  return [vals[0]!, vals[1] ?? vals[0]!];
}

const mssText = (i: Info): string => (n(i, 'min') === n(i, 'max') ? `${n(i, 'min')}` : `${n(i, 'min')}:${n(i, 'max')}`);

/** libxt_tcpmss.c */
export const tcpmss: Ext = {
  name: 'tcpmss', revision: 0, opts: { mss: true },
  init: () => ({ min: 0, max: 0, invert: false, given: false }),
  parse(_o, arg, inv, info) {
    if (info['given'] === true) return 'tcpmss: option "--mss" can only be used once.\n';
    const r = parseU16Range('tcpmss', 'mss', arg);
    if (typeof r === 'string') return r;
    if (r[0] > r[1]) return 'tcpmss: invalid range given';
    Object.assign(info, { min: r[0], max: r[1], invert: inv, given: true });
    return null;
  },
  final(i) {
    if (i['given'] !== true) return 'tcpmss: option "--mss" must be specified\n';
    delete i['given'];
    return null;
  },
  print: (i) => ` tcpmss match ${i['invert'] === true ? '!' : ''}${mssText(i)}`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --mss ${mssText(i)}`,
};

/** libxt_TCPMSS.c: the last of --set-mss (at most 65535 - 20) and --clamp-mss-to-pmtu wins. */
export const tcpmssTarget: Ext = {
  name: 'TCPMSS', revision: 0, opts: { 'set-mss': true, 'clamp-mss-to-pmtu': false },
  init: () => ({ mss: 0, given: 0 }),
  parse(o, arg, inv, info) {
    const bit = o === 'set-mss' ? 1 : 2;
    if (n(info, 'given') & bit) return `TCPMSS: option "--${o}" can only be used once.\n`;
    if (inv) return `TCPMSS: option "--${o}" cannot be inverted.\n`;
    info['given'] = n(info, 'given') | bit;
    if (bit === 2) {
      info['mss'] = XT_TCPMSS_CLAMP_PMTU;
      return null;
    }
    const v = strtoui(arg, 0xffff - 20);
    if (v === null) return 'TCPMSS: bad value for option "--set-mss", or out of range (0-65515).\n';
    info['mss'] = v;
    return null;
  },
  final(i) {
    if (!n(i, 'given')) return 'TCPMSS target: At least one parameter is required';
    delete i['given'];
    return null;
  },
  print: (i) => (n(i, 'mss') === XT_TCPMSS_CLAMP_PMTU ? ' TCPMSS clamp to PMTU' : ` TCPMSS set ${n(i, 'mss')}`),
  save: (i) => (n(i, 'mss') === XT_TCPMSS_CLAMP_PMTU ? ' --clamp-mss-to-pmtu' : ` --set-mss ${n(i, 'mss')}`),
};
