/**
 * Tab completion for the interactive lab shell, as pure functions over the
 * lab's state (no Node APIs: the browser terminal uses it too): command
 * names, `ip`'s objects and their subcommands, the namespaces of `ip netns
 * exec|del|...` and `-n`, device names after `dev`/`master`/`link` and for
 * `ip link set|show|del`, `ifconfig`, `tcpdump -i`, `ping -I`.
 */

/** What completion needs to know about the lab and the shell's namespace. */
export interface CompletionState {
  /** Commands and builtins the shell can run. */
  commands: readonly string[];
  /** Device names of a namespace: the shell's own (null) or a named one. */
  devices(netns: string | null): readonly string[];
  /** `ip netns` names. */
  netns: readonly string[];
}

/** ip.c cmds[] (the objects tuxnet has first), then the subcommands of each. */
const IP_OBJECTS = ['address', 'link', 'route', 'rule', 'neighbour', 'netns', 'monitor', 'help'];
const IP_SUB: Readonly<Record<string, readonly string[]>> = {
  address: ['add', 'change', 'replace', 'del', 'show', 'save', 'flush', 'showdump', 'restore', 'help'],
  link: ['add', 'delete', 'set', 'show', 'help'],
  route: ['add', 'change', 'replace', 'append', 'prepend', 'del', 'show', 'list', 'flush', 'get', 'save', 'restore', 'help'],
  rule: ['add', 'del', 'list', 'show', 'flush', 'save', 'restore', 'help'],
  neighbour: ['add', 'del', 'change', 'replace', 'show', 'flush', 'get', 'help'],
  netns: ['add', 'delete', 'list', 'exec', 'identify', 'pids', 'set', 'list-id', 'attach', 'monitor', 'help'],
  monitor: ['all', 'link', 'address', 'route', 'rule', 'neigh', 'netconf', 'nsid'],
};

/** Words a device name follows. */
const DEV_WORDS = new Set(['dev', 'master', 'link', 'iif', 'oif', 'oifname', 'iifname', '-i', '-I', '--interface']);

/** ip's object for an abbreviation (`ip a`, `ip ro`), as matches() takes the first in cmds[] order. */
function ipObject(word: string): string | null {
  if (word === 'neigh' || word === 'neighbor') return 'neighbour';
  for (const o of ['address', 'route', 'rule', 'neighbour', 'link', 'monitor', 'netns']) if (o.startsWith(word)) return o;
  return null;
}

/** The candidates for the last word of `line` (the words before it already typed). */
function candidates(words: string[], st: CompletionState): readonly string[] {
  if (words.length === 0) return st.commands;
  const cmd = words[0]!;
  const prev = words[words.length - 1]!;
  let netns: string | null = null;
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === '-n' || words[i] === '-netns') netns = words[i + 1]!;
  if (prev === '-n' || prev === '-netns') return st.netns;
  const rest = words.slice(1).filter((w, i, a) => !w.startsWith('-') && a[i - 1] !== '-n' && a[i - 1] !== '-netns');
  if (cmd === 'ip' && rest.length === 0) return IP_OBJECTS;
  const obj = cmd === 'ip' ? ipObject(rest[0]!) : null;
  if (obj && rest.length === 1) return IP_SUB[obj] ?? [];
  if (DEV_WORDS.has(prev)) return st.devices(netns);
  if (cmd === 'ip') {
    if (!obj) return [];
    const sub = rest[1]!;
    if (obj === 'netns') {
      if (sub === 'exec' && rest.length === 3) return st.commands;
      return rest.length === 2 && sub !== 'add' ? st.netns : [];
    }
    if (obj === 'link' && rest.length === 2 && ['set', 'show', 'delete', 'del'].includes(sub)) return st.devices(netns);
    return [];
  }
  if (cmd === 'ifconfig' && words.length === 1) return st.devices(netns);
  return [];
}

/**
 * readline's completer: the candidates that extend the word at the end of
 * `line`, and that word. A command after `ip netns exec NS` or `sudo`
 * completes as a command again.
 */
export function complete(line: string, st: CompletionState): [string[], string] {
  const words = line.split(/[ \t]+/).filter((w, i, a) => w !== '' || i === a.length - 1);
  const current = /[ \t]$/.test(line) || line === '' ? '' : (words.pop() ?? '');
  if (current === '' && words[words.length - 1] === '') words.pop();
  // a new command after a separator
  let start = 0;
  for (let i = 0; i < words.length; i++) if (/[;|&]$/.test(words[i]!)) start = i + 1;
  let w = words.slice(start);
  if (w[0] === 'ip' && (w[1] === 'netns' || w[1] === 'net') && w[2] === 'exec' && w.length >= 4) w = w.slice(4);
  const all = candidates(w, st);
  const hits = [...new Set(all)].filter((c) => c.startsWith(current)).sort();
  // a single match is a whole word: bash follows it with a space
  return [hits.length === 1 ? [hits[0]! + ' '] : hits, current];
}
