How iptables -L (names, -v) and iptables-save -c print 80 target variants of the mangle, filter, nat and raw tables.
  $ iptables -t mangle -N t
  $ for r in "TTL --ttl-set 5" "TTL --ttl-dec 1" "TTL --ttl-inc 3" "TOS --set-tos 0x10" "TOS --set-tos 0x10/0x3f" "TOS --and-tos 0x0f" "TOS --or-tos 0x08" "TOS --xor-tos 0x04" "TOS --set-tos Minimize-Cost" "DSCP --set-dscp 10" "DSCP --set-dscp-class EF" "ECN --ecn-tcp-remove" "CONNMARK --set-mark 5" "CONNMARK --set-mark 5/0xff" "CONNMARK --set-xmark 1/3" "CONNMARK --save-mark" "CONNMARK --restore-mark" "CONNMARK --save-mark --mask 0xff" "CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0" "CONNMARK --and-mark 0x7" "CONNMARK --or-mark 0x8" "CONNMARK --xor-mark 0x9" "CONNMARK --save-mark --nfmask 0xff --ctmask 0xff" "MARK --set-mark 1" "MARK --set-mark 1/0xf" "MARK --set-xmark 2/0x3" "MARK --and-mark 4" "MARK --or-mark 8" "MARK --xor-mark 16" "CHECKSUM --checksum-fill" "CLASSIFY --set-class 1:2" "CLASSIFY --set-class ffff:ffff" "CLASSIFY --set-class 0:0" "TCPMSS --set-mss 1400" "TCPMSS --clamp-mss-to-pmtu" "TCPOPTSTRIP --strip-options 8" "TCPOPTSTRIP --strip-options mss,wscale" "NFLOG" "NFLOG --nflog-group 2 --nflog-prefix pre --nflog-range 100 --nflog-threshold 3" "NFLOG --nflog-size 0" "NFQUEUE" "NFQUEUE --queue-num 7 --queue-bypass" "NFQUEUE --queue-balance 2:5 --queue-cpu-fanout" "NFQUEUE --queue-balance 0:1 --queue-bypass --queue-cpu-fanout" "LOG" "LOG --log-level 7 --log-prefix p" "LOG --log-level alert --log-tcp-options --log-ip-options" "LOG --log-uid --log-macdecode" "LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode" "TEE --gateway 1.2.3.4" "TRACE" "AUDIT --type reject" "RETURN" "ACCEPT" "DROP"; do eval iptables -t mangle -A t -p tcp -j $r 2>&1 | head -1; done
  warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead
  $ iptables -N f
  $ for r in "REJECT" "REJECT --reject-with icmp-net-unreachable" "REJECT --reject-with icmp-host-unreachable" "REJECT --reject-with icmp-port-unreachable" "REJECT --reject-with icmp-proto-unreachable" "REJECT --reject-with icmp-net-prohibited" "REJECT --reject-with icmp-host-prohibited" "REJECT --reject-with icmp-admin-prohibited" "REJECT --reject-with tcp-reset" "REJECT --reject-with tcp-rst" "REJECT --reject-with net-unreach" "REJECT --reject-with host-prohib" "REJECT --reject-with admin-prohib" "REJECT --reject-with icmp6-no-route" "SET --add-set s src"; do eval iptables -A f -p tcp -j $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables): unknown reject type "icmp6-no-route"
  iptables v1.8.9 (nf_tables): Set s doesn't exist.
  $ iptables -t nat -N n
  $ for r in "SNAT --to-source 1.2.3.4" "SNAT --to-source 1.2.3.4-1.2.3.9:100-200 --random --persistent" "SNAT --to-source 1.2.3.4:80 --random-fully" "DNAT --to-destination 5.6.7.8" "DNAT --to-destination 5.6.7.8:80-90/100" "DNAT --to-destination :80" "DNAT --to-destination 5.6.7.8-5.6.7.9 --persistent" "MASQUERADE" "MASQUERADE --to-ports 1000" "MASQUERADE --to-ports 1000-2000 --random" "MASQUERADE --random-fully" "REDIRECT" "REDIRECT --to-ports 8080" "REDIRECT --to-ports 8080-8090 --random" "NETMAP --to 10.0.0.0/8" "NETMAP --to 10.1.2.3/32"; do eval iptables -t nat -A n -p tcp -j $r 2>&1 | head -1; done
  $ iptables -t raw -N c
  $ for r in "CT --notrack" "NOTRACK" "CT --zone 3" "CT --zone-orig 4" "CT --zone-reply 5" "CT --zone-orig mark" "CT --zone mark" "CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark" "CT --expectevents new" "CT --timeout t" "CT --notrack --zone 3"; do eval iptables -t raw -A c -p tcp -j $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables): unknown option "--expectevents"
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain c
  $ iptables -t mangle -L t -v
  Chain t (0 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 TTL        tcp  --  any    any     anywhere             anywhere             TTL set to 5
      0     0 TTL        tcp  --  any    any     anywhere             anywhere             TTL decrement by 1
      0     0 TTL        tcp  --  any    any     anywhere             anywhere             TTL increment by 3
      0     0 TOS        tcp  --  any    any     anywhere             anywhere             TOS set 0x10/0xff
      0     0 TOS        tcp  --  any    any     anywhere             anywhere              TOS setMinimize-Delay
      0     0 TOS        tcp  --  any    any     anywhere             anywhere             TOS and 0x0f
      0     0 TOS        tcp  --  any    any     anywhere             anywhere             TOS or 0x08
      0     0 TOS        tcp  --  any    any     anywhere             anywhere             TOS xor 0x04
      0     0 TOS        tcp  --  any    any     anywhere             anywhere              TOS setMinimize-Cost
      0     0 DSCP       tcp  --  any    any     anywhere             anywhere             DSCP set 0x0a
      0     0 DSCP       tcp  --  any    any     anywhere             anywhere             DSCP set 0x2e
      0     0 ECN        tcp  --  any    any     anywhere             anywhere             ECN TCP remove
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK set 0x5
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK xset 0x5/0xff
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK xset 0x1/0x3
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK save
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK restore
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK save mask 0xff
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK restore ctmask 0xf0 nfmask ~0xf
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK and 0x7
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK or 0x8
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK xor 0x9
      0     0 CONNMARK   tcp  --  any    any     anywhere             anywhere             CONNMARK save mask 0xff
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK set 0x1
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK xset 0x1/0xf
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK xset 0x2/0x3
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK and 0x4
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK or 0x8
      0     0 MARK       tcp  --  any    any     anywhere             anywhere             MARK xor 0x10
      0     0 CHECKSUM   tcp  --  any    any     anywhere             anywhere             CHECKSUM fill
      0     0 CLASSIFY   tcp  --  any    any     anywhere             anywhere             CLASSIFY set 1:2
      0     0 CLASSIFY   tcp  --  any    any     anywhere             anywhere             CLASSIFY set ffff:ffff
      0     0 CLASSIFY   tcp  --  any    any     anywhere             anywhere             CLASSIFY set 0:0
      0     0 TCPMSS     tcp  --  any    any     anywhere             anywhere             TCPMSS set 1400
      0     0 TCPMSS     tcp  --  any    any     anywhere             anywhere             TCPMSS clamp to PMTU
      0     0 TCPOPTSTRIP  tcp  --  any    any     anywhere             anywhere             TCPOPTSTRIP options timestamp
      0     0 TCPOPTSTRIP  tcp  --  any    any     anywhere             anywhere             TCPOPTSTRIP options mss,wscale
      0     0 NFLOG      tcp  --  any    any     anywhere             anywhere            
      0     0 NFLOG      tcp  --  any    any     anywhere             anywhere             nflog-prefix pre nflog-group 2 nflog-threshold 3
      0     0 NFLOG      tcp  --  any    any     anywhere             anywhere             nflog-size 0
      0     0 NFQUEUE    tcp  --  any    any     anywhere             anywhere             NFQUEUE num 0
      0     0 NFQUEUE    tcp  --  any    any     anywhere             anywhere             NFQUEUE num 7 bypass
      0     0 NFQUEUE    tcp  --  any    any     anywhere             anywhere             NFQUEUE balance 2:5 cpu-fanout
      0     0 NFQUEUE    tcp  --  any    any     anywhere             anywhere             NFQUEUE balance 0:1 bypass cpu-fanout
      0     0 LOG        tcp  --  any    any     anywhere             anywhere             LOG level warn
      0     0 LOG        tcp  --  any    any     anywhere             anywhere             LOG level debug prefix "p"
      0     0 LOG        tcp  --  any    any     anywhere             anywhere             LOG level alert tcp-options ip-options
      0     0 LOG        tcp  --  any    any     anywhere             anywhere             LOG level warn uid macdecode
      0     0 LOG        tcp  --  any    any     anywhere             anywhere             LOG level warn tcp-sequence tcp-options ip-options uid macdecode
      0     0 TEE        tcp  --  any    any     anywhere             anywhere             TEE gw:1.2.3.4
      0     0 TRACE      tcp  --  any    any     anywhere             anywhere            
      0     0 AUDIT      tcp  --  any    any     anywhere             anywhere             AUDIT reject
      0     0 RETURN     tcp  --  any    any     anywhere             anywhere            
      0     0 ACCEPT     tcp  --  any    any     anywhere             anywhere            
      0     0 DROP       tcp  --  any    any     anywhere             anywhere            
  $ iptables -L f
  Chain f (0 references)
  target     prot opt source               destination         
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-port-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-net-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-host-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-port-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-proto-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-net-prohibited
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-host-prohibited
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-admin-prohibited
  REJECT     tcp  --  anywhere             anywhere             reject-with tcp-reset
  REJECT     tcp  --  anywhere             anywhere             reject-with tcp-reset
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-net-unreachable
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-host-prohibited
  REJECT     tcp  --  anywhere             anywhere             reject-with icmp-admin-prohibited
  $ iptables -t nat -L n -v --line-numbers
  Chain n (0 references)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 SNAT       tcp  --  any    any     anywhere             anywhere             to:1.2.3.4
  2        0     0 SNAT       tcp  --  any    any     anywhere             anywhere             to:1.2.3.4-1.2.3.9:100-200 random persistent
  3        0     0 SNAT       tcp  --  any    any     anywhere             anywhere             to:1.2.3.4:80 random-fully
  4        0     0 DNAT       tcp  --  any    any     anywhere             anywhere             to:5.6.7.8
  5        0     0 DNAT       tcp  --  any    any     anywhere             anywhere             to:5.6.7.8:80-90/100
  6        0     0 DNAT       tcp  --  any    any     anywhere             anywhere             to::80
  7        0     0 DNAT       tcp  --  any    any     anywhere             anywhere             to:5.6.7.8-5.6.7.9 persistent
  8        0     0 MASQUERADE  tcp  --  any    any     anywhere             anywhere            
  9        0     0 MASQUERADE  tcp  --  any    any     anywhere             anywhere             masq ports: 1000
  10       0     0 MASQUERADE  tcp  --  any    any     anywhere             anywhere             masq ports: 1000-2000 random
  11       0     0 MASQUERADE  tcp  --  any    any     anywhere             anywhere             random-fully
  12       0     0 REDIRECT   tcp  --  any    any     anywhere             anywhere            
  13       0     0 REDIRECT   tcp  --  any    any     anywhere             anywhere             redir ports 8080
  14       0     0 REDIRECT   tcp  --  any    any     anywhere             anywhere             redir ports 8080-8090 random
  15       0     0 NETMAP     tcp  --  any    any     anywhere             anywhere             to:10.0.0.0/8
  16       0     0 NETMAP     tcp  --  any    any     anywhere             anywhere             to:10.1.2.3/32
  $ iptables -t raw -L c
  Chain c (0 references)
  target     prot opt source               destination         
  CT         tcp  --  anywhere             anywhere             CT notrack
  CT         tcp  --  anywhere             anywhere             NOTRACK
  CT         tcp  --  anywhere             anywhere             CT zone 3
  CT         tcp  --  anywhere             anywhere             CT zone-orig 4
  CT         tcp  --  anywhere             anywhere             CT zone-reply 5
  CT         tcp  --  anywhere             anywhere             CT zone-orig mark
  CT         tcp  --  anywhere             anywhere             CT zone mark
  CT         tcp  --  anywhere             anywhere             CT ctevents new,related,destroy,reply,assured,protoinfo,helper,mark
  CT         tcp  --  anywhere             anywhere             CT notrack zone 3
  $ iptables-save -c | grep -v "^#"
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :t - [0:0]
  [0:0] -A t -p tcp -j TTL --ttl-set 5
  [0:0] -A t -p tcp -j TTL --ttl-dec 1
  [0:0] -A t -p tcp -j TTL --ttl-inc 3
  [0:0] -A t -p tcp -j TOS --set-tos 0x10/0xff
  [0:0] -A t -p tcp -j TOS --set-tos 0x10/0x3f
  [0:0] -A t -p tcp -j TOS --set-tos 0x00/0xf0
  [0:0] -A t -p tcp -j TOS --set-tos 0x08/0x08
  [0:0] -A t -p tcp -j TOS --set-tos 0x04/0x00
  [0:0] -A t -p tcp -j TOS --set-tos 0x02/0x3f
  [0:0] -A t -p tcp -j DSCP --set-dscp 0x0a
  [0:0] -A t -p tcp -j DSCP --set-dscp 0x2e
  [0:0] -A t -p tcp -j ECN --ecn-tcp-remove
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x5/0xffffffff
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x5/0xff
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x1/0x3
  [0:0] -A t -p tcp -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  [0:0] -A t -p tcp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
  [0:0] -A t -p tcp -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  [0:0] -A t -p tcp -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x0/0xfffffff8
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x8/0x8
  [0:0] -A t -p tcp -j CONNMARK --set-xmark 0x9/0x0
  [0:0] -A t -p tcp -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  [0:0] -A t -p tcp -j MARK --set-xmark 0x1/0xffffffff
  [0:0] -A t -p tcp -j MARK --set-xmark 0x1/0xf
  [0:0] -A t -p tcp -j MARK --set-xmark 0x2/0x3
  [0:0] -A t -p tcp -j MARK --set-xmark 0x0/0xfffffffb
  [0:0] -A t -p tcp -j MARK --set-xmark 0x8/0x8
  [0:0] -A t -p tcp -j MARK --set-xmark 0x10/0x0
  [0:0] -A t -p tcp -j CHECKSUM --checksum-fill
  [0:0] -A t -p tcp -j CLASSIFY --set-class 0001:0002
  [0:0] -A t -p tcp -j CLASSIFY --set-class ffff:ffff
  [0:0] -A t -p tcp -j CLASSIFY --set-class 0000:0000
  [0:0] -A t -p tcp -j TCPMSS --set-mss 1400
  [0:0] -A t -p tcp -j TCPMSS --clamp-mss-to-pmtu
  [0:0] -A t -p tcp -j TCPOPTSTRIP --strip-options 8
  [0:0] -A t -p tcp -j TCPOPTSTRIP --strip-options 2,3
  [0:0] -A t -p tcp -j NFLOG
  [0:0] -A t -p tcp -j NFLOG --nflog-prefix pre --nflog-group 2 --nflog-threshold 3
  [0:0] -A t -p tcp -j NFLOG --nflog-size 0
  [0:0] -A t -p tcp -j NFQUEUE --queue-num 0
  [0:0] -A t -p tcp -j NFQUEUE --queue-num 7 --queue-bypass
  [0:0] -A t -p tcp -j NFQUEUE --queue-balance 2:5 --queue-cpu-fanout
  [0:0] -A t -p tcp -j NFQUEUE --queue-balance 0:1 --queue-bypass --queue-cpu-fanout
  [0:0] -A t -p tcp -j LOG
  [0:0] -A t -p tcp -j LOG --log-prefix p --log-level 7
  [0:0] -A t -p tcp -j LOG --log-level 1 --log-tcp-options --log-ip-options
  [0:0] -A t -p tcp -j LOG --log-uid --log-macdecode
  [0:0] -A t -p tcp -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
  [0:0] -A t -p tcp -j TEE --gateway 1.2.3.4
  [0:0] -A t -p tcp -j TRACE
  [0:0] -A t -p tcp -j AUDIT --type reject
  [0:0] -A t -p tcp -j RETURN
  [0:0] -A t -p tcp -j ACCEPT
  [0:0] -A t -p tcp -j DROP
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :c - [0:0]
  [0:0] -A c -p tcp -j CT --notrack
  [0:0] -A c -p tcp -j NOTRACK
  [0:0] -A c -p tcp -j CT --zone 3
  [0:0] -A c -p tcp -j CT --zone-orig 4
  [0:0] -A c -p tcp -j CT --zone-reply 5
  [0:0] -A c -p tcp -j CT --zone-orig mark
  [0:0] -A c -p tcp -j CT --zone mark
  [0:0] -A c -p tcp -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark
  [0:0] -A c -p tcp -j CT --notrack --zone 3
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :f - [0:0]
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-port-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-net-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-host-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-port-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-proto-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-net-prohibited
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-host-prohibited
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-admin-prohibited
  [0:0] -A f -p tcp -j REJECT --reject-with tcp-reset
  [0:0] -A f -p tcp -j REJECT --reject-with tcp-reset
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-net-unreachable
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-host-prohibited
  [0:0] -A f -p tcp -j REJECT --reject-with icmp-admin-prohibited
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :n - [0:0]
  [0:0] -A n -p tcp -j SNAT --to-source 1.2.3.4
  [0:0] -A n -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9:100-200 --random --persistent
  [0:0] -A n -p tcp -j SNAT --to-source 1.2.3.4:80 --random-fully
  [0:0] -A n -p tcp -j DNAT --to-destination 5.6.7.8
  [0:0] -A n -p tcp -j DNAT --to-destination 5.6.7.8:80-90/100
  [0:0] -A n -p tcp -j DNAT --to-destination :80
  [0:0] -A n -p tcp -j DNAT --to-destination 5.6.7.8-5.6.7.9 --persistent
  [0:0] -A n -p tcp -j MASQUERADE
  [0:0] -A n -p tcp -j MASQUERADE --to-ports 1000
  [0:0] -A n -p tcp -j MASQUERADE --to-ports 1000-2000 --random
  [0:0] -A n -p tcp -j MASQUERADE --random-fully
  [0:0] -A n -p tcp -j REDIRECT
  [0:0] -A n -p tcp -j REDIRECT --to-ports 8080
  [0:0] -A n -p tcp -j REDIRECT --to-ports 8080-8090 --random
  [0:0] -A n -p tcp -j NETMAP --to 10.0.0.0/8
  [0:0] -A n -p tcp -j NETMAP --to 10.1.2.3/32
  COMMIT
