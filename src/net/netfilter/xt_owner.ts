/**
 * The owner match: who owns the socket a locally generated packet comes
 * from. A packet from an orphaned TCP socket (closed by its process,
 * SOCK_DEAD: no struct socket) or with no socket (a REJECT's reset) has
 * none; one the kernel sends from its control sockets (an ICMP answer, a
 * TCP reset) has a socket without a file, so no uid or gid. Every lab process
 * runs as root, so a socket's file belongs to uid 0, gid 0, with no
 * supplementary groups.
 * @linux net/netfilter/xt_owner.c owner_mt(), owner_check()
 */
import { KError } from '../core/errno.js';
import { SOCK_DEAD } from '../core/sock.js';
import { NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../../uapi/linux/netfilter.js';
import { num, type XtMatch } from './x_tables.js';

/** XT_OWNER_* (include/uapi/linux/netfilter/xt_owner.h) */
const XT_OWNER_UID = 1 << 0;
const XT_OWNER_GID = 1 << 1;
const XT_OWNER_SOCKET = 1 << 2;
const XT_OWNER_SUPPL_GROUPS = 1 << 3;
const XT_OWNER_MASK = XT_OWNER_UID | XT_OWNER_GID | XT_OWNER_SOCKET | XT_OWNER_SUPPL_GROUPS;

/** The fsuid and fsgid of every lab process's files. */
const LAB_UID = 0;
const LAB_GID = 0;

export const ownerMatch: XtMatch = {
  revision: 1,
  hooks: (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING),
  /** owner_check(): known flags, ranges in order (uid_valid(): not (u32)-1). */
  check(info) {
    const match = num(info, 'match');
    if (match & ~XT_OWNER_MASK) throw new KError('EINVAL');
    for (const [flag, id] of [[XT_OWNER_UID, 'uid'], [XT_OWNER_GID, 'gid']] as const) {
      if (!(match & flag)) continue;
      const lo = num(info, `${id}Min`);
      const hi = num(info, `${id}Max`);
      if (lo === 0xffffffff || hi === 0xffffffff || hi < lo) throw new KError('EINVAL');
    }
  },
  match(skb, _par, info) {
    const match = num(info, 'match');
    const invert = num(info, 'invert');
    const sk = skb.sk;
    // No socket (or no struct socket behind it): only the inverted conditions hold.
    if (!sk || sk.sockFlag(SOCK_DEAD)) return (match ^ invert) === 0;
    if (match & invert & XT_OWNER_SOCKET) return false;
    // A kernel socket has no file: it exists, but owns nothing a uid or gid could match.
    if (!sk.skFile) return ((match ^ invert) & (XT_OWNER_UID | XT_OWNER_GID)) === 0;
    if (match & XT_OWNER_UID) {
      const inRange = LAB_UID >= num(info, 'uidMin') && LAB_UID <= num(info, 'uidMax');
      if (inRange === ((invert & XT_OWNER_UID) !== 0)) return false;
    }
    if (match & XT_OWNER_GID) {
      // The supplementary groups of root are none: only the fsgid counts.
      const inRange = LAB_GID >= num(info, 'gidMin') && LAB_GID <= num(info, 'gidMax');
      if (inRange === ((invert & XT_OWNER_GID) !== 0)) return false;
    }
    return true;
  },
};
