REDIRECT --to-ports: a forwarded flow to the router's own port (the address of the incoming device), and a local flow in OUTPUT to 127.0.0.1.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -p udp --dport 53 -j REDIRECT --to-ports 5353
  $ ip netns exec r sh -c 'nc -u -l -p 5353 > r.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo redirected | nc -u -w 1 -p 4000 203.0.113.2 53'
  $ sleep 0.3; cat r.out
  redirected
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=192.168.1.1 dst=192.168.1.2 sport=5353 dport=4000 mark=0 use=1
  $ ip netns exec b iptables -t nat -A OUTPUT -p udp --dport 9 -j REDIRECT --to-ports 9999
  $ ip netns exec b sh -c 'nc -u -l -p 9999 > o.out & sleep 0.3'
  $ ip netns exec b sh -c 'echo local-redirect | nc -u -w 1 -p 4001 203.0.113.99 9'
  $ sleep 0.3; cat o.out
  local-redirect
  $ ip netns exec b conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=203.0.113.2 dst=203.0.113.99 sport=4001 dport=9 [UNREPLIED] src=127.0.0.1 dst=203.0.113.2 sport=9999 dport=4001 mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    39 REDIRECT   17   --  r0     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 redir ports 5353
  $ ip netns exec b iptables -t nat -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -p udp -m udp --dport 9 -j REDIRECT --to-ports 9999
  $ ip netns exec b iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 80-90 --random
  $ ip netns exec b iptables -t nat -A OUTPUT -j REDIRECT
  $ ip netns exec b iptables -t nat -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  REDIRECT   17   --  0.0.0.0/0            0.0.0.0/0            udp dpt:9 redir ports 9999
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            redir ports 80-90 random
  REDIRECT   0    --  0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A OUTPUT -p udp -m udp --dport 9 -j REDIRECT --to-ports 9999
  -A OUTPUT -p tcp -j REDIRECT --to-ports 80-90 --random
  -A OUTPUT -j REDIRECT
  COMMIT
