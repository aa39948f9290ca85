import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemFs } from '../../lab/memfs.js';
import type { Net } from '../../net/core/net_namespace.js';
import { Dumpfile } from './dumpfile.js';
import { labToBytes, readPcap } from './savefile.js';
import { DLT_EN10MB } from './print.js';

const net = {} as Net;

test('a savefile is empty once opened, grows a 4096-byte block at a time, and holds everything once flushed', () => {
  const fs = new MemFs();
  const d = Dumpfile.open(fs, '/cap.pcap', net, DLT_EN10MB, 262144);
  assert.ok(d instanceof Dumpfile);
  const size = (): number => labToBytes(fs.read('/cap.pcap', net) as string).length;
  assert.equal(size(), 0);
  // an echo on lo: 98 bytes, 114 with its record header
  const pkt = { tsNs: 1e9, len: 98, data: new Uint8Array(98).fill(0xab) };
  for (let i = 0; i < 35; i++) d.dump(pkt);
  assert.equal(size(), 0, '24 + 35 * 114 = 4014 bytes stay in the buffer');
  d.dump(pkt);
  assert.equal(size(), 4096);
  const f = readPcap(labToBytes(fs.read('/cap.pcap', net) as string));
  assert.ok(!('error' in f));
  assert.equal(f.pkts.length, 35);
  assert.equal(f.truncated, 'truncated dump file; tried to read 98 captured bytes, only got 66');
  d.flush();
  assert.equal(size(), 24 + 36 * 114);
  const all = readPcap(labToBytes(fs.read('/cap.pcap', net) as string));
  assert.ok(!('error' in all) && all.pkts.length === 36 && all.truncated === undefined);
  assert.equal(Dumpfile.open(fs, '/no/such/dir/x.pcap', net, DLT_EN10MB, 96), 'ENOENT');
});
