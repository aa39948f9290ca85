/**
 * The classic BPF interpreter over bytes: what the kernel runs for a socket
 * filter (net/core/filter.c) and libpcap runs on a savefile
 * (pcap_offline_filter(), bpf_filter.c). Classic semantics: a load outside
 * the packet ends the program with 0, so does a division by zero; loads
 * at SKF_AD_OFF and above read ancillary data through `anc`.
 * Allocation-free: the caller owns the scratch memory.
 * @linux net/core/filter.c, @libpcap bpf_filter.c
 */
import {
  BPF_A, BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_DIV, BPF_IMM, BPF_JA, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_JMP, BPF_JSET,
  BPF_K, BPF_LD, BPF_LDX, BPF_LEN, BPF_LSH, BPF_MEM, BPF_MISC, BPF_MOD, BPF_MSH, BPF_MUL, BPF_NEG, BPF_OR, BPF_RET,
  BPF_RSH, BPF_ST, BPF_STX, BPF_SUB, BPF_TAX, BPF_TXA, BPF_X, BPF_XOR, SKF_AD_OFF, bpfClass, bpfMiscop, bpfMode,
  bpfOp, bpfRval, bpfSize, bpfSrc, type SockFilter,
} from '../uapi/linux/filter.js';

/** The ancillary value for SKF_AD_OFF + `ad` (SKF_AD_PROTOCOL, SKF_AD_PKTTYPE...). */
export type BpfAncillary = (ad: number) => number;

/** A load of `size` bytes at `at` of b[off, off+len); -1 when out of the packet. */
function loadPkt(b: Uint8Array, off: number, len: number, at: number, size: number): number {
  if (at < 0 || at + size > len) return -1;
  const p = off + at;
  if (size === 1) return b[p]!;
  if (size === 2) return (b[p]! << 8) | b[p + 1]!;
  return ((b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0;
}

const SIZES = [4, 2, 1] as const;

/** One ALU operation; -1 for a division by zero. */
function alu(op: number, a: number, v: number): number {
  switch (op) {
    case BPF_ADD: return (a + v) >>> 0;
    case BPF_SUB: return (a - v) >>> 0;
    case BPF_MUL: return Math.imul(a, v) >>> 0;
    case BPF_DIV: return v === 0 ? -1 : Math.floor(a / v) >>> 0;
    case BPF_MOD: return v === 0 ? -1 : a % v;
    case BPF_OR: return (a | v) >>> 0;
    case BPF_AND: return (a & v) >>> 0;
    case BPF_XOR: return (a ^ v) >>> 0;
    case BPF_LSH: return v >= 32 ? 0 : (a << v) >>> 0;
    case BPF_RSH: return v >= 32 ? 0 : a >>> v;
    case BPF_NEG: return -a >>> 0;
    default: return -1;
  }
}

/** The conditional jumps' test. */
function jmpHit(op: number, a: number, v: number): boolean {
  return op === BPF_JEQ ? a === v : op === BPF_JGT ? a > v : op === BPF_JGE ? a >= v : op === BPF_JSET ? (a & v) !== 0 : false;
}

/**
 * bpf_filter(): run `insns` on b[off, off+len): how many bytes to keep
 * (0: refuse).
 */
export function bpfFilter(
  insns: readonly SockFilter[], mem: Uint32Array, b: Uint8Array, off: number, len: number, anc: BpfAncillary | null,
): number {
  let a = 0;
  let x = 0;
  for (let pc = 0; pc < insns.length; pc++) {
    const f = insns[pc]!;
    const code = f.code;
    const k = f.k;
    switch (bpfClass(code)) {
      case BPF_LD: {
        const mode = bpfMode(code);
        if (mode === BPF_IMM) a = k;
        else if (mode === BPF_MEM) a = mem[k]!;
        else if (mode === BPF_LEN) a = len;
        else {
          const anc0 = mode === BPF_ABS && k >= SKF_AD_OFF;
          const v = anc0 ? (anc ? anc((k - SKF_AD_OFF) >>> 0) : -1)
            : loadPkt(b, off, len, mode === BPF_ABS ? k : (x + k) >>> 0, SIZES[bpfSize(code) >> 3] ?? 4);
          if (v < 0) return 0;
          a = v;
        }
        break;
      }
      case BPF_LDX: {
        const mode = bpfMode(code);
        if (mode === BPF_IMM) x = k;
        else if (mode === BPF_MEM) x = mem[k]!;
        else if (mode === BPF_LEN) x = len;
        else if (mode === BPF_MSH) {
          const v = loadPkt(b, off, len, k, 1);
          if (v < 0) return 0;
          x = (v & 0xf) << 2;
        } else return 0;
        break;
      }
      case BPF_ST: mem[k] = a; break;
      case BPF_STX: mem[k] = x; break;
      case BPF_ALU: {
        const v = alu(bpfOp(code), a, bpfSrc(code) === BPF_X ? x : k);
        if (v < 0) return 0;
        a = v;
        break;
      }
      case BPF_JMP:
        if (bpfOp(code) === BPF_JA) pc += k;
        else pc += jmpHit(bpfOp(code), a, bpfSrc(code) === BPF_X ? x : k) ? f.jt : f.jf;
        break;
      case BPF_RET: return (bpfRval(code) === BPF_A ? a : bpfRval(code) === BPF_K ? k : x) >>> 0;
      case BPF_MISC:
        if (bpfMiscop(code) === BPF_TAX) x = a;
        else if (bpfMiscop(code) === BPF_TXA) a = x;
        break;
    }
  }
  return 0;
}
