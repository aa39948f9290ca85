Match variants around the shared filter transcript: addrtype with limits and lists, iprange single addresses and inversions, multiport ranges and --ports, mac, pkttype, length, ttl and limit bursts, with their -L/-S texts, counters and parse errors.
  $ ip link set lo up
  $ iptables -A INPUT -m addrtype --src-type LOCAL,UNICAST --dst-type LOCAL --limit-iface-in -j ACCEPT
  $ iptables -A INPUT -m addrtype ! --dst-type BROADCAST,MULTICAST -j ACCEPT
  $ iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
  $ iptables -A INPUT -m addrtype --dst-type local -j ACCEPT
  $ iptables -A INPUT -m iprange --src-range 127.0.0.1 -j ACCEPT
  $ iptables -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.9 ! --dst-range 10.0.1.0-10.0.1.255 -j ACCEPT
  $ iptables -A INPUT -p tcp -m multiport --ports 22,80:90,443 -j ACCEPT
  $ iptables -A INPUT -p udp -m multiport ! --sports 53,123 -j ACCEPT
  $ iptables -A INPUT -p tcp -m multiport --dports ssh,http -j ACCEPT
  $ iptables -A INPUT -m mac --mac-source 02:00:00:00:0A:01 -j ACCEPT
  $ iptables -A INPUT -m mac ! --mac-source 2:0:0:0:a:1 -j ACCEPT
  $ iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
  $ iptables -A INPUT -m pkttype ! --pkt-type unicast -j DROP
  $ iptables -A INPUT -m length --length 100: -j ACCEPT
  $ iptables -A INPUT -m length ! --length :64 -j ACCEPT
  $ iptables -A INPUT -m ttl --ttl-gt 60 -m ttl --ttl-lt 65 -j ACCEPT
  $ iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
  $ iptables -A INPUT -p icmp -m limit --limit 2/min --limit-burst 1 -j ACCEPT
  $ iptables -A INPUT -m limit --limit 1000/hour -j ACCEPT
  $ iptables -A INPUT -m limit ! --limit 3/day --limit-burst 10000 -j ACCEPT
  iptables v1.8.9 (nf_tables): limit: option "--limit" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ping -c 3 -i 0.2 127.0.0.1 > /dev/null; echo $?
  0
  $ iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6   504 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type UNICAST,LOCAL dst-type LOCAL limit-in
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type !BROADCAST,MULTICAST
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            source IP range 127.0.0.1-127.0.0.1
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            source IP range ! 10.0.0.1-10.0.0.9 destination IP range ! 10.0.1.0-10.0.1.255
      0     0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            multiport ports 22,80:90,443
      0     0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport sports  !53,123
      0     0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 22,80
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            MAC 02:00:00:00:0a:01
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            MAC ! 02:00:00:00:0a:01
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            PKTTYPE = broadcast
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            PKTTYPE != unicast
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            length 100:65535
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            length !0:64
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL match TTL > 60 TTL match TTL < 65
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL match TTL != 64
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 2/min burst 1
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 1000/hour burst 5
  $ iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match src-type UNICAST,LOCAL dst-type LOCAL limit-in
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match dst-type !BROADCAST,MULTICAST
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match dst-type LOCAL
  ACCEPT     all  --  anywhere             anywhere             source IP range 127.0.0.1-127.0.0.1
  ACCEPT     all  --  anywhere             anywhere             source IP range ! 10.0.0.1-10.0.0.9 destination IP range ! 10.0.1.0-10.0.1.255
  ACCEPT     tcp  --  anywhere             anywhere             multiport ports ssh,http:90,https
  ACCEPT     udp  --  anywhere             anywhere             multiport sports  !domain,ntp
  ACCEPT     tcp  --  anywhere             anywhere             multiport dports ssh,http
  ACCEPT     all  --  anywhere             anywhere             MAC 02:00:00:00:0a:01
  ACCEPT     all  --  anywhere             anywhere             MAC ! 02:00:00:00:0a:01
  DROP       all  --  anywhere             anywhere             PKTTYPE = broadcast
  DROP       all  --  anywhere             anywhere             PKTTYPE != unicast
  ACCEPT     all  --  anywhere             anywhere             length 100:65535
  ACCEPT     all  --  anywhere             anywhere             length !0:64
  ACCEPT     all  --  anywhere             anywhere             TTL match TTL > 60 TTL match TTL < 65
  ACCEPT     all  --  anywhere             anywhere             TTL match TTL != 64
  ACCEPT     icmp --  anywhere             anywhere             limit: avg 2/min burst 1
  ACCEPT     all  --  anywhere             anywhere             limit: avg 1000/hour burst 5
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match src-type LOCAL limit-out
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -m addrtype --src-type UNICAST,LOCAL --dst-type LOCAL --limit-iface-in -j ACCEPT
  -A INPUT -m addrtype ! --dst-type BROADCAST,MULTICAST -j ACCEPT
  -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  -A INPUT -m iprange --src-range 127.0.0.1-127.0.0.1 -j ACCEPT
  -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.9 ! --dst-range 10.0.1.0-10.0.1.255 -j ACCEPT
  -A INPUT -p tcp -m multiport --ports 22,80:90,443 -j ACCEPT
  -A INPUT -p udp -m multiport ! --sports 53,123 -j ACCEPT
  -A INPUT -p tcp -m multiport --dports 22,80 -j ACCEPT
  -A INPUT -m mac --mac-source 02:00:00:00:0a:01 -j ACCEPT
  -A INPUT -m mac ! --mac-source 02:00:00:00:0a:01 -j ACCEPT
  -A INPUT -m pkttype --pkt-type broadcast -j DROP
  -A INPUT -m pkttype ! --pkt-type unicast -j DROP
  -A INPUT -m length --length 100:65535 -j ACCEPT
  -A INPUT -m length ! --length 0:64 -j ACCEPT
  -A INPUT -m ttl --ttl-gt 60 -m ttl --ttl-lt 65 -j ACCEPT
  -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
  -A INPUT -p icmp -m limit --limit 2/min --limit-burst 1 -j ACCEPT
  -A INPUT -m limit --limit 1000/hour -j ACCEPT
  -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
  $ iptables -A INPUT -m addrtype -j ACCEPT
  iptables v1.8.9 (nf_tables): addrtype: you must specify --src-type or --dst-type
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m addrtype --src-type FOO -j ACCEPT
  iptables v1.8.9 (nf_tables): addrtype: bad type "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m addrtype --src-type LOCAL --src-type UNICAST -j ACCEPT
  iptables v1.8.9 (nf_tables): addrtype: option "--src-type" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m iprange --src-range 10.0.0.1-bad -j ACCEPT
  iptables v1.8.9 (nf_tables): iprange: Bad value for "--src-range" option: "bad"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m iprange -j ACCEPT
  iptables v1.8.9 (nf_tables): iprange match: You must specify `--src-range' or `--dst-range'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports 1:2:3 -j ACCEPT
  iptables v1.8.9 (nf_tables): invalid port/service `2:3' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports 5:1 -j ACCEPT
  iptables v1.8.9 (nf_tables): invalid portrange specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports 80 --sports 90 -j ACCEPT
  iptables v1.8.9 (nf_tables): multiport: option "--source-ports" cannot be used together with "--destination-ports".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m multiport --dports 80 -j ACCEPT
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m mac --mac-source 02:00:00:00:0a -j ACCEPT
  iptables v1.8.9 (nf_tables): Invalid MAC address specified.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m mac --mac-source 02:00:00:00:0a:01 -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A INPUT -m pkttype --pkt-type anycast -j ACCEPT
  iptables v1.8.9 (nf_tables): Bad packet type 'anycast'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m length --length 70000 -j ACCEPT
  iptables v1.8.9 (nf_tables): length: bad value for option "--length" near "70000", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m length --length 90:80 -j ACCEPT
  $ iptables -A INPUT -m ttl --ttl-eq 300 -j ACCEPT
  iptables v1.8.9 (nf_tables): ttl: bad value for option "--ttl-eq", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m ttl -j ACCEPT
  iptables v1.8.9 (nf_tables): TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m ttl --ttl-eq 1 --ttl-gt 2 -j ACCEPT
  iptables v1.8.9 (nf_tables): ttl: option "--ttl-gt" cannot be used together with "--ttl-eq".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m limit --limit 0/sec -j ACCEPT
  iptables v1.8.9 (nf_tables): bad rate "0/sec"'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m limit --limit 20000/sec -j ACCEPT
  iptables v1.8.9 (nf_tables): Rate too fast "20000/sec"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m limit --limit-burst 0 -j ACCEPT
  $ iptables -A INPUT -m limit --limit-burst 10001 -j ACCEPT
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m limit --limit 5/fortnight -j ACCEPT
  iptables v1.8.9 (nf_tables): bad rate "5/fortnight"'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
