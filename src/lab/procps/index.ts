/**
 * The lab's process and system tools: procps-ng's pgrep, pkill and ps,
 * psmisc's killall, debianutils' which, hostname, and coreutils' uname, id
 * and whoami, over the lab's process table.
 */
import type { CommandFn } from '../process.js';
import type { Tool } from '../coreutils/common.js';
import { command } from '../coreutils/index.js';
import { hostname, id, uname, whoami } from './sysinfo.js';
import { which } from './which.js';
import { pgrep, pkill } from './pgrep.js';
import { killall } from './killall.js';
import { ps } from './ps.js';

export const PROCPS_TOOLS: Readonly<Record<string, Tool>> = {
  uname,
  id,
  whoami,
  hostname,
  which,
  pgrep,
  pkill,
  killall,
  ps,
};

export function registerProcps(commands: Map<string, CommandFn>): void {
  for (const [name, tool] of Object.entries(PROCPS_TOOLS)) commands.set(name, command(tool, name));
}
