The shell's commands, background jobs and pipeline elements are its own
children: their PPID is $$ (bash forks each of them), as pgrep -P and ps
show it.

  $ sleep 10 &
  $ [ "$(pgrep -P $$)" = "$!" ] && echo the job is the shell\'s child
  the job is the shell's child
  $ pgrep -P $$ | wc -l
  2
  $ ps -o ppid=,comm= | awk -v p=$$ '$1 == p {print $2}'
  sleep
  ps
  awk
  $ (ps -o ppid=,comm=) | awk -v p=$$ '$1 == p {print $2}'
  sleep
  ps
  awk
  $ sh -c 'ps -o ppid=,comm=' | awk -v p=$$ '$1 == p {print $2}'
  sleep
  sh
  awk
  $ { sleep 5; true; } & ps -o ppid=,comm= | awk -v p=$$ '$1 == p {print $2}'
  sleep
  bash
  ps
  awk
  $ ps -o pid=,ppid= -p $$ | awk -v p=$$ '$1 == p {print "shell listed"}'
  shell listed
  $ kill %1 %2; wait
