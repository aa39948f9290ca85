What a tcp_metrics entry holds and how ip prints it: a route's metrics seed a new entry (tcpm_suck_dst(): reordering, a locked cwnd), the measured RTT folds in (rtt/rttvar in µs); tcp_no_metrics_save makes none; -s -s flush prints each entry it deletes; -4 flushes through a dump, -6 selects nothing here; -j lists as JSON; a link-family option is refused.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for d in 2 3 4 5; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ ip -n h1 route add 10.0.0.3/32 dev v1 reordering 9 cwnd lock 6
  $ ip -n h1 route add 10.0.0.4/32 dev v1 ssthresh lock 12
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ for d in 2 3 4; do ip netns exec h2 sh -c "nc -l 10.0.0.$d 5001 > /dev/null & sleep 0.2"; ip netns exec h1 sh -c "echo hi | nc -N 10.0.0.$d 5001"; done; sleep 0.5
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_no_metrics_save=1
  $ ip netns exec h2 sh -c "nc -l 10.0.0.5 5001 > /dev/null & sleep 0.2"; ip netns exec h1 sh -c "echo hi | nc -N 10.0.0.5 5001"; sleep 0.5
  $ ip -n h1 tcp_metrics show | sort | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  10.0.0.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  10.0.0.3 age Asec cwnd 6 reordering 9 rtt Rus rttvar Vus source 10.0.0.1
  10.0.0.4 age Asec ssthresh 12 cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  $ ip -n h1 -j tcp_metrics show 10.0.0.0/24 | sed -E 's/^\[//; s/\]$//; s/"age":[0-9.e+-]+/"age":A/g; s/"rtt":[0-9.e+-]+/"rtt":R/g; s/"rttvar":[0-9.e+-]+/"rttvar":V/g; s/\},\{/}\n{/g' | sort
  {"dst":"10.0.0.2","age":A,"cwnd":10,"rtt":R,"rttvar":V,"source":"10.0.0.1"}
  {"dst":"10.0.0.3","age":A,"cwnd":6,"reordering":9,"rtt":R,"rttvar":V,"source":"10.0.0.1"}
  {"dst":"10.0.0.4","age":A,"ssthresh":12,"cwnd":10,"rtt":R,"rttvar":V,"source":"10.0.0.1"}
  $ ip -n h1 -j tcp_metrics show 10.0.0.9
  RTNETLINK answers: No such process
  [2]
  $ ip -n h1 -6 tcp_metrics show
  $ ip -n h1 -6 tcp_metrics flush
  Nothing to flush.
  $ ip -n h1 -0 tcp_metrics show
  Unsupported protocol family: 17
  [1]
  $ ip -n h1 -6 tcp_metrics show 10.0.0.2
  Error: inet6 prefix is expected rather than "10.0.0.2".
  [1]
  $ ip -n h1 tcp_metrics show ::1
  RTNETLINK answers: No such process
  [2]
  $ ip -n h1 tcp_metrics delete 2001:db8::1
  RTNETLINK answers: No such process
  [2]
  $ ip -n h1 -s -s tcp_metrics flush 10.0.0.3/32 | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  $ ip -n h1 -s -s tcp_metrics flush 10.0.0.2/31 | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  Deleted 10.0.0.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n h1 -4 tcp_metrics flush
  $ ip -n h1 tcp_metrics show
  $ ip -n h1 -j tcp_metrics show
  []
  $ ip -n h1 tcp_metrics show address
  Command line is not complete. Try option "help"
  [255]
  $ ip -n h1 tcp_metrics show src
  Command line is not complete. Try option "help"
  [255]
  $ ip -n h1 tcp_metrics show src help
  Usage:	ip tcp_metrics/tcpmetrics { COMMAND | help }
  	ip tcp_metrics { show | flush } SELECTOR
  	ip tcp_metrics delete [ address ] ADDRESS
  SELECTOR := [ [ address ] PREFIX ]
  [255]
  $ ip -n h1 tcp_metrics show all
  $ ip -n h1 tcp_metrics flush default
