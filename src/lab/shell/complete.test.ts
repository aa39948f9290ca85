import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionState } from './complete.js';
import { ShellStack, netnsShellTarget, type ShellSessionLike } from './interactive.js';

const st: CompletionState = {
  commands: ['ip', 'ifconfig', 'iptables', 'ping', 'echo'],
  devices: (ns) => (ns === 'a' ? ['lo', 'a0'] : ['lo', 'v0', 'v1']),
  netns: ['a', 'b'],
};

test('complete: commands, ip objects and subcommands, devices, namespaces', () => {
  assert.deepEqual(complete('if', st), [['ifconfig '], 'if']);
  assert.deepEqual(complete('ip', st), [['ip', 'iptables'], 'ip']);
  assert.deepEqual(complete('ip ro', st), [['route '], 'ro']);
  assert.deepEqual(complete('ip link s', st), [['set', 'show'], 's']);
  assert.deepEqual(complete('ip link set v', st), [['v0', 'v1'], 'v']);
  assert.deepEqual(complete('ip addr add 10.0.0.1/24 dev ', st), [['lo', 'v0', 'v1'], '']);
  assert.deepEqual(complete('ip -n a link set ', st), [['a0', 'lo'], '']);
  assert.deepEqual(complete('ip netns exec ', st), [['a', 'b'], '']);
  assert.deepEqual(complete('ip netns exec a pi', st), [['ping '], 'pi']);
  assert.deepEqual(complete('echo x; ifc', st), [['ifconfig '], 'ifc']);
  assert.deepEqual(complete('ping -c 1 ', st), [[], '']);
});

test('netnsShellTarget: only `ip netns exec NS bash|sh` alone on the line', () => {
  assert.equal(netnsShellTarget('ip netns exec a bash'), 'a');
  assert.equal(netnsShellTarget('  ip netns exec b sh  '), 'b');
  assert.equal(netnsShellTarget('ip netns exec a bash -c true'), null);
  assert.equal(netnsShellTarget('ip netns exec a ping 1.2.3.4'), null);
});

test('ShellStack: an entered namespace takes the lines until exit, then $? is its status', async () => {
  const log: string[] = [];
  const mk = (name: string): ShellSessionLike & { ended: boolean } => {
    const s = {
      ended: false,
      execStream: async (script: string): Promise<number> => {
        log.push(`${name}: ${script.trim()}`);
        if (script.startsWith('exit')) s.ended = true;
        return script.startsWith('exit') ? Number(script.split(' ')[1]) : 0;
      },
      enterNetns: (ns: string) => (ns === 'a' ? mk(`${name}/a`) : null),
    };
    return s;
  };
  const stack = new ShellStack(mk('root'));
  assert.equal(stack.prompt(), 'tuxnet# ');
  assert.equal(await stack.run('ip netns exec a bash\n', () => undefined), 0);
  assert.equal(stack.prompt(), 'tuxnet(a)# ');
  await stack.run('ip link\n', () => undefined);
  assert.equal(await stack.run('exit 3\n', () => undefined), 3);
  assert.equal(stack.prompt(), 'tuxnet# ');
  assert.equal(stack.done, false);
  await stack.run('ip netns exec zz bash\n', () => undefined);
  assert.deepEqual(log, ['root/a: ip link', 'root/a: exit 3', 'root: (exit 3)', 'root: ip netns exec zz bash']);
});
