/** Test helper: run `ip ARGS` in a lab's shell namespace, output as a transcript shows it. */
import type { Lab } from '../../lab/lab.js';
import type { Proc } from '../../lab/process.js';
import { ipCommand } from './ip.js';
import { createLabFs } from '../../lab/boot.js';

/** stdout and stderr merged, then `[code]` when the status is not 0. */
export async function ipIn(lab: Lab, cmd: string): Promise<string> {
  let out = '';
  const w = { write: (s: string): void => void (out += s) };
  const p = {
    argv: cmd.split(/\s+/), env: new Map<string, string>(), stdout: w, stderr: w, net: lab.initNet, lab, cwd: '/',
    exec: async (): Promise<number> => 0, fs: createLabFs(),
  } as unknown as Proc;
  const code = await ipCommand(p);
  return out + (code ? `[${code}]\n` : '');
}
