/** The tuxnet commands (userland tools) of a lab. */
import type { CommandFn } from '../lab/process.js';
import { ipCommand } from './ip/ip.js';
import { sysctl } from './sysctl.js';
import { nstat } from './nstat.js';
import { ping } from './ping.js';
import { traceroute } from './traceroute.js';
import { arping } from './arping.js';
import { tracepath } from './tracepath.js';
import { iptables } from './iptables/ipt_cmd.js';
import { iptablesSave } from './iptables/ipt_save.js';
import { iptablesRestore } from './iptables/ipt_restore.js';
import { nft } from './nft/nft.js';
import { arptables } from './arptables/arptables.js';
import { arptablesRestore, arptablesSave } from './arptables/arptables_save.js';
import { dmesg } from './dmesg.js';
import { tcpdump } from './tcpdump/tcpdump.js';
import { bridgeCommand } from './bridge/bridge.js';
import { nc } from './nc.js';
import { ss } from './ss.js';
import { mount, umount } from './mount.js';
import { ifconfig } from './nettools/ifconfig.js';
import { route } from './nettools/route.js';
import { routel } from './routel.js';
import { arp } from './nettools/arp.js';
import { netstat } from './nettools/netstat.js';
import { socat } from './socat/socat.js';
import { iperf3 } from './iperf3/iperf3.js';
import { iperf } from './iperf2.js';
import { conntrack } from './conntrack/conntrack.js';

export function registerTools(commands: Map<string, CommandFn>): void {
  commands.set('ip', ipCommand);
  commands.set('sysctl', sysctl);
  commands.set('nstat', nstat);
  commands.set('ping', ping);
  commands.set('traceroute', traceroute);
  commands.set('arping', arping);
  commands.set('tracepath', tracepath);
  commands.set('iptables', iptables);
  commands.set('iptables-save', iptablesSave);
  commands.set('iptables-restore', iptablesRestore);
  // iptables-nft-restore: the same program under its own name (xtables_ip4_restore_main(basename(argv[0]))).
  commands.set('iptables-nft-restore', iptablesRestore);
  // iptables-nft and iptables-nft-save: xtables-nft-multi under the names Debian's alternatives give it
  commands.set('iptables-nft', iptables);
  commands.set('iptables-nft-save', iptablesSave);
  commands.set('nft', nft);
  commands.set('arptables', arptables);
  commands.set('arptables-save', arptablesSave);
  commands.set('arptables-restore', arptablesRestore);
  commands.set('dmesg', dmesg);
  commands.set('tcpdump', tcpdump);
  commands.set('bridge', bridgeCommand);
  commands.set('nc', nc);
  commands.set('ss', ss);
  commands.set('mount', mount);
  commands.set('umount', umount);
  commands.set('ifconfig', ifconfig);
  commands.set('route', route);
  commands.set('routel', routel);
  commands.set('arp', arp);
  commands.set('netstat', netstat);
  commands.set('socat', socat);
  commands.set('iperf3', iperf3);
  commands.set('iperf', iperf);
  commands.set('conntrack', conntrack);
}
