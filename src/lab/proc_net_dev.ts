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

/** proc_create_net("dev", ...) */
export function procNetDevInit(): void {
  registerProcNetFile('dev', procNetDev);
}
