A non-interactive bash reports a job a signal ended once it waited for a child (a foreground command, the wait builtin): "bash: line N: PID " and the signal's text padded to 24 columns, then the command; the command as make_command_string() prints it (redirections as print_redirection() spells them: "2> /dev/null", "1>&2", "0>&-"); not SIGINT, SIGTERM or SIGPIPE (Debian's DONT_REPORT_SIGTERM, DONT_REPORT_SIGPIPE), nor a signal the shell traps. A foreground command SIGTERM ended gets "Terminated" alone. Background commands ignore SIGINT and SIGQUIT.
  $ sh -c 'kill -9 $$'; echo $?
  bash: line *: * Killed                  sh -c 'kill -9 $$' (glob)
  137
  $ sh -c 'kill -SEGV $$'; echo $?
  bash: line *: * Segmentation fault      sh -c 'kill -SEGV $$' (glob)
  139
  $ sh -c 'kill -TERM $$'; echo $?
  Terminated
  143
  $ sh -c 'kill -PIPE $$'; echo $?
  141
  $ sh -c 'kill -USR1 $$' | cat; echo $?
  0
  $ sleep 5 & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 (glob)
  $ sleep 5 & sleep 0.1; kill -9 $!; echo a; sleep 0.1; echo c
  a
  bash: line *: * Killed                  sleep 5 (glob)
  c
  $ trap 'echo trapped' HUP; sleep 5 & sleep 0.1; kill -HUP $!; wait; trap - HUP
  $ sleep 1 & sleep 0.1; kill -QUIT $!; kill -INT $!; wait $!; echo $?
  0
  $ sleep 5 & sleep 0.1; kill -TERM $!; wait $!; echo $?
  143
  $ sleep 5 & sleep 0.1; kill -ALRM $!; wait
  bash: line *: * Alarm clock             sleep 5 (glob)
  $ sleep 5 & sleep 0.1; kill -USR1 $!; wait $!; echo $?
  bash: line *: * User defined signal 1   sleep 5 (glob)
  138
  $ { sleep 5; echo x; } & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  { sleep 5; echo x; } (glob)
  $ sleep 5 & sleep 5 & sleep 0.1; kill -9 %1 %2; wait
  bash: line *: * Killed                  sleep 5 (glob)
  bash: line *: * Killed                  sleep 5 (glob)
  $ sleep 5 & sleep 0.1; kill -9 $!; wait -n; echo $?
  bash: line *: * Killed                  sleep 5 (glob)
  137
  $ sleep 5 & sleep 0.1; kill -9 $!; sleep 0.1; jobs; echo j
  bash: line *: * Killed                  sleep 5 (glob)
  j
  $ sleep 5 & sleep 0.1; { kill -9 $!; wait $!; } 2>/dev/null; echo $?
  137
  $ sleep 0.1 & sleep 0.2; kill -9 $!; wait $!; echo $?
  bash: line *: kill: (*) - No such process (glob)
  0
  $ sleep 5 2>/dev/null >/dev/null & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 2> /dev/null > /dev/null (glob)
  $ sleep 5 >&2 </dev/null & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 1>&2 < /dev/null (glob)
  $ sleep 5 >>x 2>&1 & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 >> x 2>&1 (glob)
  $ sleep 5 &>/dev/null & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 &> /dev/null (glob)
  $ sleep 5 0<&- 3>'q r' & sleep 0.1; kill -9 $!; wait
  bash: line *: * Killed                  sleep 5 0>&- 3> 'q r' (glob)
  $ sh -c 'kill -9 $$' 2>/dev/null; echo $?
  bash: line *: * Killed                  sh -c 'kill -9 $$' 2> /dev/null (glob)
  137
