physdev: iptables -m physdev on bridged IPv4 (br_netfilter): the port a frame came in by and leaves by, in PREROUTING, FORWARD, INPUT and POSTROUTING, the listings and the checks.
  $ ip netns add h1; ip netns add h2
  $ ip link add br0 type bridge; ip link set br0 address 02:00:00:00:00:10 up
  $ ip link add p1 type veth peer name e1 netns h1; ip link add p2 type veth peer name e2 netns h2
  $ ip link set p1 master br0 up; ip link set p2 master br0 up
  $ ip -n h1 link set e1 address 02:00:00:00:00:01 up; ip -n h1 addr add 10.0.0.1/24 dev e1
  $ ip -n h2 link set e2 address 02:00:00:00:00:02 up; ip -n h2 addr add 10.0.0.2/24 dev e2
  $ ip addr add 10.0.0.254/24 dev br0
  $ sysctl -n net.bridge.bridge-nf-call-iptables
  1
  $ iptables -A FORWARD -m physdev --physdev-in p1 --physdev-out p2 -j ACCEPT
  $ iptables -A FORWARD -m physdev --physdev-is-bridged -p icmp
  $ iptables -A FORWARD -m physdev ! --physdev-in p1
  $ iptables -A FORWARD -m physdev --physdev-out p+
  $ iptables -A INPUT -m physdev --physdev-in p1
  $ iptables -A INPUT -m physdev --physdev-is-in ! --physdev-is-bridged
  $ iptables -A INPUT -m physdev ! --physdev-is-in
  $ iptables -t nat -A PREROUTING -m physdev --physdev-in p2
  $ iptables -t mangle -A POSTROUTING -m physdev --physdev-is-out --physdev-out p2
  $ iptables -A OUTPUT -m physdev --physdev-out p2
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -m physdev --physdev-is-out
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -m physdev --physdev-is-bridged --physdev-out p2
  $ iptables -A OUTPUT -m physdev
  iptables v1.8.9 (nf_tables): PHYSDEV: no physdev option specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m physdev --physdev-in p1 --physdev-in p2
  iptables v1.8.9 (nf_tables): physdev: option "--physdev-in" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h2 ping -c 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h1 ping -c 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ iptables -L FORWARD -v -x -n | awk 'NR>2 {print $1, $3, $4, $10, $11, $12, $13, $14, $15}'
  2 ACCEPT 0 PHYSDEV match --physdev-in p1 --physdev-out p2
  2 1 -- match --physdev-is-bridged    
  2 0 -- match ! --physdev-in p1  
  2 0 -- match --physdev-out p+   
  $ iptables -L INPUT -v -x -n | awk 'NR>2 {print $1, $3, $4, $10, $11, $12, $13, $14, $15}'
  1 0 -- match --physdev-in p1   
  2 0 -- match --physdev-is-in ! --physdev-is-bridged  
  0 0 -- match ! --physdev-is-in   
  $ iptables -t nat -L PREROUTING -v -x -n | awk 'NR>2 {print $1}'
  0
  $ iptables -t mangle -L POSTROUTING -v -x -n | awk 'NR>2 {print $1}'
  2
  $ iptables -L OUTPUT -v -x -n | awk 'NR>2 {print $1}'
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -m physdev --physdev-in p1
  -A INPUT -m physdev --physdev-is-in ! --physdev-is-bridged
  -A INPUT -m physdev ! --physdev-is-in
  -A FORWARD -m physdev --physdev-in p1 --physdev-out p2 -j ACCEPT
  -A FORWARD -p icmp -m physdev --physdev-is-bridged
  -A FORWARD -m physdev ! --physdev-in p1
  -A FORWARD -m physdev --physdev-out p+
  -A OUTPUT -m physdev --physdev-out p2 --physdev-is-bridged
  $ iptables -L FORWARD
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             PHYSDEV match --physdev-in p1 --physdev-out p2
             icmp --  anywhere             anywhere             PHYSDEV match --physdev-is-bridged
             all  --  anywhere             anywhere             PHYSDEV match ! --physdev-in p1
             all  --  anywhere             anywhere             PHYSDEV match --physdev-out p+
  $ nft list chain ip filter FORWARD
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		xt match physdev counter packets 2 bytes 168 accept
  		meta l4proto icmp xt match physdev counter packets 2 bytes 168
  		xt match physdev counter packets 2 bytes 168
  		xt match physdev counter packets 2 bytes 168
  	}
  }
  $ iptables -m physdev -h | sed -n '/physdev match options/,$p'
  physdev match options:
   [!] --physdev-in inputname[+]		bridge port name ([+] for wildcard)
   [!] --physdev-out outputname[+]	bridge port name ([+] for wildcard)
   [!] --physdev-is-in			arrived on a bridge device
   [!] --physdev-is-out			will leave on a bridge device
   [!] --physdev-is-bridged		it's a bridged packet
