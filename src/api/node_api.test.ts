import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createLab, type NodeSystemError, type Socket, type TuxLab } from './index.js';

async function twoHosts(): Promise<TuxLab> {
  const lab = createLab();
  const r = await lab.sh(`ip netns add a
ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a addr add 10.0.0.1/24 dev a0
ip -n b addr add 10.0.0.2/24 dev b0
ip -n a link set a0 up
ip -n b link set b0 up`);
  assert.equal(r.status, 0, r.output);
  return lab;
}

function collect(s: Socket): Promise<string> {
  let text = '';
  s.setEncoding('utf8');
  s.on('data', (d: string) => (text += d));
  return once(s, 'end').then(() => text);
}

test('net: an echo server and a client over a veth pair', async () => {
  const lab = await twoHosts();
  const srv = lab.netns('b').net.createServer((s) => s.pipe(s));
  await once(srv.listen(7, '10.0.0.2'), 'listening');
  assert.deepEqual(srv.address(), { address: '10.0.0.2', family: 'IPv4', port: 7 });
  const c = lab.netns('a').net.connect({ port: 7, host: '10.0.0.2', localPort: 4000 });
  await once(c, 'connect');
  assert.equal(c.remoteAddress, '10.0.0.2');
  assert.equal(c.remotePort, 7);
  assert.equal(c.localAddress, '10.0.0.1');
  assert.equal(c.localPort, 4000);
  c.setNoDelay(true);
  const got = collect(c);
  const closed = once(c, 'close');
  c.write('hello ');
  c.end('world');
  assert.equal(await got, 'hello world');
  await closed;
  srv.close();
  await once(srv, 'close');
  const ss = await lab.sh('ip netns exec a ss -Htan state time-wait');
  assert.match(ss.output, /10\.0\.0\.1:4000 +10\.0\.0\.2:7/);
});

test('net: half-close: the server reads EOF and still answers (allowHalfOpen)', async () => {
  const lab = await twoHosts();
  const srv = lab.netns('b').net.createServer({ allowHalfOpen: true }, (s) => {
    let n = 0;
    s.on('data', (d: Buffer) => (n += d.length));
    s.on('end', () => s.end(`got ${n} bytes\n`));
  });
  await once(srv.listen(8000), 'listening');
  const c = lab.netns('a').net.createConnection(8000, '10.0.0.2');
  const got = collect(c);
  c.end(Buffer.alloc(100000, 0x61));
  assert.equal(await got, 'got 100000 bytes\n');
  srv.close();
});

test('net: a refused connect fails with ECONNREFUSED as Node reports it', async () => {
  const lab = await twoHosts();
  const c = lab.netns('a').net.connect(81, '10.0.0.2');
  const [err] = (await once(c, 'error')) as [NodeSystemError];
  assert.equal(err.message, 'connect ECONNREFUSED 10.0.0.2:81');
  assert.equal(err.code, 'ECONNREFUSED');
  assert.equal(err.errno, -111);
  assert.equal(err.syscall, 'connect');
  assert.equal(err.address, '10.0.0.2');
  assert.equal(err.port, 81);
  const nstat = await lab.sh('ip netns exec a nstat -asz TcpAttemptFails');
  assert.match(nstat.output, /TcpAttemptFails +1 /);
});

test('net: a second listener on the port is EADDRINUSE', async () => {
  const lab = await twoHosts();
  const net = lab.netns('b').net;
  const one = net.createServer();
  await once(one.listen(80), 'listening');
  const [err] = (await once(net.createServer().listen(80), 'error')) as [NodeSystemError];
  assert.equal(err.code, 'EADDRINUSE');
  assert.equal(err.message, 'listen EADDRINUSE: address already in use 0.0.0.0:80');
  one.close();
});

test('dgram: a UDP round trip, and ECONNREFUSED on a connected socket', async () => {
  const lab = await twoHosts();
  const srv = lab.netns('b').dgram.createSocket('udp4');
  srv.on('message', (msg, rinfo) => srv.send(msg.toString().toUpperCase(), rinfo.port, rinfo.address));
  await once(srv.bind(5353), 'listening');
  const cli = lab.netns('a').dgram.createSocket('udp4');
  cli.send('ping', 5353, '10.0.0.2');
  const [msg, rinfo] = (await once(cli, 'message')) as [Buffer, { address: string; port: number; size: number }];
  assert.equal(msg.toString(), 'PING');
  assert.deepEqual([rinfo.address, rinfo.port, rinfo.size], ['10.0.0.2', 5353, 4]);
  cli.connect(9, '10.0.0.2');
  await once(cli, 'connect');
  cli.send('x');
  const [err] = (await once(cli, 'error')) as [NodeSystemError];
  assert.equal(err.code, 'ECONNREFUSED');
  cli.close();
  srv.close();
  await once(srv, 'close');
});

test('virtual time moves while the program waits, and only then', async () => {
  const lab = createLab();
  const t0 = lab.now();
  await lab.sleep(60_000);
  assert.equal(lab.now() - t0, 60_000);
});
