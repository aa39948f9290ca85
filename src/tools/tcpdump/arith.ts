/**
 * pcap-filter(7) arithmetic: the binary operators of grammar.y's `arth`,
 * their precedence (`%left '|'`, `'&'`, `LSH RSH`, `'+' '-'`, `'*' '/' '%'`,
 * loosest first) and the BPF ALU operation each compiles to (gen_arth()).
 * Constant operands fold at compile time, as libpcap's optimizer folds them.
 * @libpcap grammar.y gencode.c gen_arth()
 */
import { BPF_ADD, BPF_AND, BPF_DIV, BPF_LSH, BPF_MOD, BPF_MUL, BPF_OR, BPF_RSH, BPF_SUB, BPF_XOR } from '../../uapi/linux/filter.js';

/** Binding strength of each operator (higher binds tighter). */
export const ARITH_PREC: Readonly<Record<string, number>> = {
  '|': 1, '^': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4, '*': 5, '/': 5, '%': 5,
};

/** The BPF_ALU operation of each operator. */
export const ARITH_ALU: Readonly<Record<string, number>> = {
  '|': BPF_OR, '^': BPF_XOR, '&': BPF_AND, '<<': BPF_LSH, '>>': BPF_RSH,
  '+': BPF_ADD, '-': BPF_SUB, '*': BPF_MUL, '/': BPF_DIV, '%': BPF_MOD,
};

/** Operators whose operands may swap (a load on the right moves left). */
export const ARITH_COMMUTES: ReadonlySet<string> = new Set(['|', '^', '&', '+', '*']);

/** `a OP b` on u32 values as the BPF ALU computes it (the caller refuses a 0 divisor). */
export function foldArith(op: string, a: number, b: number): number {
  switch (op) {
    case '|': return (a | b) >>> 0;
    case '^': return (a ^ b) >>> 0;
    case '&': return (a & b) >>> 0;
    case '<<': return b >= 32 ? 0 : (a << b) >>> 0;
    case '>>': return b >= 32 ? 0 : a >>> b;
    case '+': return (a + b) >>> 0;
    case '-': return (a - b) >>> 0;
    case '*': return Math.imul(a, b) >>> 0;
    case '/': return Math.floor(a / b) >>> 0;
    default: return (a % b) >>> 0;
  }
}
