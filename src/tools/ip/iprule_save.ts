/**
 * `ip rule save|restore`: the binary rule dump of iproute2, a 32-bit
 * magic then the kernel's RTM_NEWRULE messages as they came. Restore
 * sends each back with NLM_F_CREATE but no NLM_F_EXCL, so a rule that is
 * there already is added a second time; an error other than EEXIST ends it.
 * @iproute2 ip/iprule.c save_rule_prep(), save_rule(), rule_dump_check_magic(),
 *           restore_handler(), iprule_restore(); lib/libnetlink.c rtnl_from_file()
 */
import { decodeBytes, encodeBytes } from '../../lab/bytes.js';
import type { FibRuleBody } from '../../uapi/linux/fib_rules.js';
import { fibRuleFromBytes, fibRuleToBytes } from '../../uapi/linux/fib_rules_wire.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { checkDumpMagic, restoreTalk, rtnlFromFile, saveDumpPrep } from './iproute_save.js';
import type { IpCtx } from './utils.js';

/** rule_dump_magic */
const RULE_DUMP_MAGIC = 0x71706986;

/** save_rule_prep(): false after saying why not. */
export function saveRulePrep(ctx: IpCtx): boolean {
  return saveDumpPrep(ctx, RULE_DUMP_MAGIC);
}

/** save_rule(): the message, byte for byte (no filter). */
export function saveRule(ctx: IpCtx, n: NlMsg<FibRuleBody>): void {
  ctx.out(decodeBytes(fibRuleToBytes(n)));
}

/** iprule_restore(): exit(-1) on a bad magic, else exit(rtnl_from_file()). */
export async function ipruleRestore(ctx: IpCtx): Promise<number> {
  const b = encodeBytes(await ctx.p.stdin.readAll());
  if (!checkDumpMagic(ctx, b, RULE_DUMP_MAGIC, 'rule')) return 255;
  return rtnlFromFile(ctx, b, (raw) => restoreTalk(ctx, fibRuleFromBytes(raw))) & 0xff;
}
