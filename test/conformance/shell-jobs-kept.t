A bash reading its script (not -c) keeps the background jobs that exited until `jobs` reports them (notify_of_job_status() with startup_state 0): "Done"/"Exit N" with the current/previous marks of js.j_current/j_previous, `kill %N` on such a job succeeds silently, `wait %N`/`wait PID`/`wait -n` forget the job they collect, `wait` forgets every finished job but $!'s; -c forgets them all; a command substitution and `jobs` alone in a pipeline keep the table (kill $(jobs -p)); fg/bg: no job control.
  $ sleep 0.1 & sleep 0.3
  $ jobs
  [1]+  Done                    sleep 0.1
  $ jobs
  $ true > x.out & sleep 0.3
  $ echo x; jobs
  x
  [1]+  Done                    true > x.out
  $ sleep 0.1 & sleep 0.1 & sleep 0.3
  $ jobs
  [1]-  Done                    sleep 0.1
  [2]+  Done                    sleep 0.1
  $ sleep 0.1 & sleep 0.3
  $ kill %1; echo $?
  0
  $ jobs
  [1]+  Done                    sleep 0.1
  $ sleep 0.1 & sleep 0.3
  $ sleep 0.2 & sleep 0.3
  $ jobs
  [1]   Done                    sleep 0.1
  [2]+  Done                    sleep 0.2
  $ (exit 3) & sleep 0.3
  $ jobs; jobs
  [1]+  Exit 3                  ( exit 3 )
  $ sleep 5 & sleep 0.1; kill %1; sleep 0.1
  $ jobs
  $ false & sleep 0.2; jobs -l | sed -E 's/^(\[[0-9]\].) +[0-9]+ /\1 N /'
  [1]+ N Exit 1                  false
  $ sleep 0.1 & wait $!; jobs
  [1]   Exit 1                  false
  $ sleep 0.1 & sleep 0.3; wait %1; echo $?; jobs
  0
  $ bash -c 'sleep 0.1 & sleep 0.3; jobs; echo end'
  end
  $ ( sleep 0.1 & sleep 0.3; jobs )
  [1]+  Done                    sleep 0.1
  $ echo "$(sleep 0.1 & sleep 0.3; jobs)"
  [1]+  Done                    sleep 0.1
  $ sleep 0.1 & sleep 0.3; jobs -p | wc -l; jobs
  1
  [1]+  Done                    sleep 0.1
  $ sleep 0.1 & sleep 0.3; sleep 5 & jobs; kill %2; wait
  [1]   Done                    sleep 0.1
  [2]+  Running                 sleep 5 &
  $ jobs
  $ sleep 5 & kill %1; jobs; wait
  [1]+  Running                 sleep 5 &
  $ sleep 0.1 & sleep 0.3; fg %1; echo $?; bg; echo $?
  bash: line 90: fg: no job control
  1
  bash: line 90: bg: no job control
  1
  $ jobs
  [1]+  Done                    sleep 0.1
  $ sleep 0.1 & sleep 0.3; wait -n; echo $?; jobs
  0
  $ sleep 0.1 & sleep 0.3; jobs %1; jobs
  [1]+  Done                    sleep 0.1
  $ (exit 7) & sleep 0.3; wait %1; echo $?; jobs
  7
  $ sleep 0.1 & sleep 0.3; wait; sleep 1 & jobs; wait
  [1]   Done                    sleep 0.1
  [2]+  Running                 sleep 1 &
  $ sleep 0.1 & sleep 0.2 & sleep 0.3; wait; jobs
  [2]   Done                    sleep 0.2
  $ sleep 0.1 & sleep 0.3; sleep 0.5 & wait; jobs
  $ sleep 0.5 & sleep 0.1 & sleep 0.3; wait; jobs
  [2]   Done                    sleep 0.1
  $ { sleep 5 & kill -9 $!; wait; echo $?; jobs; } 2>&1 | sed -E 's/: +[0-9]+ Killed/: PID Killed/'
  bash: line 117: PID Killed                  sleep 5
  0
  $ sleep 0.1 & sleep 0.2 & sleep 0.3; wait %2; jobs
  [1]   Done                    sleep 0.1
  $ sleep 5 & sleep 0.1; kill $(jobs -p); wait; echo ok
  ok
  $ sleep 5 & sleep 0.1; jobs -p | wc -l; jobs | wc -l; kill %1; wait
  1
  1
  $ sleep 5 & sleep 0.1; echo "$(jobs)"; kill %1; wait
  [1]+  Running                 sleep 5 &
  $ sleep 5 & sleep 0.1; (jobs); { jobs; } | cat; kill %1; wait
  $ sleep 0.1 & sleep 5 & sleep 0.3; jobs %%; jobs %-; kill %%; wait; jobs; echo $?
  [2]+  Running                 sleep 5 &
  [1]-  Done                    sleep 0.1
  0
  $ sleep 5 & sleep 0.1 & sleep 0.3; jobs %-; jobs %+; kill %-; wait; jobs
  [1]-  Running                 sleep 5 &
  [2]+  Done                    sleep 0.1
