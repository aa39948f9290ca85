`ip tcp_metrics` over the TCP_METRICS generic netlink family: entries made when connections end (tcp_update_metrics(), both ends), listed whole, by exact address (TCP_METRICS_CMD_GET doit), by prefix or source (a dump filtered by ip), deleted one by one, flushed by prefix (with -s: the rounds) or all at once; the error messages and exit status of each misuse.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for a in 10.0.0.2/24 10.0.0.3/24 10.0.1.2/24; do ip -n h2 addr add $a dev v2; done
  $ ip -n h1 route add 10.0.1.0/24 dev v1
  $ ip -n h2 route add 10.0.0.0/24 dev v2 src 10.0.1.2 metric 10
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip -n h1 tcp_metrics show
  $ ip -n h1 tcp_metrics flush
  $ for d in 10.0.0.2 10.0.0.3 10.0.1.2; do ip netns exec h2 sh -c "nc -l $d 5001 > /dev/null & sleep 0.2"; ip netns exec h1 sh -c "echo hi | nc -N $d 5001"; done; sleep 0.5
  $ ip -n h1 tcp_metrics show | sort | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  10.0.0.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  10.0.0.3 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  10.0.1.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  $ ip -n h2 tcp_metrics | sort | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  10.0.0.1 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.1.2
  10.0.0.1 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.3
  10.0.0.1 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.2
  $ ip -n h1 tcp_metrics show 10.0.0.2 | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  10.0.0.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  $ ip -n h1 tcpmetrics list address 10.0.1.0/24 | cut -d' ' -f1
  10.0.1.2
  $ ip -n h1 tcp_metrics show 10.0.0.0/24 | cut -d' ' -f1 | sort
  10.0.0.2
  10.0.0.3
  $ ip -n h1 tcp_metrics show src 10.0.0.1 | cut -d' ' -f1 | sort
  10.0.0.2
  10.0.0.3
  10.0.1.2
  $ ip -n h1 tcp_metrics show src 10.0.0.9 | cut -d' ' -f1 | sort
  $ ip -n h1 tcp_metrics show 10.0.0.9
  RTNETLINK answers: No such process
  [2]
  $ ip -n h1 tcp_metrics show src 10.0.0.0/24
  Error: a specific IP address is expected rather than "10.0.0.0/24"
  [1]
  $ ip -n h1 tcp_metrics show 10.0.0.2 10.0.0.3 | sed -E 's/age [0-9]+\.[0-9]{3}sec/age Asec/; s/rtt [0-9]+us rttvar [0-9]+us/rtt Rus rttvar Vus/'
  10.0.0.2 age Asec cwnd 10 rtt Rus rttvar Vus source 10.0.0.1
  $ ip -n h1 tcp_metrics delete 10.0.0.3
  $ ip -n h1 tcp_metrics delete 10.0.0.3
  RTNETLINK answers: No such process
  [2]
  $ ip -n h1 tcp_metrics delete address 10.0.0.0/24
  Error: a specific IP address is expected rather than "10.0.0.0/24"
  [1]
  $ ip -n h1 tcp_metrics delete
  Error: argument "address" is required
  [255]
  $ ip -n h1 tcp_metrics remove 10.0.0.2 src 10.0.0.9
  Error: either "address" is duplicate, or "10.0.0.9" is a garbage.
  [255]
  $ ip -n h1 tcp_metrics show | cut -d' ' -f1 | sort
  10.0.0.2
  10.0.1.2
  $ ip -n h1 -s tcp_metrics flush 10.0.0.0/16
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n h1 -s tcp_metrics flush 10.0.0.0/16
  Nothing to flush.
  $ ip -n h1 tcp_metrics show
  $ ip -n h2 tcp_metrics flush 10.0.0.1
  $ ip -n h2 tcp_metrics flush
  $ ip -n h2 tcp_metrics show
  $ ip -n h2 tcp_metrics flush
  $ ip -n h1 tcp_metrics foo
  Command "foo" is unknown, try "ip tcp_metrics help".
  [255]
  $ ip -n h1 tcp_metrics show 10.0.0.300
  Error: any valid prefix is expected rather than "10.0.0.300".
  [1]
  $ ip -n h1 tcp_metrics help
  Usage:	ip tcp_metrics/tcpmetrics { COMMAND | help }
  	ip tcp_metrics { show | flush } SELECTOR
  	ip tcp_metrics delete [ address ] ADDRESS
  SELECTOR := [ [ address ] PREFIX ]
  [255]
