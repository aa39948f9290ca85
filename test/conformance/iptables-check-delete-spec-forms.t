iptables -C / -D by rule specification: equivalent spellings (masks, hostnames, abbreviations, match order, inversions, counters) match the stored rule or not.
  $ iptables -A INPUT -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT
  $ iptables -A INPUT -i lo+ ! -o eth0 -p udp -m udp --sport 53 -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m mark --mark 0x5/0xff -m comment --comment "hi there" -j RETURN
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 5/s -j ACCEPT
  $ for r in "-s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT" "-s 10.1.2.3/16 -d 192.0.2.1/32 -p tcp --dport 22 -j ACCEPT" "-s 10.1.0.0/255.255.0.0 -d 192.0.2.1 -p 6 --dport 22 -j ACCEPT" "-d 192.0.2.1 -s 10.1.0.0/16 -p tcp -m tcp --dport ssh -j ACCEPT" "--src 10.1.0.0/16 --dst 192.0.2.1 --proto tcp --destination-port 22 --jump ACCEPT" "-s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22:22 -j ACCEPT" "-s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22" "-s 10.1.0.0/16 -d 192.0.2.1 -p TCP --dport 22 -j ACCEPT" "-s 10.1.0.0/17 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT" "-s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT -c 0 0" "-s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT -c 5 7"; do echo "== $r"; eval iptables -C INPUT $r 2>&1; echo $?; done
  == -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT
  0
  == -s 10.1.2.3/16 -d 192.0.2.1/32 -p tcp --dport 22 -j ACCEPT
  0
  == -s 10.1.0.0/255.255.0.0 -d 192.0.2.1 -p 6 --dport 22 -j ACCEPT
  0
  == -d 192.0.2.1 -s 10.1.0.0/16 -p tcp -m tcp --dport ssh -j ACCEPT
  0
  == --src 10.1.0.0/16 --dst 192.0.2.1 --proto tcp --destination-port 22 --jump ACCEPT
  0
  == -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22:22 -j ACCEPT
  0
  == -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -s 10.1.0.0/16 -d 192.0.2.1 -p TCP --dport 22 -j ACCEPT
  0
  == -s 10.1.0.0/17 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT -c 0 0
  iptables v1.8.9 (nf_tables): Illegal option `-c' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -s 10.1.0.0/16 -d 192.0.2.1 -p tcp --dport 22 -j ACCEPT -c 5 7
  iptables v1.8.9 (nf_tables): Illegal option `-c' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for r in "-i lo+ ! -o eth0 -p udp -m udp --sport 53 -j DROP" "-i lo+ ! -o eth0 -p udp --sport 53 -j DROP" "-i lo ! -o eth0 -p udp --sport 53 -j DROP" "-i lo+ -o eth0 -p udp --sport 53 -j DROP" "! -o eth0 -i lo+ -p 17 --sport domain -j DROP" "-i lo+ ! -o eth0 -p udp --sport 53 -j REJECT"; do echo "== $r"; eval iptables -C INPUT $r 2>&1; echo $?; done
  == -i lo+ ! -o eth0 -p udp -m udp --sport 53 -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -i lo+ ! -o eth0 -p udp --sport 53 -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -i lo ! -o eth0 -p udp --sport 53 -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -i lo+ -o eth0 -p udp --sport 53 -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == ! -o eth0 -i lo+ -p 17 --sport domain -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -i lo+ ! -o eth0 -p udp --sport 53 -j REJECT
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for r in "-m mark --mark 0x5/0xff -m comment --comment \"hi there\" -j RETURN" "-m mark --mark 5/255 -m comment --comment 'hi there' -j RETURN" "-m comment --comment \"hi there\" -m mark --mark 0x5/0xff -j RETURN" "-m mark --mark 0x5/0xff -m comment --comment hi -j RETURN" "-m mark --mark 0x5 -m comment --comment \"hi there\" -j RETURN"; do echo "== $r"; eval iptables -C INPUT $r 2>&1; echo $?; done
  == -m mark --mark 0x5/0xff -m comment --comment "hi there" -j RETURN
  0
  == -m mark --mark 5/255 -m comment --comment 'hi there' -j RETURN
  0
  == -m comment --comment "hi there" -m mark --mark 0x5/0xff -j RETURN
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -m mark --mark 0x5/0xff -m comment --comment hi -j RETURN
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -m mark --mark 0x5 -m comment --comment "hi there" -j RETURN
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ for r in "-p icmp --icmp-type echo-request -m limit --limit 5/s -j ACCEPT" "-p icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT" "-p icmp --icmp-type 8/0 -m limit --limit 300/min -j ACCEPT" "-p icmp --icmp-type 8 -m limit --limit 5/s --limit-burst 5 -j ACCEPT" "-p icmp --icmp-type 8 -m limit --limit 5/s --limit-burst 6 -j ACCEPT" "-p icmp --icmp-type ping -m limit --limit 5/second -j ACCEPT"; do echo "== $r"; eval iptables -C INPUT $r 2>&1; echo $?; done
  == -p icmp --icmp-type echo-request -m limit --limit 5/s -j ACCEPT
  0
  == -p icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT
  0
  == -p icmp --icmp-type 8/0 -m limit --limit 300/min -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p icmp --icmp-type 8 -m limit --limit 5/s --limit-burst 5 -j ACCEPT
  0
  == -p icmp --icmp-type 8 -m limit --limit 5/s --limit-burst 6 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  == -p icmp --icmp-type ping -m limit --limit 5/second -j ACCEPT
  0
  $ iptables -C INPUT 1 2>&1; echo $?
  Bad argument `1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -C FOO -j ACCEPT 2>&1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C INPUT 2>&1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -D INPUT -s 10.1.9.9/16 -d 192.0.2.1/32 -p tcp --dport 22 -j ACCEPT; echo $?
  0
  $ iptables -D INPUT -p icmp --icmp-type 8 -m limit --limit 300/min -j ACCEPT; echo $?
  0
  $ iptables -D INPUT -i lo+ ! -o eth0 -p udp --sport 53 -j DROP -c 1 2 2>&1; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-c' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT -p udp 2>&1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m mark --mark 0x5/0xff -m comment --comment "hi there" -j RETURN
