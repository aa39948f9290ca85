/**
 * `bridge monitor link|fdb|mdb`: join RTNLGRP_LINK, RTNLGRP_NEIGH (the
 * bridges' fdb_notify()) and RTNLGRP_MDB and print every notification as
 * it comes, until killed. stdout is a stdio FILE: print_linkinfo() and
 * print_fdb() flush it after each message, the mdb
 * printer never does, so mdb lines go out a 4 KiB block at a time into a
 * file or a pipe, and what is still buffered when the monitor is killed is
 * lost (line by line on a terminal). With no object (every legacy group
 * but TC) or `all` (the same, with [LINK]/[NEIGH]/[MDB] banners) the other
 * groups' messages are ignored; vlan and vni join their groups, where tuxnet
 * announces nothing (as a kernel without VLAN filtering or vni filters).
 * `file` (a saved dump) is refused.
 * @iproute2 bridge/monitor.c do_monitor() accept_msg(), bridge/fdb.c print_fdb(), bridge/mdb.c print_mdb_mon()
 */
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELLINK, RTM_DELMDB, RTM_DELNEIGH, RTM_GETLINK, RTM_NEWLINK, RTM_NEWMDB, RTM_NEWNEIGH, RTNLGRP_LINK, RTNLGRP_MDB, RTNLGRP_NEIGH,
  RTNLGRP_TC,
} from '../../uapi/linux/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { brPrintLinkinfo } from './link.js';
import type { BrFdbMsg, BrPortMsg } from '../../uapi/linux/if_bridge.js';
import { printFdb } from './fdb.js';
import { fail, matches, rtnlDump, type IpCtx } from '../ip/utils.js';
import { StdioFile } from '../lib/stdio.js';
import { printMdbMon } from './mdb.js';

const USAGE = 'Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]';

/** ~RTMGRP_TC: every legacy group (1..32) but RTNLGRP_TC. */
const ALL_GROUPS = Array.from({ length: 32 }, (_, i) => i + 1).filter((g) => g !== RTNLGRP_TC);

/** do_monitor(): the objects asked for (prefix matches, as monitor.c's matches(); `vni` and `all` exactly). */
export async function doMonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  // `groups = ~RTMGRP_TC` unless an object word zeroes it; the objects' groups are added at the end.
  let every = true;
  const objs = new Set<number>();
  let banner = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, 'file')) {
      if (argv[++i] === undefined) fail(ctx, 'Command line is not complete. Try option "help"', 255);
      return fail(ctx, 'bridge monitor file: reading saved netlink messages is not implemented in tuxnet', 1);
    } else if (matches(a, 'link') || matches(a, 'fdb') || matches(a, 'mdb') || matches(a, 'vlan') || a === 'vni') {
      every = false;
      if (matches(a, 'link')) objs.add(RTNLGRP_LINK);
      else if (matches(a, 'fdb')) objs.add(RTNLGRP_NEIGH);
      else if (matches(a, 'mdb')) objs.add(RTNLGRP_MDB);
      // vlan: RTNLGRP_BRVLAN, vni: RTNLGRP_TUNNEL; no tuxnet code announces to them.
    } else if (a === 'all') {
      every = true;
      banner = true;
    } else if (matches(a, 'help')) fail(ctx, USAGE, 255);
    else fail(ctx, `Argument "${a}" is unknown, try "bridge monitor help".`, 255);
  }
  for (const g of new Set([...(every ? ALL_GROUPS : []), ...objs])) ctx.nl.addMembership(g);
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
        if (banner) out.write('[MDB]');
        printMdbMon(ctx, pr, msg as NlMsg<BrPortMsg>);
        out.write(pr.take());
      } else if (msg.type === RTM_NEWLINK || msg.type === RTM_DELLINK) {
        // bridge/link.c print_linkinfo(), which ends with fflush(fp); the banner goes out even when it prints nothing
        if (banner) out.write('[LINK]');
        brPrintLinkinfo(ctx, pr, msg as NlMsg<IfInfoMsg>, 0);
        out.write(pr.take());
        out.flush();
      } else if (msg.type === RTM_NEWNEIGH || msg.type === RTM_DELNEIGH) {
        // print_fdb() ends with fflush(fp); an IP neighbour leaves its [NEIGH] banner alone
        if (banner) out.write('[NEIGH]');
        printFdb(ctx, pr, msg as NlMsg<BrFdbMsg>, noFilter);
        out.write(pr.take());
        out.flush();
      }
    }
  } finally {
    unkill?.();
  }
}
