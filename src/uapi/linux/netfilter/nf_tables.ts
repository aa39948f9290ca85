/**
 * nf_tables over nfnetlink, as userland and the kernel share it. Messages
 * travel decoded (see uapi/linux/netlink.ts): each NFTA_* attribute is an
 * optional field of the body; an expression is its NFTA_EXPR_NAME plus the
 * attributes of that expression type.
 * @linux include/uapi/linux/netfilter/nf_tables.h, include/uapi/linux/netfilter/nfnetlink.h
 */

export const NETLINK_NETFILTER = 12;

/** nfnetlink subsystems: nlmsg_type = subsys << 8 | msg. */
export const NFNL_SUBSYS_NFTABLES = 10;
export const NFNL_MSG_BATCH_BEGIN = 0x10;
export const NFNL_MSG_BATCH_END = 0x11;

/** enum nf_tables_msg_types */
export const NFT_MSG_NEWTABLE = 0;
export const NFT_MSG_GETTABLE = 1;
export const NFT_MSG_DELTABLE = 2;
export const NFT_MSG_NEWCHAIN = 3;
export const NFT_MSG_GETCHAIN = 4;
export const NFT_MSG_DELCHAIN = 5;
export const NFT_MSG_NEWRULE = 6;
export const NFT_MSG_GETRULE = 7;
export const NFT_MSG_DELRULE = 8;
export const NFT_MSG_NEWSET = 9;
export const NFT_MSG_GETSET = 10;
export const NFT_MSG_DELSET = 11;
export const NFT_MSG_NEWSETELEM = 12;
export const NFT_MSG_GETSETELEM = 13;
export const NFT_MSG_DELSETELEM = 14;
export const NFT_MSG_NEWGEN = 15;
export const NFT_MSG_GETGEN = 16;
export const NFT_MSG_GETRULE_RESET = 25;

/** nfnl message type of an nf_tables message. */
export const nftMsg = (m: number): number => (NFNL_SUBSYS_NFTABLES << 8) | m;

/** enum nft_registers: the verdict register, four 16-byte registers, sixteen 4-byte ones. */
export const NFT_REG_VERDICT = 0;
export const NFT_REG_1 = 1;
export const NFT_REG_2 = 2;
export const NFT_REG_3 = 3;
export const NFT_REG_4 = 4;
export const NFT_REG32_00 = 8;
export const NFT_REG32_15 = 23;

/** enum nft_verdicts (negative: internal to nf_tables). */
export const NFT_CONTINUE = -1;
export const NFT_BREAK = -2;
export const NFT_JUMP = -3;
export const NFT_GOTO = -4;
export const NFT_RETURN = -5;

/** enum nft_chain_flags */
export const NFT_CHAIN_BASE = 1;
export const NFT_CHAIN_HW_OFFLOAD = 2;
export const NFT_CHAIN_BINDING = 4;

/** enum nft_cmp_ops */
export const NFT_CMP_EQ = 0;
export const NFT_CMP_NEQ = 1;
export const NFT_CMP_LT = 2;
export const NFT_CMP_LTE = 3;
export const NFT_CMP_GT = 4;
export const NFT_CMP_GTE = 5;

/** enum nft_range_ops */
export const NFT_RANGE_EQ = 0;
export const NFT_RANGE_NEQ = 1;

/** enum nft_payload_bases */
export const NFT_PAYLOAD_LL_HEADER = 0;
export const NFT_PAYLOAD_NETWORK_HEADER = 1;
export const NFT_PAYLOAD_TRANSPORT_HEADER = 2;

/** enum nft_meta_keys */
export const NFT_META_LEN = 0;
export const NFT_META_PROTOCOL = 1;
export const NFT_META_PRIORITY = 2;
export const NFT_META_MARK = 3;
export const NFT_META_IIF = 4;
export const NFT_META_OIF = 5;
export const NFT_META_IIFNAME = 6;
export const NFT_META_OIFNAME = 7;
export const NFT_META_IIFTYPE = 8;
export const NFT_META_OIFTYPE = 9;
export const NFT_META_NFPROTO = 15;
export const NFT_META_L4PROTO = 16;
export const NFT_META_PKTTYPE = 19;

/** enum nft_reject_types, nft_reject_inet_code */
export const NFT_REJECT_ICMP_UNREACH = 0;
export const NFT_REJECT_TCP_RST = 1;
export const NFT_REJECT_ICMPX_UNREACH = 2;

/** enum nft_limit_type, NFT_LIMIT_F_INV */
export const NFT_LIMIT_PKTS = 0;
export const NFT_LIMIT_PKT_BYTES = 1;
export const NFT_LIMIT_F_INV = 1;

/** enum nft_lookup_flags */
export const NFT_LOOKUP_F_INV = 1;

/** enum nft_set_flags */
export const NFT_SET_ANONYMOUS = 0x1;
export const NFT_SET_CONSTANT = 0x2;
export const NFT_SET_INTERVAL = 0x4;
export const NFT_SET_MAP = 0x8;
export const NFT_SET_TIMEOUT = 0x10;
/** NFT_SET_EVAL: updated from the packet path (nft's "dynamic"). */
export const NFT_SET_EVAL = 0x20;
/** enum nft_dynset_ops */
export const NFT_DYNSET_OP_ADD = 0;
export const NFT_DYNSET_OP_UPDATE = 1;

/** NFTA_VERDICT_*: a verdict with the chain of a jump or goto. */
export interface NftVerdict {
  readonly code: number;
  readonly chain?: string;
}

/** struct nft_data: a value or a verdict (NFTA_DATA_VALUE / NFTA_DATA_VERDICT). */
export type NftDataValue = Uint8Array;

/** The expressions, by NFTA_EXPR_NAME, with their NFTA_<TYPE>_* attributes. */
export type NftExprMsg =
  | { readonly name: 'payload'; readonly base: number; readonly offset: number; readonly len: number; readonly dreg: number }
  | { readonly name: 'meta'; readonly key: number; readonly dreg?: number; readonly sreg?: number }
  | { readonly name: 'cmp'; readonly sreg: number; readonly op: number; readonly data: NftDataValue }
  | { readonly name: 'bitwise'; readonly sreg: number; readonly dreg: number; readonly len: number; readonly mask: NftDataValue; readonly xor: NftDataValue }
  | { readonly name: 'range'; readonly sreg: number; readonly op: number; readonly from: NftDataValue; readonly to: NftDataValue }
  | { readonly name: 'immediate'; readonly dreg: number; readonly data?: NftDataValue; readonly verdict?: NftVerdict }
  | { readonly name: 'counter'; readonly packets?: bigint; readonly bytes?: bigint }
  | { readonly name: 'limit'; readonly rate: bigint; readonly unit: bigint; readonly burst: number; readonly type: number; readonly flags: number }
  | { readonly name: 'log'; readonly prefix?: string; readonly level?: number; readonly flags?: number; readonly group?: number; readonly snaplen?: number; readonly qthreshold?: number }
  | { readonly name: 'reject'; readonly type: number; readonly code: number }
  /** NFTA_DYNSET_*: add or update the key of sreg in the set, with a timeout (ms) for the new element. */
  | { readonly name: 'dynset'; readonly op: number; readonly sreg: number; readonly set: string; readonly timeout?: number }
  | { readonly name: 'lookup'; readonly sreg: number; readonly set: string; readonly flags: number; readonly setId?: number; readonly dreg?: number }
  | { readonly name: 'match'; readonly xtName: string; readonly rev: number; readonly info: XtInfo }
  | { readonly name: 'target'; readonly xtName: string; readonly rev: number; readonly info: XtInfo }
  /** NFTA_NAT_*: type NFT_NAT_SNAT/DNAT, the registers holding the address and port bounds, NF_NAT_RANGE_* flags. */
  | { readonly name: 'nat'; readonly type: number; readonly family: number; readonly sregAddrMin?: number; readonly sregAddrMax?: number; readonly sregProtoMin?: number; readonly sregProtoMax?: number; readonly flags?: number }
  /** NFTA_MASQ_* / NFTA_REDIR_* */
  | { readonly name: 'masq' | 'redir'; readonly flags?: number; readonly sregProtoMin?: number; readonly sregProtoMax?: number }
  /** NFTA_CT_*: a load (dreg) or, for the mark, a store (sreg); dir for the tuple keys. */
  | { readonly name: 'ct'; readonly key: number; readonly dreg?: number; readonly sreg?: number; readonly dir?: number }
  | { readonly name: 'notrack' }
  /** NFTA_FIB_*: the lookup's keys (NFTA_FIB_F_*) and what it stores (NFT_FIB_RESULT_*). */
  | { readonly name: 'fib'; readonly dreg: number; readonly result: number; readonly flags: number };

/** enum nft_fib_result */
export const NFT_FIB_RESULT_OIF = 1;
export const NFT_FIB_RESULT_OIFNAME = 2;
export const NFT_FIB_RESULT_ADDRTYPE = 3;
/** enum nft_fib_flags */
export const NFTA_FIB_F_SADDR = 1 << 0;
export const NFTA_FIB_F_DADDR = 1 << 1;
export const NFTA_FIB_F_MARK = 1 << 2;
export const NFTA_FIB_F_IIF = 1 << 3;
export const NFTA_FIB_F_OIF = 1 << 4;
export const NFTA_FIB_F_PRESENT = 1 << 5;

/** enum nft_nat_types */
export const NFT_NAT_SNAT = 0;
export const NFT_NAT_DNAT = 1;

/** The opaque blob of an x_tables match or target (NFTA_MATCH_INFO), as a typed record. */
export type XtInfo = Readonly<Record<string, number | string | boolean | readonly number[]>>;

/** NFTA_TABLE_* */
export interface NftTableMsg {
  readonly family: number;
  readonly name?: string;
  readonly flags?: number;
  readonly handle?: bigint;
  readonly use?: number;
}

/** NFTA_CHAIN_* with NFTA_HOOK_* */
export interface NftChainMsg {
  readonly family: number;
  readonly table: string;
  readonly name?: string;
  readonly handle?: bigint;
  readonly newName?: string;
  readonly hook?: { readonly hooknum: number; readonly priority: number };
  /** NFTA_CHAIN_POLICY: NF_ACCEPT or NF_DROP. */
  readonly policy?: number;
  readonly type?: string;
  readonly counters?: { readonly packets: bigint; readonly bytes: bigint };
  readonly use?: number;
  readonly flags?: number;
}

/** NFTA_RULE_* */
export interface NftRuleMsg {
  readonly family: number;
  readonly table: string;
  readonly chain: string;
  readonly handle?: bigint;
  /** NFTA_RULE_POSITION: insert after (append) / before (insert) this handle. */
  readonly position?: bigint;
  /** NFTA_RULE_ID: names a rule of this batch for later messages of the same batch (set by nftnl when one refers to it). */
  id?: number;
  /** NFTA_RULE_POSITION_ID: as POSITION, of a rule added earlier in the same batch (its NFTA_RULE_ID). */
  readonly positionId?: number;
  readonly exprs?: readonly NftExprMsg[];
  readonly userdata?: string;
  /** NFTA_RULE_COMPAT: the protocol x_tables extensions check against (NFTA_RULE_COMPAT_PROTO/FLAGS). */
  readonly compat?: { readonly proto: number; readonly invflags: number };
}

/** NFTA_SET_* and its elements (NFTA_SET_ELEM_LIST_*), sent together. */
export interface NftSetMsg {
  readonly family: number;
  readonly table: string;
  readonly name: string;
  readonly flags: number;
  readonly keyType: number;
  readonly keyLen: number;
  readonly id?: number;
  readonly elems?: readonly NftSetElemMsg[];
  /** NFTA_SET_DATA_TYPE / _LEN of a map (NFT_DATA_VERDICT for a verdict map). */
  readonly dataType?: number;
  /** NFTA_SET_TIMEOUT (ms): the default timeout of the elements of a set with NFT_SET_TIMEOUT. */
  readonly timeout?: number;
  /** NFTA_SET_DESC_SIZE: the most elements the set holds (0: no bound). */
  readonly size?: number;
  readonly dataLen?: number;
}

/** NFTA_SET_ELEM_KEY, _KEY_END, _DATA (a verdict of a verdict map, the value of a data map). */
export interface NftSetElemMsg {
  readonly key: NftDataValue;
  readonly keyEnd?: NftDataValue;
  readonly verdict?: NftVerdict;
  readonly data?: NftDataValue;
  /** NFTA_SET_ELEM_TIMEOUT (ms), NFTA_SET_ELEM_EXPIRATION (ms left, in dumps). */
  readonly timeout?: number;
  readonly expiration?: number;
}

/** NFT_DATA_VERDICT: the data type of a verdict map. */
export const NFT_DATA_VERDICT = 0xffffff00;

/** One message of a batch. */
export interface NfnlBatchItem {
  readonly type: number;
  readonly flags: number;
  readonly body: NftTableMsg | NftChainMsg | NftRuleMsg | NftSetMsg;
}

/** NFNL_MSG_BATCH_BEGIN ... END: the messages of one transaction, all or nothing. */
export interface NfnlBatchMsg {
  readonly family?: number;
  readonly msgs: readonly NfnlBatchItem[];
}
