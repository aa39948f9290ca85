/**
 * tr against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["tr"], out: "tr: missing operand\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","a"], out: "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","-d"], out: "tr: missing operand\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","-d","a","b"], out: "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","a-z"], out: "tr: missing operand after 'a-z'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","a-z","A-Z"], stdin: "hello\n", out: "HELLO\n", status: 0 },
  { argv: ["tr","[:lower:]","[:upper:]"], stdin: "hello\n", out: "HELLO\n", status: 0 },
  { argv: ["tr","[:upper:]","[:lower:]"], stdin: "HELLO\n", out: "hello\n", status: 0 },
  { argv: ["tr","-d","lo"], stdin: "hello world\n", out: "he wrd\n", status: 0 },
  { argv: ["tr","-s"," "], stdin: "hello   world\n", out: "hello world\n", status: 0 },
  { argv: ["tr","-s","a-z"], stdin: "hello\n", out: "helo\n", status: 0 },
  { argv: ["tr","-s","a-c","x"], stdin: "aabbcc\n", out: "x\n", status: 0 },
  { argv: ["tr","el","x"], stdin: "hello\n", out: "hxxxo\n", status: 0 },
  { argv: ["tr","-t","elo","x"], stdin: "hello\n", out: "hxllo\n", status: 0 },
  { argv: ["tr","-c","a-z\\n","X"], stdin: "hello\n", out: "hello\n", status: 0 },
  { argv: ["tr","-cd","[:digit:]\\n"], stdin: "hello 123\n", out: "123\n", status: 0 },
  { argv: ["tr","-d","[:alpha:]"], stdin: "hello 123\n", out: " 123\n", status: 0 },
  { argv: ["tr","\\t"," "], stdin: "a\tb\n", out: "a b\n", status: 0 },
  { argv: ["tr",".","\\n"], stdin: "a.b\n", out: "a\nb\n", status: 0 },
  { argv: ["tr","abc","[x*]"], stdin: "abc\n", out: "xxx\n", status: 0 },
  { argv: ["tr","abcde","x[y*2]z"], stdin: "abcde\n", out: "xyyzz\n", status: 0 },
  { argv: ["tr","z-a","x"], stdin: "hello\n", out: "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n", status: 1 },
  { argv: ["tr","a",""], stdin: "hello\n", out: "tr: when not truncating set1, string2 must be non-empty\n", status: 1 },
  { argv: ["tr","[:foo:]","a"], stdin: "hello\n", out: "tr: invalid character class 'foo'\n", status: 1 },
  { argv: ["tr","a","b","c"], out: "tr: extra operand 'c'\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","-ds","l","o"], stdin: "hello\n", out: "heo\n", status: 0 },
  { argv: ["tr","\\\\","/"], stdin: "a\\b\n", out: "a/b\n", status: 0 },
  { argv: ["tr","[:upper:]","a"], stdin: "hello\n", out: "hello\n", status: 0 },
  { argv: ["tr","-s","abc"], stdin: "abc\n", out: "abc\n", status: 0 },
  { argv: ["tr","a","[x*"], stdin: "aaa\n", out: "[[[\n", status: 0 },
  { argv: ["tr","x","\\101"], stdin: "x\n", out: "A\n", status: 0 },
  { argv: ["tr","[=b=]","x"], stdin: "abc\n", out: "axc\n", status: 0 },
  { argv: ["tr","-d","[:digit:]","x"], stdin: "hello\n", out: "tr: extra operand 'x'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","-d","a","f1"], out: "tr: extra operand 'f1'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", status: 1 },
  { argv: ["tr","-d","0-9"], stdin: "_ x:y\n10 abc\n.5  7 a b\n", out: "_ x:y\n abc\n.   a b\n", status: 0 },
  { argv: ["tr","-d","0-9"], stdin: "a\tb -0\n10 1K\na\n", out: "a\tb -\n K\na\n", status: 0 },
]);
