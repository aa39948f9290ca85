/**
 * nf_ct_attach(): a locally made error or reset takes the connection of the
 * packet it answers, in the other direction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SkBuff } from '../core/skbuff.js';
import { nfCtAttach } from './core.js';
import {
  IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IP_CT_NEW, IP_CT_RELATED, IP_CT_RELATED_REPLY,
} from './nf_conntrack_tuple.js';

function skb(nfct: object | null, nfctinfo: number): SkBuff {
  return { nfct, nfctinfo } as unknown as SkBuff;
}

test('an answer to an original-direction packet is RELATED_REPLY, to a reply-direction one RELATED', () => {
  const ct = {};
  for (const [info, want] of [[IP_CT_NEW, IP_CT_RELATED_REPLY], [IP_CT_ESTABLISHED, IP_CT_RELATED_REPLY],
    [IP_CT_ESTABLISHED_REPLY, IP_CT_RELATED], [IP_CT_RELATED_REPLY, IP_CT_RELATED]] as const) {
    const nskb = skb(null, 0);
    nfCtAttach(nskb, skb(ct, info));
    assert.equal(nskb.nfct, ct);
    assert.equal(nskb.nfctinfo, want);
  }
});

test('an untracked packet leaves the answer untracked', () => {
  const nskb = skb(null, 0);
  nfCtAttach(nskb, skb(null, IP_CT_NEW));
  assert.equal(nskb.nfct, null);
  assert.equal(nskb.nfctinfo, 0);
});
