/**
 * Reading an extension's info (the decoded xt_*_info a rule carries): a
 * leaf module, so that the extensions /proc reads directly (xt_recent,
 * xt_hashlimit) do not pull x_tables.ts, which imports them all, in a cycle.
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';

/** A number of an extension's info (0 when unset). */
export const num = (info: XtInfo, k: string): number => {
  const v = info[k];
  return typeof v === 'number' ? v : 0;
};
