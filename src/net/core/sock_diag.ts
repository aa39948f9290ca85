/**
 * NETLINK_SOCK_DIAG's door: SOCK_DIAG_BY_FAMILY requests go to the dump
 * handler the request's family registered (inet_diag for AF_INET,
 * packet_diag for AF_PACKET); a family without one answers ENOENT.
 * @linux net/core/sock_diag.c sock_diag_register() __sock_diag_cmd()
 */
import type { Net, NetWorld } from './net_namespace.js';
import { KError } from './errno.js';
import { NL_ACK_OK, NLM_F_DUMP, NLM_F_MULTI, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { SOCK_DIAG_BY_FAMILY } from '../../uapi/linux/inet_diag.js';
import { AF_MAX } from '../../uapi/linux/socket.js';

/** struct sock_diag_handler's dump: the answer bodies for one request (throws KError for an errno). */
export type SockDiagDump = (net: Net, req: { readonly family: number }) => readonly unknown[];

/** sock_diag_register() */
export function sockDiagRegister(world: NetWorld, family: number, dump: SockDiagDump): void {
  world.core.sockDiagHandlers.set(family, dump);
}

/** sock_diag_rcv_msg() -> __sock_diag_cmd(): only dumps, by the request's family. */
export function sockDiagRcvMsg(net: Net, msg: NlMsg<{ readonly family?: number }>): NlReply {
  if (msg.type !== SOCK_DIAG_BY_FAMILY || (msg.flags & NLM_F_DUMP) !== NLM_F_DUMP) {
    return { msgs: [], ack: { error: 'EOPNOTSUPP', msg: null } };
  }
  const family = msg.body.family ?? 0;
  if (family >= AF_MAX) return { msgs: [], ack: { error: 'EINVAL', msg: null } };
  const dump = net.world.core.sockDiagHandlers.get(family);
  if (!dump) return { msgs: [], ack: { error: 'ENOENT', msg: null } };
  try {
    const bodies = dump(net, { ...msg.body, family });
    const msgs = bodies.map((body) => ({ type: SOCK_DIAG_BY_FAMILY, flags: NLM_F_MULTI, seq: msg.seq, pid: msg.pid, body }));
    return { msgs, ack: NL_ACK_OK };
  } catch (e) {
    if (e instanceof KError) return { msgs: [], ack: { error: e.errno, msg: null } };
    throw e;
  }
}
