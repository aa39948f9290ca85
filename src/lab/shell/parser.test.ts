import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript, scriptParser } from './parser.js';
import { ShellSyntaxError, type Node, type Part, type Seq, type Simple } from './ast.js';

const first = (src: string): Node => parseScript(src).items[0]!.node;

function simple(src: string): Simple {
  const n = first(src);
  assert.equal(n.t, 'simple');
  return n as Simple;
}

function syntaxError(src: string): ShellSyntaxError {
  try {
    const p = scriptParser(src);
    while (p.parseCommand());
  } catch (e) {
    assert.ok(e instanceof ShellSyntaxError, String(e));
    return e;
  }
  assert.fail(`no syntax error in ${JSON.stringify(src)}`);
}

test('parser: words keep their quoting as parts', () => {
  const s = simple(`echo 'a b' "c $x" d\\ e $'\\t'`);
  const kinds = s.words.map((w) => w.parts.map((p: Part) => p.t).join(','));
  assert.deepEqual(kinds, ['lit', 'sq', 'dq', 'lit,sq,lit', 'sq']);
  const dq = s.words[2]!.parts[0]!;
  assert.ok(dq.t === 'dq');
  assert.deepEqual(dq.parts.map((p) => p.t), ['lit', 'param']);
  assert.deepEqual(s.words[4]!.parts, [{ t: 'sq', v: '\t' }]);
});

test('parser: prefix assignments, redirections and io numbers', () => {
  const s = simple('X=1 Y+=2 cmd arg 2>&1 >out <in 3>>log');
  assert.deepEqual(s.assigns.map((a) => [a.name, a.append, a.value.raw]), [['X', false, '1'], ['Y', true, '2']]);
  assert.deepEqual(s.words.map((w) => w.raw), ['cmd', 'arg']);
  assert.deepEqual(s.redirs.map((r) => [r.fd, r.op, r.target.raw]), [[2, '>&', '1'], [null, '>', 'out'], [null, '<', 'in'], [3, '>>', 'log']]);
});

test('parser: an assignment after the command name is a word', () => {
  const s = simple('cmd X=1');
  assert.equal(s.assigns.length, 0);
  assert.deepEqual(s.words.map((w) => w.raw), ['cmd', 'X=1']);
});

test('parser: lists, and-or, pipelines, background', () => {
  const seq = parseScript('a && b || c; d | e |& f & g');
  assert.deepEqual(seq.items.map((i) => [i.node.t, i.bg, i.text]), [
    ['andor', false, 'a && b || c'],
    ['pipeline', true, 'd | e |& f &'],
    ['simple', false, 'g'],
  ]);
  const p = seq.items[1]!.node;
  assert.ok(p.t === 'pipeline');
  assert.deepEqual(p.errToo, [false, true]);
});

test('parser: compound commands', () => {
  const kinds = (src: string): string => first(src).t;
  assert.equal(kinds('if a; then b; elif c; then d; else e; fi'), 'if');
  assert.equal(kinds('while a; do b; done'), 'while');
  assert.equal(kinds('until a; do b; done'), 'while');
  assert.equal(kinds('for x in 1 2; do b; done'), 'for');
  assert.equal(kinds('for ((i=0;i<3;i++)); do b; done'), 'forarith');
  assert.equal(kinds('case x in a|b) c;; (d) e;& *) ;; esac'), 'case');
  assert.equal(kinds('{ a; b; } > f'), 'brace');
  assert.equal(kinds('(a; b)'), 'subshell');
  assert.equal(kinds('((x+1))'), 'arithcmd');
  assert.equal(kinds('[[ a == b && -n c ]]'), 'cond');
  assert.equal(kinds('f() { a; }'), 'func');
  assert.equal(kinds('function g { a; }'), 'func');
});

test('parser: reserved words only count in command position', () => {
  const s = simple('echo if then fi }');
  assert.deepEqual(s.words.map((w) => w.raw), ['echo', 'if', 'then', 'fi', '}']);
});

test('parser: here-documents take the following lines', () => {
  const seq = parseScript('cat <<EOF; cat <<-\'END\'\nline $x\nEOF\n\tliteral $y\n\tEND\necho after\n');
  const r1 = (seq.items[0]!.node as Simple).redirs[0]!;
  const r2 = (seq.items[1]!.node as Simple).redirs[0]!;
  assert.deepEqual(r1.target.parts.map((p) => p.t), ['lit', 'param', 'lit']);
  assert.deepEqual(r2.target.parts, [{ t: 'sq', v: 'literal $y\n' }]);
  assert.equal((seq.items[2]!.node as Simple).words[0]!.raw, 'echo');
});

test('parser: command substitution is parsed, nested and with case', () => {
  const s = simple('echo $(case x in x) echo "$(echo in)";; esac) `echo back`');
  const sub = s.words[1]!.parts[0]!;
  assert.ok(sub.t === 'cmdsub');
  assert.equal(sub.body.items[0]!.node.t, 'case');
  assert.equal(s.words[2]!.parts[0]!.t, 'cmdsub');
});

test('parser: parameter expansion forms', () => {
  const params = simple('echo ${x:-a b} ${#x} ${x##*/} ${x/a/b} ${x:1:2} ${!x} ${x^^}').words.slice(1).map((w) => w.parts[0]!);
  const shape = params.map((p) => (p.t === 'param' ? [p.name, p.op ?? (p.length ? 'len' : p.indirect ? '!' : '')] : [p.t]));
  assert.deepEqual(shape, [['x', ':-'], ['x', 'len'], ['x', '##'], ['x', '/'], ['x', ':'], ['x', '!'], ['x', '^^']]);
});

test('parser: parses one complete command at a time', () => {
  const p = scriptParser('echo 1\nfor x in a\ndo echo $x\ndone\nfi\n');
  assert.equal(p.parseCommand()!.items[0]!.node.t, 'simple');
  assert.equal(p.parseCommand()!.items[0]!.node.t, 'for');
  assert.throws(() => p.parseCommand(), ShellSyntaxError);
});

test('parser: syntax errors as bash words them', () => {
  const e1 = syntaxError('echo a; )');
  assert.equal(e1.message, "syntax error near unexpected token `)'");
  assert.equal(e1.lineText, 'echo a; )');
  assert.equal(syntaxError('if true; then echo\n').message, 'syntax error: unexpected end of file');
  assert.equal(syntaxError('if true; then echo\n').line, 2);
  assert.equal(syntaxError('echo (').message, "syntax error near unexpected token `newline'");
  assert.equal(syntaxError('\n\nfi').line, 3);
  assert.equal(syntaxError('echo "abc').message, 'unexpected EOF while looking for matching `"\'');
  assert.equal(syntaxError('x=$(echo').message, "unexpected EOF while looking for matching `)'");
  assert.equal(syntaxError('echo a && ; b').message, "syntax error near unexpected token `;'");
});

test('parser: line numbers of commands', () => {
  const seq: Seq = parseScript('a\n\nb; c\n  d');
  assert.deepEqual(seq.items.map((i) => i.node.line), [1, 3, 3, 4]);
});
