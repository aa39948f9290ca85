/**
 * Classic BPF as userland hands it to SO_ATTACH_FILTER: struct sock_filter
 * instructions, the opcode fields and the ancillary-data offsets.
 * @linux include/uapi/linux/filter.h, include/uapi/linux/bpf_common.h
 */

/** struct sock_filter: one instruction. */
export interface SockFilter {
  readonly code: number;
  readonly jt: number;
  readonly jf: number;
  readonly k: number;
}

/** struct sock_fprog: the program (at most BPF_MAXINSNS instructions). */
export type SockFprog = readonly SockFilter[];

export const BPF_MAXINSNS = 4096;
/** BPF_MEMWORDS: the scratch memory M[0..15]. */
export const BPF_MEMWORDS = 16;

/* Instruction classes. */
export const BPF_LD = 0x00;
export const BPF_LDX = 0x01;
export const BPF_ST = 0x02;
export const BPF_STX = 0x03;
export const BPF_ALU = 0x04;
export const BPF_JMP = 0x05;
export const BPF_RET = 0x06;
export const BPF_MISC = 0x07;

/* ld/ldx fields. */
export const BPF_W = 0x00;
export const BPF_H = 0x08;
export const BPF_B = 0x10;
export const BPF_IMM = 0x00;
export const BPF_ABS = 0x20;
export const BPF_IND = 0x40;
export const BPF_MEM = 0x60;
export const BPF_LEN = 0x80;
export const BPF_MSH = 0xa0;

/* alu/jmp fields. */
export const BPF_ADD = 0x00;
export const BPF_SUB = 0x10;
export const BPF_MUL = 0x20;
export const BPF_DIV = 0x30;
export const BPF_OR = 0x40;
export const BPF_AND = 0x50;
export const BPF_LSH = 0x60;
export const BPF_RSH = 0x70;
export const BPF_NEG = 0x80;
export const BPF_MOD = 0x90;
export const BPF_XOR = 0xa0;
export const BPF_JA = 0x00;
export const BPF_JEQ = 0x10;
export const BPF_JGT = 0x20;
export const BPF_JGE = 0x30;
export const BPF_JSET = 0x40;
export const BPF_K = 0x00;
export const BPF_X = 0x08;

/* ret source, misc ops. */
export const BPF_A = 0x10;
export const BPF_TAX = 0x00;
export const BPF_TXA = 0x80;

export const bpfClass = (code: number): number => code & 0x07;
export const bpfSize = (code: number): number => code & 0x18;
export const bpfMode = (code: number): number => code & 0xe0;
export const bpfOp = (code: number): number => code & 0xf0;
export const bpfSrc = (code: number): number => code & 0x08;
export const bpfRval = (code: number): number => code & 0x18;
export const bpfMiscop = (code: number): number => code & 0xf8;

/** SKF_AD_OFF (-0x1000): loads at or above it read ancillary data, not the packet. */
export const SKF_AD_OFF = 0xfffff000;
export const SKF_AD_PROTOCOL = 0;
export const SKF_AD_PKTTYPE = 4;
export const SKF_AD_IFINDEX = 8;

/** SO_ATTACH_FILTER / SO_DETACH_FILTER (asm-generic/socket.h). */
export const SO_ATTACH_FILTER = 26;
export const SO_DETACH_FILTER = 27;
