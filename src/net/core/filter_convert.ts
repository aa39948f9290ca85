/**
 * What a classic socket filter costs its socket: Linux translates it to
 * eBPF (bpf_convert_filter()) and charges the translated program to
 * sk_omem_alloc (sk_filter_charge(): bpf_prog_size()), which ss -m shows
 * as `o`. tuxnet runs the classic program itself; this counts the eBPF
 * instructions the translation would emit, as x86-64 does (unaligned loads
 * allowed: packet loads at a constant offset get the fast path).
 * @linux net/core/filter.c bpf_convert_filter() convert_bpf_ld_abs() convert_bpf_extensions(), include/linux/filter.h bpf_prog_size()
 */
import {
  BPF_ABS, BPF_ALU, BPF_B, BPF_DIV, BPF_H, BPF_IND, BPF_JA, BPF_JMP, BPF_JSET, BPF_K, BPF_LD, BPF_LDX, BPF_MOD, BPF_MSH, BPF_RET, BPF_W,
  BPF_X, SKF_AD_OFF, bpfClass, bpfMode, bpfOp, bpfRval, bpfSize, bpfSrc, type SockFilter,
} from '../../uapi/linux/filter.js';

/** offsetof(struct bpf_prog, insns) on x86-64 Linux 6.x; each eBPF instruction is 8 bytes. */
const BPF_PROG_HEAD = 96;

/** convert_bpf_extensions(): the eBPF instructions of each SKF_AD_* load (SKF_AD_OFF + index). */
const EXTENSION_LEN: ReadonlyMap<number, number> = new Map([
  [0, 2] /* PROTOCOL */, [4, 2] /* PKTTYPE */, [8, 4] /* IFINDEX */, [12, 4] /* NLATTR */, [16, 4] /* NLATTR_NEST */,
  [20, 1] /* MARK */, [24, 1] /* QUEUE */, [28, 4] /* HATYPE */, [32, 1] /* RXHASH */, [36, 4] /* CPU */,
  [40, 1] /* ALU_XOR_X */, [44, 1] /* VLAN_TAG */, [48, 3] /* VLAN_TAG_PRESENT */, [52, 4] /* PAY_OFFSET */,
  [56, 4] /* RANDOM */, [60, 2] /* VLAN_TPID */,
]);

/** convert_bpf_ld_abs(): a constant offset's inline load (with its bounds check) before the helper call every load has. */
function ldAbsLen(code: number, k: number): number {
  const offset = k | 0;
  const indirect = bpfMode(code) === BPF_IND;
  const endian = bpfSize(code) === BPF_H || bpfSize(code) === BPF_W;
  let n = 0;
  if (!indirect && offset >= 0) n += 1 + (offset ? 1 : 0) + 1 + (offset <= 0x7fff ? 1 : 3) + (endian ? 1 : 0) + 1;
  // The helper: three argument moves, the offset (or X, plus K), the call, the error check.
  return n + 3 + (indirect ? 1 + (k ? 1 : 0) : 1) + 1 + 3;
}

/** The eBPF instructions one classic instruction becomes; sets ldAbs.seen for a packet load. */
function insnLen(f: SockFilter, ldAbs: { seen: boolean }): number {
  const cls = bpfClass(f.code);
  if (cls === BPF_ALU) return bpfSrc(f.code) === BPF_X && (bpfOp(f.code) === BPF_DIV || bpfOp(f.code) === BPF_MOD) ? 5 : 1;
  if (cls === BPF_LD && (bpfMode(f.code) === BPF_ABS || bpfMode(f.code) === BPF_IND)) {
    const ext = bpfMode(f.code) === BPF_ABS && f.k >= SKF_AD_OFF ? EXTENSION_LEN.get(f.k - SKF_AD_OFF) : undefined;
    if (ext !== undefined) return ext;
    ldAbs.seen = true;
    return ldAbsLen(f.code, f.k);
  }
  if (cls === BPF_LDX && bpfMode(f.code) === BPF_MSH) {
    ldAbs.seen = true;
    // X = A, the byte load, A &= 0xf, A <<= 2, then X and A swapped through tmp.
    return 1 + ldAbsLen(BPF_LD | BPF_ABS | BPF_B, f.k) + 5;
  }
  if (cls === BPF_JMP) {
    if (bpfOp(f.code) === BPF_JA) return 1;
    const tmp = bpfSrc(f.code) === BPF_K && (f.k | 0) < 0 ? 1 : 0;
    // One conditional jump when a branch falls through (JSET only on its false side), else a jump and a JA.
    const single = f.jf === 0 || (f.jt === 0 && bpfOp(f.code) !== BPF_JSET);
    return tmp + (single ? 1 : 2);
  }
  if (cls === BPF_RET) return bpfRval(f.code) === BPF_K ? 2 : 1;
  return 1;
}

/** bpf_convert_filter()'s length: the prologue (zeroed A and X, the context, and the packet pointers when it loads) and each instruction. */
export function bpfConvertFilterLen(prog: readonly SockFilter[]): number {
  const ldAbs = { seen: false };
  let n = 3;
  for (const f of prog) n += insnLen(f, ldAbs);
  return ldAbs.seen ? n + 4 : n;
}

/** sk_filter_charge(): bpf_prog_size() of the translated program. */
export function skFilterCharge(prog: readonly SockFilter[]): number {
  return BPF_PROG_HEAD + 8 * bpfConvertFilterLen(prog);
}
