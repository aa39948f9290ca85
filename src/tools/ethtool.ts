/**
 * `ethtool` 6.1: a device's settings and link state (no option), driver
 * information (-i), offload features (-k, -K with its "Actual changes"),
 * statistics (-S), the permanent address (-P) and channels (-l, -L),
 * through the lab kernel's ethtool requests (net/ethtool/ethtool.ts).
 * The options for hardware the lab's devices do not have (rings,
 * coalescing, pause, EEPROM, registers, EEE, FEC, autonegotiation) answer
 * as on a veth: "Operation not supported". Options tuxnet does not build
 * (the setters of rings, coalescing, pause, EEE, FEC, tunables...) say so and exit 1.
 * @ethtool ethtool.c netlink/features.c netlink/settings.c netlink/channels.c common.c
 */
import type { CommandFn, Proc } from '../lab/process.js';
import { StdioFile } from './lib/stdio.js';
import { ETHTOOL_USAGE } from './ethtool_usage.js';
import { KError, strerror } from '../net/core/errno.js';
import { DUPLEX_FULL, DUPLEX_HALF, PORT_OTHER, PORT_TP, SPEED_UNKNOWN } from '../uapi/linux/ethtool.js';
import type { EthtoolChannels } from '../net/core/netdevice.js';
import {
  ethnlChannelsGet, ethnlChannelsSet, ethnlDevGet, ethnlFeatureNames, ethnlFeaturesGet, ethnlFeaturesSet, ethnlLinkKsettings,
  ethnlDebug, ethnlLinkState, ethnlTsInfo, ethtoolGetDrvinfo, ethtoolGetPermAddr, ethtoolGetStats, type FeaturesReply, DEV_NAME_ATTR,
} from '../net/socket.js';

/*
 * Where ethtool's request puts an attribute, for the offset of an extack
 * message: nlmsghdr and genlmsghdr (20 bytes), the header nest with the
 * device's name (ETHTOOL_A_HEADER_DEV_NAME, at 24) and, in a features
 * request, the flags (u32), then the request's own attributes.
 */
const NLMSG_GENL_HLEN = 20;
const DEV_NAME_OFFSET = NLMSG_GENL_HLEN + 4;
/** NLA_ALIGN(NLA_HDRLEN + len): an attribute of `len` payload bytes. */
const nlaSize = (len: number): number => (4 + len + 3) & ~3;
/** The attributes after the header nest (the nest, the name, the flags if any). */
const afterHeader = (dev: string, flags: boolean): number => DEV_NAME_OFFSET + nlaSize(dev.length + 1) + (flags ? nlaSize(4) : 0);

/** common.c off_flag_def[]: the legacy flags, their long names and the kernel features they stand for. */
const OFF_FLAG_DEF: readonly { short: string; long: string; pattern: string }[] = [
  { short: 'rx', long: 'rx-checksumming', pattern: 'rx-checksum' },
  { short: 'tx', long: 'tx-checksumming', pattern: 'tx-checksum-*' },
  { short: 'sg', long: 'scatter-gather', pattern: 'tx-scatter-gather*' },
  { short: 'tso', long: 'tcp-segmentation-offload', pattern: 'tx-tcp*-segmentation' },
  { short: 'ufo', long: 'udp-fragmentation-offload', pattern: 'tx-udp-fragmentation' },
  { short: 'gso', long: 'generic-segmentation-offload', pattern: 'tx-generic-segmentation' },
  { short: 'gro', long: 'generic-receive-offload', pattern: 'rx-gro' },
  { short: 'lro', long: 'large-receive-offload', pattern: 'rx-lro' },
  { short: 'rxvlan', long: 'rx-vlan-offload', pattern: 'rx-vlan-hw-parse' },
  { short: 'txvlan', long: 'tx-vlan-offload', pattern: 'tx-vlan-hw-insert' },
  { short: 'ntuple', long: 'ntuple-filters', pattern: 'rx-ntuple-filter' },
  { short: 'rxhash', long: 'receive-hashing', pattern: 'rx-hashing' },
];
const UFO = 4;

/** flag_pattern_match(): a name against a pattern with at most one asterisk. */
function flagPatternMatch(name: string, pattern: string): boolean {
  const ast = pattern.indexOf('*');
  if (ast < 0) return name === pattern;
  const tail = pattern.slice(ast + 1);
  return name.length + 1 >= pattern.length && name.startsWith(pattern.slice(0, ast)) && name.endsWith(tail);
}

const on = (f: bigint, i: number): boolean => ((f >> BigInt(i)) & 1n) === 1n;
const onOff = (b: boolean): string => (b ? 'on' : 'off');

class Ethtool {
  readonly out: StdioFile;

  constructor(readonly p: Proc) {
    this.out = new StdioFile(p.stdout);
  }

  /** stderr is unbuffered: it comes before what stdout still holds (into a pipe). */
  err(s: string): void {
    this.p.stderr.write(s);
  }

  /** A netlink request's error: the extack message with its offset, then the errno's text. */
  nlError(e: unknown, offset?: number, dev = ''): void {
    if (!(e instanceof KError)) throw e;
    const attr = (e as KError & { badAttr?: number }).badAttr;
    // a u32 attribute (a channel count) is 8 bytes
    if (attr !== undefined) offset = attr === DEV_NAME_ATTR ? DEV_NAME_OFFSET : afterHeader(dev, false) + nlaSize(4) * attr;
    const at = offset === undefined ? '' : ` (offset ${offset})`;
    if (e.extack) this.err(`netlink error: ${e.extack}${at}\n`);
    this.err(`netlink error: ${strerror[e.errno]}\n`);
  }

  /** dump_feature() */
  dumpFeature(r: FeaturesReply, i: number, name: string, prefix: string): void {
    let suffix = '';
    if (!on(r.hw, i) || on(r.nochange, i)) suffix = ' [fixed]';
    else if (on(r.active, i) !== on(r.wanted, i)) suffix = on(r.wanted, i) ? ' [requested on]' : ' [requested off]';
    this.out.write(`${prefix}${name}: ${onOff(on(r.active, i))}${suffix}\n`);
  }

  /** -k: the legacy flags with their features first, then the other features (dump_features()). */
  showFeatures(dev: string): number {
    let r: FeaturesReply;
    try {
      r = ethnlFeaturesGet(this.p.net, dev);
    } catch (e) {
      this.nlError(e);
      return 1;
    }
    this.out.write(`Features for ${dev}:\n`);
    const names = ethnlFeatureNames();
    const flagOf = names.map((name) => (name ? OFF_FLAG_DEF.findIndex((d) => flagPatternMatch(name, d.pattern)) : -1));
    OFF_FLAG_DEF.forEach((d, fi) => {
      if (fi === UFO) return;
      const members = flagOf.flatMap((f, i) => (f === fi ? [i] : []));
      if (members.length !== 1) this.out.write(`${d.long}: ${onOff(members.some((i) => on(r.active, i)))}\n`);
      for (const i of members) {
        if (members.length === 1) this.dumpFeature(r, i, d.long, '');
        else this.dumpFeature(r, i, names[i]!, '\t');
      }
    });
    names.forEach((name, i) => {
      if (name && flagOf[i]! < 0) this.dumpFeature(r, i, name, '');
    });
    return 0;
  }

  /** -K: the named features (legacy flags stand for all they match), then what did not come out as asked. */
  setFeatures(dev: string, args: readonly string[]): number {
    const names = ethnlFeatureNames();
    let wanted = 0n;
    let mask = 0n;
    // fill_sfeatures_bitmap(): the wanted nest, its bits nest, then a bit nest per feature (name, and a flag when on)
    let at = afterHeader(dev, true) + 4 + 4;
    for (let i = 0; i < args.length; i += 2) {
      if (args[i] === '--') break;
      const val = args[i + 1];
      if (val !== 'on' && val !== 'off') {
        this.err(`ethtool (-K): flag '${val ?? '(null)'}' for parameter '(null)' is not followed by 'on' or 'off'\n`);
        return 1;
      }
      const flag = OFF_FLAG_DEF.find((d) => d.short === args[i] || d.long === args[i]);
      const idx = flag
        ? names.flatMap((n, j) => (n && flagPatternMatch(n, flag.pattern) ? [j] : []))
        : [names.indexOf(args[i]!)];
      if (idx[0] === -1) {
        // ethnl_parse_bit(): an unknown name is refused by the kernel, past the header and the bitset nests
        this.nlError(new KError('EOPNOTSUPP', 'bit name not found'), at + 4);
        return 92;
      }
      // ethnl_parse_bitset(): each entry sets its mask bit, and its value bit when on; none clears one
      for (const j of idx) {
        mask |= 1n << BigInt(j);
        if (val === 'on') wanted |= 1n << BigInt(j);
        at += 4 + nlaSize(names[j]!.length + 1) + (val === 'on' ? nlaSize(0) : 0);
      }
    }
    let r;
    try {
      r = ethnlFeaturesSet(this.p.net, dev, wanted, mask);
    } catch (e) {
      this.nlError(e);
      return 92;
    }
    // show_feature_changes(): nothing changed when every requested bit came out other than asked
    const nothingChanged = r.wantedMask === mask;
    if (r.wantedMask || r.activeMask & ~mask) {
      this.out.write('Actual changes:\n');
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        if (!name || (!on(r.wantedMask, i) && !on(r.activeMask, i))) continue;
        if (on(r.wantedMask, i)) this.out.write(`${name}: ${onOff(!on(r.wanted, i))} [requested ${onOff(on(r.wanted, i))}]\n`);
        else if (!on(mask, i)) this.out.write(`${name}: ${onOff(on(r.active, i))} [not requested]\n`);
        else this.out.write(`${name}: ${onOff(on(r.active, i))}\n`);
      }
    }
    if (nothingChanged) {
      this.err('Could not change any device features\n');
      return 1;
    }
    return 0;
  }

  /** -i: ethtool_get_drvinfo() (dump_drvinfo()). */
  driver(dev: string): number {
    try {
      const d = ethtoolGetDrvinfo(this.p.net, dev);
      this.out.write(`driver: ${d.driver}\nversion: ${d.version}\nfirmware-version: ${d.fwVersion}\nexpansion-rom-version: \n` +
        `bus-info: ${d.busInfo}\nsupports-statistics: ${d.nStats ? 'yes' : 'no'}\nsupports-test: no\nsupports-eeprom-access: no\n` +
        'supports-register-dump: no\nsupports-priv-flags: no\n');
      return 0;
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      this.err(`Cannot get driver information: ${strerror[e.errno]}\n`);
      return 71;
    }
  }

  /** -S: do_gnicstats() */
  statistics(dev: string): number {
    let stats;
    try {
      stats = ethtoolGetStats(this.p.net, dev);
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      if (e.errno === 'EOPNOTSUPP') {
        this.err('no stats available\n');
        return 94;
      }
      this.err(`Cannot get stats strings information: ${strerror[e.errno]}\n`);
      return 96;
    }
    this.out.write('NIC statistics:\n');
    for (const [n, v] of stats) this.out.write(`     ${n}: ${v}\n`);
    return 0;
  }

  /** -P: the permanent address, "not set" when zero. */
  permAddr(dev: string): number {
    try {
      const a = ethtoolGetPermAddr(this.p.net, dev);
      const hex = [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');
      this.out.write(`Permanent address: ${a.some((b) => b !== 0) ? hex : 'not set'}\n`);
      return 0;
    } catch (e) {
      this.nlError(e instanceof KError ? new KError(e.errno) : e);
      return 1;
    }
  }

  /** -l: channels_reply_cb() */
  showChannels(dev: string): number {
    let c: EthtoolChannels;
    try {
      c = ethnlChannelsGet(this.p.net, dev);
    } catch (e) {
      this.nlError(e);
      return 1;
    }
    const v = (n: number): string => (n ? String(n) : 'n/a');
    const block = (rx: number, tx: number, other: number, comb: number): string =>
      `RX:\t\t${v(rx)}\nTX:\t\t${v(tx)}\nOther:\t\t${v(other)}\nCombined:\t${v(comb)}\n`;
    this.out.write(`Channel parameters for ${dev}:\nPre-set maximums:\n${block(c.maxRx, c.maxTx, c.maxOther, c.maxCombined)}` +
      `Current hardware settings:\n${block(c.rx, c.tx, c.other, c.combined)}`);
    return 0;
  }

  /** -L: rx/tx/other/combined N, in any order. */
  setChannels(dev: string, args: readonly string[]): number {
    const req: Partial<EthtoolChannels> = {};
    const order: (keyof EthtoolChannels)[] = [];
    // nl_parser(): each parameter known, with a value that parses as a u32
    for (let i = 0; i < args.length; i += 2) {
      const k = args[i] as keyof EthtoolChannels;
      const v = args[i + 1];
      if (!['rx', 'tx', 'other', 'combined'].includes(k)) return this.usage(`unknown parameter '${k}'`);
      if (v === undefined) return this.usage(`no value for parameter '${k}'`);
      if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) return this.usage(`invalid value '${v}' for parameter '${k}'`);
      req[k] = Number(v);
      order.push(k);
    }
    try {
      ethnlChannelsSet(this.p.net, dev, req, order);
      return 0;
    } catch (e) {
      this.nlError(e, undefined, dev);
      return 1;
    }
  }

  /** nl_parser()'s complaint about -L's arguments. */
  usage(msg: string): number {
    this.err(`ethtool (-L): ${msg}\n`);
    return 1;
  }

  /** No option: netlink/settings.c nl_gset(): link info and modes, then the link state; nothing at all is ENODATA. */
  settings(dev: string): number {
    let k;
    let link;
    let msglevel;
    try {
      ethnlDevGet(this.p.net, dev);
      k = ethnlLinkKsettings(this.p.net, dev);
      msglevel = ethnlDebug(this.p.net, dev);
      link = ethnlLinkState(this.p.net, dev);
    } catch (e) {
      // LINKMODES, LINKINFO, LINKSTATE, DEBUG and WOL each fail
      for (let i = 0; i < 5; i++) this.nlError(e);
      this.err('No data available\n');
      return 75;
    }
    if (!k && link === null) {
      this.err('No data available\n');
      return 75;
    }
    this.out.write(`Settings for ${dev}:\n`);
    if (k) {
      const speed = k.speed === SPEED_UNKNOWN ? 'Unknown!' : `${k.speed}Mb/s`;
      const duplex = k.duplex === DUPLEX_FULL ? 'Full' : k.duplex === DUPLEX_HALF ? 'Half' : `Unknown! (${k.duplex})`;
      const port = k.port === PORT_TP ? 'Twisted Pair' : k.port === PORT_OTHER ? 'Other' : `Unknown! (${k.port})`;
      this.out.write('\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n\tSupported pause frame use: No\n' +
        '\tSupports auto-negotiation: No\n\tSupported FEC modes: Not reported\n\tAdvertised link modes:  Not reported\n' +
        '\tAdvertised pause frame use: No\n\tAdvertised auto-negotiation: No\n\tAdvertised FEC modes: Not reported\n' +
        `\tSpeed: ${speed}\n\tDuplex: ${duplex}\n\tAuto-negotiation: off\n\tPort: ${port}\n\tPHYAD: 0\n\tTransceiver: internal\n`);
      if (k.port === PORT_TP) this.out.write('\tMDI-X: Unknown\n');
    }
    // netlink/debug.c debug_reply_cb(): the level, then the names of its bits (msgmask_names) on a line of their own.
    if (msglevel !== null) {
      const hex = msglevel.toString(16).padStart(8, '0');
      this.out.write(`        Current message level: 0x${hex} (${msglevel})\n${' '.repeat(30)}${msgmaskNames(msglevel)}\n`);
    }
    if (link !== null) this.out.write(`\tLink detected: ${link ? 'yes' : 'no'}\n`);
    return 0;
  }

  /** -T: the software timestamping every device has (transmit only where the driver stamps it), no PHC. */
  timestamping(dev: string): number {
    let tx;
    try {
      tx = ethnlTsInfo(this.p.net, dev);
    } catch (e) {
      this.nlError(e);
      return 1;
    }
    this.out.write(`Time stamping parameters for ${dev}:\nCapabilities:\n${tx ? '\tsoftware-transmit\n' : ''}` +
      '\tsoftware-receive\n\tsoftware-system-clock\nPTP Hardware Clock: none\nHardware Transmit Timestamp Modes: none\n' +
      'Hardware Receive Filter Modes: none\n');
    return 0;
  }

  /** A netlink request for something no lab device has: the device is looked up, then EOPNOTSUPP. */
  unsupportedNl(dev: string, status: number): number {
    try {
      ethnlDevGet(this.p.net, dev);
      throw new KError('EOPNOTSUPP');
    } catch (e) {
      this.nlError(e);
      return status;
    }
  }

  /** An ioctl no lab driver implements: "Cannot WHAT: strerror". */
  unsupportedIoctl(dev: string, what: string, status: number): number {
    const errno = this.p.net.devByName(dev) ? 'EOPNOTSUPP' : 'ENODEV';
    this.err(`Cannot ${what}: ${strerror[errno]}\n`);
    return status;
  }
}

function badArgs(t: Ethtool): number {
  t.err('ethtool: bad command line argument(s)\nFor more information run ethtool -h\n');
  return 1;
}

/** ethtool.c args[]: each option's names, whether it takes arguments after the device, and what runs it. */
/**
 * `more`: the option takes parameters after the device; `nl`: a netlink
 * getter, which says "unexpected parameter" of one (the ioctl ones exit
 * through exit_bad_args()).
 */
const OPTIONS: readonly { names: readonly string[]; more?: boolean; nl?: boolean; run: (t: Ethtool, dev: string, rest: string[]) => number }[] = [
  { names: ['-i', '--driver'], run: (t, d) => t.driver(d) },
  { names: ['-k', '--show-features', '--show-offload'], nl: true, run: (t, d) => t.showFeatures(d) },
  { names: ['-K', '--features', '--offload'], more: true, run: (t, d, r) => t.setFeatures(d, r) },
  { names: ['-S', '--statistics'], run: (t, d) => t.statistics(d) },
  { names: ['-P', '--show-permaddr'], run: (t, d) => t.permAddr(d) },
  { names: ['-l', '--show-channels'], nl: true, run: (t, d) => t.showChannels(d) },
  { names: ['-L', '--set-channels'], more: true, run: (t, d, r) => t.setChannels(d, r) },
  { names: ['-T', '--show-time-stamping'], nl: true, run: (t, d) => t.timestamping(d) },
  { names: ['-g', '--show-ring'], nl: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['-c', '--show-coalesce'], nl: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['-a', '--show-pause'], nl: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['-m', '--dump-module-eeprom', '--module-info'], more: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['--show-eee'], nl: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['--show-fec'], nl: true, run: (t, d) => t.unsupportedNl(d, 1) },
  { names: ['-s', '--change'], more: true, run: (t, d) => t.unsupportedNl(d, 75) },
  { names: ['-e', '--eeprom-dump'], more: true, run: (t, d) => t.unsupportedIoctl(d, 'get EEPROM data', 74) },
  { names: ['-d', '--register-dump'], more: true, run: (t, d) => t.unsupportedIoctl(d, 'get register dump', 74) },
  { names: ['-r', '--negotiate'], run: (t, d) => t.unsupportedIoctl(d, 'restart autonegotiation', 255) },
  { names: ['-x', '--show-rxfh-indir', '--show-rxfh'], more: true, run: (t, d) => t.unsupportedIoctl(d, 'get RX ring count', 1) },
];

/** Options of ethtool 6.1 that the lab does not build. */
const NOT_BUILT = new Set(['-G', '--set-ring', '-C', '--coalesce', '-A', '--pause',
  '-E', '--change-eeprom', '-p', '--identify', '-t', '--test', '-n', '-u', '--show-nfc', '-N', '-U', '--config-nfc', '-X',
  '--set-rxfh-indir', '--flash', '-f', '--show-priv-flags', '--set-priv-flags', '-w', '--get-dump', '-W', '--set-dump',
  '--get-tunable', '--set-tunable', '--set-eee', '--set-fec', '--monitor', '--cable-test', '--cable-test-tdr', '--show-tunnels',
  '--show-module', '--set-module', '--show-pse', '--set-pse', '--show-rss', '--per-queue', '--phy-statistics', '-I',
  '--include-statistics', '--json', '--debug']);

export const ethtool: CommandFn = async (p: Proc) => {
  const t = new Ethtool(p);
  const argv = p.argv.slice(1);
  let status: number;
  if (argv[0] === '--version') {
    t.out.write('ethtool version 6.1\n');
    status = 0;
  } else if (argv[0] === '-h' || argv[0] === '--help') {
    t.out.write(ETHTOOL_USAGE);
    status = 0;
  } else if (argv[0] !== undefined && NOT_BUILT.has(argv[0])) {
    t.err(`ethtool: ${argv[0]} is not supported in this lab\n`);
    status = 1;
  } else if (argv.length === 0 || (argv[0]!.startsWith('-') && !OPTIONS.some((o) => o.names.includes(argv[0]!)))) {
    status = badArgs(t);
  } else if (!argv[0]!.startsWith('-')) {
    // do_gset() looks at the device only: what follows it is ignored
    status = t.settings(argv[0]!);
  } else {
    const opt = OPTIONS.find((o) => o.names.includes(argv[0]!))!;
    const dev = argv[1];
    if (dev === undefined) status = badArgs(t);
    else if (!opt.more && argv.length > 2 && opt.nl) {
      t.err(`ethtool: unexpected parameter '${argv[2]}'\n`);
      status = 1;
    } else status = !opt.more && argv.length > 2 ? badArgs(t) : opt.run(t, dev, argv.slice(2));
  }
  t.out.flush();
  return status;
};

/** The kernel's netif_msg_class_names (ETH_SS_MSG_CLASSES), by bit. */
const MSG_CLASSES = ['drv', 'probe', 'link', 'timer', 'ifdown', 'ifup', 'rx_err', 'tx_err', 'tx_queued', 'intr', 'tx_done', 'rx_status', 'pktdata', 'hw', 'wol'];

/** netlink/debug.c: the set bits' names, each after a blank. */
function msgmaskNames(level: number): string {
  return MSG_CLASSES.filter((_, i) => level & (1 << i)).map((n) => ` ${n}`).join('');
}
