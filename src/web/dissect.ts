/**
 * A packet's headers as a tree of labelled fields, the way Wireshark's
 * detail pane shows them: Ethernet II, ARP, IPv4, ICMP, UDP, TCP. Reads
 * untrusted bytes: a short or odd header ends the tree with a
 * "[Malformed]" line, it never throws.
 */
import { ipToString } from '../wire/ipv4.js';
import { macToString } from '../wire/ethernet.js';

export interface Field {
  readonly text: string;
  readonly children?: Field[];
}

const ETHERTYPES: Record<number, string> = { 0x0800: 'IPv4', 0x0806: 'ARP', 0x86dd: 'IPv6', 0x8100: '802.1Q' };
const PROTOS: Record<number, string> = { 1: 'ICMP', 2: 'IGMP', 6: 'TCP', 17: 'UDP', 47: 'GRE' };
const ICMP_NAMES: Record<number, string> = {
  0: 'Echo (ping) reply', 3: 'Destination unreachable', 4: 'Source quench', 5: 'Redirect', 8: 'Echo (ping) request',
  11: 'Time-to-live exceeded', 12: 'Parameter problem', 13: 'Timestamp', 14: 'Timestamp reply',
};

const u16 = (b: Uint8Array, o: number): number => (b[o]! << 8) | b[o + 1]!;
const u32 = (b: Uint8Array, o: number): number => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
const hex = (n: number, w: number): string => `0x${n.toString(16).padStart(w, '0')}`;

/** The tree of a frame: `eth` when `bytes` start at the Ethernet header, else at the IPv4 header (or ARP with `arp`). */
export function dissect(bytes: Uint8Array, eth: boolean, arp = false): Field[] {
  const out: Field[] = [{ text: `Frame: ${bytes.length} bytes captured` }];
  if (!eth) return out.concat(arp ? dissectArp(bytes, 0) : dissectIp(bytes, 0));
  if (bytes.length < 14) return [...out, malformed('Ethernet II')];
  const type = u16(bytes, 12);
  const dst = macToString(bytes.subarray(0, 6));
  const src = macToString(bytes.subarray(6, 12));
  out.push({
    text: `Ethernet II, Src: ${src}, Dst: ${dst}`,
    children: [{ text: `Destination: ${dst}` }, { text: `Source: ${src}` }, { text: `Type: ${ETHERTYPES[type] ?? 'Unknown'} (${hex(type, 4)})` }],
  });
  if (type === 0x0806) return out.concat(dissectArp(bytes, 14));
  if (type === 0x0800) return out.concat(dissectIp(bytes, 14));
  return out;
}

function malformed(what: string): Field {
  return { text: `[Malformed Packet: ${what}]` };
}

function dissectArp(b: Uint8Array, o: number): Field[] {
  if (o + 28 > b.length) return [malformed('ARP')];
  const op = u16(b, o + 6);
  const opName = op === 1 ? 'request' : op === 2 ? 'reply' : 'unknown';
  return [{
    text: `Address Resolution Protocol (${opName})`,
    children: [
      { text: `Hardware type: Ethernet (${u16(b, o)})` }, { text: `Protocol type: IPv4 (${hex(u16(b, o + 2), 4)})` },
      { text: `Hardware size: ${b[o + 4]!}` }, { text: `Protocol size: ${b[o + 5]!}` }, { text: `Opcode: ${opName} (${op})` },
      { text: `Sender MAC address: ${macToString(b.subarray(o + 8, o + 14))}` }, { text: `Sender IP address: ${ipToString(u32(b, o + 14))}` },
      { text: `Target MAC address: ${macToString(b.subarray(o + 18, o + 24))}` }, { text: `Target IP address: ${ipToString(u32(b, o + 24))}` },
    ],
  }];
}

function dissectIp(b: Uint8Array, o: number): Field[] {
  if (o + 20 > b.length || b[o]! >> 4 !== 4) return [malformed('IPv4')];
  const ihl = (b[o]! & 0xf) * 4;
  if (ihl < 20 || o + ihl > b.length) return [malformed('IPv4')];
  const proto = b[o + 9]!;
  const frag = u16(b, o + 6);
  const src = ipToString(u32(b, o + 12));
  const dst = ipToString(u32(b, o + 16));
  const flags = [frag & 0x4000 ? "Don't fragment" : '', frag & 0x2000 ? 'More fragments' : ''].filter(Boolean).join(', ');
  const ip: Field = {
    text: `Internet Protocol Version 4, Src: ${src}, Dst: ${dst}`,
    children: [
      { text: '0100 .... = Version: 4' }, { text: `.... ${(ihl / 4).toString(2).padStart(4, '0')} = Header Length: ${ihl} bytes (${ihl / 4})` },
      { text: `Differentiated Services Field: ${hex(b[o + 1]!, 2)}` }, { text: `Total Length: ${u16(b, o + 2)}` },
      { text: `Identification: ${hex(u16(b, o + 4), 4)} (${u16(b, o + 4)})` }, { text: `Flags: ${hex(frag >> 13, 1)}${flags ? `, ${flags}` : ''}` },
      { text: `Fragment Offset: ${(frag & 0x1fff) * 8}` }, { text: `Time to Live: ${b[o + 8]!}` },
      { text: `Protocol: ${PROTOS[proto] ?? 'Unknown'} (${proto})` }, { text: `Header Checksum: ${hex(u16(b, o + 10), 4)}` },
      { text: `Source Address: ${src}` }, { text: `Destination Address: ${dst}` },
    ],
  };
  const th = o + ihl;
  // Only a first fragment carries the transport header.
  if ((frag & 0x1fff) !== 0) return [ip];
  if (proto === 1) return [ip, ...dissectIcmp(b, th)];
  if (proto === 17) return [ip, ...dissectUdp(b, th)];
  if (proto === 6) return [ip, ...dissectTcp(b, th)];
  return [ip];
}

function dissectIcmp(b: Uint8Array, o: number): Field[] {
  if (o + 8 > b.length) return [malformed('ICMP')];
  const type = b[o]!;
  const code = b[o + 1]!;
  const children: Field[] = [
    { text: `Type: ${type} (${ICMP_NAMES[type] ?? 'Unknown'})` }, { text: `Code: ${code}` }, { text: `Checksum: ${hex(u16(b, o + 2), 4)}` },
  ];
  if (type === 0 || type === 8 || type === 13 || type === 14) {
    children.push({ text: `Identifier (BE): ${u16(b, o + 4)} (${hex(u16(b, o + 4), 4)})` }, { text: `Sequence Number (BE): ${u16(b, o + 6)} (${hex(u16(b, o + 6), 4)})` });
    if (b.length > o + 8) children.push({ text: `Data (${b.length - o - 8} bytes)` });
  } else if (type === 5) {
    children.push({ text: `Gateway Address: ${ipToString(u32(b, o + 4))}` });
  } else if (type === 3 && code === 4) {
    children.push({ text: `MTU of next hop: ${u16(b, o + 6)}` });
  }
  const fields: Field[] = [{ text: 'Internet Control Message Protocol', children }];
  // An error quotes the offending datagram's header.
  if (type === 3 || type === 5 || type === 11 || type === 12) {
    const inner = dissectIp(b, o + 8);
    if (inner[0] && inner[0].text.startsWith('Internet')) children.push(...inner);
  }
  return fields;
}

function dissectUdp(b: Uint8Array, o: number): Field[] {
  if (o + 8 > b.length) return [malformed('UDP')];
  const sp = u16(b, o);
  const dp = u16(b, o + 2);
  return [{
    text: `User Datagram Protocol, Src Port: ${sp}, Dst Port: ${dp}`,
    children: [{ text: `Source Port: ${sp}` }, { text: `Destination Port: ${dp}` }, { text: `Length: ${u16(b, o + 4)}` }, { text: `Checksum: ${hex(u16(b, o + 6), 4)}` }],
  }];
}

const TCP_FLAGS = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR'];

function dissectTcp(b: Uint8Array, o: number): Field[] {
  if (o + 20 > b.length) return [malformed('TCP')];
  const sp = u16(b, o);
  const dp = u16(b, o + 2);
  const fl = b[o + 13]!;
  const names = TCP_FLAGS.filter((_, i) => fl & (1 << i)).join(', ');
  return [{
    text: `Transmission Control Protocol, Src Port: ${sp}, Dst Port: ${dp}, Seq: ${u32(b, o + 4)}`,
    children: [
      { text: `Source Port: ${sp}` }, { text: `Destination Port: ${dp}` }, { text: `Sequence Number: ${u32(b, o + 4)}` },
      { text: `Acknowledgment Number: ${u32(b, o + 8)}` }, { text: `Header Length: ${(b[o + 12]! >> 4) * 4} bytes` },
      { text: `Flags: ${hex(fl, 3)} (${names})` }, { text: `Window: ${u16(b, o + 14)}` }, { text: `Checksum: ${hex(u16(b, o + 16), 4)}` },
    ],
  }];
}
