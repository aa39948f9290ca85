/**
 * fib_select_default(): among equal default routes through gateways, skip
 * one whose gateway's neighbour looks dead and remember the choice.
 * @linux net/ipv4/fib_semantics.c fib_select_default(), fib_detect_death()
 */
import type { Net } from '../core/net_namespace.js';
import type { FibResult, FibAlias } from './fib_trie.js';
import type { FibInfo } from './fib_semantics.js';
import { RTN_UNICAST, RT_SCOPE_LINK, RTNH_F_DEAD } from './fib_types.js';
import { neighLookupNoref, NUD_INCOMPLETE, NUD_REACHABLE, NUD_VALID } from '../core/neighbour.js';
import { arpTbl } from './arp.js';

/** fib_detect_death(): true when `fi`'s gateway should be avoided. */
function fibDetectDeath(net: Net, fi: FibInfo, order: number, st: { lastResort: FibInfo | null; lastIdx: number }, dflt: number): boolean {
  const nh = fi.nhs[0]!;
  const tbl = arpTbl(net);
  const n = nh.dev ? neighLookupNoref(tbl, nh.gw, nh.dev) : null;
  if (!n) return false;
  const state = n.nudState;
  if (state === NUD_REACHABLE) return false;
  if (state & NUD_VALID && order !== dflt) return false;
  if (state & NUD_VALID || (st.lastIdx < 0 && order > dflt && state !== NUD_INCOMPLETE)) {
    st.lastResort = fi;
    st.lastIdx = order;
  }
  return true;
}

/** The default routes of the result's leaf that compete with it, kernel order. */
export function fibSelectDefault(net: Net, tos: number, res: FibResult, leaf: readonly FibAlias[]): void {
  const tbId = res.alias.tbId;
  const st = { lastResort: null as FibInfo | null, lastIdx: -1 };
  let fi: FibInfo | null = null;
  let order = -1;
  let fa1: FibAlias | null = null;
  let lastPrio = res.alias.fi.priority;
  let lastTos = 0;
  const assign = (f: FibInfo): void => {
    const fa = leaf.find((a) => a.fi === f);
    if (fa) res.alias = fa;
    res.nhSel = 0;
  };
  for (const fa of leaf) {
    const next = fa.fi;
    if (fa.plen !== 0 || (fa.tos && fa.tos !== (tos & 0x1c)) || fa.tbId !== tbId) continue;
    if (next.priority > lastPrio && fa.tos === lastTos) {
      if (lastTos) continue;
      break;
    }
    if (next.flags & RTNH_F_DEAD) continue;
    lastTos = fa.tos;
    lastPrio = next.priority;
    if (next.scope !== res.alias.fi.scope || fa.type !== RTN_UNICAST) continue;
    const nh = next.nhs[0]!;
    if (!nh.gw || nh.scope !== RT_SCOPE_LINK) continue;
    if (!fi) {
      if (next !== res.alias.fi) break;
      fa1 = fa;
    } else if (!fibDetectDeath(net, fi, order, st, fa1!.faDefault ?? -1)) {
      assign(fi);
      fa1!.faDefault = order;
      return;
    }
    fi = next;
    order++;
  }
  if (order <= 0 || !fi) {
    if (fa1) fa1.faDefault = -1;
    return;
  }
  if (!fibDetectDeath(net, fi, order, st, fa1!.faDefault ?? -1)) {
    assign(fi);
    fa1!.faDefault = order;
    return;
  }
  if (st.lastIdx >= 0 && st.lastResort) assign(st.lastResort);
  fa1!.faDefault = st.lastIdx;
}
