A command that does not exist: `ip netns exec` reports the failed execvp
(iproute2 lib/exec.c) and exits 1; bash says "command not found", 127.

  $ ip netns add a
  $ ip netns exec a nosuchcmd
  exec of "nosuchcmd" failed: No such file or directory
  [1]
  $ ip netns exec a /nonexist/x
  exec of "/nonexist/x" failed: No such file or directory
  [1]
  $ nosuchcmd
  bash: line 18: nosuchcmd: command not found
  [127]
  $ ip netns exec a true; echo $?
  0
  $ ip netns exec a sh -c 'exit 7'
  [7]
  $ ip netns exec a
  No command specified
  [1]
  $ ip netns exec
  No netns name specified
  [1]
  $ ip netns exec nope true
  Cannot open network namespace "nope": No such file or directory
  [255]
  $ ip netns del a
