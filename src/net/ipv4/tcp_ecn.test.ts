/**
 * RFC 3168 negotiation details that transcripts hardly reach: a SYN that
 * arrives ECT is refused ECN (a middlebox touched the bits), a reserved
 * bit lets it through; tcp_ecn_fallback strips ECE|CWR from a SYN sent
 * again; a SYN-ACK with ECE and CWR is no agreement; CE asks for ECE until
 * a data segment with CWR.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { TcpSock } from './tcp.js';
import { TCPHDR_ACK, TCPHDR_CWR, TCPHDR_ECE, TCPHDR_SYN } from '../../wire/tcp.js';
import {
  TCP_ECN_DEMAND_CWR, TCP_ECN_OK, TCP_ECN_SEEN, tcpEcnAcceptCwr, tcpEcnCheckCe, tcpEcnClearSyn, tcpEcnCreateRequest,
  tcpEcnRcvSynack, tcpEcnSend, tcpEcnSendSyn,
} from './tcp_ecn.js';

const SYN_ECN = TCPHDR_SYN | TCPHDR_ECE | TCPHDR_CWR;

test('tcp_ecn_create_request(): ECE|CWR on a Not-ECT SYN, or with a reserved bit, and tcp_ecn not 0', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  tcpEcnCreateRequest(sk, SYN_ECN, 0x00, 0, null);
  assert.equal(sk.ecnFlags, TCP_ECN_OK);
  tcpEcnCreateRequest(sk, SYN_ECN, 0x02, 0, null);
  assert.equal(sk.ecnFlags, 0);
  tcpEcnCreateRequest(sk, SYN_ECN, 0x02, 1, null);
  assert.equal(sk.ecnFlags, TCP_ECN_OK);
  tcpEcnCreateRequest(sk, TCPHDR_SYN | TCPHDR_ECE, 0, 0, null);
  assert.equal(sk.ecnFlags, 0);
  lab.initNet.ipv4.sysctl.tcp.ecn = 0;
  tcpEcnCreateRequest(sk, SYN_ECN, 0, 0, null);
  assert.equal(sk.ecnFlags, 0);
});

test('tcp_ecn_send_syn() with tcp_ecn 1, tcp_ecn_clear_syn() with the fallback, tcp_ecn_rcv_synack()', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  assert.equal(tcpEcnSendSyn(sk, null), 0);
  lab.initNet.ipv4.sysctl.tcp.ecn = 1;
  assert.equal(tcpEcnSendSyn(sk, null), TCPHDR_ECE | TCPHDR_CWR);
  assert.equal(tcpEcnClearSyn(sk, SYN_ECN), TCPHDR_SYN);
  lab.initNet.ipv4.sysctl.tcp.ecnFallback = 0;
  assert.equal(tcpEcnClearSyn(sk, SYN_ECN), SYN_ECN);
  tcpEcnRcvSynack(sk, TCPHDR_SYN | TCPHDR_ACK | TCPHDR_ECE | TCPHDR_CWR);
  assert.equal(sk.ecnFlags, 0);
});

test('CE asks for ECE on every segment until data with CWR; new data is ECT(0), an ACK Not-ECT', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  sk.ecnFlags = TCP_ECN_OK;
  assert.equal(tcpEcnCheckCe(sk, 0x02), false);
  assert.equal(sk.ecnFlags, TCP_ECN_OK | TCP_ECN_SEEN);
  assert.equal(tcpEcnCheckCe(sk, 0x03), true);
  assert.equal(tcpEcnCheckCe(sk, 0x03), false);
  assert.equal(tcpEcnSend(sk, sk.sndNxt, 0, TCPHDR_ACK), TCPHDR_ACK | TCPHDR_ECE);
  assert.equal(sk.tos & 3, 0);
  assert.equal(tcpEcnSend(sk, sk.sndNxt, 10, TCPHDR_ACK), TCPHDR_ACK | TCPHDR_ECE);
  assert.equal(sk.tos & 3, 2);
  assert.equal(tcpEcnAcceptCwr(sk, TCPHDR_ACK | TCPHDR_CWR, 0), false);
  assert.equal(sk.ecnFlags & TCP_ECN_DEMAND_CWR, 0);
  assert.equal(tcpEcnCheckCe(sk, 0x00), true);
});
