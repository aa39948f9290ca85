/**
 * iperf3's numbers as it prints them: unit_snprintf() (bytes in 1024s,
 * bits in 1000s, 3 significant figures), the report line formats of
 * iperf_locale.c, and its usage text.
 * @iperf3 src/units.c unit_snprintf(), src/iperf_locale.c
 */

const BYTE_LABELS = ['Byte', 'KByte', 'MByte', 'GByte', 'TByte'];
const BIT_LABELS = ['bit', 'Kbit', 'Mbit', 'Gbit', 'Tbit'];

/** C's "%4.2f"-style fixed with a minimum width. */
function fixed(v: number, width: number, prec: number): string {
  return v.toFixed(prec).padStart(width);
}

/** unit_snprintf(..., 'A') for bytes, 'a' for a bytes/s rate printed in bits. */
export function unitSnprintf(value: number, fmt: 'A' | 'a'): string {
  let n = fmt === 'a' ? value * 8 : value;
  const base = fmt === 'A' ? 1024 : 1000;
  let conv = 0;
  while (n >= base && conv < 4) {
    n /= base;
    conv++;
  }
  const label = (fmt === 'A' ? BYTE_LABELS : BIT_LABELS)[conv]!;
  if (n < 9.995) return `${fixed(n, 4, 2)} ${label}`;
  if (n < 99.95) return `${fixed(n, 4, 1)} ${label}`;
  return `${fixed(n, 4, 0)} ${label}`;
}

/** "[  5]" or "[SUM]" */
function id(sid: number | 'SUM'): string {
  return sid === 'SUM' ? '[SUM]' : `[${String(sid).padStart(3)}]`;
}

/** "%6.2f-%-6.2f sec  %ss  %ss/sec" */
function span(start: number, end: number, bytes: number): string {
  const secs = end - start;
  const rate = secs > 0 ? bytes / secs : 0;
  return `${fixed(start, 6, 2)}-${end.toFixed(2).padEnd(6)} sec  ${unitSnprintf(bytes, 'A')}s  ${unitSnprintf(rate, 'a')}s/sec`;
}

/** report_bw_format */
export function bwLine(sid: number | 'SUM', start: number, end: number, bytes: number, role: string): string {
  return `${id(sid)} ${span(start, end, bytes)}                  ${role}\n`;
}

/** report_bw_retrans_format (a sender's summary) */
export function retransLine(sid: number | 'SUM', start: number, end: number, bytes: number, retr: number, role: string): string {
  return `${id(sid)} ${span(start, end, bytes)}  ${String(retr).padStart(3)}             ${role}\n`;
}

/** report_bw_retrans_cwnd_format (a sender's interval) */
export function cwndLine(sid: number, start: number, end: number, bytes: number, retr: number, cwnd: number): string {
  return `${id(sid)} ${span(start, end, bytes)}  ${String(retr).padStart(3)}   ${unitSnprintf(cwnd, 'A')}s       \n`;
}

/** report_bw_udp_sender_format */
export function udpSenderLine(sid: number | 'SUM', start: number, end: number, bytes: number, packets: number, role: string): string {
  return `${id(sid)} ${span(start, end, bytes)}  ${packets}  ${role}\n`;
}

/** C's %.2g */
function g2(v: number): string {
  if (v === 0) return '0';
  const s = v.toPrecision(2);
  return s.includes('e') ? s : String(Number(s));
}

/** report_bw_udp_format */
export function udpLine(
  sid: number | 'SUM', start: number, end: number, bytes: number, jitterMs: number, lost: number, total: number, role: string,
): string {
  const pct = total > 0 ? (100 * lost) / total : 0;
  return `${id(sid)} ${span(start, end, bytes)}  ${jitterMs.toFixed(3).padStart(5)} ms  ${lost}/${total} (${g2(pct)}%)  ${role}\n`;
}

export const SEPARATOR = '- - - - - - - - - - - - - - - - - - - - - - - - -\n';
export const HDR_BW = '[ ID] Interval           Transfer     Bitrate\n';
export const HDR_RETR = '[ ID] Interval           Transfer     Bitrate         Retr\n';
export const HDR_CWND = '[ ID] Interval           Transfer     Bitrate         Retr  Cwnd\n';
export const HDR_UDP = '[ ID] Interval           Transfer     Bitrate         Jitter    Lost/Total Datagrams\n';
export const HDR_UDP_SENDER = '[ ID] Interval           Transfer     Bitrate         Total Datagrams\n';

export const USAGE_SHORT = 'Usage: iperf3 [-s|-c host] [options]\n       iperf3 [-h|--help] [-v|--version]\n';

export const USAGE_LONG = `${USAGE_SHORT}
Server or Client:
  -p, --port      #         server port to listen on/connect to
  -f, --format   [kmgtKMGT] format to report: Kbits, Mbits, Gbits, Tbits
  -i, --interval  #         seconds between periodic throughput reports
  -I, --pidfile file        write PID file
  -F, --file name           xmit/recv the specified file
  -A, --affinity n/n,m      set CPU affinity
  -B, --bind <host>[%<dev>] bind to the interface associated with the address <host>
                            (optional <dev> equivalent to \`--bind-dev <dev>\`)
  --bind-dev <dev>          bind to the network interface with SO_BINDTODEVICE
  -V, --verbose             more detailed output
  -J, --json                output in JSON format
  --logfile f               send output to a log file
  --forceflush              force flushing output at every interval
  --timestamps<=format>     emit a timestamp at the start of each output line
                            (optional "=" and format string as per strftime(3))
  --rcv-timeout #           idle timeout for receiving data (default 120000 ms)
  --snd-timeout #           timeout for unacknowledged TCP data
                            (in ms, default is system settings)
  -d, --debug[=#]           emit debugging output
                            (optional optional "=" and debug level: 1-4. Default is 4 - all messages)
  -v, --version             show version information and quit
  -h, --help                show this message and quit
Server specific:
  -s, --server              run in server mode
  -D, --daemon              run the server as a daemon
  -1, --one-off             handle one client connection then exit
  --server-bitrate-limit #[KMG][/#]   server's total bit rate limit (default 0 = no limit)
                            (optional slash and number of secs interval for averaging
                            total data rate.  Default is 5 seconds)
  --idle-timeout #          restart idle server after # seconds in case it
                            got stuck (default - no timeout)
  --rsa-private-key-path    path to the RSA private key used to decrypt
                            authentication credentials
  --authorized-users-path   path to the configuration file containing user
                            credentials
  --time-skew-threshold     time skew threshold (in seconds) between the server
                            and client during the authentication process
Client specific:
  -c, --client <host>[%<dev>] run in client mode, connecting to <host>
                              (option <dev> equivalent to \`--bind-dev <dev>\`)
  --sctp                    use SCTP rather than TCP
  -X, --xbind <name>        bind SCTP association to links
  --nstreams      #         number of SCTP streams
  -u, --udp                 use UDP rather than TCP
  --connect-timeout #       timeout for control connection setup (ms)
  -b, --bitrate #[KMG][/#]  target bitrate in bits/sec (0 for unlimited)
                            (default 1 Mbit/sec for UDP, unlimited for TCP)
                            (optional slash and packet count for burst mode)
  --pacing-timer #[KMG]     set the timing for pacing, in microseconds (default 1000)
  --fq-rate #[KMG]          enable fair-queuing based socket pacing in
                            bits/sec (Linux only)
  -t, --time      #         time in seconds to transmit for (default 10 secs)
  -n, --bytes     #[KMG]    number of bytes to transmit (instead of -t)
  -k, --blockcount #[KMG]   number of blocks (packets) to transmit (instead of -t or -n)
  -l, --length    #[KMG]    length of buffer to read or write
                            (default 128 KB for TCP, dynamic or 1460 for UDP)
  --cport         <port>    bind to a specific client port (TCP and UDP, default: ephemeral port)
  -P, --parallel  #         number of parallel client streams to run
  -R, --reverse             run in reverse mode (server sends, client receives)
  --bidir                   run in bidirectional mode.
                            Client and server send and receive data.
  -w, --window    #[KMG]    set send/receive socket buffer sizes
                            (indirectly sets TCP window size)
  -C, --congestion <algo>   set TCP congestion control algorithm (Linux and FreeBSD only)
  -M, --set-mss   #         set TCP/SCTP maximum segment size (MTU - 40 bytes)
  -N, --no-delay            set TCP/SCTP no delay, disabling Nagle's Algorithm
  -4, --version4            only use IPv4
  -6, --version6            only use IPv6
  -S, --tos N               set the IP type of service, 0-255.
                            The usual prefixes for octal and hex can be used,
                            i.e. 52, 064 and 0x34 all specify the same value.
  --dscp N or --dscp val    set the IP dscp value, either 0-63 or symbolic.
                            Numeric values can be specified in decimal,
                            octal and hex (see --tos above).
  -L, --flowlabel N         set the IPv6 flow label (only supported on Linux)
  -Z, --zerocopy            use a 'zero copy' method of sending data
  -O, --omit N              perform pre-test for N seconds and omit the pre-test statistics
  -T, --title str           prefix every output line with this string
  --extra-data str          data string to include in client and server JSON
  --get-server-output       get results from server
  --udp-counters-64bit      use 64-bit counters in UDP test packets
  --repeating-payload       use repeating pattern in payload, instead of
                            randomized payload (like in iperf2)
  --dont-fragment           set IPv4 Don't Fragment flag
  --username                username for authentication
  --rsa-public-key-path     path to the RSA public key used to encrypt
                            authentication credentials

[KMG] indicates options that support a K/M/G suffix for kilo-, mega-, or giga-

iperf3 homepage at: https://software.es.net/iperf/
Report bugs to:     https://github.com/esnet/iperf
`;

/** unit_atof() / unit_atoi(): a number with an optional K/M/G/T suffix (powers of 1024). */
export function unitAtof(s: string): number | null {
  const m = /^(\d*\.?\d+)([kKmMgGtT]?)$/.exec(s);
  if (!m) return null;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase()] ?? 1;
  return Number(m[1]) * mult;
}

/** unit_atof_rate(): a bit rate with K/M/G/T suffixes as powers of 1000. */
export function unitAtofRate(s: string): number | null {
  const m = /^(\d*\.?\d+)([kKmMgGtT]?)$/.exec(s);
  if (!m) return null;
  const mult = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12 }[m[2]!.toLowerCase()] ?? 1;
  return Number(m[1]) * mult;
}
