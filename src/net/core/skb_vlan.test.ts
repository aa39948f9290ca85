import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkBuff } from './skbuff.js';
import { skbVlanTagPresent, skbVlanUntag, skbVlanVid, vlanHwaccelClearTag, vlanHwaccelPutTag } from './skb_vlan.js';
import { ETH_HLEN, ETH_P_8021Q, ETH_P_IP } from '../../wire/ethernet.js';

/** dst 02:..:02, src 02:..:01, 802.1Q PCP 5 VID 10, inner IPv4, 4 payload bytes. */
const TAGGED = Uint8Array.from([
  2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x81, 0x00, 0xa0, 0x0a, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef,
]);

function received(bytes: Uint8Array): SkBuff {
  const skb = SkBuff.fromBytes(bytes, 16);
  skb.resetMacHeader();
  skb.protocol = ETH_P_8021Q;
  skb.pull(ETH_HLEN);
  return skb;
}

test('skb_vlan_untag: the in-band tag moves out of band, the addresses slide over it', () => {
  const skb = received(TAGGED);
  assert.equal(skbVlanUntag(skb), true);
  assert.equal(skbVlanTagPresent(skb), true);
  assert.equal(skb.vlanProto, ETH_P_8021Q);
  assert.equal(skb.vlanTci, 0xa00a);
  assert.equal(skbVlanVid(skb), 10);
  assert.equal(skb.protocol, ETH_P_IP);
  const mac = Array.from(skb.buf.subarray(skb.macHeader, skb.macHeader + ETH_HLEN));
  assert.deepEqual(mac, [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]);
  assert.deepEqual(Array.from(skb.bytes()), [0xde, 0xad, 0xbe, 0xef]);
});

test('skb_vlan_untag: a truncated tag is refused; hwaccel put/clear', () => {
  const skb = received(TAGGED.subarray(0, 16));
  assert.equal(skbVlanUntag(skb), false);
  assert.equal(skbVlanTagPresent(skb), false);
  assert.equal(skbVlanVid(skb), -1);
  vlanHwaccelPutTag(skb, ETH_P_8021Q, 20);
  assert.equal(skbVlanVid(skb), 20);
  vlanHwaccelClearTag(skb);
  assert.equal(skbVlanTagPresent(skb), false);
});
