/** The tuxnet commands (userland tools) of a lab. */
import type { CommandFn } from '../lab/process.js';
import { ipCommand } from './ip/ip.js';
import { sysctl } from './sysctl.js';
import { nstat } from './nstat.js';
import { ping } from './ping.js';
import { traceroute } from './traceroute.js';
import { iptables } from './iptables/ipt_cmd.js';
import { iptablesRestore, iptablesSave } from './iptables/ipt_save.js';
import { nft } from './nft/nft.js';
import { tcpdump } from './tcpdump/tcpdump.js';
import { bridgeCommand } from './bridge/bridge.js';
import { nc } from './nc.js';
import { ss } from './ss.js';
import { mount, umount } from './mount.js';
import { ifconfig } from './nettools/ifconfig.js';
import { route } from './nettools/route.js';
import { arp } from './nettools/arp.js';
import { netstat } from './nettools/netstat.js';

export function registerTools(commands: Map<string, CommandFn>): void {
  commands.set('ip', ipCommand);
  commands.set('sysctl', sysctl);
  commands.set('nstat', nstat);
  commands.set('ping', ping);
  commands.set('traceroute', traceroute);
  commands.set('iptables', iptables);
  commands.set('iptables-save', iptablesSave);
  commands.set('iptables-restore', iptablesRestore);
  commands.set('nft', nft);
  commands.set('tcpdump', tcpdump);
  commands.set('bridge', bridgeCommand);
  commands.set('nc', nc);
  commands.set('ss', ss);
  commands.set('mount', mount);
  commands.set('umount', umount);
  commands.set('ifconfig', ifconfig);
  commands.set('route', route);
  commands.set('arp', arp);
  commands.set('netstat', netstat);
}
