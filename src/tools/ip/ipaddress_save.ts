/**
 * `ip address save|restore|showdump`: the binary address dump of iproute2,
 * a 32-bit magic then the kernel's RTM_NEWADDR messages as they came. Only
 * `dev` narrows a save (the dump request's ifa_index); the other selectors
 * are parsed, and checked, but filter nothing.
 * @iproute2 ip/ipaddress.c ipadd_save_prep(), ipadd_dump_check_magic(), save_nlmsg(),
 *           show_handler(), ipaddr_showdump(), restore_handler(), ipaddr_restore(),
 *           ipaddr_list_flush_or_save(IPADD_SAVE)
 */
import { decodeBytes, encodeBytes } from '../../lab/bytes.js';
import { RTM_DELADDR, RTM_GETADDR, RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { ifaddrmsgFromBytes, ifaddrmsgToBytes } from '../../uapi/linux/ifaddrmsg_wire.js';
import { AF_INET, AF_INET6, rtnlDump, type IpCtx } from './utils.js';
import { PRINT_ANY, PRINT_JSON } from './json_print.js';
import { printAddrinfo } from './print_addr.js';
import { checkDumpMagic, restoreTalk, rtnlFromFile, saveDumpPrep } from './iproute_save.js';


/** ipadd_dump_magic */
const IPADD_DUMP_MAGIC = 0x47361222;

/** struct nlmsghdr + struct ifaddrmsg: a shorter message is a BUG for print_addrinfo(). */
const IFADDR_MSG_MIN = 24;

/**
 * ipaddr_list_flush_or_save(IPADD_SAVE): the magic, then every address of
 * the family (-4/-6) on the device `ifindex` (0: all) byte for byte.
 */
export function ipaddrSave(ctx: IpCtx, ifindex: number): number {
  if (!saveDumpPrep(ctx, IPADD_DUMP_MAGIC)) return 1;
  const fam = ctx.opts.family;
  const family = fam === AF_INET || fam === AF_INET6 ? fam : 0;
  const msgs = rtnlDump(ctx, RTM_GETADDR, { family, prefixlen: 0, index: ifindex } satisfies IfAddrMsg) as NlMsg<IfAddrMsg>[];
  for (const m of msgs) ctx.out(decodeBytes(ifaddrmsgToBytes(m)));
  return 0;
}

/**
 * ipaddr_showdump(): each message as "ifN:" then print_addrinfo() with no
 * filter (so no "N: dev" prefix even with -oneline); -j gives one object
 * holding the addr_info array.
 */
export async function ipaddrShowdump(ctx: IpCtx): Promise<number> {
  const b = encodeBytes(await ctx.p.stdin.readAll());
  if (!checkDumpMagic(ctx, b, IPADD_DUMP_MAGIC, 'address')) return 255;
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  pr.openJsonObject();
  pr.openJsonArray(PRINT_JSON, 'addr_info');
  const err = rtnlFromFile(ctx, b, (raw) => {
    const n = ifaddrmsgFromBytes(raw);
    pr.openJsonObject();
    pr.number(PRINT_ANY, 'index', 'if%d:', n.body.index);
    pr.nl();
    let ret = 0;
    if (raw.length < IFADDR_MSG_MIN) {
      ctx.out(pr.take());
      ctx.err(`BUG: wrong nlmsg len ${raw.length - IFADDR_MSG_MIN}\n`);
      ret = -1;
    } else if (n.type === RTM_NEWADDR || n.type === RTM_DELADDR) printAddrinfo(ctx, pr, n, false);
    // print_addrinfo() ends with fflush(fp): what it printed (the object still
    // open, as jsonw writes "}" only when closed) precedes a later "!!!malformed message"
    ctx.out(pr.take());
    pr.closeJsonObject();
    return ret;
  });
  pr.closeJsonArray(PRINT_JSON, null);
  pr.closeJsonObject();
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return err ? 255 : 0;
}

/**
 * ipaddr_restore(): each saved message back to the kernel in file order;
 * an address that exists is reported and skipped, any other error ends
 * the restore (exit(-1)).
 */
export async function ipaddrRestore(ctx: IpCtx): Promise<number> {
  const b = encodeBytes(await ctx.p.stdin.readAll());
  if (!checkDumpMagic(ctx, b, IPADD_DUMP_MAGIC, 'address')) return 255;
  return rtnlFromFile(ctx, b, (raw) => restoreTalk(ctx, ifaddrmsgFromBytes(raw))) ? 255 : 0;
}
