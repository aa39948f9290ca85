iptables user chains: -N, -E, -X, jumps, gotos, RETURN and references.
  $ ip link set lo up
  $ iptables -N web
  $ iptables -N audit
  $ iptables -A INPUT -p icmp -j web
  $ iptables -A web -s 127.0.0.2 -j RETURN
  $ iptables -A web -g audit
  $ iptables -A audit -p icmp --icmp-type echo-request -j DROP
  $ ping -c 1 -W 1 127.0.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I 127.0.0.2 127.0.0.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   252 web        1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain audit (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  
  Chain web (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 RETURN     0    --  *      *       127.0.0.2            0.0.0.0/0           
      2   168 audit      0    --  *      *       0.0.0.0/0            0.0.0.0/0           [goto] 
  $ iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  web        icmp --  anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain audit (1 references)
  target     prot opt source               destination         
  DROP       icmp --  anywhere             anywhere             icmp echo-request
  
  Chain web (1 references)
  target     prot opt source               destination         
  RETURN     all  --  127.0.0.2            anywhere            
  audit      all  --  anywhere             anywhere            [goto] 
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N audit
  -N web
  -A INPUT -p icmp -j web
  -A audit -p icmp -m icmp --icmp-type 8 -j DROP
  -A web -s 127.0.0.2/32 -j RETURN
  -A web -g audit
  $ iptables -S web
  -N web
  -A web -s 127.0.0.2/32 -j RETURN
  -A web -g audit
  $ iptables -E audit audit2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N audit2
  -N web
  -A INPUT -p icmp -j web
  -A audit2 -p icmp -m icmp --icmp-type 8 -j DROP
  -A web -s 127.0.0.2/32 -j RETURN
  -A web -g audit2
  $ iptables -X audit2
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain audit2
  [4]
  $ iptables -F web
  $ iptables -X audit2
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain audit2
  [4]
  $ iptables -X
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain web
  [4]
  $ iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  web        1    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain audit2 (0 references)
  target     prot opt source               destination         
  DROP       1    --  0.0.0.0/0            0.0.0.0/0            icmptype 8
  
  Chain web (1 references)
  target     prot opt source               destination         
  $ iptables -F
  $ iptables -X
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
