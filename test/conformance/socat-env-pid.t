socat's own environment for its EXEC/SYSTEM children: SOCAT_PID and SOCAT_PPID are socat's pid, SOCAT_VERSION its version; a forking listener's child gets its own SOCAT_PID.
  $ ip netns add a; ip -n a link set lo up
  $ ip netns exec a socat -u SYSTEM:'env | grep ^SOCAT | sort' - | sed -E 's/=[0-9]+$/=N/'
  SOCAT_PID=N
  SOCAT_PPID=N
  SOCAT_VERSION=1.7.4.4
  $ ip netns exec a sh -c 'echo $$ > p.out; exec socat -u SYSTEM:"echo \$SOCAT_PID \$SOCAT_PPID" -' | { read a b; p=$(cat p.out); [ "$a" = "$p" ] && echo pid-is-socat; [ "$b" = "$p" ] && echo ppid-is-socat; }
  pid-is-socat
  ppid-is-socat
  $ ip netns exec a sh -c 'socat TCP-LISTEN:5000,fork SYSTEM:"echo \$SOCAT_PID \$SOCAT_PPID" & echo $! > l.pid; sleep 0.3'
  $ ip netns exec a socat -u TCP:127.0.0.1:5000 - | { read a b; p=$(cat l.pid); [ "$a" != "$p" ] && echo pid-is-child; [ "$b" = "$p" ] && echo ppid-is-listener; }
  pid-is-child
  ppid-is-listener
  $ ip netns pids a | xargs -r kill
