socat's EXEC and SYSTEM addresses at -d -d: "forking off child", "forked off child process" twice (xio_fork(), then _xioopen_foxec()), the child's "execvp'ing" for EXEC; SYSTEM's "executing shell command" is an Info line, not shown.
  $ ip link set lo up
  $ echo hi | socat -d -d - EXEC:cat 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/process [0-9]+/process C/' | grep -v childdied | sort
  hi
  socat[P] N execvp'ing "cat"
  socat[P] N exiting with status 0
  socat[P] N forked off child process C
  socat[P] N forked off child process C
  socat[P] N forking off child, using socket for reading and writing
  socat[P] N reading from and writing to stdio
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N socket 2 (fd 5) is at EOF
  socat[P] N starting data transfer loop with FDs [0,1] and [5,5]
  $ echo hi | socat -d -d - SYSTEM:cat 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/process [0-9]+/process C/' | grep -v childdied | sort
  hi
  socat[P] N exiting with status 0
  socat[P] N forked off child process C
  socat[P] N forked off child process C
  socat[P] N forking off child, using socket for reading and writing
  socat[P] N reading from and writing to stdio
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N socket 2 (fd 5) is at EOF
  socat[P] N starting data transfer loop with FDs [0,1] and [5,5]
  $ echo hi | socat -d -d -u - SYSTEM:'cat > /dev/null' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/process [0-9]+/process C/' | grep -v 'childdied\|waitpid' | sort
  socat[P] N exiting with status 0
  socat[P] N forked off child process C
  socat[P] N forked off child process C
  socat[P] N forking off child, using socket for writing
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[P] N using stdin for reading
