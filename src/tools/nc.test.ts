import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crlfWrites } from './nc.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const texts = (b: Uint8Array[]): string[] => b.map((x) => new TextDecoder().decode(x));

test('nc -C: each line then CRLF as its own write, empty lines only the CRLF, a line ending in CRLF as it is, a tail as it is', () => {
  assert.deepEqual(texts(crlfWrites(enc('GET / HTTP/1.0\n\nx\ny'))), ['GET / HTTP/1.0', '\r\n', '\r\n', 'x', '\r\n', 'y']);
  assert.deepEqual(texts(crlfWrites(enc('a\r\nb'))), ['a\r\n', 'b']);
  assert.deepEqual(texts(crlfWrites(enc('\r\nq\rr\n'))), ['\r\n', 'q\rr', '\r\n']);
  assert.deepEqual(texts(crlfWrites(enc(''))), []);
});
