/**
 * For tests: the utilities' in-memory Vfs with /proc/sys and /proc/net
 * mounted, and a Lab stand-in whose namespace is the given one.
 */
import { MemVfs } from './coreutils/testkit.testutil.js';
import type { Lab } from './lab.js';
import type { VfsError, VfsProvider } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';
import { Scheduler } from '../sim/scheduler.js';
import { procSysProvider } from './proc_sys.js';
import { procNetProvider } from './proc_net.js';

/** MemVfs with /proc/sys and /proc/net mounted. */
export class ProcVfs extends MemVfs {
  private readonly mounts: Array<[string, VfsProvider]> = [['/proc/sys', procSysProvider], ['/proc/net', procNetProvider]];

  private find(path: string): [VfsProvider, string] | null {
    for (const [at, p] of this.mounts) {
      if (path === at) return [p, ''];
      if (path.startsWith(at + '/')) return [p, path.slice(at.length + 1)];
    }
    return null;
  }
  override stat(path: string, net?: Net): 'file' | 'dir' | null {
    const m = this.find(path);
    if (m) return m[0].stat(m[1], net!);
    return path === '/proc' ? 'dir' : super.stat(path);
  }
  override read(path: string, net?: Net): string | VfsError {
    const m = this.find(path);
    return m ? m[0].read(m[1], net!) : super.read(path);
  }
  override write(path: string, data: string, net: Net, append = false): VfsError | null {
    const m = this.find(path);
    if (m) return m[0].write ? m[0].write(m[1], data, net) : 'EACCES';
    return super.write(path, data, net, append);
  }
  override list(path: string, net?: Net): string[] | VfsError {
    const m = this.find(path);
    if (m) return m[0].list(m[1], net!);
    if (path === '/proc') return ['net', 'sys'];
    return super.list(path);
  }
}

export function labOf(net: Net): Lab {
  return { sched: new Scheduler(), commands: new Map(), initNet: net } as unknown as Lab;
}

