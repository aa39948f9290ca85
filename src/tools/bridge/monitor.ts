/**
 * `bridge monitor link|fdb|mdb`: join RTNLGRP_LINK, RTNLGRP_NEIGH (the
 * bridges' fdb_notify()) and RTNLGRP_MDB and print every notification as
 * it comes, until killed. stdout is a stdio FILE: print_linkinfo() and
 * print_fdb() flush it after each message, the mdb
 * printer never does, so mdb lines go out a 4 KiB block at a time into a
 * file or a pipe, and what is still buffered when the monitor is killed is
 * lost (line by line on a terminal). Vlan and vni events (and `all`, the
 * default) are refused.
 * @iproute2 bridge/monitor.c do_monitor() accept_msg(), bridge/fdb.c print_fdb(), bridge/mdb.c print_mdb_mon()
 */
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELLINK, RTM_DELMDB, RTM_DELNEIGH, RTM_GETLINK, RTM_NEWLINK, RTM_NEWMDB, RTM_NEWNEIGH, RTNLGRP_LINK, RTNLGRP_MDB, RTNLGRP_NEIGH,
} from '../../uapi/linux/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { brPrintLinkinfo } from './link.js';
import type { BrFdbMsg, BrPortMsg } from '../../uapi/linux/if_bridge.js';
import { printFdb } from './fdb.js';
import { fail, matches, rtnlDump, type IpCtx } from '../ip/utils.js';
import { StdioFile } from '../lib/stdio.js';
import { printMdbMon } from './mdb.js';

const USAGE = 'Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]';

/** do_monitor(): the objects asked for (prefix matches, as monitor.c's matches()); link, fdb and mdb are watched. */
export async function doMonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  let mdb = false;
  let fdb = false;
  let link = false;
  let other = argv.length === 0;
  for (const a of argv) {
    if (matches(a, 'mdb')) mdb = true;
    else if (matches(a, 'fdb')) fdb = true;
    else if (matches(a, 'link')) link = true;
    else if (matches(a, 'vlan') || matches(a, 'vni') || matches(a, 'all') || matches(a, 'file')) other = true;
    else if (matches(a, 'help')) fail(ctx, USAGE, 255);
    else fail(ctx, `Argument "${a}" is unknown, try "bridge monitor help".`, 255);
  }
  if (other) {
    ctx.err('bridge monitor: only "link", "fdb" and "mdb" events are available in this lab (vlan, vni: not implemented)\n');
    return 1;
  }
  if (mdb) ctx.nl.addMembership(RTNLGRP_MDB);
  if (fdb) ctx.nl.addMembership(RTNLGRP_NEIGH);
  if (link) ctx.nl.addMembership(RTNLGRP_LINK);
  // ll_init_map(): the names and flags of the links there are now (never updated by the printing: a port's
  // peer made later is looked up once, its flags kept as they were then)
  for (const m of rtnlDump(ctx, RTM_GETLINK, { family: 0, index: 0 } satisfies IfInfoMsg)) ctx.ll.remember(m);
  const out = new StdioFile(ctx.p.stdout);
  const unkill = ctx.p.onKill?.(() => ctx.nl.close());
  const noFilter = { index: 0, vlan: 0, state: 0, dynamic: false };
  try {
    for (;;) {
      const msg = await ctx.nl.recv();
      if (!msg) return 0;
      const pr = ctx.newPrinter();
      // accept_msg()
      if (msg.type === RTM_NEWMDB || msg.type === RTM_DELMDB) {
        printMdbMon(ctx, pr, msg as NlMsg<BrPortMsg>);
        out.write(pr.take());
      } else if (msg.type === RTM_NEWLINK || msg.type === RTM_DELLINK) {
        // bridge/link.c print_linkinfo(), which ends with fflush(fp)
        brPrintLinkinfo(ctx, pr, msg as NlMsg<IfInfoMsg>, 0);
        out.write(pr.take());
        out.flush();
      } else if (msg.type === RTM_NEWNEIGH || msg.type === RTM_DELNEIGH) {
        // print_fdb() ends with fflush(fp)
        printFdb(ctx, pr, msg as NlMsg<BrFdbMsg>, noFilter);
        out.write(pr.take());
        out.flush();
      }
    }
  } finally {
    unkill?.();
  }
}
