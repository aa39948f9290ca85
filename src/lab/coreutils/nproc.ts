/**
 * nproc as coreutils 9.1 (src/nproc.c): the processing units available,
 * less --ignore=N (at least 1); OMP_NUM_THREADS and OMP_THREAD_LIMIT as
 * num_processors() reads them. The lab's hosts have the CPU count of the
 * machine transcripts are recorded on (2, as conntrack's per-CPU
 * statistics), for every namespace alike.
 */
import { NF_CT_NR_CPUS } from '../../net/netfilter/nf_conntrack_core.js';
import type { Cmd } from './common.js';
import { xstrtoumax } from './num.js';
import { quote } from './quote.js';

const NPROC_LONG = [
  { name: 'all', arg: 0, key: 'a' },
  { name: 'ignore', arg: 1, key: 'i' },
] as const;

/** parse_omp_threads(): a leading number, or 0. */
function ompValue(v: string | undefined): number {
  const m = /^[\s]*\+?(\d+)/.exec(v ?? '');
  return m ? Number(m[1]) : 0;
}

export async function nproc(c: Cmd): Promise<number> {
  const o = c.options({ short: '', long: NPROC_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length > 0) return c.usage(`extra operand ${quote(o.operands[0]!)}`, 1);
  let ignore = 0;
  for (const x of o.opts) {
    if (x.key !== 'i') continue;
    const v = xstrtoumax(x.arg!, '');
    if (v === 'invalid') {
      c.error(`invalid number: ${quote(x.arg!)}`);
      return 1;
    }
    ignore = v === 'overflow' ? Infinity : Number(v);
  }
  let n = NF_CT_NR_CPUS;
  if (!o.has('a')) {
    const threads = ompValue(c.p.env.get('OMP_NUM_THREADS'));
    const limit = ompValue(c.p.env.get('OMP_THREAD_LIMIT')) || Infinity;
    n = Math.min(threads || n, limit);
  }
  c.out(`${Math.max(1, n - ignore)}\n`);
  return 0;
}
