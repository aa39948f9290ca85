/**
 * basename, dirname, sleep, true and false against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["basename","/a/b/"], out: "b\n", status: 0 },
  { argv: ["basename","/"], out: "/\n", status: 0 },
  { argv: ["basename","//"], out: "/\n", status: 0 },
  { argv: ["basename","a.txt",".txt"], out: "a\n", status: 0 },
  { argv: ["basename",".txt",".txt"], out: ".txt\n", status: 0 },
  { argv: ["basename","-a","a/b","c/d"], out: "b\nd\n", status: 0 },
  { argv: ["basename","-s",".c","a.c","b.c"], out: "a\nb\n", status: 0 },
  { argv: ["basename","a","b","c"], out: "basename: extra operand 'c'\nTry 'basename --help' for more information.\n", status: 1 },
  { argv: ["basename"], out: "basename: missing operand\nTry 'basename --help' for more information.\n", status: 1 },
  { argv: ["dirname","/a/b/"], out: "/a\n", status: 0 },
  { argv: ["dirname","a"], out: ".\n", status: 0 },
  { argv: ["dirname","/"], out: "/\n", status: 0 },
  { argv: ["dirname","//"], out: "/\n", status: 0 },
  { argv: ["dirname","//a"], out: "/\n", status: 0 },
  { argv: ["dirname","///a//b//"], out: "///a\n", status: 0 },
  { argv: ["dirname","a/b","c/d"], out: "a\nc\n", status: 0 },
  { argv: ["dirname"], out: "dirname: missing operand\nTry 'dirname --help' for more information.\n", status: 1 },
  { argv: ["basename",""], out: "\n", status: 0 },
  { argv: ["dirname",""], out: ".\n", status: 0 },
  { argv: ["sleep"], out: "sleep: missing operand\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["sleep","x"], out: "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["sleep","1x"], out: "sleep: invalid time interval '1x'\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["sleep","-1"], out: "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["sleep","1","x","y"], out: "sleep: invalid time interval 'x'\nsleep: invalid time interval 'y'\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["sleep","nan"], out: "sleep: invalid time interval 'nan'\nTry 'sleep --help' for more information.\n", status: 1 },
  { argv: ["true"], out: "", status: 0 },
  { argv: ["false"], out: "", status: 1 },
  { argv: ["false","x"], out: "", status: 1 },
]);
