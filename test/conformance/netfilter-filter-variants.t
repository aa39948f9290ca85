iptables filter with traffic: matches, targets, counters and chain walks.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp --icmp-type echo-request -d 10.0.0.3 -j DROP
  $ ip netns exec b iptables -A INPUT -p icmp -m icmp --icmp-type 8 -s 10.0.0.1 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p udp -m multiport --dports 5000,6000:6010 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp -m tcp --tcp-flags SYN,RST,ACK SYN --dport 22 -j REJECT --reject-with tcp-reset
  $ ip netns exec b iptables -A INPUT -m iprange --src-range 10.0.0.100-10.0.0.200 -j DROP
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec b iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
  $ ip netns exec b iptables -A INPUT ! -i lo -p tcp --dport 7 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a ping -c 1 -W 1 10.0.0.3 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 6005'
  $ ip netns exec a nc -zv -w 1 10.0.0.2 22
  nc: connect to 10.0.0.2 port 22 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -zv -w 1 10.0.0.2 7
  nc: connect to 10.0.0.2 port 7 (tcp) failed: No route to host
  [1]
  $ ip netns exec b iptables -L INPUT -v -n --line-numbers | sed -E 's/^ *//'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        1    84 DROP       1    --  *      *       0.0.0.0/0            10.0.0.3             icmptype 8
  2        1    84 ACCEPT     1    --  *      *       10.0.0.1             0.0.0.0/0            icmptype 8
  3        1    30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 5000,6000:6010 reject-with icmp-port-unreachable
  4        1    60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22 flags:0x16/0x02 reject-with tcp-reset
  5        0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            source IP range 10.0.0.100-10.0.0.200
  6        0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  7        0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
  8        1    60 REJECT     6    --  !lo    *       0.0.0.0/0            0.0.0.0/0            tcp dpt:7 reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -d 10.0.0.3/32 -p icmp -m icmp --icmp-type 8 -j DROP
  -A INPUT -s 10.0.0.1/32 -p icmp -m icmp --icmp-type 8 -j ACCEPT
  -A INPUT -p udp -m multiport --dports 5000,6000:6010 -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK SYN -j REJECT --reject-with tcp-reset
  -A INPUT -m iprange --src-range 10.0.0.100-10.0.0.200 -j DROP
  -A INPUT -m conntrack --ctstate INVALID -j DROP
  -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
  -A INPUT ! -i lo -p tcp -m tcp --dport 7 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -Z INPUT 1
  $ ip netns exec b iptables -L INPUT 1 -v -n
      0     0 DROP       1    --  *      *       0.0.0.0/0            10.0.0.3             icmptype 8
  $ ip netns exec b iptables -L INPUT 2 -v -n -x
         1       84 ACCEPT     1    --  *      *       10.0.0.1             0.0.0.0/0            icmptype 8
  $ ip netns exec b iptables -N LOGDROP
  $ ip netns exec b iptables -A LOGDROP -j DROP
  $ ip netns exec b iptables -I INPUT 1 -s 10.0.0.1 -p icmp -j LOGDROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L LOGDROP -v -n
  Chain LOGDROP (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -L -n | grep -c Chain
  4
  $ ip netns exec b iptables -D INPUT 1
  $ ip netns exec b iptables -A OUTPUT -d 10.0.0.1 -p icmp --icmp-type echo-reply -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 DROP       1    --  *      *       0.0.0.0/0            10.0.0.1             icmptype 0
  $ ip netns exec b iptables-save | grep -v '^#' | sed -E 's/\[[0-9]+:[0-9]+\]/[N:N]/'
  *filter
  :INPUT ACCEPT [N:N]
  :FORWARD ACCEPT [N:N]
  :OUTPUT ACCEPT [N:N]
  :LOGDROP - [N:N]
  -A INPUT -d 10.0.0.3/32 -p icmp -m icmp --icmp-type 8 -j DROP
  -A INPUT -s 10.0.0.1/32 -p icmp -m icmp --icmp-type 8 -j ACCEPT
  -A INPUT -p udp -m multiport --dports 5000,6000:6010 -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK SYN -j REJECT --reject-with tcp-reset
  -A INPUT -m iprange --src-range 10.0.0.100-10.0.0.200 -j DROP
  -A INPUT -m conntrack --ctstate INVALID -j DROP
  -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
  -A INPUT ! -i lo -p tcp -m tcp --dport 7 -j REJECT --reject-with icmp-admin-prohibited
  -A OUTPUT -d 10.0.0.1/32 -p icmp -m icmp --icmp-type 0 -j DROP
  -A LOGDROP -j DROP
  COMMIT
