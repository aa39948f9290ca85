killall's answers when nothing matches (the machine's other processes
share the pid space: no name here is one of theirs), its signal list and
its usage.

  $ killall zzqq4321; echo $?; killall -q zzqq4321; echo $?; killall -w zzqq4321 zzqq4322; echo $?
  zzqq4321: no process found
  1
  1
  zzqq4321: no process found
  zzqq4322: no process found
  1
  $ killall -l; killall -s QQ x; echo $?; killall -QQ x 2>&1 | head -2; killall -9 -v zzqq4321; echo $?
  HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT
  CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS
  QQ: unknown signal; killall -l lists signals.
  1
  QQ: unknown signal; killall -l lists signals.
  zzqq4321: no process found
  1
  $ killall; echo $?
  Usage: killall [OPTION]... [--] NAME...
         killall -l, --list
         killall -V, --version
  
    -e,--exact          require exact match for very long names
    -I,--ignore-case    case insensitive process name match
    -g,--process-group  kill process group instead of process
    -y,--younger-than   kill processes younger than TIME
    -o,--older-than     kill processes older than TIME
    -i,--interactive    ask for confirmation before killing
    -l,--list           list all known signal names
    -q,--quiet          don't print complaints
    -r,--regexp         interpret NAME as an extended regular expression
    -s,--signal SIGNAL  send this signal instead of SIGTERM
    -u,--user USER      kill only process(es) running as USER
    -v,--verbose        report if the signal was successfully sent
    -V,--version        display version information
    -w,--wait           wait for processes to die
    -n,--ns PID         match processes that belong to the same namespaces
                        as PID
    -Z,--context REGEXP kill only process(es) having context
                        (must precede other arguments)
  
  1
  $ killall -x 2>&1 | head -3
  Usage: killall [OPTION]... [--] NAME...
         killall -l, --list
         killall -V, --version
