/proc/self is the reading process: cat's comm and cmdline (read through a pipe: a redirection would be opened by the shell), the pid readlink resolves differs from the shell's, ls /proc lists numeric pid directories alongside net, sys and self, and a process's fd 0 is the pipe it reads from.
  $ cat /proc/self/comm
  cat
  $ cat /proc/self/cmdline | tr '\0' ' '; echo
  cat /proc/self/cmdline 
  $ grep '^Name:' /proc/self/status
  Name:	grep
  $ grep '^State:' /proc/self/status
  State:	R (running)
  $ test "$(readlink /proc/self)" != "$$" && echo differs
  differs
  $ readlink /proc/self | grep -cE '^[0-9]+$'
  1
  $ ls /proc | grep -cE '^(net|sys|self)$'
  3
  $ ls -d /proc/[0-9]* | grep -c "^/proc/$$\$"
  1
  $ echo hi | ls -l /proc/self/fd/0 | sed -E 's/.* -> //; s/[0-9]+/INO/'
  pipe:[INO]
  $ ls -ld /proc/self | sed -E 's/[A-Z][a-z]{2} [ 0-9]{2} [0-9]{2}:[0-9]{2}/DATE/; s/-> [0-9]+$/-> PID/'
  lrwxrwxrwx 1 root root 0 DATE /proc/self -> PID
