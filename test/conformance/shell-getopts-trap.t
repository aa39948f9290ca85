getopts (option strings, OPTARG, OPTIND, silent mode, errors of bash and dash) and trap (EXIT, ERR, listing with trap and trap -p, resetting, signals by number).
  $ set -- -a -b val -c file; while getopts ab:c o; do echo "$o ${OPTARG-none} $OPTIND"; done; shift $((OPTIND-1)); echo "rest: $*"
  a none 2
  b val 4
  c none 5
  rest: file
  $ OPTIND=1; set -- -x; getopts ab o; echo "$? [$o] [${OPTARG-unset}]"
  bash: illegal option -- x
  0 [?] [unset]
  $ OPTIND=1; set -- -b; getopts ab: o; echo "$? [$o] [${OPTARG-unset}]"
  bash: option requires an argument -- b
  0 [?] [unset]
  $ OPTIND=1; set -- -x; getopts :ab o; echo "$? [$o] [$OPTARG]"
  0 [?] [x]
  $ OPTIND=1; set -- -b; getopts :ab: o; echo "$? [$o] [$OPTARG]"
  0 [:] [b]
  $ OPTIND=1; set -- -abc; while getopts abc o; do printf '%s' "$o"; done; echo " $OPTIND"
  abc 2
  $ OPTIND=1; set -- -bfoo x; getopts b: o; echo "$o $OPTARG $OPTIND"
  b foo 2
  $ OPTIND=1; set -- a -b; getopts b o; echo "$? $OPTIND [$o]"
  1 1 [?]
  $ OPTIND=1; set -- -- -b; getopts b o; echo "$? $OPTIND [$o]"
  1 2 [?]
  $ OPTIND=1; getopts ab o -a -b; echo "$o $OPTIND"
  a 2
  $ getopts; echo $?
  getopts: usage: getopts optstring name [arg ...]
  2
  $ getopts ab; echo $?
  getopts: usage: getopts optstring name [arg ...]
  2
  $ f() { local OPTIND; while getopts n: o; do echo "n=$OPTARG"; done; }; f -n 1; f -n 2
  n=1
  n=2
  $ sh -c 'while getopts ab: o; do echo "$o $OPTARG"; done' sh -a -b 5 -z
  a 
  b 5
  Illegal option -z
  ? 
  $ sh -c 'getopts a: o -a; echo "$? $o"'
  No arg for -a option
  0 ?
  $ trap 'echo bye' EXIT; trap; trap - EXIT; trap
  trap -- 'echo bye' EXIT
  $ trap 'echo int' INT; trap 'echo usr' 10; trap -p INT USR1; trap -p; trap - INT USR1
  trap -- 'echo int' SIGINT
  trap -- 'echo usr' SIGUSR1
  trap -- 'echo int' SIGINT
  trap -- 'echo usr' SIGUSR1
  $ trap '' TERM; trap; trap - TERM; trap
  trap -- '' SIGTERM
  $ bash -c 'trap "echo exit \$?" EXIT; false; exit 4'
  exit 4
  [4]
  $ bash -c 'trap "echo err at \$LINENO" ERR; false; true; (exit 2); echo end'
  err at 1
  err at 1
  end
  $ bash -c 'set -e; trap "echo on-exit" EXIT; false; echo never'
  on-exit
  [1]
  $ bash -c 'f() { trap "echo in-f" RETURN; }; f; echo after'
  in-f
  after
  $ sh -c 'trap "echo bye" EXIT; trap; echo x'
  trap -- 'echo bye' EXIT
  x
  bye
  $ sh -c 'trap "echo e" ERR'; echo $?
  trap: ERR: bad trap
  1
  $ trap -l | head -2
   1) SIGHUP	 2) SIGINT	 3) SIGQUIT	 4) SIGILL	 5) SIGTRAP
   6) SIGABRT	 7) SIGBUS	 8) SIGFPE	 9) SIGKILL	10) SIGUSR1
  $ trap 'echo x' 99; echo $?
  bash: line 84: trap: 99: invalid signal specification
  1
  $ bash -c 'trap "echo got usr1" USR1; kill -USR1 $$; echo after'
  got usr1
  after
  $ bash -c 'trap "echo sub-exit" EXIT; (echo in-sub); echo main'
  in-sub
  main
  sub-exit
