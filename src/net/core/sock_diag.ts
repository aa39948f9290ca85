/**
 * NETLINK_SOCK_DIAG's door: SOCK_DIAG_BY_FAMILY requests go to the dump
 * handler the request's family registered (inet_diag for AF_INET,
 * packet_diag for AF_PACKET); a family without one answers ENOENT.
 * @linux net/core/sock_diag.c sock_diag_register() __sock_diag_cmd()
 */
import type { Net, NetWorld } from './net_namespace.js';
import { KError } from './errno.js';
import { NL_ACK_OK, NLM_F_DUMP, NLM_F_MULTI, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { SOCK_DESTROY, SOCK_DIAG_BY_FAMILY } from '../../uapi/linux/inet_diag.js';
import { AF_MAX } from '../../uapi/linux/socket.js';

/** struct sock_diag_handler's dump: the answer bodies for one request (throws KError for an errno). */
export type SockDiagDump = (net: Net, req: { readonly family: number }) => readonly unknown[];

/** struct sock_diag_handler's destroy: close the request's socket (throws KError for an errno). */
export type SockDiagDestroy = (net: Net, req: { readonly family: number }) => void;

/** struct sock_diag_handler */
export interface SockDiagHandler {
  readonly dump: SockDiagDump;
  readonly destroy: SockDiagDestroy | null;
}

/** sock_diag_register() */
export function sockDiagRegister(world: NetWorld, family: number, dump: SockDiagDump, destroy: SockDiagDestroy | null = null): void {
  world.core.sockDiagHandlers.set(family, { dump, destroy });
}

/** sock_diag_rcv_msg() -> __sock_diag_cmd(): dumps, and SOCK_DESTROY by the handler's destroy, by the request's family. */
export function sockDiagRcvMsg(net: Net, msg: NlMsg<{ readonly family?: number }>): NlReply {
  const destroy = msg.type === SOCK_DESTROY;
  if (!destroy && (msg.type !== SOCK_DIAG_BY_FAMILY || (msg.flags & NLM_F_DUMP) !== NLM_F_DUMP)) {
    return { msgs: [], ack: { error: 'EOPNOTSUPP', msg: null } };
  }
  const family = msg.body.family ?? 0;
  if (family >= AF_MAX) return { msgs: [], ack: { error: 'EINVAL', msg: null } };
  const h = net.world.core.sockDiagHandlers.get(family);
  if (!h) return { msgs: [], ack: { error: 'ENOENT', msg: null } };
  try {
    if (destroy) {
      if (!h.destroy) return { msgs: [], ack: { error: 'EOPNOTSUPP', msg: null } };
      h.destroy(net, { ...msg.body, family });
      return { msgs: [], ack: NL_ACK_OK };
    }
    const bodies = h.dump(net, { ...msg.body, family });
    const msgs = bodies.map((body) => ({ type: SOCK_DIAG_BY_FAMILY, flags: NLM_F_MULTI, seq: msg.seq, pid: msg.pid, body }));
    return { msgs, ack: NL_ACK_OK };
  } catch (e) {
    if (e instanceof KError) return { msgs: [], ack: { error: e.errno, msg: null } };
    throw e;
  }
}
