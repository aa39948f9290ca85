/**
 * `tuxnet shell` on a real terminal, driven through tmux (Debian's `tmux`,
 * installed by .ci/run): line editing and history recall, tab completion of
 * commands, ip objects and device names (a double Tab lists several), `ip netns exec a bash` entering the
 * namespace (the prompt shows it) and `exit` coming back. Without tmux the
 * test says so and skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('./main.js', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `tuxnet-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

const screen = (): string => tmux('capture-pane', '-p', '-t', 't');

/** Wait (polling, up to 20 s of wall time) until the screen satisfies `ok`; the screen then. */
async function until(ok: (s: string) => boolean, what: string): Promise<string> {
  let s = '';
  for (let i = 0; i < 200; i++) {
    s = screen();
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`screen never showed ${what}:\n${s}`);
}

/** The last non-empty line of the screen (the line being edited). */
const lastLine = (s: string): string => s.trimEnd().split('\n').pop() ?? '';

test('tuxnet shell in tmux: history, completion, ip netns exec a bash and back', { skip: hasTmux ? false : 'tmux is not installed' }, async () => {
  tmux('new-session', '-d', '-s', 't', '-x', '120', '-y', '40', `env -u TUXNET_HISTFILE ${process.execPath} ${bin} shell`);
  try {
    await until((s) => lastLine(s) === 'tuxnet#', 'the prompt');
    tmux('send-keys', '-t', 't', 'ip netns add a', 'Enter');
    tmux('send-keys', '-t', 't', 'ip link add v0 type veth peer name v1', 'Enter');
    await until((s) => s.split('\n').filter((l) => l.trim() === 'tuxnet#').length >= 1 && s.includes('peer name v1\ntuxnet#'), 'the third prompt');
    // history: two lines up is the first command; Ctrl-U clears it
    tmux('send-keys', '-t', 't', 'Up', 'Up');
    await until((s) => lastLine(s) === 'tuxnet# ip netns add a', 'the recalled line');
    tmux('send-keys', '-t', 't', 'C-u');
    // completion: a command, an ip object, a subcommand, a device
    tmux('send-keys', '-t', 't', 'ifconf', 'Tab');
    await until((s) => lastLine(s) === 'tuxnet# ifconfig', 'the completed command');
    // several matches and no longer common prefix: the first Tab adds nothing, a second lists them (readline, as bash)
    tmux('send-keys', '-t', 't', 'C-u', 'trace', 'Tab');
    await until((s) => lastLine(s) === 'tuxnet# trace', 'the word typed');
    await new Promise((r) => setTimeout(r, 300));
    tmux('send-keys', '-t', 't', 'Tab');
    await until((s) => /\ntracepath +traceroute *\n(?: *\n)?tuxnet# trace$/.test(s.trimEnd()), 'the candidates listed under the line');
    tmux('send-keys', '-t', 't', 'C-u', 'ip li', 'Tab');
    await until((s) => lastLine(s) === 'tuxnet# ip link', 'the completed object');
    tmux('send-keys', '-t', 't', 'sh', 'Tab');
    await until((s) => lastLine(s) === 'tuxnet# ip link show', 'the completed subcommand');
    tmux('send-keys', '-t', 't', 'Tab');
    await until((s) => /lo\s+v0\s+v1/.test(s), 'the device names listed');
    tmux('send-keys', '-t', 't', 'v0', 'Enter');
    await until((s) => s.includes('v0@v1: <BROADCAST,MULTICAST'), 'ip link show v0');
    // into the namespace and back
    tmux('send-keys', '-t', 't', 'ip link set v1 netns a', 'Enter');
    tmux('send-keys', '-t', 't', 'ip netns exec a bash', 'Enter');
    await until((s) => lastLine(s) === 'tuxnet(a)#', 'the prompt of namespace a');
    tmux('send-keys', '-t', 't', 'ip -br link show v', 'Tab');
    await until((s) => lastLine(s) === 'tuxnet(a)# ip -br link show v1', 'the device of namespace a');
    tmux('send-keys', '-t', 't', 'Enter');
    await until((s) => /\nv1@if\d+ +DOWN/.test(s), 'v1 inside a');
    tmux('send-keys', '-t', 't', 'exit 4', 'Enter');
    await until((s) => lastLine(s) === 'tuxnet#', 'the first prompt again');
    tmux('send-keys', '-t', 't', 'echo status $?', 'Enter');
    await until((s) => s.includes('\nstatus 4\n'), 'the inner status');
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
});
