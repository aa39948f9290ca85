/**
 * /proc/net/dev: one line of counters per device of the namespace, in the
 * order of its device list.
 * @linux net/core/net-procfs.c dev_seq_show(), dev_seq_printf_stats()
 */
import type { Net } from '../net/core/net_namespace.js';
import type { NetDevice } from '../net/core/netdevice.js';
import { sprintf } from '../tools/lib/printf.js';
import { registerProcNetFile } from './proc_net.js';

const HEADER =
  'Inter-|   Receive                                                |  Transmit\n' +
  ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';

/** dev_seq_printf_stats(): drop folds in the missed, frame the length/over/crc/frame errors. */
function devLine(dev: NetDevice): string {
  const s = dev.stats;
  return sprintf(
    '%6s: %7u %7u %4u %4u %4u %5u %10u %9u %8u %7u %4u %4u %4u %5u %7u %10u\n',
    dev.name, s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped + s.rxMissedErrors, s.rxFifoErrors,
    s.rxLengthErrors + s.rxOverErrors + s.rxCrcErrors + s.rxFrameErrors, s.rxCompressed, s.multicast,
    s.txBytes, s.txPackets, s.txErrors, s.txDropped, s.txFifoErrors, s.collisions,
    s.txCarrierErrors + s.txAbortedErrors + s.txWindowErrors + s.txHeartbeatErrors, s.txCompressed,
  );
}

/** The file's text for `net`. */
export function procNetDev(net: Net): string {
  let s = HEADER;
  for (const dev of net.devices.values()) s += devLine(dev);
  return s;
}

/**
 * /proc/net/dev_mcast: each device's multicast filter (dev->mc), oldest
 * first: "%-4d %-15s %-5d %-5d %*phN" (ifindex, name, users, global
 * users (a static address of SIOCADDMULTI), the address in hex).
 * @linux net/core/net-procfs.c dev_mc_seq_show()
 */
export function procNetDevMcast(net: Net): string {
  let s = '';
  for (const dev of net.devices.values()) {
    for (const ha of dev.mc) {
      const hex = [...ha.addr].map((b) => b.toString(16).padStart(2, '0')).join('');
      s += `${String(dev.ifindex).padEnd(4)} ${dev.name.padEnd(15)} ${String(ha.refcount).padEnd(5)} ${String(ha.globalUse ? 1 : 0).padEnd(5)} ${hex}\n`;
    }
  }
  return s;
}

/** proc_create_net("dev", ...), proc_create_net("dev_mcast", ...) */
export function procNetDevInit(): void {
  registerProcNetFile('dev', procNetDev);
  registerProcNetFile('dev_mcast', procNetDevMcast);
}
