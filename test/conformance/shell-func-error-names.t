bash names its error messages by BASH_SOURCE[0]: inside a function it is the file the function was defined in, "main" for one defined on stdin or in -c, the sourced file's name for one defined there; dash always uses $0. The command's E2BIG inside a function is named the same way.
  $ f() { nosuchcmd; }; f
  main: line 9: nosuchcmd: command not found
  [127]
  $ nosuchcmd2
  bash: line 12: nosuchcmd2: command not found
  [127]
  $ g() { cd /nonexistent; }; g
  main: line 15: cd: /nonexistent: No such file or directory
  [1]
  $ h() { echo x > /nonexistent/y; }; h
  main: line 18: /nonexistent/y: No such file or directory
  [1]
  $ k() { local a=$(head -c 131072 /dev/zero | tr '\0' x); /bin/true "$a"; }; k; echo $?
  main: line 21: /bin/true: Argument list too long
  126
  $ m() { sh -c 'exit 3'; ( /bin/true "$1" ); }; m "$(head -c 131072 /dev/zero | tr '\0' x)"
  main: line 24: /bin/true: Argument list too long
  [126]
  $ outer() { inner; nosuch_outer; }; inner() { nosuch_inner; }; outer
  main: line 27: nosuch_inner: command not found
  main: line 27: nosuch_outer: command not found
  [127]
  $ printf 'lib_f() { nosuch_lib; }\nnosuch_top\n' > lib.sh; . ./lib.sh; lib_f; nosuch_after
  ./lib.sh: line 2: nosuch_top: command not found
  ./lib.sh: line 1: nosuch_lib: command not found
  bash: line 30: nosuch_after: command not found
  [127]
  $ printf 'sf() { nosuch_sf; }\nsf\nnosuch_script\n' > script.sh; bash script.sh
  script.sh: line 1: nosuch_sf: command not found
  script.sh: line 3: nosuch_script: command not found
  [127]
  $ bash -c 'cf() { nosuch_c; }; cf; nosuch_c2'
  environment: line 1: nosuch_c: command not found
  bash: line 1: nosuch_c2: command not found
  [127]
  $ sh -c 'df() { nosuch_d; }; df; nosuch_d2'
  sh: 1: nosuch_d: not found
  sh: 1: nosuch_d2: not found
  [127]
  $ printf 'sf2() { nosuch_sf2; }\n' > lib2.sh; bash -c '. ./lib2.sh; sf2'
  ./lib2.sh: line 1: nosuch_sf2: command not found
  [127]
  $ t() { trap 'nosuch_ret' RETURN; }; t; trap - RETURN
  main: line 45: nosuch_ret: command not found
  $ (f)
  main: line 9: nosuchcmd: command not found
  [127]
  $ echo "$(f)"
  main: line 9: nosuchcmd: command not found
  $ FUNCNEST=1000; r() { r; }; r; echo $?
  main: line 54: r: maximum function nesting level exceeded (1000)
  [1]
