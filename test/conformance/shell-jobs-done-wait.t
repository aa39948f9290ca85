bash running a script keeps a background job that exited until wait or jobs collects it (notify_of_job_status(): statuses of a script's jobs are kept), so wait %N after the job ended returns its status; jobs lists it as Done or Exit N once and forgets it; a wait without operands collects the jobs it waited for while they ran; job numbers restart when the table empties; the + and - marks follow bash's current and previous job (set_current_job()); a job a signal killed is reported and forgotten; kill of a finished job still in the table says nothing.
  $ sleep 0.1 &
  $ sleep 1 &
  $ sleep 0.5
  $ kill %2; wait %2
  [143]
  $ wait %1; echo $?
  0
  $ jobs; echo ---
  ---
  $ (exit 3) &
  $ sleep 0.2; jobs; echo ---; jobs -l
  [1]+  Exit 3                  ( exit 3 )
  ---
  $ wait %1; echo $?
  bash: line 33: wait: %1: no such job
  127
  $ sleep 0.1 & sleep 0.2; wait; echo $?
  0
  $ wait %1; echo $?
  0
  $ sleep 0.1 &
  $ sleep 0.3; kill %1; echo $?
  0
  $ sleep 0.1 &
  $ sleep 1 &
  $ sleep 0.3; jobs
  [1]   Done                    sleep 0.1
  [2]-  Done                    sleep 0.1
  [3]+  Running                 sleep 1 &
  $ jobs
  [3]+  Running                 sleep 1 &
  $ wait; echo $?
  0
  $ true &
  $ false &
  $ sleep 0.3
  $ wait %2; echo $?
  1
  $ wait %1; echo $?
  0
  $ wait %1; echo $?
  bash: line 78: wait: %1: no such job
  127
  $ sleep 0.1 &
  $ sleep 0.1 &
  $ sleep 0.3
  $ sleep 0.2 &
  $ jobs
  [1]   Done                    sleep 0.1
  [2]   Done                    sleep 0.1
  [3]+  Running                 sleep 0.2 &
  $ wait %-; echo $?
  0
  $ jobs
  $ (kill -9 $BASHPID) & sleep 0.2; wait %1 2>&1 | sed -E 's/line [0-9]+/line N/'; echo $?
  bash: line 102: * Killed                  ( kill -9 $BASHPID ) (glob)
  bash: line N: wait: %1: no such job
  0
  $ (kill -9 $BASHPID) 2>&1 & sleep 0.2; true
  bash: line 105: * Killed                  ( kill -9 $BASHPID ) 2>&1 (glob)
  $ echo hello > msg
  $ ip netns add a; ip -n a link set lo up
  $ ip netns exec a nc -l 127.0.0.1 5000 > got &
  $ sleep 0.3; ip netns exec a nc -q0 127.0.0.1 5000 < msg
  $ sleep 0.3; wait %1; echo $?; cat got
  0
  hello
