/** Arrays, PIPESTATUS (bash(1) "Arrays", "Shell Variables"); expected outputs are bash 5.2's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from './testkit.js';

async function out(script: string): Promise<string> {
  return (await kit().sh(script)).output;
}

test('arrays: assignment, elements, all elements, count, keys', async () => {
  assert.equal(await out('a=(x "y z" w); echo "${a[1]}" ${#a[@]} "${!a[@]}"; a[5]=v; echo "${!a[@]}" "${a[-1]}"'), 'y z 3 0 1 2\n0 1 2 5 v\n');
  assert.equal(await out('a=(x "y z"); args "${a[@]}"; args ${a[@]}; args "${a[*]}"'), '[x]\n[y z]\n[x]\n[y]\n[z]\n[x y z]\n');
  assert.equal(await out('a=(); args "${a[@]}"; echo "n=${#a[@]}"'), 'n=0\n');
  assert.equal(await out('a=(1 2); a+=(3 4); echo "${a[@]}"; a[0]+=x; echo $a ${a[0]}'), '1 2 3 4\n1x 1x\n');
  assert.equal(await out('i=1; a=([2]=c [0]=a b); echo "${a[@]}" "${!a[@]}"; echo "${a[i]}" "${a[$i+1]}"'), 'a b c 0 1 2\nb c\n');
});

test('arrays: multi-line assignment, operators on each element, slices, unset', async () => {
  assert.equal(await out('a=(\n  one # first\n  two\n)\necho "${a[@]^}" "${a[@]#o}"; echo "${a[@]:1}"'), 'One Two ne two\ntwo\n');
  assert.equal(await out('a=(a b c d); unset "a[1]"; echo "${a[@]}" "${!a[@]}" ${#a[@]}; echo "${a[@]:1:2}"'), 'a c d 0 2 3 3\nc d\n');
  assert.equal(await out('a=(x y); echo "${#a[1]}" "${a[9]:-none}"; unset a; echo "[${a[@]}]"'), '1 none\n[]\n');
});

test('arrays: declare -a/-A, associative arrays, local arrays', async () => {
  assert.equal(await out('declare -A m; m[one]=1; m[two]=2; echo "${m[one]}" "${!m[@]}" "${m[@]}"; k=two; echo ${m[$k]}'), '1 one two 1 2\n2\n');
  assert.equal(await out('declare -A m=([a]=x [b]=y); echo "${m[b]}${m[a]}"; declare -a n=(1 2); echo ${n[1]}'), 'yx\n2\n');
  assert.equal(await out('f() { local -a l=(p q); echo "${l[@]}"; }; f; echo "[${l[@]}]"'), 'p q\n[]\n');
  assert.equal(await out('a=(1 "2 3"); declare -p a'), 'declare -a a=([0]="1" [1]="2 3")\n');
});

test('PIPESTATUS: every element of the last pipeline', async () => {
  assert.equal(await out('status 3 | status 4 | true; echo "${PIPESTATUS[@]}"; false; echo ${PIPESTATUS[0]}'), '3 4 0\n1\n');
  assert.equal(await out('spew | first >/dev/null; echo "${PIPESTATUS[@]}"'), '141 0\n');
});

test('arrays: a word with ( outside an assignment is still a syntax error', async () => {
  const r = await kit().sh('echo a=(x)');
  assert.equal(r.status, 2);
  assert.match(r.output, /syntax error near unexpected token `\('/);
});
