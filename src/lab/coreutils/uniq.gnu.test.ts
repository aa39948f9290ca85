/**
 * uniq against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["uniq","dup"], out: "a\nb\nc\nA\na\n", status: 0 },
  { argv: ["uniq","-c","dup"], out: "      2 a\n      1 b\n      3 c\n      1 A\n      1 a\n", status: 0 },
  { argv: ["uniq","-d","dup"], out: "a\nc\n", status: 0 },
  { argv: ["uniq","-u","dup"], out: "b\nA\na\n", status: 0 },
  { argv: ["uniq","-i","dup"], out: "a\nb\nc\nA\n", status: 0 },
  { argv: ["uniq","-ci","dup"], out: "      2 a\n      1 b\n      3 c\n      2 A\n", status: 0 },
  { argv: ["uniq","-D","dup"], out: "a\na\nc\nc\nc\n", status: 0 },
  { argv: ["uniq","--all-repeated=separate","dup"], out: "a\na\n\nc\nc\nc\n", status: 0 },
  { argv: ["uniq","--all-repeated=prepend","dup"], out: "\na\na\n\nc\nc\nc\n", status: 0 },
  { argv: ["uniq","nosuch"], out: "uniq: nosuch: No such file or directory\n", status: 1 },
  { argv: ["uniq","-Z"], out: "uniq: invalid option -- 'Z'\nTry 'uniq --help' for more information.\n", status: 1 },
  { argv: ["uniq","a","b","c"], out: "uniq: extra operand 'c'\nTry 'uniq --help' for more information.\n", status: 1 },
  { argv: ["uniq","-f1"], stdin: "a 1\nb 1\nc 2\n", out: "a 1\nc 2\n", status: 0 },
  { argv: ["uniq","-f","1","-c"], stdin: "a 1\nb 1\nc 2\n", out: "      2 a 1\n      1 c 2\n", status: 0 },
  { argv: ["uniq","-w1"], stdin: "aa\nab\nbb\n", out: "aa\nbb\n", status: 0 },
  { argv: ["uniq","-s1"], stdin: "xa\nya\n", out: "xa\n", status: 0 },
  { argv: ["uniq","+1"], stdin: "xa\nya\n", out: "xa\n", status: 0 },
  { argv: ["uniq","-f","x","dup"], out: "uniq: x: invalid number of fields to skip\n", status: 1 },
  { argv: ["uniq","-cD","dup"], out: "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n", status: 1 },
  { argv: ["uniq"], stdin: "a\na", out: "a\n", status: 0 },
  { argv: ["uniq","-c","-i","dup"], out: "      2 a\n      1 b\n      3 c\n      2 A\n", status: 0 },
  { argv: ["uniq","-w1"], stdin: "2M\n", out: "2M\n", status: 0 },
  { argv: ["uniq","-c"], stdin: ".5\nv1.10 10 .5\nABC v1.10\n", out: "      1 .5\n      1 v1.10 10 .5\n      1 ABC v1.10\n", status: 0 },
  { argv: ["uniq","-u"], stdin: "a b _\nfoo\na\n", out: "a b _\nfoo\na\n", status: 0 },
  { argv: ["uniq","-w1"], stdin: " 7\n", out: " 7\n", status: 0 },
  { argv: ["uniq","-f1"], stdin: "9 a b 10\n1K 1e3\nFoo\n9 Foo 9\n2M\n", out: "9 a b 10\n1K 1e3\nFoo\n9 Foo 9\n2M\n", status: 0 },
  { argv: ["uniq","-f1"], stdin: "Foo\n_ x:y\nv1.10 2M Foo\n", out: "Foo\n_ x:y\nv1.10 2M Foo\n", status: 0 },
  { argv: ["uniq","-u"], stdin: "abc _\n", out: "abc _\n", status: 0 },
]);
