/**
 * TCP through the syscall surface: the handshake's options, refused and
 * reset connections, half-close, close with unread data (RST), TIME_WAIT
 * on the virtual clock, Nagle, and the listener's accept queue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';
import {
  accept, bind, close, connect, connectWait, getsockopt, listen, recvmsg, recvmsgDontwait, send, setsockopt, shutdown, socket,
  type Socket,
} from '../socket.js';
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_ERROR, SO_LINGER } from '../../uapi/linux/socket.js';
import { IcmpStat, LinuxMib, TcpStat } from '../core/snmp.js';
import { TCP_CLOSE_WAIT, TCP_ESTABLISHED, TCP_FIN_WAIT2, TCP_LISTEN, TCP_TIME_WAIT, TcpSock } from './tcp.js';
import { tcpGetInfo } from './inet_diag.js';
import { tcpCurrentMss } from './tcp_output.js';
import type { Net } from '../core/net_namespace.js';

const B = 0x0a000002;
const LAB = `
ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
`;

function tcp(net: Net): Socket {
  const s = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

const at = (addr: number, port: number) => ({ family: AF_INET, addr, port });

async function pair(L: ReturnType<typeof icmpLab>): Promise<{ cli: Socket; srv: Socket; lsn: Socket }> {
  const lsn = tcp(L.ns('b'));
  assert.equal(bind(lsn, at(0, 5001)), 0);
  assert.equal(listen(lsn, 1), 0);
  const cli = tcp(L.ns('a'));
  assert.equal(await drive(L.lab, connectWait(cli, at(B, 5001))), 0);
  const srv = await drive(L.lab, accept(lsn));
  assert.ok(typeof srv !== 'string');
  return { cli, srv, lsn };
}

test('handshake: MSS, SACK, timestamps and window scale agreed; both ends ESTABLISHED; counters', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const { cli, srv } = await pair(L);
  const c = cli.sk as TcpSock;
  const s = srv.sk as TcpSock;
  assert.equal(c.skState, TCP_ESTABLISHED);
  assert.equal(s.skState, TCP_ESTABLISHED);
  assert.ok(c.tstampOk && c.sackOk && c.wscaleOk);
  assert.equal(c.mssCache, 1448);
  // tcp_rmem[2] of 32 MB (Linux 6.16+): 33554432 >> 10 fits 16 bits.
  assert.equal(c.sndWscale, 10);
  assert.equal(tcpGetInfo(c).sndCwnd, 10);
  assert.equal(L.ns('a').mib.tcp[TcpStat.ACTIVEOPENS], 1);
  assert.equal(L.ns('b').mib.tcp[TcpStat.PASSIVEOPENS], 1);
  assert.equal(L.ns('a').mib.tcp[TcpStat.CURRESTAB], 1);
});

test('a closed port refuses: ECONNREFUSED from connect, then SO_ERROR of a non-blocking one', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const c = tcp(L.ns('a'));
  assert.equal(await drive(L.lab, connectWait(c, at(B, 81))), 'ECONNREFUSED');
  const nb = tcp(L.ns('a'));
  nb.nonblock = true;
  assert.equal(connect(nb, at(B, 82)), 'EINPROGRESS');
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(getsockopt(nb, SOL_SOCKET, SO_ERROR), 111);
  assert.equal(L.ns('b').mib.tcp[TcpStat.OUTRSTS], 2);
  assert.equal(L.ns('a').mib.tcp[TcpStat.ATTEMPTFAILS], 2);
});

test('half-close: data then FIN; the reader sees EOF; the first closer waits 60 s in TIME_WAIT', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const { cli, srv } = await pair(L);
  const data = new Uint8Array(50_000).map((_, i) => i & 0xff);
  assert.equal(await drive(L.lab, send(cli, data)), data.length);
  assert.equal(shutdown(cli, 1), 0);
  let got = 0;
  for (;;) {
    const m = await drive(L.lab, recvmsg(srv, 65536));
    assert.ok(typeof m !== 'string');
    if (m.data.length === 0) break;
    got += m.data.length;
  }
  assert.equal(got, data.length);
  // The FIN's ACK is delayed (pingpong after a FIN: tcp_fin()), 40 ms.
  await drive(L.lab, L.lab.sched.sleep(50e6));
  assert.equal((srv.sk as TcpSock).skState, TCP_CLOSE_WAIT);
  assert.equal((cli.sk as TcpSock).skState, TCP_FIN_WAIT2);
  close(srv);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal((cli.sk as TcpSock).skState, TCP_TIME_WAIT);
  close(cli);
  await drive(L.lab, L.lab.sched.sleep(59e9));
  assert.equal(L.ns('a').ipv4.tcpHashinfo.size, 1);
  // the TIME-WAIT timer is a timer_list: 60 s (15000 jiffies) lands on a level-3 bucket of 512 jiffies, up to 2.048 s late
  await drive(L.lab, L.lab.sched.sleep(3.1e9));
  assert.equal(L.ns('a').ipv4.tcpHashinfo.size, 0);
  assert.equal(L.ns('a').mib.net[LinuxMib.TIMEWAITED], 1);
});

test('close with unread data sends RST: the peer gets ECONNRESET, EstabResets counts', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const { cli, srv } = await pair(L);
  await drive(L.lab, send(cli, new Uint8Array(100)));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  close(srv);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(recvmsgDontwait(cli, 10), 'ECONNRESET');
  assert.equal(L.ns('b').mib.net[LinuxMib.TCPABORTONCLOSE], 1);
  assert.equal(L.ns('a').mib.tcp[TcpStat.ESTABRESETS], 1);
});

/** struct linger { int l_onoff; int l_linger; } */
function linger(onoff: number, secs: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setInt32(0, onoff, true);
  new DataView(b.buffer).setInt32(4, secs, true);
  return b;
}

test('SO_LINGER: struct linger round trip (short optlen EINVAL); a zero linger close of an established socket is a RST (TCPAbortOnData), not a FIN', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const { cli, srv } = await pair(L);
  assert.equal(setsockopt(cli, SOL_SOCKET, SO_LINGER, new Uint8Array(4)), 'EINVAL');
  assert.equal(setsockopt(cli, SOL_SOCKET, SO_LINGER, linger(1, 7)), 0);
  assert.deepEqual(getsockopt(cli, SOL_SOCKET, SO_LINGER), linger(1, 7));
  assert.equal(setsockopt(cli, SOL_SOCKET, SO_LINGER, linger(0, 3)), 0);
  assert.deepEqual(getsockopt(cli, SOL_SOCKET, SO_LINGER), linger(0, 7));
  assert.equal(setsockopt(cli, SOL_SOCKET, SO_LINGER, linger(1, 0)), 0);
  close(cli);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(L.ns('a').mib.net[LinuxMib.TCPABORTONDATA], 1);
  assert.equal(L.ns('a').mib.tcp[TcpStat.OUTRSTS], 1);
  assert.equal(L.ns('a').ipv4.tcpHashinfo.size, 0);
  assert.equal(recvmsgDontwait(srv, 10), 'ECONNRESET');
});

test('listen: the backlog bounds the accept queue; SO_ACCEPTCONN-style state; EADDRINUSE on a second listener', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const b = L.ns('b');
  const lsn = tcp(b);
  assert.equal(bind(lsn, at(0, 7000)), 0);
  assert.equal(listen(lsn, 0), 0);
  assert.equal((lsn.sk as TcpSock).skState, TCP_LISTEN);
  const other = tcp(b);
  assert.equal(bind(other, at(0, 7000)), 'EADDRINUSE');
  const clients = [tcp(L.ns('a')), tcp(L.ns('a')), tcp(L.ns('a'))];
  for (const c of clients) {
    c.nonblock = true;
    connect(c, at(B, 7000));
  }
  await drive(L.lab, L.lab.sched.sleep(10e6));
  // sk_acceptq_is_full() is "more than the backlog": a backlog of 0 takes one.
  assert.equal((lsn.sk as TcpSock).acceptQueue.length, 1);
  assert.ok(b.mib.net[LinuxMib.LISTENOVERFLOWS]! > 0);
});

test('listen: tcp_abort_on_overflow resets the request whose ACK finds the accept queue full (EmbryonicRsts)', async () => {
  const L = icmpLab();
  await L.sh(LAB + 'ip netns exec b sysctl -qw net.ipv4.tcp_abort_on_overflow=1\n');
  const b = L.ns('b');
  const lsn = tcp(b);
  assert.equal(bind(lsn, at(0, 7000)), 0);
  assert.equal(listen(lsn, 1), 0);
  // One connection waits in the accept queue; two requests then fit the SYN queue, but only one more fits the accept queue.
  const clients = [tcp(L.ns('a')), tcp(L.ns('a')), tcp(L.ns('a'))];
  for (const [i, c] of clients.entries()) {
    c.nonblock = true;
    connect(c, at(B, 7000));
    if (i === 0) await drive(L.lab, L.lab.sched.sleep(10e6));
  }
  await drive(L.lab, L.lab.sched.sleep(10e6));
  assert.equal((lsn.sk as TcpSock).acceptQueue.length, 2);
  assert.equal(b.mib.net[LinuxMib.EMBRYONICRSTS], 1);
  assert.equal(b.mib.net[LinuxMib.LISTENOVERFLOWS], 1);
  assert.equal(getsockopt(clients[2]!, SOL_SOCKET, SO_ERROR), 104); // ECONNRESET
  assert.equal((lsn.sk as TcpSock).synQueueLen, 0);
});

test('tcp_current_mss(): the MSS follows the route MTU down and back up, clamped by the peer MSS, not the current one', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const { cli } = await pair(L);
  const c = cli.sk as TcpSock;
  assert.deepEqual([tcpCurrentMss(c), c.pmtuCookie], [1448, 1500]);
  await L.sh('ip -n a link set a0 mtu 1200');
  assert.deepEqual([tcpCurrentMss(c), c.pmtuCookie], [1148, 1200]);
  await L.sh('ip -n a link set a0 mtu 9000');
  assert.deepEqual([tcpCurrentMss(c), c.pmtuCookie], [1448, 9000], 'at most the peer\'s 1460 less the timestamps');
  assert.equal(L.ns('a').mib.icmp[IcmpStat.OUTDESTUNREACHS] ?? 0, 0, 'no ICMP involved');
});
