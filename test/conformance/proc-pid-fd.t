/proc/PID of a background nc: comm, cmdline (NUL-separated), the fd directory (stdin and stdout/stderr on /dev/null, the listening socket at fd 3 as socket:[INODE], the inode /proc/net/tcp shows for it), the link modes ls -l prints, a few status fields, and ENOENT once the process is gone. Pids, dates and inodes vary: sed replaces them.
  $ ip netns add b
  $ ip -n b link set lo up
  $ ip netns exec b nc -l -p 5001 > /dev/null 2>&1 &
  $ sleep 0.3
  $ P=$!
  $ cat /proc/$P/comm
  nc
  $ tr '\0' ' ' < /proc/$P/cmdline; echo
  nc -l -p 5001 
  $ cat /proc/$P/cmdline | wc -c
  14
  $ ls /proc/$P/fd
  0
  1
  2
  3
  $ ls -l /proc/$P/fd | sed -E 's/[A-Z][a-z]{2} [ 0-9]{2} [0-9]{2}:[0-9]{2}/DATE/; s/\[[0-9]+\]/[INO]/'
  total 0
  lr-x------ 1 root root 64 DATE 0 -> /dev/null
  l-wx------ 1 root root 64 DATE 1 -> /dev/null
  l-wx------ 1 root root 64 DATE 2 -> /dev/null
  lrwx------ 1 root root 64 DATE 3 -> socket:[INO]
  $ readlink /proc/$P/fd/0 /proc/$P/fd/1 /proc/$P/fd/2
  /dev/null
  /dev/null
  /dev/null
  $ readlink /proc/$P/fd/3 | sed -E 's/[0-9]+/INO/'
  socket:[INO]
  $ I=$(readlink /proc/$P/fd/3 | sed -E 's/socket:\[([0-9]+)\]/\1/')
  $ ip netns exec b grep -c " $I " /proc/net/tcp
  1
  $ grep -E '^(Name|Umask|State|Uid|Gid|Threads):' /proc/$P/status
  Name:	nc
  Umask:	0022
  State:	S (sleeping)
  Uid:	0	0	0	0
  Gid:	0	0	0	0
  Threads:	1
  $ grep -E '^(Tgid|Pid):' /proc/$P/status | sed "s/$P/PID/"
  Tgid:	PID
  Pid:	PID
  $ grep -c "^PPid:" /proc/$P/status
  1
  $ test -d /proc/$P && echo alive
  alive
  $ readlink /proc/$P/fd/7
  [1]
  $ cat /proc/$P/fd/7 2>&1 | sed "s/$P/PID/"
  cat: /proc/PID/fd/7: No such file or directory
  $ ls /proc/$P/nonexistent 2>&1 | sed "s/$P/PID/"
  ls: cannot access '/proc/PID/nonexistent': No such file or directory
  $ kill $P; wait $P; sleep 0.1
  $ test -d /proc/$P || echo gone
  gone
  $ cat /proc/$P/comm 2>&1 | sed "s/$P/PID/"
  cat: /proc/PID/comm: No such file or directory
