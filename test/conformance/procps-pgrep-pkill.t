pgrep and pkill over a shell's background jobs, in and out of a network
namespace. The machine's other processes share the pid space: every
pattern here names only this file's commands, and pids are masked.

  $ ip netns add a
  $ sleep 4321 &
  $ nc -l 5317 &
  $ ip netns exec a sleep 4322 &
  $ sleep 0.2
  $ pgrep -f 'sleep 4321' | sed 's/^[0-9][0-9]*$/PID/'; pgrep -l -f 'sleep 4321' | sed 's/^[0-9]*/PID/'
  PID
  PID sleep
  $ pgrep -a -f 'sleep 432[12]' | sed 's/^[0-9]*/PID/'; pgrep -c -f 'sleep 432'
  PID sleep 4321
  PID sleep 4322
  2
  $ pgrep -x -f 'sleep 432'; echo $?; pgrep -x -f 'sleep 4321|nc -l 5317' | wc -l
  1
  2
  $ pgrep -d, -f '^(sleep 4321|nc -l 5317)$' | sed 's/[0-9][0-9]*/PID/g'
  PID,PID
  $ [ "$(pgrep -n -f 'sleep 432')" -gt "$(pgrep -o -f 'sleep 432')" ] && echo newer
  newer
  $ pgrep -i -a -f 'SLEEP 4321' | sed 's/^[0-9]*/PID/'; pgrep -u root -f 'nc -l 5317' | wc -l; pgrep -u 0 -c -f 'nc -l 5317'
  PID sleep 4321
  1
  1
  $ pgrep -v -f 'sleep 4321' | grep -c "^$(pgrep -f 'sleep 4321')$"
  0
  [1]
  $ pgrep --ns $$ --nslist net -a -f 'sleep 432' | sed 's/^[0-9]*/PID/'
  PID sleep 4321
  $ pgrep -l --ns "$(pgrep -f 'sleep 4322')" -f 'sleep 432' | sed 's/^[0-9]*/PID/'
  PID sleep
  $ pgrep -c -f 'no such command 4321'; echo $?
  0
  1
  $ pgrep 'zz('; echo $?; pgrep a b; echo $?; pgrep; echo $?; pgrep -u nosuchuser x; echo $?
  pgrep: regex error: Unmatched ( or \(
  2
  pgrep: only one pattern can be provided
  Try `pgrep --help' for more information.
  2
  pgrep: no matching criteria specified
  Try `pgrep --help' for more information.
  2
  pgrep: invalid user name: nosuchuser
  2
  $ pgrep -9 x 2>&1 | head -3; pkill -l x 2>&1 | head -1; pkill -QQ x 2>&1 | sed -n 1p
  pgrep: invalid option -- '9'
  
  Usage:
  pkill: invalid option -- 'l'
  pkill: invalid option -- 'Q'
  $ pkill -f 'no such command 4321'; echo $?
  1
  $ pkill -e -f 'nc -l 5317' | sed 's/[0-9][0-9]*/PID/'; sleep 0.1; pgrep -c -f 'nc -l 5317'
  nc killed (pid PID)
  0
  [1]
  $ pkill -c -f 'sleep 4322'; sleep 0.1; pgrep -c -f 'sleep 4322'
  1
  0
  [1]
  $ pkill --signal INT -f 'sleep 4321'; echo $?; sleep 0.1; pgrep -c -f 'sleep 4321'
  0
  1
  $ pkill -f 'sleep 4321'; echo $?; sleep 0.1; pgrep -c -f 'sleep 4321'
  0
  0
  [1]
  $ pgrep -f 'sleep 432'; echo $?
  1
