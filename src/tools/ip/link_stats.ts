/**
 * `ip -s link`: the rtnl_link_stats64 block, with columns sized to the
 * widest value as iproute2 does.
 * @iproute2 ip/ipaddress.c print_stats64(), size_columns(), print_num()
 */
import type { RtnlLinkStats64 } from '../../uapi/linux/if_link.js';
import { PRINT_JSON, type Printer } from './json_print.js';
import { sprintf } from '../lib/printf.js';

/** -human / -iec: ip.c human_readable, use_iec. */
export interface NumFmt {
  human: boolean;
  iec: boolean;
}

/** size_columns(): widen each column to its value's digit count (never with -human). */
function sizeColumns(cols: number[], human: boolean, ...vals: number[]): void {
  if (human) return;
  vals.forEach((v, i) => {
    const len = String(Math.max(0, Math.trunc(v))).length;
    if (len > cols[i]!) cols[i] = len;
  });
}

/**
 * print_num(): the count, or with -human the count scaled by 1000 (1024 with
 * -iec) to a k/M/G/T/P/E suffix with as many decimals as keep three digits.
 * @iproute2 ip/ipaddress.c print_num()
 */
export function printNum(fmt: NumFmt, w: number, count: number): string {
  const base = fmt.iec ? 1024 : 1000;
  if (!fmt.human || count < base) return sprintf('%*u ', w, count);
  const prefix = 'kMGTPE';
  let p = 0;
  let powi = 1;
  for (;;) {
    powi *= base;
    if (Math.floor(count / base) < powi) break;
    if (p + 1 >= prefix.length) break;
    p++;
  }
  let precision = 2;
  for (let powj = 1; precision > 0; precision--) {
    powj *= 10;
    if (Math.floor(count / powi) < powj) break;
  }
  return sprintf('%*s ', w, sprintf('%.*f%c%s', precision, count / powi, prefix[p]!, fmt.iec ? 'i' : ''));
}


function statsJson(pr: Printer, s: RtnlLinkStats64, carrierChanges: number, level: number): void {
  const u = (k: string, v: number): void => pr.number(PRINT_JSON, k, '', v);
  pr.openJsonObject('stats64');
  pr.openJsonObject('rx');
  u('bytes', s.rxBytes); u('packets', s.rxPackets); u('errors', s.rxErrors); u('dropped', s.rxDropped);
  u('over_errors', s.rxOverErrors); u('multicast', s.multicast);
  if (level > 1) {
    u('length_errors', s.rxLengthErrors); u('crc_errors', s.rxCrcErrors); u('frame_errors', s.rxFrameErrors);
    u('fifo_errors', s.rxFifoErrors); u('missed_errors', s.rxMissedErrors);
    if (s.rxNohandler) u('nohandler', s.rxNohandler);
    if (s.rxOtherhostDropped) u('otherhost', s.rxOtherhostDropped);
  }
  pr.closeJsonObject();
  pr.openJsonObject('tx');
  u('bytes', s.txBytes); u('packets', s.txPackets); u('errors', s.txErrors); u('dropped', s.txDropped);
  u('carrier_errors', s.txCarrierErrors); u('collisions', s.collisions);
  if (level > 1) {
    u('aborted_errors', s.txAbortedErrors); u('fifo_errors', s.txFifoErrors); u('window_errors', s.txWindowErrors);
    u('heartbeat_errors', s.txHeartbeatErrors); u('carrier_changes', carrierChanges);
  }
  pr.closeJsonObject();
  pr.closeJsonObject();
}

/** print_stats64() in text mode; `sl` is _SL_. */
function statsText(s: RtnlLinkStats64, carrierChanges: number, level: number, sl: string, fmt: NumFmt): string {
  const num = (w: number, v: number): string => printNum(fmt, w, v);
  const cols = ['*X errors:'.length, 'packets'.length, 'errors'.length, 'dropped'.length, 'heartbt'.length, 'overrun'.length, 'compressed'.length, 'otherhost'.length];
  sizeColumns(cols, fmt.human, s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped, s.rxMissedErrors, s.multicast, s.rxCompressed, 0);
  if (level > 1) sizeColumns(cols, fmt.human, 0, s.rxLengthErrors, s.rxCrcErrors, s.rxFrameErrors, s.rxFifoErrors, s.rxOverErrors, s.rxNohandler, s.rxOtherhostDropped);
  sizeColumns(cols, fmt.human, s.txBytes, s.txPackets, s.txErrors, s.txDropped, s.txCarrierErrors, s.collisions, s.txCompressed, 0);
  if (level > 1) sizeColumns(cols, fmt.human, 0, 0, s.txAbortedErrors, s.txFifoErrors, s.txWindowErrors, s.txHeartbeatErrors, carrierChanges, 0);
  const c = (i: number): number => cols[i]!;
  let o = sprintf('    RX: %*s %*s %*s %*s %*s %*s %*s%s', c(0) - 4, 'bytes', c(1), 'packets', c(2), 'errors', c(3), 'dropped', c(4), 'missed', c(5), 'mcast', c(6), s.rxCompressed ? 'compressed' : '', sl);
  o += '    ' + num(c(0), s.rxBytes) + num(c(1), s.rxPackets) + num(c(2), s.rxErrors) + num(c(3), s.rxDropped) + num(c(4), s.rxMissedErrors) + num(c(5), s.multicast);
  if (s.rxCompressed) o += num(c(6), s.rxCompressed);
  if (level > 1) {
    o += sl + sprintf('    RX errors:%*s %*s %*s %*s %*s %*s%*s%*s%s', c(0) - 10, '', c(1), 'length', c(2), 'crc', c(3), 'frame', c(4), 'fifo', c(5), 'overrun', s.rxNohandler ? c(6) + 1 : 0, s.rxNohandler ? ' nohandler' : '',
      s.rxOtherhostDropped ? c(7) + 1 : 0, s.rxOtherhostDropped ? ' otherhost' : '', sl);
    o += ' '.repeat(c(0) + 5) + num(c(1), s.rxLengthErrors) + num(c(2), s.rxCrcErrors) + num(c(3), s.rxFrameErrors) + num(c(4), s.rxFifoErrors) + num(c(5), s.rxOverErrors);
    if (s.rxNohandler) o += num(c(6), s.rxNohandler);
    if (s.rxOtherhostDropped) o += num(c(7), s.rxOtherhostDropped);
  }
  o += sl + sprintf('    TX: %*s %*s %*s %*s %*s %*s %*s%s', c(0) - 4, 'bytes', c(1), 'packets', c(2), 'errors', c(3), 'dropped', c(4), 'carrier', c(5), 'collsns', c(6), s.txCompressed ? 'compressed' : '', sl);
  o += '    ' + num(c(0), s.txBytes) + num(c(1), s.txPackets) + num(c(2), s.txErrors) + num(c(3), s.txDropped) + num(c(4), s.txCarrierErrors) + num(c(5), s.collisions);
  if (s.txCompressed) o += num(c(6), s.txCompressed);
  if (level > 1) {
    o += sl + sprintf('    TX errors:%*s %*s %*s %*s %*s %*s%s', c(0) - 10, '', c(1), 'aborted', c(2), 'fifo', c(3), 'window', c(4), 'heartbt', c(5), 'transns', sl);
    o += ' '.repeat(c(0) + 5) + num(c(1), s.txAbortedErrors) + num(c(2), s.txFifoErrors) + num(c(3), s.txWindowErrors) + num(c(4), s.txHeartbeatErrors) + num(c(5), carrierChanges);
  }
  return o;
}

/** __print_link_stats() */
export function printLinkStats(pr: Printer, s: RtnlLinkStats64, carrierChanges: number, level: number, fmt: NumFmt): void {
  if (pr.isJson) statsJson(pr, s, carrierChanges, level);
  else pr.text(statsText(s, carrierChanges, level, pr.sl, fmt));
}
