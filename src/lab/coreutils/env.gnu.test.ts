/**
 * env (GNU coreutils 9.1) against the GNU tool of Debian 12, run with exactly the environment
 * shown (none when absent): each case's output (stdout and stderr merged) and status were
 * recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["env"], out: "", status: 0 },
  { argv: ["env"], env: {X: "1", Y: "two words"}, out: "X=1\nY=two words\n", status: 0 },
  { argv: ["env","-i","A=1","B=2"], out: "A=1\nB=2\n", status: 0 },
  { argv: ["env","A=1","B=2"], env: {X: "1"}, out: "X=1\nA=1\nB=2\n", status: 0 },
  { argv: ["env","A=1","env"], env: {X: "1"}, out: "X=1\nA=1\n", status: 0 },
  { argv: ["env","X=2"], env: {X: "1"}, out: "X=2\n", status: 0 },
  { argv: ["env","-u","X"], env: {X: "1", Y: "2"}, out: "Y=2\n", status: 0 },
  { argv: ["env","--unset=Y","Z=3"], env: {X: "1", Y: "2"}, out: "X=1\nZ=3\n", status: 0 },
  { argv: ["env","-i","A=1","env","-u","A","B=2","env"], out: "B=2\n", status: 0 },
  { argv: ["env","-0","-i","A=1","B=2"], out: "A=1\u0000B=2\u0000", status: 0 },
  { argv: ["env","-","A=1"], env: {X: "1"}, out: "A=1\n", status: 0 },
  { argv: ["env","-i"], env: {X: "1"}, out: "", status: 0 },
  { argv: ["env","--ignore-environment","C=3"], env: {X: "1"}, out: "C=3\n", status: 0 },
  { argv: ["env","nosuch"], out: "env: 'nosuch': No such file or directory\n", status: 127 },
  { argv: ["env","A=1","nosuch","arg"], out: "env: 'nosuch': No such file or directory\n", status: 127 },
  { argv: ["env","-u","A=B"], out: "env: cannot unset 'A=B': Invalid argument\n", status: 125 },
  { argv: ["env","-u"], out: "env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n", status: 125 },
  { argv: ["env","A=1","-i"], out: "env: '-i': No such file or directory\n", status: 127 },
  { argv: ["env","-0","A=1","env"], out: "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n", status: 125 },
  { argv: ["env","--bogus"], out: "env: unrecognized option '--bogus'\nTry 'env --help' for more information.\n", status: 125 },
  { argv: ["env","A=1","B=2","echo","hi","there"], out: "hi there\n", status: 0 },
  { argv: ["env","-i","false"], out: "", status: 1 },
  { argv: ["env","=x"], out: "=x\n", status: 0 },
]);
