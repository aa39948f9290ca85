iptables -C/-D of nat rules by specification: equivalent and different spellings of SNAT/DNAT/MASQUERADE/REDIRECT target options.
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-90
  $ iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --random
  $ iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.1
  $ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
  $ for r in "-p tcp -j SNAT --to-source 1.2.3.4:80-90" "-p tcp -j SNAT --to 1.2.3.4:80-90" "-p tcp -j SNAT --to-source 1.2.3.4-1.2.3.4:80-90" "-p tcp -j SNAT --to-source 1.2.3.4:80-91" "-p tcp -j SNAT --to-source 1.2.3.4:80-90 --random" "-p tcp -j SNAT --to-source 1.2.3.4:80-90 --persistent" "-p 6 -j SNAT --to-source 1.2.3.4:80-90" "-p tcp -j SNAT --to-source 1.2.3.5:80-90" "-p tcp -j MASQUERADE"; do echo "== $r"; iptables -t nat -C POSTROUTING $r 2>&1; echo $?; done
  == -p tcp -j SNAT --to-source 1.2.3.4:80-90
  0
  == -p tcp -j SNAT --to 1.2.3.4:80-90
  0
  == -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.4:80-90
  0
  == -p tcp -j SNAT --to-source 1.2.3.4:80-91
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p tcp -j SNAT --to-source 1.2.3.4:80-90 --random
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p tcp -j SNAT --to-source 1.2.3.4:80-90 --persistent
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p 6 -j SNAT --to-source 1.2.3.4:80-90
  0
  == -p tcp -j SNAT --to-source 1.2.3.5:80-90
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p tcp -j MASQUERADE
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ for r in "-o eth0 -j MASQUERADE --random" "-o eth0 -j MASQUERADE" "-o eth0 -j MASQUERADE --random-fully" "-o eth0 -j MASQUERADE --random --to-ports 0"; do echo "== $r"; iptables -t nat -C POSTROUTING $r 2>&1; echo $?; done
  == -o eth0 -j MASQUERADE --random
  0
  == -o eth0 -j MASQUERADE
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -o eth0 -j MASQUERADE --random-fully
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -o eth0 -j MASQUERADE --random --to-ports 0
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for r in "-p udp --dport 53 -j DNAT --to-destination 10.0.0.1" "-p udp --dport 53 -j DNAT --to 10.0.0.1" "-p udp --dport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.1" "-p udp --dport 53 -j DNAT --to-destination 10.0.0.1:53" "-p udp --dport domain -j DNAT --to-destination 10.0.0.1" "-p udp --dport 53 -j SNAT --to-source 10.0.0.1"; do echo "== $r"; iptables -t nat -C PREROUTING $r 2>&1; echo $?; done
  == -p udp --dport 53 -j DNAT --to-destination 10.0.0.1
  0
  == -p udp --dport 53 -j DNAT --to 10.0.0.1
  0
  == -p udp --dport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.1
  0
  == -p udp --dport 53 -j DNAT --to-destination 10.0.0.1:53
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p udp --dport domain -j DNAT --to-destination 10.0.0.1
  0
  == -p udp --dport 53 -j SNAT --to-source 10.0.0.1
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ for r in "-p tcp -j REDIRECT --to-ports 8080" "-p tcp -j REDIRECT --to-port 8080" "-p tcp -j REDIRECT --to-ports 8080-8080" "-p tcp -j REDIRECT --to-ports 8081" "-p tcp -j REDIRECT"; do echo "== $r"; iptables -t nat -C PREROUTING $r 2>&1; echo $?; done
  == -p tcp -j REDIRECT --to-ports 8080
  0
  == -p tcp -j REDIRECT --to-port 8080
  0
  == -p tcp -j REDIRECT --to-ports 8080-8080
  0
  == -p tcp -j REDIRECT --to-ports 8081
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p tcp -j REDIRECT
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -D POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.4:80-90; echo $?
  0
  $ iptables -t nat -D PREROUTING -p tcp -j REDIRECT --to-ports 8080-8080; echo $?
  0
  $ iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE 2>&1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p udp -m udp --dport 53 -j DNAT --to-destination 10.0.0.1
  -A POSTROUTING -o eth0 -j MASQUERADE --random
