/**
 * nf_tables transactions: rules of the batch named by NFTA_RULE_ID
 * (delete, insert before), every failed message reported, nothing applied
 * when one fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { nfTablesBatch, nftNet } from './nf_tables_api.js';
import type { Net } from '../core/net_namespace.js';
import {
  NFT_MSG_DELRULE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWTABLE, nftMsg, type NfnlBatchItem, type NftRuleMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NLM_F_APPEND, NLM_F_CREATE } from '../../uapi/linux/netlink.js';

async function net(): Promise<Net> {
  const { lab, fs } = createLab(1);
  await new Session(lab, fs).execCollect('ip netns add t');
  return lab.netns.get('t')!;
}

/** A rule whose only expression is a counter with `n` packets: something to tell rules apart by. */
function rule(extra: Partial<NftRuleMsg>, n: number, flags = NLM_F_CREATE | NLM_F_APPEND): NfnlBatchItem {
  return { type: nftMsg(NFT_MSG_NEWRULE), flags, body: { family: 2, table: 't', chain: 'c', exprs: [{ name: 'counter', packets: BigInt(n), bytes: 0n }], ...extra } };
}

const base: NfnlBatchItem[] = [
  { type: nftMsg(NFT_MSG_NEWTABLE), flags: 0, body: { family: 2, name: 't' } },
  { type: nftMsg(NFT_MSG_NEWCHAIN), flags: 0, body: { family: 2, table: 't', name: 'c' } },
];

function packets(n: Net): number[] {
  return nftNet(n).table(2, 't')!.chain('c')!.rules.map((r) => Number((r.exprs[0]!.dump() as { packets: bigint }).packets));
}

test('NFTA_RULE_ID names a rule of the same batch: DELRULE by id, NFTA_RULE_POSITION_ID inserts before it', async () => {
  const n = await net();
  assert.equal(nfTablesBatch(n, [
    ...base, rule({ id: 1 }, 1), rule({ id: 2 }, 2), rule({ id: 3 }, 3),
    { type: nftMsg(NFT_MSG_DELRULE), flags: 0, body: { family: 2, table: 't', chain: 'c', id: 2 } },
    rule({ positionId: 3 }, 4, NLM_F_CREATE),
    rule({ positionId: 1 }, 5),
  ]), null);
  assert.deepEqual(packets(n), [1, 5, 4, 3]);
  // An id lives as long as its batch.
  const r = nfTablesBatch(n, [{ type: nftMsg(NFT_MSG_DELRULE), flags: 0, body: { family: 2, table: 't', chain: 'c', id: 1 } }]);
  assert.equal(r?.err.errno, 'ENOENT');
  assert.deepEqual(packets(n), [1, 5, 4, 3]);
});

test('a batch reports every message that failed, and applies none of it', async () => {
  const n = await net();
  assert.equal(nfTablesBatch(n, base), null);
  const r = nfTablesBatch(n, [rule({}, 1), rule({ chain: 'nope' }, 2), rule({}, 3), rule({ positionId: 9 }, 4, NLM_F_CREATE)]);
  assert.deepEqual(r?.errors.map((e) => [e.index, e.err.errno]), [[1, 'ENOENT'], [3, 'ENOENT']]);
  assert.deepEqual(packets(n), []);
});
