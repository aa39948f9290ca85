Jobs in bash and under sh -c (dash): jobs listings, kill %N, wait with and without operands and their statuses, $! and job specs that do not exist.
  $ sh -c 'sleep 5 & kill %1; wait; echo "st $?"'
  sh: 1: kill: No such process
  
  st 0
  $ sh -c 'sleep 5 & kill %1; wait %1; echo "st $?"'
  sh: 1: kill: No such process
  
  st 0
  $ sh -c 'sleep 5 & jobs; kill %1'
  [1] + Running                    
  sh: 1: kill: No such process
  [1]
  $ sh -c 'sleep 5 & jobs -l >/dev/null; jobs -p | wc -l; kill %1'
  0
  sh: 1: kill: No such process
  [1]
  $ sh -c 'kill %1; echo $?'
  sh: 1: kill: No such job: %1
  2
  $ sh -c 'wait %3; echo $?'
  sh: 1: wait: No such job: %3
  2
  $ sh -c 'wait 99999; echo $?'
  127
  $ sh -c '(exit 7) & wait $!; echo $?'
  7
  $ sh -c 'sleep 0.1 & sleep 0.2 & jobs | wc -l; wait; jobs; echo done'
  0
  [2] + Done                       
  [1] + Done                       
  done
  $ sh -c 'sleep 5 & kill -TERM %1; wait $!; echo $?'
  sh: 1: kill: No such process
  
  0
  $ sh -c 'sleep 5 & kill -9 %sleep; wait; echo $?'
  sh: 1: kill: No such job: %sleep
  0
  $ sh -c 'kill -s; echo $?'
  sh: 1: kill: No arg for -s option
  2
  $ sh -c 'kill; echo $?'
  sh: 1: kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or
  kill -l [exitstatus]
  2
  $ sh -c 'kill -l 15; kill -l 143'
  TERM
  TERM
  $ sleep 5 & jobs; kill %1; wait %1; echo $?
  [1]+  Running                 sleep 5 &
  143
  $ sleep 5 & kill %%; wait; echo $?
  0
  $ kill %2; echo $?
  bash: line 57: kill: %2: no such job
  1
  $ wait %2; echo $?
  bash: line 60: wait: %2: no such job
  127
  $ (exit 9) & wait $!; echo $?
  9
  $ sleep 0.1 & sleep 0.2 & wait -n; echo $?; wait
  0
  $ jobs; echo $?
  0
  $ bash -c 'sleep 5 & jobs; kill %1'
  [1]+  Running                 sleep 5 &
