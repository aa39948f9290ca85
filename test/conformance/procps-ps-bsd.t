procps-ng 4.0.2's BSD forms of ps: `ps aux` (the u format), `ps ax`,
`ps axo FORMAT`; a BSD word without x selects the processes on a
terminal (none here). The host's other processes are filtered out.

  $ ps a; echo $?
      PID TTY      STAT   TIME COMMAND
  1
  $ ps u; echo $?
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  1
  $ ps aux | head -1
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  $ ps -aux | head -1
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  $ ps auxw | head -1
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  $ ps ax | head -1
      PID TTY      STAT   TIME COMMAND
  $ ps x | head -1
      PID TTY      STAT   TIME COMMAND
  $ ps -e u | head -1
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  $ ps aux --no-headers | head -0; echo $?
  0
  $ sleep 7 & ps aux | grep -E ' [s]leep 7$| [p]s aux$'
  ^root +\d+  0\.0  0\.0 +\d+ +\d+ \?        S    \d\d:\d\d   0:00 sleep 7$ (re)
  ^root +\d+  0\.0  0\.0 +\d+ +\d+ \?        R    \d\d:\d\d   0:00 ps aux$ (re)
  $ ps ax | grep -E ' [s]leep 7$| [p]s ax$'
  ^ *\d+ \?        S      0:00 sleep 7$ (re)
  ^ *\d+ \?        R      0:00 ps ax$ (re)
  $ ps axo pid,ppid,stat,comm | awk -v p=$$ '$1 == p || $2 == p'
  ^ *\d+ +\d+ Ss   bash$ (re)
  ^ *\d+ +\d+ S    sleep$ (re)
  ^ *\d+ +\d+ R    ps$ (re)
  ^ *\d+ +\d+ S    awk$ (re)
  $ ps -o pid,stat,%cpu,%mem,bsdtime,tname,comm -p $$ | sed "s/^ *$$ /PID /"
      PID STAT %CPU %MEM   TIME TTY      COMMAND
  ^PID Ss +\d+\.\d  0\.0   0:00 \?        bash$ (re)
  $ ps axo pid=,stat=,comm= | awk -v p=$$ '$1 == p {print $2, $3}'
  Ss bash
  $ ps -o stat= -p $!
  S
  $ kill %1; wait
