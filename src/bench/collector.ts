/**
 * The V8 collector for benches that report memory, so their figures are not
 * garbage waiting to be collected. node:v8 and node:vm are loaded when such a
 * bench runs, not at every start of the CLI.
 */
import { createRequire } from 'node:module';

export function collector(): () => void {
  const req = createRequire(import.meta.url);
  (req('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
  return (req('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void;
}
