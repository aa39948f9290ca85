/**
 * `bridge monitor mdb`: join RTNLGRP_MDB and print every mdb notification
 * as it comes, until killed. stdout is a stdio FILE that bridge never
 * flushes: into a file or a pipe the lines go out a 4 KiB block at a
 * time, and what is still buffered when the monitor is killed is lost
 * (line by line on a terminal). Only the mdb is watched here: link, fdb,
 * vlan and vni events (and `all`, the default) are refused.
 * @iproute2 bridge/monitor.c do_monitor() accept_msg(), bridge/mdb.c print_mdb_mon()
 */
import type { BrPortMsg } from '../../uapi/linux/if_bridge.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELMDB, RTM_NEWMDB, RTNLGRP_MDB } from '../../uapi/linux/rtnetlink.js';
import { fail, matches, type IpCtx } from '../ip/utils.js';
import { StdioFile } from '../lib/stdio.js';
import { printMdbMon } from './mdb.js';

const USAGE = 'Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]';

/** do_monitor(): the objects asked for (prefix matches, as monitor.c's matches()); only mdb is watched. */
export async function doMonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  let mdb = false;
  let other = argv.length === 0;
  for (const a of argv) {
    if (matches(a, 'mdb')) mdb = true;
    else if (matches(a, 'link') || matches(a, 'fdb') || matches(a, 'vlan') || matches(a, 'vni') || matches(a, 'all') || matches(a, 'file')) other = true;
    else if (matches(a, 'help')) fail(ctx, USAGE, 255);
    else fail(ctx, `Argument "${a}" is unknown, try "bridge monitor help".`, 255);
  }
  if (other) {
    ctx.err('bridge monitor: only "mdb" events are available in this lab (link, fdb, vlan, vni: not implemented)\n');
    return 1;
  }
  if (!mdb) return 0;
  ctx.nl.addMembership(RTNLGRP_MDB);
  const out = new StdioFile(ctx.p.stdout);
  const unkill = ctx.p.onKill?.(() => ctx.nl.close());
  try {
    for (;;) {
      const msg = await ctx.nl.recv();
      if (!msg) return 0;
      if (msg.type !== RTM_NEWMDB && msg.type !== RTM_DELMDB) continue;
      const pr = ctx.newPrinter();
      printMdbMon(ctx, pr, msg as NlMsg<BrPortMsg>);
      out.write(pr.take());
    }
  } finally {
    unkill?.();
  }
}
