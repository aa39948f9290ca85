/**
 * The userland end of nf_tables for iptables-nft and nft: a
 * NETLINK_NETFILTER socket, the cache of tables/chains/rules read by dumps,
 * and batches sent as one transaction.
 * @iptables iptables/nft.c (struct nft_handle, nft_commit), libnftnl
 */
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { Errno } from '../../net/core/errno.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import {
  NETLINK_NETFILTER, NFNL_MSG_BATCH_BEGIN, NFT_MSG_GETCHAIN, NFT_MSG_GETRULE, NFT_MSG_GETRULE_RESET, NFT_MSG_GETSET,
  NFT_MSG_GETTABLE, nftMsg,
  type NfnlBatchItem, type NfnlBatchMsg, type NftChainMsg, type NftRuleMsg, type NftSetMsg, type NftTableMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';

export interface BatchError {
  readonly index: number;
  readonly errno: Errno;
  /** The message that failed. */
  readonly item: NfnlBatchItem;
}

export class NftHandle {
  private readonly nl: NetlinkSock;
  readonly batch: NfnlBatchItem[] = [];

  constructor(readonly net: Net) {
    this.nl = new NetlinkSock(net, NETLINK_NETFILTER);
  }

  close(): void {
    this.nl.close();
  }

  private dump<T>(type: number, filter: { family?: number; table?: string; chain?: string }): T[] {
    const r = this.nl.request(nftMsg(type), NLM_F_REQUEST | NLM_F_DUMP, filter);
    return r.msgs.map((m) => m.body as T);
  }

  tables(family?: number): NftTableMsg[] {
    return this.dump<NftTableMsg>(NFT_MSG_GETTABLE, { family });
  }

  chains(family: number, table?: string): NftChainMsg[] {
    return this.dump<NftChainMsg>(NFT_MSG_GETCHAIN, { family, table });
  }

  rules(family: number, table?: string, chain?: string, reset = false): NftRuleMsg[] {
    return this.dump<NftRuleMsg>(reset ? NFT_MSG_GETRULE_RESET : NFT_MSG_GETRULE, { family, table, chain });
  }

  sets(family: number, table?: string): NftSetMsg[] {
    return this.dump<NftSetMsg>(NFT_MSG_GETSET, { family, table });
  }

  add(type: number, flags: number, body: NfnlBatchItem['body']): number {
    this.batch.push({ type: nftMsg(type), flags: flags | NLM_F_REQUEST, body });
    return this.batch.length - 1;
  }

  /** nft_commit(): send the batch; null when every message applied, else the first message that failed. */
  commit(): BatchError | null {
    return this.commitAll()[0] ?? null;
  }

  /** mnl_batch_talk(): send the batch; every message that failed (none when it applied), in batch order. */
  commitAll(): BatchError[] {
    if (this.batch.length === 0) return [];
    const msgs = this.batch.splice(0);
    const body: NfnlBatchMsg = { msgs };
    const r = this.nl.request(NFNL_MSG_BATCH_BEGIN, NLM_F_REQUEST, body);
    if (r.ack.error === null) return [];
    if (r.msgs.length === 0) return [{ index: 0, errno: r.ack.error, item: msgs[0]! }];
    return r.msgs.map((m) => ({ index: m.seq, errno: (m.body as { errno?: Errno }).errno ?? r.ack.error!, item: msgs[m.seq]! }));
  }
}
