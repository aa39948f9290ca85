A signal that kills a process asleep in poll(), accept(), recvmsg() or nanosleep() ends it at once with 128 + the signal; a tool that catches the signal (arping and ping print their statistics on SIGINT, conntrack -E its count on SIGTERM) ends as it would, even started with & (where bash ignores SIGINT for it: they install their own handlers).
  $ ip link set lo up
  $ timeout 1 nc -l 1234; echo $?
  124
  $ timeout 1 sleep 5; echo $?
  124
  $ timeout -s KILL 1 nc -l 1236; echo $?
  bash: line *: * Killed                  timeout -s KILL 1 nc -l 1236 (glob)
  137
  $ nc -l 1235 & sleep 0.2; kill -9 %1; wait; echo end
  bash: line *: * Killed                  nc -l 1235 (glob)
  end
  $ nc -l 1237 & sleep 0.2; kill %1; wait %1; echo $?
  143
  $ sleep 100 & sleep 0.1; kill -9 $!; wait $!; echo $?
  bash: line *: * Killed                  sleep 100 (glob)
  137
  $ ip link add va type veth peer name vb; ip addr add 10.9.0.1/24 dev va; ip link set va up; ip link set vb up
  $ arping -c 100 -I va 10.9.0.2 > arp.out & sleep 2.5; kill -INT $!; wait $!; echo $?; cat arp.out
  1
  ARPING 10.9.0.2 from 10.9.0.1 va
  Sent 3 probes (3 broadcast(s))
  Received 0 response(s)
  $ arping -c 100 -I va 10.9.0.2 > arp.out & sleep 2.5; kill -9 $!; wait $!; echo $?; cat arp.out
  bash: line *: * Killed                  arping -c 100 -I va 10.9.0.2 > arp.out (glob)
  137
  $ arping -c 100 -I va 10.9.0.2 > arp.out & sleep 1.5; kill -TERM $!; wait $!; echo $?; cat arp.out
  1
  ARPING 10.9.0.2 from 10.9.0.1 va
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  $ ping -n -c 100 10.9.0.2 > ping.out & sleep 2.5; kill -INT $!; wait $!; echo $?; grep -c packets ping.out
  1
  1
  $ timeout 1 tracepath -n 10.9.0.2; echo $?
  124
  $ timeout 1 traceroute -n -q 1 10.9.0.2 >/dev/null; echo $?
  124
  $ timeout 1 conntrack -E; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.
  124
  $ netstat -tnc > /dev/null & sleep 1.5; kill -9 $!; wait $! 2>/dev/null; echo $?
  137
  $ timeout 1 tail -f /dev/null; echo $?
  124
  $ timeout 1 socat TCP-LISTEN:5599 - ; echo $?
  124
