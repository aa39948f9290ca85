Interface matches of a router's FORWARD firewall: exact, wildcard (r+), negated, both directions, as -L -v, -S, nft list (iifname "r*"), and the traffic each one counts.
  $ ip link add r0 type veth peer name r9
  $ ip link add r1 type veth peer name x1
  $ for d in lo r0 r9 r1 x1; do ip link set $d up; done
  $ iptables -A FORWARD -i r+ -o r+ -j ACCEPT
  $ iptables -A FORWARD ! -i r0 -o x1 -j DROP
  $ iptables -A FORWARD -i x+ ! -o r+ -j DROP
  $ iptables -A INPUT -i lo+ -j ACCEPT
  $ iptables -A INPUT ! -i r9+ -p icmp -j ACCEPT
  $ iptables -A OUTPUT -o abcdefghijklmno -j ACCEPT
  $ iptables -A OUTPUT -o abcdefghijklmnop -j ACCEPT
  iptables v1.8.9 (nf_tables): interface name `abcdefghijklmnop' must be shorter than IFNAMSIZ (15)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -o + -j ACCEPT
  $ iptables -A OUTPUT -o 'a b' -j ACCEPT
  Warning: weird character in interface `a b' ('/' and ' ' are not allowed by the kernel).
  $ iptables -L -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     all  --  lo+    any     anywhere             anywhere            
      0     0 ACCEPT     icmp --  !r9+   any     anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     all  --  r+     r+      anywhere             anywhere            
      0     0 DROP       all  --  !r0    x1      anywhere             anywhere            
      0     0 DROP       all  --  x+     !r+     anywhere             anywhere            
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     all  --  any    abcdefghijklmno  anywhere             anywhere            
      0     0 ACCEPT     all  --  any    any     anywhere             anywhere            
      0     0 ACCEPT     all  --  any    a b     anywhere             anywhere            
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -i lo+ -j ACCEPT
  -A INPUT ! -i r9+ -p icmp -j ACCEPT
  -A FORWARD -i r+ -o r+ -j ACCEPT
  -A FORWARD ! -i r0 -o x1 -j DROP
  -A FORWARD -i x+ ! -o r+ -j DROP
  -A OUTPUT -o abcdefghijklmno -j ACCEPT
  -A OUTPUT -j ACCEPT
  -A OUTPUT -o a b -j ACCEPT
  $ nft list table ip filter
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifname "r*" oifname "r*" counter packets 0 bytes 0 accept
  		iifname != "r0" oifname "x1" counter packets 0 bytes 0 drop
  		iifname "x*" oifname != "r*" counter packets 0 bytes 0 drop
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifname "lo*" counter packets 0 bytes 0 accept
  		iifname != "r9*" meta l4proto icmp counter packets 0 bytes 0 accept
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		oifname "abcdefghijklmno" counter packets 0 bytes 0 accept
  		counter packets 0 bytes 0 accept
  		oifname "a b" counter packets 0 bytes 0 accept
  	}
  }
  $ ping -c 1 -W 1 127.0.0.1 | sed -n 2p
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 ACCEPT     0    --  lo+    *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     1    --  !r9+   *       0.0.0.0/0            0.0.0.0/0           
