Each transcript command starts with $? at 0: the recorder runs its own echo between two commands, so a lone `echo $?` prints 0 and `cmd; echo $?` the command's status.
  $ false
  [1]
  $ echo $?
  0
  $ false; echo $?
  1
  $ sh -c 'exit 3'
  [3]
  $ echo $? $?
  0 0
  $ sh -c 'exit 3'; echo $?; echo $?
  3
  0
  $ ip link show nosuch
  Device "nosuch" does not exist.
  [1]
  $ echo $?
  0
  $ ip link show nosuch 2>/dev/null || echo failed $?
  failed 1
  $ true; ! true; echo $?
  1
