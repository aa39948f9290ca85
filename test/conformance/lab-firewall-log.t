A stateful firewall lab on a router: default-drop FORWARD with ESTABLISHED,RELATED accepted, a LOG rule with a prefix before the final drop, a new-connection rule for one TCP port; the user finds no LOG lines in dmesg (a LOG target in a network namespace other than the initial one stays silent while nf_log_all_netns is 0), iptables -L -v -n -x --line-numbers, conntrack -L with TCP states, deletes rules by number, and watches traceroute and ping through it.
  $ for n in in r out; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns in address 02:00:00:00:00:01 type veth peer name lan netns r address 02:00:00:00:01:01
  $ ip link add wan netns r address 02:00:00:00:01:02 type veth peer name eth0 netns out address 02:00:00:00:02:01
  $ ip -n in link set eth0 up; ip -n out link set eth0 up; ip -n r link set lan up; ip -n r link set wan up
  $ ip -n in addr add 192.168.50.2/24 dev eth0; ip -n in route add default via 192.168.50.1
  $ ip -n r addr add 192.168.50.1/24 dev lan; ip -n r addr add 192.0.2.1/24 dev wan
  $ ip -n out addr add 192.0.2.2/24 dev eth0; ip -n out route add default via 192.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec r iptables -A FORWARD -m state --state ESTABLISHED,RELATED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i lan -o wan -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i wan -p tcp --dport 8000 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -j LOG --log-prefix "FW-DROP: " --log-level 4
  $ ip netns exec r iptables -L FORWARD -n --line-numbers
  Chain FORWARD (policy DROP)
  num  target     prot opt source               destination         
  1    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
  2    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  3    ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8000 ctstate NEW
  4    LOG        0    --  0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "FW-DROP: "
  $ dmesg -C
  $ ip netns exec in ping -c 1 -W 1 192.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.0.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec out ping -c 1 -W 1 192.168.50.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ dmesg | grep FW-DROP | sed -E 's/^\[ *[0-9.]+\] //; s/ID=[0-9]+/ID=N/; s/ ID=N SEQ=1/ ID=N SEQ=1/'
  $ ip netns exec in sh -c 'echo svc | nc -l -p 8000 > in.out 2>&1 & sleep 0.3'
  $ ip netns exec out sh -c 'echo knock | nc -N -w 2 192.168.50.2 8000'; echo rc=$?
  svc
  rc=0
  $ sleep 0.3; cat in.out
  knock
  $ ip netns exec out sh -c 'echo no | nc -N -w 1 192.168.50.2 8001'; echo rc=$?
  rc=1
  $ dmesg | grep FW-DROP | grep -c 'DPT=8001'
  0
  [1]
  $ dmesg | grep FW-DROP | grep 'DPT=8001' | head -1 | sed -E 's/^\[ *[0-9.]+\] //; s/ID=[0-9]+/ID=N/; s/SPT=[0-9]+/SPT=P/; s/WINDOW=[0-9]+/WINDOW=W/'
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ ([A-Z_]+) src=/ T \1 src=/; s/(sport|dport)=[0-9]+/\1=P/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=192.0.2.2 dst=192.168.50.2 sport=P dport=P src=192.168.50.2 dst=192.0.2.2 sport=P dport=P [ASSURED] mark=0 use=1
  $ ip netns exec in traceroute -n -q 1 -w 1 192.0.2.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 192.0.2.2 (192.0.2.2), 30 hops max, 60 byte packets
   1  192.168.50.1
   2  192.0.2.2
  $ ip netns exec out traceroute -n -q 1 -w 1 -m 3 192.168.50.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 192.168.50.2 (192.168.50.2), 3 hops max, 60 byte packets
   1  192.0.2.1
   2  *
   3  *
  $ ip netns exec r iptables -L FORWARD -v -n -x --line-numbers | sed -E 's/^(3 +)[0-9]+ +[0-9]+/\1N N/; s/^(1 +)[0-9]+ +[0-9]+/\1N N/; s/^(4 +)[0-9]+ +[0-9]+/\1N N/; s/policy DROP [0-9]+ packets, [0-9]+ bytes/policy DROP N packets, N bytes/'
  Chain FORWARD (policy DROP N packets, N bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1          N N ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
  2          16      984 ACCEPT     0    --  lan    wan     0.0.0.0/0            0.0.0.0/0           
  3           N N ACCEPT     6    --  wan    *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8000 ctstate NEW
  4           N N LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "FW-DROP: "
  $ ip netns exec r iptables -D FORWARD 4
  $ ip netns exec r iptables -D FORWARD 9 2>&1; echo rc=$?
  iptables: Index of deletion too big.
  rc=1
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD DROP
  -A FORWARD -m state --state RELATED,ESTABLISHED -j ACCEPT
  -A FORWARD -i lan -o wan -j ACCEPT
  -A FORWARD -i wan -p tcp -m tcp --dport 8000 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec r iptables -Z FORWARD; ip netns exec r iptables -L FORWARD -v -n | head -3
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
  $ dmesg | grep -c FW-DROP
  0
  [1]
  $ ip netns exec r nstat -az IcmpOutTimeExcds IcmpOutMsgs | sed 1d
  IcmpOutMsgs                     2                  0.0
  IcmpOutTimeExcds                2                  0.0
