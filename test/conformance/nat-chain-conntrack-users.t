A nat chain alone does not start conntrack: its rules see no packet until a NAT target (or a conntrack match) in the namespace starts tracking; when the last such rule goes, new flows are untracked again.
  $ ip netns add r; ip netns add h2
  $ ip -n r link add v3 type veth peer name e3 netns h2; ip -n r link set v3 up; ip -n h2 link set e3 up
  $ ip -n r addr add 10.0.3.1/24 dev v3; ip -n h2 addr add 10.0.3.2/24 dev e3
  $ ip netns exec r iptables -t nat -A PREROUTING -p icmp
  $ ip netns exec r iptables -t nat -A INPUT -p icmp
  $ ip netns exec h2 ping -c 2 -i 0.2 10.0.3.1 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t nat -L -v -x -n | awk '$1 ~ /^[0-9]+$/ {print $1, $2}'
  0 0
  0 0
  $ ip netns exec r conntrack -C
  0
  $ ip netns exec r cat /proc/sys/net/netfilter/nf_conntrack_count
  0
  $ ip netns exec r iptables -t nat -A POSTROUTING -o v9 -j MASQUERADE
  $ ip netns exec h2 ping -c 2 -i 0.2 10.0.3.1 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t nat -L -v -x -n | awk '$1 ~ /^[0-9]+$/ {print $1, $2}'
  1 84
  1 84
  0 0
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 29 src=10.0.3.2 dst=10.0.3.1 type=8 code=0 id=N src=10.0.3.1 dst=10.0.3.2 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec r iptables -t nat -D POSTROUTING -o v9 -j MASQUERADE
  $ ip netns exec h2 ping -c 1 -p 01 10.0.3.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t nat -L -v -x -n | awk '$1 ~ /^[0-9]+$/ {print $1, $2}'
  1 84
  1 84
  $ ip netns exec r conntrack -C
  1
  $ ip netns exec r iptables -t filter -A INPUT -m conntrack --ctstate NEW
  $ ip netns exec h2 ping -c 1 10.0.3.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t nat -L -v -x -n | awk '$1 ~ /^[0-9]+$/ {print $1, $2}'
  2 168
  2 168
  $ ip netns exec r conntrack -C
  2
  $ ip netns exec r nft add table ip t; ip netns exec r nft add chain ip t pre '{ type nat hook prerouting priority -100; }'
  $ ip netns exec r nft add rule ip t pre counter
  $ ip netns exec r iptables -t filter -F INPUT
  $ ip netns exec h2 ping -c 1 10.0.3.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nft list chain ip t pre | grep counter
  		counter packets 0 bytes 0
  $ ip netns exec r nft add rule ip t pre ip daddr 10.9.9.9 dnat to 10.0.3.9
  $ ip netns exec h2 ping -c 1 10.0.3.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nft list chain ip t pre | grep counter
  		counter packets 1 bytes 84
