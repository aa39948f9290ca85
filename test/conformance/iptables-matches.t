iptables matches as -L, -L -n and -S print them.
  $ iptables -A INPUT -p tcp --sport 22 --dport 1000:2000 -j ACCEPT
  $ iptables -A INPUT -p tcp ! --dport 80 --tcp-flags SYN,ACK,FIN SYN -j ACCEPT
  $ iptables -A INPUT -p tcp ! --syn -j ACCEPT
  $ iptables -A INPUT -p udp ! --sport 53 --dport 10: -j ACCEPT
  $ iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
  $ iptables -A INPUT -p tcp -m multiport ! --ports 22,80:90 -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
  $ iptables -A INPUT -p icmp ! --icmp-type any -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type 11 -j ACCEPT
  $ iptables -A INPUT -m length ! --length 1000 -j ACCEPT
  $ iptables -A INPUT -m ttl --ttl-gt 60 -j ACCEPT
  $ iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
  $ iptables -A INPUT -m mac --mac-source 02:00:00:AA:bb:01 -j ACCEPT
  $ iptables -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.5 --dst-range 10.1.0.0-10.1.255.255 -j ACCEPT
  $ iptables -A INPUT -m addrtype --dst-type LOCAL,BROADCAST -j ACCEPT
  $ iptables -A INPUT -m addrtype ! --src-type LOCAL --limit-iface-in -j ACCEPT
  $ iptables -A INPUT -m comment --comment simple -j ACCEPT
  $ iptables -A INPUT -m limit --limit 10/sec -j ACCEPT
  $ iptables -A INPUT -m limit --limit 2/hour --limit-burst 1 -j ACCEPT
  $ iptables -A INPUT ! -s 192.168.0.0/255.255.0.255 -d 10.0.0.0/8 ! -p udp -j ACCEPT
  $ iptables -A INPUT -s 0.0.0.0/0 -p 47 -j ACCEPT
  $ iptables -A INPUT ! -i eth0 -p all -j ACCEPT
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     tcp  --  anywhere             anywhere             tcp spt:ssh dpts:1000:cisco-sccp
  ACCEPT     tcp  --  anywhere             anywhere             tcp dpt:!http flags:FIN,SYN,ACK/SYN
  ACCEPT     tcp  --  anywhere             anywhere             tcp flags:!FIN,SYN,RST,ACK/SYN
  ACCEPT     udp  --  anywhere             anywhere             udp spt:!domain dpts:10:65535
  ACCEPT     udp  --  anywhere             anywhere             multiport sports domain,ntp
  ACCEPT     tcp  --  anywhere             anywhere             multiport ports  !ssh,http:90
  ACCEPT     icmp --  anywhere             anywhere             icmp destination-unreachable
  ACCEPT     icmp --  anywhere             anywhere             icmp fragmentation-needed
  ACCEPT     icmp --  anywhere             anywhere             icmp !any
  ACCEPT     icmp --  anywhere             anywhere             icmp time-exceeded
  ACCEPT     all  --  anywhere             anywhere             length !1000
  ACCEPT     all  --  anywhere             anywhere             TTL match TTL > 60
  ACCEPT     all  --  anywhere             anywhere             TTL match TTL != 64
  ACCEPT     all  --  anywhere             anywhere             MAC 02:00:00:aa:bb:01
  ACCEPT     all  --  anywhere             anywhere             source IP range ! 10.0.0.1-10.0.0.5 destination IP range 10.1.0.0-10.1.255.255
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match dst-type LOCAL,BROADCAST
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match src-type !LOCAL limit-in
  ACCEPT     all  --  anywhere             anywhere             /* simple */
  ACCEPT     all  --  anywhere             anywhere             limit: avg 10/sec burst 5
  ACCEPT     all  --  anywhere             anywhere             limit: avg 2/hour burst 1
  ACCEPT    !udp  -- !192.168.0.0/255.255.0.255  10.0.0.0/8          
  ACCEPT     gre  --  anywhere             anywhere            
  ACCEPT     all  --  anywhere             anywhere            
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp spt:22 dpts:1000:2000
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:!80 flags:0x13/0x02
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:!0x17/0x02
  ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            udp spt:!53 dpts:10:65535
  ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            multiport sports 53,123
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            multiport ports  !22,80:90
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 3
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 3 code 4
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmp !type 255
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 11
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            length !1000
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            TTL match TTL > 60
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            TTL match TTL != 64
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            MAC 02:00:00:aa:bb:01
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            source IP range ! 10.0.0.1-10.0.0.5 destination IP range 10.1.0.0-10.1.255.255
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL,BROADCAST
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type !LOCAL limit-in
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            /* simple */
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            limit: avg 10/sec burst 5
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            limit: avg 2/hour burst 1
  ACCEPT    !17   -- !192.168.0.0/255.255.0.255  10.0.0.0/8          
  ACCEPT     47   --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --sport 22 --dport 1000:2000 -j ACCEPT
  -A INPUT -p tcp -m tcp ! --dport 80 --tcp-flags FIN,SYN,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p udp -m udp ! --sport 53 --dport 10:65535 -j ACCEPT
  -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
  -A INPUT -p tcp -m multiport ! --ports 22,80:90 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A INPUT -p icmp -m icmp ! --icmp-type any -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 11 -j ACCEPT
  -A INPUT -m length ! --length 1000 -j ACCEPT
  -A INPUT -m ttl --ttl-gt 60 -j ACCEPT
  -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
  -A INPUT -m mac --mac-source 02:00:00:aa:bb:01 -j ACCEPT
  -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.5 --dst-range 10.1.0.0-10.1.255.255 -j ACCEPT
  -A INPUT -m addrtype --dst-type LOCAL,BROADCAST -j ACCEPT
  -A INPUT -m addrtype ! --src-type LOCAL --limit-iface-in -j ACCEPT
  -A INPUT -m comment --comment simple -j ACCEPT
  -A INPUT -m limit --limit 10/sec -j ACCEPT
  -A INPUT -m limit --limit 2/hour --limit-burst 1 -j ACCEPT
  -A INPUT ! -s 192.168.0.0/255.255.0.255 -d 10.0.0.0/8 ! -p udp -j ACCEPT
  -A INPUT -p gre -j ACCEPT
  -A INPUT ! -i eth0 -j ACCEPT
