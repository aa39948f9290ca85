bash's execve(2) limits: one argument or variable longer than MAX_ARG_STRLEN (131072 bytes with its NUL), or argv+envp past a quarter of RLIMIT_STACK, fail with E2BIG ("Argument list too long", status 126, named by the path run; dash: by the name); builtins have no such limit; a hard limit cannot be raised (no CAP_SYS_RESOURCE).
  $ a=$(head -c 131071 /dev/zero | tr '\0' x); /bin/echo "$a" | wc -c
  131072
  $ a=$(head -c 131072 /dev/zero | tr '\0' x); /bin/echo "$a" | wc -c
  bash: line 12: /bin/echo: Argument list too long
  0
  $ echo $?
  0
  $ a=$(head -c 131072 /dev/zero | tr '\0' x); echo "$a" | wc -c
  131073
  $ a=$(head -c 200000 /dev/zero | tr '\0' x); printf '%s' "$a" | wc -c
  200000
  $ a=$(head -c 200000 /dev/zero | tr '\0' x); env printf '%s' "$a" | wc -c
  bash: line 24: /usr/bin/env: Argument list too long
  0
  $ a=$(head -c 100000 /dev/zero | tr '\0' x); /bin/true $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a; echo $?
  0
  $ a=$(head -c 100000 /dev/zero | tr '\0' x); /bin/true $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a; echo $?
  0
  $ export BIG=$(head -c 140000 /dev/zero | tr '\0' y); /bin/true; echo $?
  bash: line 33: /bin/true: Argument list too long
  126
  $ unset BIG; /bin/true; echo $?
  0
  $ a=$(head -c 131072 /dev/zero | tr '\0' x); sh -c 'echo ok' "$a"
  bash: line 39: /usr/bin/sh: Argument list too long
  [126]
  $ a=$(head -c 131072 /dev/zero | tr '\0' x); ip link show "$a"
  bash: line 42: /usr/sbin/ip: Argument list too long
  [126]
  $ sh -c 'a=$(head -c 131072 /dev/zero | tr "\0" x); /bin/echo "$a"; echo $?; env true "$a"; echo $?'
  sh: 1: /bin/echo: Argument list too long
  126
  sh: 1: env: Argument list too long
  126
  $ X=$(head -c 131072 /dev/zero | tr '\0' z) /bin/true; echo $?
  bash: line 48: /bin/true: Argument list too long
  126
  $ f() { /bin/true "$@"; }; a=$(head -c 131072 /dev/zero | tr '\0' x); f "$a"; echo $?
  main: line 51: /bin/true: Argument list too long
  126
  $ ulimit -s unlimited; a=$(head -c 100000 /dev/zero | tr '\0' x); /bin/true $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a; echo $?; /bin/true $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a $a; echo $?
  0
  bash: line 54: /bin/true: Argument list too long
  126
  $ ulimit -s 1024; a=$(head -c 100000 /dev/zero | tr '\0' x); /bin/true $a $a $a; echo $?; /bin/true $a $a; echo $?; ulimit -s unlimited
  bash: line 57: /bin/true: Argument list too long
  126
  0
  bash: line 57: ulimit: stack size: cannot modify limit: Operation not permitted
  [1]
  $ ulimit -Hn 30000; echo $?; ulimit -Hn
  bash: line 60: ulimit: open files: cannot modify limit: Operation not permitted
  1
  20000
  $ ulimit -Hs 100000; ulimit -Hs unlimited; echo $?; ulimit -Ss 9000; echo $?; ulimit -s
  bash: line 63: ulimit: stack size: cannot modify limit: Operation not permitted
  bash: line 63: ulimit: stack size: cannot modify limit: Operation not permitted
  1
  bash: line 63: ulimit: stack size: cannot modify limit: Invalid argument
  1
  1024
