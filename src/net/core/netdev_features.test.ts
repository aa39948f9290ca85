import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BR_COMMON_FEATURES, BR_VLAN_TX, NETDEV_FEATURES_STRINGS, NetifF, VETH_FEATURES, VETH_VLAN_FEATURES, brFeaturesRecompute, macvlanFixFeatures,
  MACVLAN_ALWAYS_ON, MACVLAN_FEATURES, netdevFixFeatures, nf, nfHas, registerFeatures,
} from './netdev_features.js';

const names = (f: bigint): string[] => NETDEV_FEATURES_STRINGS.filter((n, i) => n && nfHas(f, i as NetifF));
const veth = registerFeatures(VETH_FEATURES | VETH_VLAN_FEATURES, VETH_FEATURES | VETH_VLAN_FEATURES, false);

test('the 6.18 bit numbering: 64 names, tx-tcp-accecn-segmentation at 35, hsr-dup-offload last', () => {
  assert.equal(NETDEV_FEATURES_STRINGS.length, 64);
  assert.equal(NETDEV_FEATURES_STRINGS[NetifF.GSO_ACCECN], 'tx-tcp-accecn-segmentation');
  assert.equal(NETDEV_FEATURES_STRINGS[NetifF.RXCSUM], 'rx-checksum');
  assert.equal(NETDEV_FEATURES_STRINGS[NetifF.HW_HSR_DUP], 'hsr-dup-offload');
});

test('register_netdevice(): GSO and GRO on and changeable, nocache-copy changeable off, GRO list/forwarding changeable off', () => {
  assert.ok(nfHas(veth.features, NetifF.GSO) && nfHas(veth.features, NetifF.GRO));
  for (const b of [NetifF.NOCACHE_COPY, NetifF.GRO_FRAGLIST, NetifF.GRO_UDP_FWD]) {
    assert.ok(nfHas(veth.hw, b) && !nfHas(veth.features, b), NETDEV_FEATURES_STRINGS[b]);
  }
  assert.equal(veth.wanted, veth.features & veth.hw);
  assert.ok(!nfHas(registerFeatures(0n, 0n, true).hw, NetifF.NOCACHE_COPY), 'not on loopback');
});

test('netdev_fix_features(): sg off drops TSO (AccECN stays) and GSO; no checksum drops TSO and UDP segmentation', () => {
  const noSg = netdevFixFeatures(veth.features & ~nf(NetifF.SG));
  assert.deepEqual(names(veth.features & ~noSg), ['tx-scatter-gather', 'tx-generic-segmentation', 'tx-tcp-segmentation',
    'tx-tcp-ecn-segmentation', 'tx-tcp-mangleid-segmentation', 'tx-tcp6-segmentation']);
  const noCsum = netdevFixFeatures(veth.features & ~nf(NetifF.HW_CSUM));
  assert.deepEqual(names(veth.features & ~noCsum), ['tx-checksum-ip-generic', 'tx-tcp-segmentation', 'tx-tcp-ecn-segmentation',
    'tx-tcp-mangleid-segmentation', 'tx-tcp6-segmentation', 'tx-udp-segmentation']);
  assert.equal(netdevFixFeatures(veth.features), veth.features, 'a consistent set is kept');
});

test('br_features_recompute(): a veth port takes away what veth lacks (gso-robust, fcoe), a port without TSO leaves the bridge its TSO', () => {
  const br = registerFeatures(BR_COMMON_FEATURES | BR_VLAN_TX, BR_COMMON_FEATURES | BR_VLAN_TX, false).features;
  const one = brFeaturesRecompute(br, [veth.features]);
  assert.deepEqual(names(br & ~one), ['tx-gso-robust', 'tx-fcoe-segmentation']);
  assert.equal(brFeaturesRecompute(br, []), br);
  const noTso = netdevFixFeatures(veth.features & ~nf(NetifF.TSO, NetifF.TSO6, NetifF.TSO_ECN, NetifF.TSO_MANGLEID, NetifF.GSO_ACCECN));
  assert.ok(nfHas(brFeaturesRecompute(br, [noTso]), NetifF.TSO));
});

test('macvlan_fix_features(): GRO only when the lower device has it; the always-on offloads stay', () => {
  const wanted = (veth.features & MACVLAN_FEATURES) | MACVLAN_ALWAYS_ON | nf(NetifF.GSO, NetifF.GRO);
  assert.ok(!nfHas(macvlanFixFeatures(wanted, veth.features & ~nf(NetifF.GRO), MACVLAN_FEATURES), NetifF.GRO));
  assert.ok(nfHas(macvlanFixFeatures(wanted, veth.features, MACVLAN_FEATURES), NetifF.GRO));
  const noCsumLower = veth.features & ~nf(NetifF.HW_CSUM, NetifF.TSO);
  assert.ok(nfHas(macvlanFixFeatures(wanted, noCsumLower, MACVLAN_FEATURES), NetifF.HW_CSUM));
});
