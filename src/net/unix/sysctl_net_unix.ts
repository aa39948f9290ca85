/**
 * net.unix.max_dgram_qlen of each namespace (default 10). tuxnet has no
 * AF_UNIX sockets (README), so the knob is only kept and shown.
 * @linux net/unix/sysctl_net_unix.c unix_table, unix_sysctl_register();
 *        net/unix/af_unix.c unix_net_init()
 */
import type { Net, PernetOperations } from '../core/net_namespace.js';
import { fieldCell, procDointvec } from '../core/sysctl.js';

/** unix_net_ops */
export const unixNetOps: PernetOperations = {
  name: 'unix',
  init(net: Net): void {
    net.sysctl.registerLazy('net/unix', () => [['max_dgram_qlen', procDointvec(fieldCell({ maxDgramQlen: 10 }, 'maxDgramQlen'))]]);
  },
};
