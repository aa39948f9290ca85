/** The wire layer: header views, reprs and checksums. Imports nothing outside src/wire. */
export * from './arp.js';
export * from './checksum.js';
export { WireError, isWireError } from './error.js';
export * from './ethernet.js';
export * from './icmp.js';
export * from './ipv4.js';
export * from './udp.js';
