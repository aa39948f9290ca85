ip netns monitor prints "add NAME" and "delete NAME" as /run/netns changes
(inotify); its stdout is a stdio buffer it never flushes, so into a file
the lines are lost when it is killed.
  $ ip netns monitor > m & sleep 0.3
  $ ip netns add n1
  $ ip netns add n2
  $ ip netns del n1
  $ sleep 0.3; kill %1; wait; wc -c < m
  0
  $ ip netns list
  n2
