/**
 * TCP and the neighbour of its route: an ACK that made progress confirms the
 * entry (sk_dst_confirm -> sock_confirm_neigh), and a segment still queued
 * on an unresolved entry is not sent again (skb_still_in_host_queue).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';
import { accept, bind, connectWait, listen, send, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import { LinuxMib, TcpStat } from '../core/snmp.js';
import { NUD_FAILED, NUD_REACHABLE, type Neighbour } from '../core/neighbour.js';
import { arpTbl } from './arp.js';
import type { Net } from '../core/net_namespace.js';

const LAB = `
ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
`;

const at = (addr: number, port: number) => ({ family: AF_INET, addr, port });

function tcp(net: Net): Socket {
  const s = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

function entry(net: Net, addr: number): Neighbour {
  const n = [...arpTbl(net).all].find((x) => x.primaryKey === addr);
  assert.ok(n);
  return n;
}

test('a TCP sender in a steady exchange keeps its neighbour REACHABLE: no probe after the first resolution', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  await L.sh('ip netns exec a sysctl -qw net.ipv4.neigh.a0.base_reachable_time_ms=1000 net.ipv4.neigh.a0.delay_first_probe_time=1');
  const lsn = tcp(L.ns('b'));
  assert.equal(bind(lsn, at(0, 5001)), 0);
  assert.equal(listen(lsn, 1), 0);
  const cli = tcp(L.ns('a'));
  assert.equal(await drive(L.lab, connectWait(cli, at(0x0a000002, 5001))), 0);
  assert.ok(typeof (await drive(L.lab, accept(lsn))) !== 'string');
  const n = entry(L.ns('a'), 0x0a000002);
  // __neigh_event_send(): probes starts at ucast_solicit, the broadcast made it 4.
  assert.equal(n.probes, 4);
  for (let i = 0; i < 16; i++) {
    assert.equal(await drive(L.lab, send(cli, new Uint8Array([0x78, 0x0a]))), 2);
    await drive(L.lab, L.lab.sched.sleep(500e6));
    assert.equal(n.nudState, NUD_REACHABLE);
  }
  // Never DELAY -> PROBE (neigh_timer_handler() resets probes to 0 on PROBE).
  assert.equal(n.probes, 4);
});

test('a SYN waiting on an unresolved neighbour is not sent again: TCPSpuriousRtxHostQueues, then EHOSTUNREACH', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  // Probes 1.2 s apart: no SYN timer (1 s, linear) ties with a neighbour timer.
  await L.sh('ip netns exec a sysctl -qw net.ipv4.neigh.a0.retrans_time_ms=1200');
  const a = L.ns('a');
  const cli = tcp(a);
  assert.equal(await drive(L.lab, connectWait(cli, at(0x0a000009, 80))), 'EHOSTUNREACH');
  assert.equal(a.mib.net[LinuxMib.TCPTIMEOUTS], 3);
  assert.equal(a.mib.net[LinuxMib.TCPSPURIOUS_RTX_HOSTQUEUES], 3);
  assert.equal(a.mib.tcp[TcpStat.RETRANSSEGS], 0);
  const n = entry(a, 0x0a000009);
  assert.equal(n.nudState, NUD_FAILED);
  assert.equal(n.probes, 6);
});
