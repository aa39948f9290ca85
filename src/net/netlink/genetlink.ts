/**
 * Generic netlink: families registered by name (genl_register_family(),
 * ids from GENL_START_ALLOC on), the controller that resolves a name to
 * its id (CTRL_CMD_GETFAMILY), and genl_rcv_msg()'s dispatch of a
 * request to the family's doit or, with NLM_F_DUMP, dumpit.
 * @linux net/netlink/genetlink.c
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { NLM_F_DUMP, NL_ACK_OK, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { netlinkKernelCreate } from './af_netlink.js';
import {
  CTRL_CMD_GETFAMILY, CTRL_CMD_NEWFAMILY, GENL_ID_CTRL, NETLINK_GENERIC, type CtrlMsg, type GenlMsg,
} from '../../uapi/linux/genetlink.js';

/** A genl_ops entry: what a command does alone (doit) and as a dump (dumpit). */
export interface GenlOps {
  readonly doit?: (net: Net, msg: NlMsg<GenlMsg>) => NlMsg[];
  readonly dumpit?: (net: Net, msg: NlMsg<GenlMsg>) => NlMsg[];
}

export interface GenlFamily {
  readonly name: string;
  readonly ops: ReadonlyMap<number, GenlOps>;
}

/** GENL_START_ALLOC: the first id a registered family gets (after the fixed ones). */
const GENL_START_ALLOC = GENL_ID_CTRL + 3;

/**
 * genl_register_family() for one namespace (its pernet init): the next free
 * id; every namespace registers the same families in the same order, so a
 * family has one id everywhere, as the kernel's single table gives it.
 */
export function genlRegisterFamily(net: Net, family: GenlFamily): void {
  const table = net.netlink.genl;
  let id = GENL_START_ALLOC;
  while (table.has(id)) id++;
  table.set(id, family);
}

/** The id of a family by name (genl_family.id), 0 when not registered. */
export function genlFamilyId(net: Net, name: string): number {
  for (const [id, f] of net.netlink.genl) if (f.name === name) return id;
  return 0;
}

/** ctrl_getfamily(): the id of a family by name, ENOENT for none. */
function ctrlGetfamily(net: Net, msg: NlMsg<CtrlMsg>): NlMsg[] {
  const id = genlFamilyId(net, msg.body.familyName ?? '');
  if (!id) throw new KError('ENOENT');
  const body: CtrlMsg = { cmd: CTRL_CMD_NEWFAMILY, familyId: id, familyName: msg.body.familyName };
  return [{ type: GENL_ID_CTRL, flags: 0, seq: msg.seq, pid: 0, body }];
}

/** genl_rcv_msg(): the family by nlmsg_type, its operation by command; doit, or dumpit for NLM_F_DUMP. */
function genlRcvMsg(net: Net, msg: NlMsg, _portid: number): NlReply {
  const m = msg as NlMsg<GenlMsg>;
  try {
    if (m.type === GENL_ID_CTRL && m.body.cmd === CTRL_CMD_GETFAMILY) return { msgs: ctrlGetfamily(net, m as NlMsg<CtrlMsg>), ack: NL_ACK_OK };
    const family = net.netlink.genl.get(m.type);
    if (!family) throw new KError('ENOENT');
    const ops = family.ops.get(m.body.cmd);
    const fn = (m.flags & NLM_F_DUMP) === NLM_F_DUMP ? ops?.dumpit : ops?.doit;
    if (!fn) throw new KError('EOPNOTSUPP');
    return { msgs: fn(net, m), ack: NL_ACK_OK };
  } catch (e) {
    if (!(e instanceof KError)) throw e;
    return { msgs: [], ack: { error: e.errno, msg: e.extack ?? null } };
  }
}

/** genl_pernet_init(): the kernel end of NETLINK_GENERIC in every namespace. */
export function genlInit(world: NetWorld): void {
  netlinkKernelCreate(world, 'genetlink', NETLINK_GENERIC, genlRcvMsg);
}
