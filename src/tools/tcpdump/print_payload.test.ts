import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainPrint } from './print_domain.js';
import { rxPrint, tcpPayloadPrint } from './print_txtproto.js';

const pkt = (b: Uint8Array): { b: Uint8Array; end: number } => ({ b, end: b.length });
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const o = (vflag: number): { vflag: number } => ({ vflag });

/** A query for www.example.com A with RD (id 0x1234). */
const QUERY = Uint8Array.from([
  0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
  3, ...ascii('www'), 7, ...ascii('example'), 3, ...ascii('com'), 0, 0, 1, 0, 1,
]);

test('domain_print(): a query, a short payload, text, a capture cut in the name', () => {
  assert.equal(domainPrint(o(0), pkt(QUERY), 0, QUERY.length, false, false), '4660+ A? www.example.com. (33)');
  assert.equal(domainPrint(o(0), pkt(ascii('hello\n')), 0, 6, false, false), 'domain [length 6 < 12] (invalid)');
  const text = ascii('hello world\n');
  assert.equal(domainPrint(o(0), pkt(text), 0, text.length, false, false),
    '26725 updateMA [b2&3=0x6c6c] [30575a] [28448q] [29292n] [25610au] [|domain]');
  assert.equal(domainPrint(o(0), { b: QUERY, end: 20 }, 0, QUERY.length, false, false), '4660+ [|domain]');
});

test('domain_print() over TCP: the length prefix', () => {
  const tcp = Uint8Array.from([0, QUERY.length, ...QUERY]);
  assert.equal(domainPrint(o(0), pkt(tcp), 0, tcp.length, true, false), ' 4660+ A? www.example.com. (33)');
  assert.equal(domainPrint(o(0), pkt(tcp), 0, tcp.length + 1, true, false), ' [prefix length(33) != length(34)] (invalid)');
});

test('txtproto_print(): HTTP request lines, non-requests, -v lines and a missing end of line', () => {
  const get = ascii('GET / HTTP/1.0\r\nHost: x\r\n\r\n');
  assert.equal(tcpPayloadPrint(o(0), pkt(get), 0, get.length, 40000, 8080), ': HTTP: GET / HTTP/1.0');
  assert.equal(tcpPayloadPrint(o(1), pkt(get), 0, get.length, 40000, 80), ': HTTP, length: 27\n\tGET / HTTP/1.0\n\tHost: x\n\t');
  assert.equal(tcpPayloadPrint(o(0), pkt(ascii('hello\n')), 0, 6, 40000, 80), ': HTTP');
  assert.equal(tcpPayloadPrint(o(0), pkt(ascii('HTTP/1.1 200')), 0, 12, 80, 40000), ': HTTP: HTTP/1.1 200 [|http]');
  assert.equal(tcpPayloadPrint(o(0), pkt(ascii('EHLO x\r\n')), 0, 8, 40000, 25), ': SMTP: EHLO x');
  assert.equal(tcpPayloadPrint(o(0), pkt(ascii('hello\n')), 0, 6, 40000, 9000), '');
});

test('rx_print(): short, header, flags under -vv', () => {
  assert.equal(rxPrint(o(0), pkt(ascii('short\n')), 0, 6), ' [|rx] (6)');
  const h = new Uint8Array(28);
  h[15] = 1; h[19] = 5; h[20] = 1; h[21] = 0x07;
  assert.equal(rxPrint(o(0), pkt(h), 0, 28), ' rx data (28)');
  assert.equal(rxPrint(o(2), pkt(h), 0, 28), ' rx data cid 00000000 call# 0 seq 1 ser 5 <client-init>,<req-ack>,<last-pckt> (28)');
  h[20] = 2;
  assert.equal(rxPrint(o(0), pkt(h), 0, 28), ' rx ack [|ack] (28)');
});
