/**
 * md5sum, sha1sum and sha256sum against the GNU tools of Debian 12 with
 * LC_ALL=C: each case's output (stdout and stderr merged) and status were
 * recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["md5sum","f1","f2"], out: "fdd10b3cb73391a9fc37eae64dac9702  f1\nb249c751851b00df9bf5dff889b23d71  f2\n", status: 0 },
  { argv: ["md5sum"], stdin: "hello\n", out: "b1946ac92492d2347c6235b4d2611184  -\n", status: 0 },
  { argv: ["md5sum","-"], out: "d41d8cd98f00b204e9800998ecf8427e  -\n", status: 0 },
  { argv: ["md5sum","empty","nonl"], out: "d41d8cd98f00b204e9800998ecf8427e  empty\n16151ff14c884e2d18c9903202288ba0  nonl\n", status: 0 },
  { argv: ["md5sum","-b","f1"], out: "fdd10b3cb73391a9fc37eae64dac9702 *f1\n", status: 0 },
  { argv: ["md5sum","-b","-t","f1"], out: "fdd10b3cb73391a9fc37eae64dac9702  f1\n", status: 0 },
  { argv: ["md5sum","--tag","f1","-"], stdin: "x", out: "MD5 (f1) = fdd10b3cb73391a9fc37eae64dac9702\nMD5 (-) = 9dd4e461268c8034f5c8564e155c67a6\n", status: 0 },
  { argv: ["md5sum","-z","f1"], out: "fdd10b3cb73391a9fc37eae64dac9702  f1\u0000", status: 0 },
  { argv: ["md5sum","nosuch","f1"], out: "md5sum: nosuch: No such file or directory\nfdd10b3cb73391a9fc37eae64dac9702  f1\n", status: 1 },
  { argv: ["md5sum","d"], out: "md5sum: d: Is a directory\n", status: 1 },
  { argv: ["md5sum","a\\b"], out: "md5sum: 'a\\b': No such file or directory\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  f1\n", out: "f1: FAILED\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "0e5751c026e543b2e8ab2eb06099daa1  f1\n", out: "f1: FAILED\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1 *f1\njunk\n# comment\n", out: "f1: FAILED\nmd5sum: WARNING: 1 line is improperly formatted\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c","--quiet"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  f1\n", out: "f1: FAILED\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c","--status"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  f1\n", out: "", status: 1 },
  { argv: ["md5sum","-c","--strict"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  f1\njunk\n", out: "f1: FAILED\nmd5sum: WARNING: 1 line is improperly formatted\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c","-w"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  f1\njunk\n", out: "f1: FAILED\nmd5sum: 'standard input': 2: improperly formatted MD5 checksum line\nmd5sum: WARNING: 1 line is improperly formatted\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "junk\n", out: "md5sum: 'standard input': no properly formatted checksum lines found\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  nosuch\nb026324c6904b2a9cb4b88d6d61c81d1  nosuch2\n", out: "md5sum: nosuch: No such file or directory\nnosuch: FAILED open or read\nmd5sum: nosuch2: No such file or directory\nnosuch2: FAILED open or read\nmd5sum: WARNING: 2 listed files could not be read\n", status: 1 },
  { argv: ["md5sum","-c","--ignore-missing"], stdin: "b026324c6904b2a9cb4b88d6d61c81d1  nosuch\n", out: "md5sum: 'standard input': no file was verified\n", status: 1 },
  { argv: ["md5sum","-c","nosuch"], out: "md5sum: nosuch: No such file or directory\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "MD5 (f1) = 0e5751c026e543b2e8ab2eb06099daa1\n", out: "f1: FAILED\nmd5sum: WARNING: 1 computed checksum did NOT match\n", status: 1 },
  { argv: ["md5sum","--tag","-c"], out: "md5sum: the --tag option is meaningless when verifying checksums\nTry 'md5sum --help' for more information.\n", status: 1 },
  { argv: ["md5sum","--quiet","f1"], out: "md5sum: the --quiet option is meaningful only when verifying checksums\nTry 'md5sum --help' for more information.\n", status: 1 },
  { argv: ["md5sum","--tag","-t","f1"], out: "md5sum: --tag does not support --text mode\nTry 'md5sum --help' for more information.\n", status: 1 },
  { argv: ["md5sum","-x"], out: "md5sum: invalid option -- 'x'\nTry 'md5sum --help' for more information.\n", status: 1 },
  { argv: ["sha1sum","f1","f2","empty"], out: "2b3d6267fbf149c4a2754d466b2579c100d36ca9  f1\n1e435a5f9113dbcf9f42a24e242dbf4817c3fc35  f2\nda39a3ee5e6b4b0d3255bfef95601890afd80709  empty\n", status: 0 },
  { argv: ["sha1sum","--tag","f1"], out: "SHA1 (f1) = 2b3d6267fbf149c4a2754d466b2579c100d36ca9\n", status: 0 },
  { argv: ["sha256sum","f1","f2","empty","conn"], out: "721a7916ccfa56849995f47004497d7d8cefa18b0033b017026036cbe016e171  f1\n88750842869ff7e443eed454c8c368963fe631c311c0f860ab277245d6a8b2cb  f2\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty\n9156e004b241a25f88e13b927eb67569bec8fdc46933f0c9cc72f2224c0487cf  conn\n", status: 0 },
  { argv: ["sha256sum","--tag","f1"], out: "SHA256 (f1) = 721a7916ccfa56849995f47004497d7d8cefa18b0033b017026036cbe016e171\n", status: 0 },
  { argv: ["sha256sum","-c"], stdin: "0e5751c026e543b2e8ab2eb06099daa1  f1\n", out: "sha256sum: 'standard input': no properly formatted checksum lines found\n", status: 1 },
  { argv: ["md5sum","-c"], stdin: "fdd10b3cb73391a9fc37eae64dac9702  f1\nb249c751851b00df9bf5dff889b23d71 *f2\n", out: "f1: OK\nf2: OK\n", status: 0 },
  { argv: ["md5sum","-c","--quiet"], stdin: "fdd10b3cb73391a9fc37eae64dac9702  f1\n", out: "", status: 0 },
  { argv: ["md5sum","-c"], stdin: "MD5 (f1) = fdd10b3cb73391a9fc37eae64dac9702\n", out: "f1: OK\n", status: 0 },
  { argv: ["md5sum","-c"], stdin: "FDD10B3CB73391A9FC37EAE64DAC9702  f1\r\n", out: "f1: OK\n", status: 0 },
  { argv: ["sha1sum","-c"], stdin: "2b3d6267fbf149c4a2754d466b2579c100d36ca9  f1\n", out: "f1: OK\n", status: 0 },
  { argv: ["sha256sum","-c","-"], stdin: "721a7916ccfa56849995f47004497d7d8cefa18b0033b017026036cbe016e171  f1\n", out: "f1: OK\n", status: 0 },
]);
