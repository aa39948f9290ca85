/**
 * tcpdump's decoders of the Ethernet-in-UDP tunnels on their ports: VXLAN
 * (RFC 7348, UDP 4789) and OTV (UDP 8472, the port Linux's vxlan uses by
 * default, which tcpdump reads as OTV's header: flags, a 24-bit overlay
 * ID where VXLAN keeps reserved bits, then a 24-bit instance ID where
 * VXLAN keeps its VNI). The
 * inner frame follows on the next line, as ether_print() prints it.
 * @tcpdump print-vxlan.c vxlan_print(), print-otv.c otv_print(), print-udp.c udp_print()
 */
import { etherPrintAt } from './print.js';
import type { Ndo, Pkt } from './print_ip.js';

export const VXLAN_PORT = 4789;
export const OTV_PORT = 8472;
const VXLAN_HDR_LEN = 8;

function flagsText(f: number): string {
  return `flags [${f & 0x08 ? 'I' : '.'}] (0x${f.toString(16).padStart(2, '0')}), `;
}

function u24(b: Uint8Array, o: number): number {
  return (b[o]! << 16) | (b[o + 1]! << 8) | b[o + 2]!;
}

/** vxlan_print() / otv_print(): the 8-byte header, then the inner frame. */
export function tunnelPrint(o: Ndo, p: Pkt, off: number, length: number, port: number): string {
  const name = port === VXLAN_PORT ? 'VXLAN' : 'OTV';
  if (length < VXLAN_HDR_LEN || p.end - off < VXLAN_HDR_LEN) return `${name} [|${name.toLowerCase()}]`;
  const b = p.b;
  let s = `${name}, ${flagsText(b[off]!)}`;
  if (port === VXLAN_PORT) s += `vni ${u24(b, off + 4)}\n`;
  else s += `overlay ${u24(b, off + 1)}, instance ${u24(b, off + 4)}\n`;
  return s + etherPrintAt(o, p, off + VXLAN_HDR_LEN, length - VXLAN_HDR_LEN);
}
