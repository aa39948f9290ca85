/**
 * test and [ against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["test","1","-eq","1"], out: "", status: 0 },
  { argv: ["test","1","-eq","2"], out: "", status: 1 },
  { argv: ["test","a","=","a"], out: "", status: 0 },
  { argv: ["test","a","!=","a"], out: "", status: 1 },
  { argv: ["test","-z",""], out: "", status: 0 },
  { argv: ["test","-n",""], out: "", status: 1 },
  { argv: ["test","abc"], out: "", status: 0 },
  { argv: ["test",""], out: "", status: 1 },
  { argv: ["test"], out: "", status: 1 },
  { argv: ["test","!","a"], out: "", status: 1 },
  { argv: ["test","a","-a","b"], out: "", status: 0 },
  { argv: ["test","a","-o",""], out: "", status: 0 },
  { argv: ["test","(","a",")"], out: "", status: 0 },
  { argv: ["test","1","-eq","x"], out: "test: invalid integer 'x'\n", status: 2 },
  { argv: ["test","-f","f1"], out: "", status: 0 },
  { argv: ["test","-d","d"], out: "", status: 0 },
  { argv: ["test","-f","d"], out: "", status: 1 },
  { argv: ["test","-e","nosuch"], out: "", status: 1 },
  { argv: ["test","-s","empty"], out: "", status: 1 },
  { argv: ["test","-s","f1"], out: "", status: 0 },
  { argv: ["test","a","b"], out: "test: missing argument after 'b'\n", status: 2 },
  { argv: ["test","a","b","c"], out: "test: 'b': binary operator expected\n", status: 2 },
  { argv: ["test","-x"], out: "", status: 0 },
  { argv: ["test","1","-lt","2","-a","3","-gt","2"], out: "", status: 0 },
  { argv: ["test","!","(","a","=","b",")"], out: "", status: 0 },
  { argv: ["test","x","-foo","y"], out: "test: '-foo': binary operator expected\n", status: 2 },
  { argv: ["test","5","-gt","+4"], out: "", status: 0 },
  { argv: ["test"," 5 ","-eq","5"], out: "", status: 0 },
  { argv: ["[","a","=","a","]"], out: "", status: 0 },
  { argv: ["[","a","=","a"], out: "[: missing ']'\n", status: 2 },
  { argv: ["[","]"], out: "", status: 1 },
  { argv: ["[","-n","x","]"], out: "", status: 0 },
  { argv: ["test","-l","abc","-eq","3"], out: "", status: 0 },
  { argv: ["test","a","=","b","-o","c","=","c","-a","d","=","e"], out: "", status: 1 },
]);
