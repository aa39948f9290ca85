/**
 * A script cut as bash reads it from a file or a terminal: line by line,
 * a command being complete once no `if`, loop, function, quote or
 * here-document is left open and the line does not end in a backslash.
 */
import { needsMoreInput } from './shell/parser.js';

/** The script cut into complete top-level commands. */
export function topLevelCommands(script: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of script.split('\n')) {
    pending += line + '\n';
    if (line.endsWith('\\') || needsMoreInput(pending)) continue;
    if (pending.trim() !== '') out.push(pending.slice(0, -1));
    pending = '';
  }
  if (pending.trim() !== '') out.push(pending.slice(0, -1));
  return out;
}
