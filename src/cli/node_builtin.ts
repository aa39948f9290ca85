/**
 * A node builtin loaded when a command first needs it, not at every start
 * of the CLI (node:http for `tuxnet web`, node:readline for `tuxnet shell`,
 * node:inspector for the allocation sampler, node:child_process for the
 * kernel benches). A synchronous require, never import(): the CLI bundle
 * runs inside a vm.Script (src/cli/launch.ts, for V8's code cache), where
 * Node 20 has no loader for import() without --experimental-vm-modules.
 */
import { createRequire } from 'node:module';

export function nodeBuiltin<T>(name: `node:${string}`): T {
  return createRequire(import.meta.url)(name) as T;
}
