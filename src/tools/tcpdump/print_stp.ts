/**
 * tcpdump's 802.2 LLC and spanning-tree printers: the LLC header (with -e)
 * of an 802.3 length frame, then an 802.1D BPDU: Config (flags, bridge id,
 * port; with -v the timers and root) or Topology Change.
 * @tcpdump print-llc.c llc_print()  print-stp.c stp_print() stp_print_config_bpdu()
 */
import { u16, type Ndo, type Pkt } from './print_ip.js';

const LLCSAP_8021D = 0x42;

/** stp_bpdu_flag_values, printed by bittok2str() */
const FLAGS: readonly [number, string][] = [
  [0x01, 'Topology change'], [0x02, 'Proposal'], [0x10, 'Learn'],
  [0x20, 'Forward'], [0x40, 'Agreement'], [0x80, 'Topology change ACK'],
];

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** stp_print_bridge_id(): priority.mac */
function bridgeId(p: Pkt, off: number): string {
  const b = p.b;
  let s = hex2(b[off]!) + hex2(b[off + 1]!) + '.';
  for (let i = 2; i < 8; i++) s += (i > 2 ? ':' : '') + hex2(b[off + i]!);
  return s;
}

/** STP_TIME_BASE: timers are in 1/256 s. */
const secs = (p: Pkt, off: number): string => (u16(p, off) / 256).toFixed(2);

/** stp_print_config_bpdu() */
function configBpdu(o: Ndo, p: Pkt, off: number, length: number): string {
  const f = p.b[off + 4]!;
  const flags = FLAGS.filter(([bit]) => f & bit).map(([, n]) => n).join(', ') || 'none';
  let s = `, Flags [${flags}], bridge-id ${bridgeId(p, off + 17)}.${u16(p, off + 25).toString(16).padStart(4, '0')}, length ${length}`;
  if (!o.vflag) return s;
  s += `\n\tmessage-age ${secs(p, off + 27)}s, max-age ${secs(p, off + 29)}s, hello-time ${secs(p, off + 31)}s, forwarding-delay ${secs(p, off + 33)}s`;
  const cost = ((p.b[off + 13]! << 24) | (p.b[off + 14]! << 16) | (p.b[off + 15]! << 8) | p.b[off + 16]!) >>> 0;
  return s + `\n\troot-id ${bridgeId(p, off + 5)}, root-pathcost ${cost}`;
}

/** stp_print(): an 802.1D BPDU (protocol id 0, version 0). */
function stpPrint(o: Ndo, p: Pkt, off: number, length: number): string {
  if (p.end - off < 4 || length < 4) return `[|stp ${length}]`;
  if (u16(p, off) !== 0) return 'unknown STP version, length ' + length;
  if (p.b[off + 2] !== 0) return `STP Unknown STP protocol (0x${hex2(p.b[off + 2]!).padStart(4, '0')})`;
  const type = p.b[off + 3]!;
  if (type === 0x80) return 'STP 802.1d, Topology Change';
  if (type !== 0x00) return `STP 802.1d, Unknown BPDU Type (0x${hex2(type)})`;
  if (length < 34 || p.end - off < 35) return `STP 802.1d, Config[|stp ${length}]`;
  return 'STP 802.1d, Config' + configBpdu(o, p, off, length);
}

/**
 * llc_print() of an 802.3 frame's payload (`length`: its length field):
 * the STP SAP is decoded, anything else is left as [|llc].
 */
export function llcPrint(o: Ndo, p: Pkt, off: number, length: number): string {
  if (p.end - off < 3 || length < 3) return '[|llc]';
  const dsap = p.b[off]!;
  const ssap = p.b[off + 1]!;
  const ctrl = p.b[off + 2]!;
  if (dsap !== LLCSAP_8021D || ssap !== LLCSAP_8021D || ctrl !== 0x03) return '[|llc]';
  const hdr = o.eflag ? 'LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: ' : '';
  return hdr + stpPrint(o, p, off + 3, length - 3);
}
