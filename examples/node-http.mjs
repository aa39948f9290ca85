// An HTTP server from node:http on h2 and a client on h1, talking over the
// lab's emulated network (a veth pair, the kernel's TCP in TypeScript).
// Run: npx tsc -p . && node examples/node-http.mjs
import http from 'node:http';
import { createLab } from '../dist/api/index.js';

const lab = createLab();
const setup = await lab.sh(`
ip netns add h1
ip netns add h2
ip link add eth0 netns h1 address 02:00:00:00:01:01 type veth peer name eth0 netns h2 address 02:00:00:00:02:01
ip -n h1 addr add 10.0.0.1/24 dev eth0
ip -n h2 addr add 10.0.0.2/24 dev eth0
ip -n h1 link set eth0 up
ip -n h2 link set eth0 up
`);
if (setup.status !== 0) throw new Error(setup.output);

// The server: node:http's request handling, fed the lab's accepted sockets.
const web = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`hello ${req.socket.remoteAddress}:${req.socket.remotePort}, you asked for ${req.url}\n`);
});
const listener = lab.netns('h2').net.createServer((sock) => web.emit('connection', sock));
await new Promise((resolve) => listener.listen(80, '10.0.0.2', resolve));

// The client: http.request with a connection made in h1.
const body = await new Promise((resolve, reject) => {
  const req = http.request({
    host: '10.0.0.2',
    path: '/index.html',
    createConnection: () => lab.netns('h1').net.createConnection({ port: 80, host: '10.0.0.2', localPort: 40000 }),
  }, (res) => {
    let text = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}\n`;
    res.setEncoding('utf8');
    res.on('data', (d) => (text += d));
    res.on('end', () => resolve(text));
  });
  req.on('error', reject);
  req.end();
});
process.stdout.write(body);

listener.close();
await lab.sleep(10);
// What the kernel side saw: the server closed first (the client asked for "Connection: close"),
// so h2 holds the connection in TIME_WAIT for 60 s.
const ss = await lab.sh('ip netns exec h2 ss -tan; ip netns exec h2 nstat -asz TcpPassiveOpens TcpOutSegs');
process.stdout.write(ss.output);
console.log(`virtual time: ${lab.now().toFixed(3)} ms`);
