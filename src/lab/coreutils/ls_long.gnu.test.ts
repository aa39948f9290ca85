/**
 * ls -l (GNU coreutils 9.1) against the GNU tool of Debian 12 as root on ext4 with an empty
 * environment, the sample files' times set to `mtime` (`mtimes` by file) and the lab's clock
 * set to the second of the recording (`clock`): each case's output (stdout and stderr merged)
 * and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["ls","-l"], clock: 1796322062, mtime: 1795458062, out: "total 36\n-rw-r--r-- 1 root root  123 Nov 23 18:21 conn\n-rw-r--r-- 1 root root   20 Nov 23 18:21 csv\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 d\n-rw-r--r-- 1 root root   16 Nov 23 18:21 dup\n-rw-r--r-- 1 root root    0 Nov 23 18:21 empty\n-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n-rw-r--r-- 1 root root   28 Nov 23 18:21 f2\n-rw-r--r-- 1 root root    3 Nov 23 18:21 nonl\n-rw-r--r-- 1 root root   34 Nov 23 18:21 nums\n-rw-r--r-- 1 root root   21 Nov 23 18:21 words\n", status: 0 },
  { argv: ["ls","-la"], clock: 1796322062, mtime: 1795458062, out: "total 44\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 .\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 ..\n-rw-r--r-- 1 root root  123 Nov 23 18:21 conn\n-rw-r--r-- 1 root root   20 Nov 23 18:21 csv\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 d\n-rw-r--r-- 1 root root   16 Nov 23 18:21 dup\n-rw-r--r-- 1 root root    0 Nov 23 18:21 empty\n-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n-rw-r--r-- 1 root root   28 Nov 23 18:21 f2\n-rw-r--r-- 1 root root    3 Nov 23 18:21 nonl\n-rw-r--r-- 1 root root   34 Nov 23 18:21 nums\n-rw-r--r-- 1 root root   21 Nov 23 18:21 words\n", status: 0 },
  { argv: ["ls","-lA"], clock: 1796322062, mtime: 1795458062, out: "total 36\n-rw-r--r-- 1 root root  123 Nov 23 18:21 conn\n-rw-r--r-- 1 root root   20 Nov 23 18:21 csv\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 d\n-rw-r--r-- 1 root root   16 Nov 23 18:21 dup\n-rw-r--r-- 1 root root    0 Nov 23 18:21 empty\n-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n-rw-r--r-- 1 root root   28 Nov 23 18:21 f2\n-rw-r--r-- 1 root root    3 Nov 23 18:21 nonl\n-rw-r--r-- 1 root root   34 Nov 23 18:21 nums\n-rw-r--r-- 1 root root   21 Nov 23 18:21 words\n", status: 0 },
  { argv: ["ls","-l","d"], clock: 1796322062, mtime: 1795458062, out: "total 4\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 sub\n", status: 0 },
  { argv: ["ls","-ld","d","f1"], clock: 1796322062, mtime: 1795458062, out: "drwxr-xr-x 3 root root 4096 Nov 23 18:21 d\n-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n", status: 0 },
  { argv: ["ls","-ld","."], clock: 1796322062, mtime: 1795458062, out: "drwxr-xr-x 3 root root 4096 Nov 23 18:21 .\n", status: 0 },
  { argv: ["ls","-l","f2","f1","empty"], clock: 1796322063, mtime: 1795458063, out: "-rw-r--r-- 1 root root  0 Nov 23 18:21 empty\n-rw-r--r-- 1 root root  6 Nov 23 18:21 f1\n-rw-r--r-- 1 root root 28 Nov 23 18:21 f2\n", status: 0 },
  { argv: ["ls","-lR","d"], clock: 1796322063, mtime: 1795458063, out: "d:\ntotal 4\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 sub\n\nd/sub:\ntotal 0\n", status: 0 },
  { argv: ["ls","-ln","d"], clock: 1796322063, mtime: 1795458063, out: "total 4\ndrwxr-xr-x 2 0 0 4096 Nov 23 18:21 sub\n", status: 0 },
  { argv: ["ls","-l","-a","-1","d"], clock: 1796322063, mtime: 1795458063, out: "total 12\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 .\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 ..\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 sub\n", status: 0 },
  { argv: ["ls","-lr"], clock: 1796322063, mtime: 1795458063, out: "total 36\n-rw-r--r-- 1 root root   21 Nov 23 18:21 words\n-rw-r--r-- 1 root root   34 Nov 23 18:21 nums\n-rw-r--r-- 1 root root    3 Nov 23 18:21 nonl\n-rw-r--r-- 1 root root   28 Nov 23 18:21 f2\n-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n-rw-r--r-- 1 root root    0 Nov 23 18:21 empty\n-rw-r--r-- 1 root root   16 Nov 23 18:21 dup\ndrwxr-xr-x 3 root root 4096 Nov 23 18:21 d\n-rw-r--r-- 1 root root   20 Nov 23 18:21 csv\n-rw-r--r-- 1 root root  123 Nov 23 18:21 conn\n", status: 0 },
  { argv: ["ls","-lF","d"], clock: 1796322063, mtime: 1795458063, out: "total 4\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 sub/\n", status: 0 },
  { argv: ["ls","-l","nosuch","f1"], clock: 1796322063, mtime: 1795458063, out: "ls: cannot access 'nosuch': No such file or directory\n-rw-r--r-- 1 root root 6 Nov 23 18:21 f1\n", status: 2 },
  { argv: ["ls","-l","f1","d"], clock: 1796322063, mtime: 1795458063, out: "-rw-r--r-- 1 root root    6 Nov 23 18:21 f1\n\nd:\ntotal 4\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 sub\n", status: 0 },
  { argv: ["ls","-l","d/sub"], clock: 1796322063, mtime: 1795458063, out: "total 0\n", status: 0 },
  { argv: ["ls","-l","f1","f2","nonl"], clock: 1796322063, mtime: 1795458063, mtimes: {f1: 1700000000, nonl: 1500000000}, out: "-rw-r--r-- 1 root root  6 Nov 14  2023 f1\n-rw-r--r-- 1 root root 28 Nov 23 18:21 f2\n-rw-r--r-- 1 root root  3 Jul 14  2017 nonl\n", status: 0 },
  { argv: ["ls","-l","conn","f1"], clock: 1796322063, mtime: 1700000000, out: "-rw-r--r-- 1 root root 123 Nov 14  2023 conn\n-rw-r--r-- 1 root root   6 Nov 14  2023 f1\n", status: 0 },
  { argv: ["ls","-dl","d","d/sub"], clock: 1796322063, mtime: 1795458063, mtimes: {d: 1600000000}, out: "drwxr-xr-x 3 root root 4096 Sep 13  2020 d\ndrwxr-xr-x 2 root root 4096 Nov 23 18:21 d/sub\n", status: 0 },
]);
