/**
 * A listener's requests: the mark they take (inet_request_mark() under
 * tcp_fwmark_accept), the OutNoRoutes of a SYN-ACK without a route
 * (inet_csk_route_req()), and their end with the listener
 * (reqsk_timer_handler() drops them once it no longer listens).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';
import { accept, bind, close, connect, connectWait, listen, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import { IpStat, LinuxMib } from '../core/snmp.js';
import type { Net } from '../core/net_namespace.js';

const LAB = `
ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set b0 up; ip -n b link set lo up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
ip netns exec b iptables -t mangle -A PREROUTING -p tcp --syn -j MARK --set-mark 7
`;

const at = (addr: number, port: number) => ({ family: AF_INET, addr, port });

function tcp(net: Net): Socket {
  const s = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

async function acceptedMark(fwmarkAccept: number): Promise<number> {
  const L = icmpLab();
  await L.sh(LAB);
  await L.sh(`ip netns exec b sysctl -qw net.ipv4.tcp_fwmark_accept=${fwmarkAccept}`);
  const lsn = tcp(L.ns('b'));
  assert.equal(bind(lsn, at(0, 80)), 0);
  assert.equal(listen(lsn, 1), 0);
  assert.equal(await drive(L.lab, connectWait(tcp(L.ns('a')), at(0x0a000002, 80))), 0);
  const conn = await drive(L.lab, accept(lsn));
  assert.ok(typeof conn !== 'string');
  return conn.sk.skMark;
}

test('tcp_fwmark_accept: the accepted socket has the SYN\'s mark; without it the listener\'s (0)', async () => {
  assert.equal(await acceptedMark(1), 7);
  assert.equal(await acceptedMark(0), 0);
});

test('a SYN whose SYN-ACK has no route counts OutNoRoutes and ListenDrops, no request is kept', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  await L.sh('ip -n b rule add to 10.0.0.1 ipproto tcp prohibit pref 10');
  const b = L.ns('b');
  const lsn = tcp(b);
  assert.equal(bind(lsn, at(0, 80)), 0);
  assert.equal(listen(lsn, 1), 0);
  assert.equal(connect(tcp(L.ns('a')), at(0x0a000002, 80)), 'EINPROGRESS');
  await drive(L.lab, L.lab.sched.sleep(500e6));
  assert.equal(b.mib.ip[IpStat.OUTNOROUTES], 1);
  assert.equal(b.mib.net[LinuxMib.LISTENDROPS], 1);
});

test('a request outlives no listener: once it is closed, the SYN-ACK timer drops the request instead of sending again', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  // The client's SYN reaches b, b's SYN-ACK is lost on the way back.
  await L.sh('ip netns exec a iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j DROP');
  const b = L.ns('b');
  const lsn = tcp(b);
  assert.equal(bind(lsn, at(0, 80)), 0);
  assert.equal(listen(lsn, 1), 0);
  const cli = tcp(L.ns('a'));
  assert.equal(connect(cli, at(0x0a000002, 80)), 'EINPROGRESS');
  await drive(L.lab, L.lab.sched.sleep(200e6));
  close(cli);
  close(lsn);
  await drive(L.lab, L.lab.sched.sleep(10e9));
  assert.equal(b.mib.net[LinuxMib.TCPSYNRETRANS], 0);
});
