/**
 * Socket filters: a classic BPF program attached with SO_ATTACH_FILTER runs
 * on each packet a socket would receive; its return value is how many bytes
 * to keep (0: the socket does not see the packet). Linux converts the
 * classic program to eBPF; tuxnet interprets the classic one directly, with
 * the classic semantics (a load out of the packet ends the program with 0,
 * a division by zero returns 0).
 * @linux net/core/filter.c bpf_check_classic() sk_filter_trim_cap() sk_attach_filter()
 */
import type { SkBuff } from './skbuff.js';
import type { Errno } from './errno.js';
import {
  BPF_ALU, BPF_DIV, BPF_JA, BPF_JMP, BPF_LD, BPF_LDX, BPF_MAXINSNS, BPF_MEM, BPF_MEMWORDS, BPF_MOD, BPF_RET, BPF_ST,
  BPF_STX, BPF_K, SKF_AD_IFINDEX, SKF_AD_PKTTYPE, SKF_AD_PROTOCOL, bpfClass, bpfMode, bpfOp, bpfSrc, type SockFilter,
  type SockFprog,
} from '../../uapi/linux/filter.js';
import { bpfFilter } from '../../wire/bpf.js';

/** struct sk_filter: the checked program and its scratch memory (reused: a run allocates nothing). */
export class SkFilter {
  readonly mem = new Uint32Array(BPF_MEMWORDS);
  /** The skb being filtered, for the ancillary loads. */
  skb: SkBuff | null = null;
  /** SKF_AD_PROTOCOL, SKF_AD_PKTTYPE, SKF_AD_IFINDEX of the skb being filtered (bound once: no closure per packet). */
  readonly anc = (ad: number): number => {
    const skb = this.skb;
    if (!skb) return -1;
    switch (ad) {
      case SKF_AD_PROTOCOL: return skb.protocol;
      case SKF_AD_PKTTYPE: return skb.pktType;
      case SKF_AD_IFINDEX: return skb.dev?.ifindex ?? 0;
      default: return 0;
    }
  };
  constructor(readonly insns: readonly SockFilter[]) {}
}

/**
 * bpf_check_classic(): 1..BPF_MAXINSNS instructions, known opcodes, no
 * constant division by zero, scratch memory indexes in range, jumps
 * forward and inside the program, and a return as the last instruction.
 */
export function bpfCheckClassic(prog: SockFprog): Errno | null {
  const n = prog.length;
  if (n === 0 || n > BPF_MAXINSNS) return 'EINVAL';
  for (let pc = 0; pc < n; pc++) {
    const f = prog[pc]!;
    const cls = bpfClass(f.code);
    if ((cls === BPF_LD || cls === BPF_LDX) && bpfMode(f.code) === BPF_MEM && f.k >= BPF_MEMWORDS) return 'EINVAL';
    if ((cls === BPF_ST || cls === BPF_STX) && f.k >= BPF_MEMWORDS) return 'EINVAL';
    if (cls === BPF_ALU && bpfSrc(f.code) === BPF_K && (bpfOp(f.code) === BPF_DIV || bpfOp(f.code) === BPF_MOD) && f.k === 0) {
      return 'EINVAL';
    }
    if (cls === BPF_JMP) {
      const far = bpfOp(f.code) === BPF_JA ? f.k : Math.max(f.jt, f.jf);
      if (pc + 1 + far >= n) return 'EINVAL';
    }
  }
  return bpfClass(prog[n - 1]!.code) === BPF_RET ? null : 'EINVAL';
}

/** sk_attach_filter(): check and wrap a program. */
export function skAttachFilter(prog: SockFprog): SkFilter | Errno {
  const err = bpfCheckClassic(prog);
  return err ?? new SkFilter(prog.map((f) => ({ code: f.code & 0xffff, jt: f.jt & 0xff, jf: f.jf & 0xff, k: f.k >>> 0 })));
}

/**
 * sk_filter_trim_cap() / bpf_prog_run() of a classic program on skb (data
 * from skb.data, as the socket sees it): the bytes to keep, 0 to refuse.
 * The ancillary loads read the skb (convert_bpf_extensions()).
 */
export function bpfRunClassic(fp: SkFilter, skb: SkBuff): number {
  fp.skb = skb;
  const r = bpfFilter(fp.insns, fp.mem, skb.buf, skb.data, skb.len, fp.anc);
  fp.skb = null;
  return r;
}
