ps's formats for one background job (the machine's other processes share
the pid space: only this file's job is selected, pids and times masked).

  $ sleep 4323 &
  $ P=$!; sleep 0.1
  $ ps -o pid,comm,args,ppid -p $P | sed 's/  *[0-9][0-9]*$/ PPID/; s/^ *[0-9][0-9]* /PID /'
      PID COMMAND         COMMAND                        PPID
  PID sleep           sleep 4323 PPID
  $ ps -o comm,args -p $P; ps -o args,comm -p $P; ps -o comm= -o args= -p $P; ps --no-headers -o comm -p $P
  COMMAND         COMMAND
  sleep           sleep 4323
  COMMAND                     COMMAND
  sleep 4323                  sleep
  sleep           sleep 4323
  sleep
  $ ps -p $P | sed 's/^ *[0-9][0-9]*/PID/'; ps -f -p $P | sed 's/[0-9][0-9]:[0-9][0-9] /HH:MM /; s/  *[0-9][0-9]*  *[0-9][0-9]*  0 / PID PPID  0 /'
      PID TTY          TIME CMD
  PID ?        00:00:00 sleep
  UID          PID    PPID  C STIME TTY          TIME CMD
  root PID PPID  0 HH:MM ?        00:00:00 sleep 4323
  $ ps -o tty,time,stat,user,uid -p $P
  TT           TIME STAT USER       UID
  ?        00:00:00 S    root         0
  $ ps -o pid=,comm= -p $P | sed 's/^ *[0-9][0-9]*/PID/'; ps -o comm=NAME -p $P
  PID sleep
  NAME
  sleep
  $ ps -p 999999999; echo $?
      PID TTY          TIME CMD
  1
  $ kill $P
