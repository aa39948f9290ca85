How nft lists iptables-nft rules of many target variants (the extension's xlate, or an xt target statement when there is none), and iptables -S of them.
  $ iptables -t mangle -N t
  $ for r in "TTL --ttl-set 5" "TTL --ttl-dec 1" "TTL --ttl-inc 3" "TOS --set-tos 0x10" "TOS --set-tos 0x10/0x3f" "TOS --and-tos 0x0f" "TOS --or-tos 0x08" "TOS --xor-tos 0x04" "TOS --set-tos Minimize-Cost" "DSCP --set-dscp 10" "DSCP --set-dscp-class EF" "ECN --ecn-tcp-remove" "CONNMARK --set-mark 5" "CONNMARK --set-mark 5/0xff" "CONNMARK --set-xmark 1/3" "CONNMARK --save-mark" "CONNMARK --restore-mark" "CONNMARK --save-mark --mask 0xff" "CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0" "CONNMARK --and-mark 0x7" "CONNMARK --or-mark 0x8" "CONNMARK --xor-mark 0x9" "CONNMARK --save-mark --nfmask 0xff --ctmask 0xff" "MARK --set-mark 1" "MARK --set-mark 1/0xf" "MARK --set-xmark 2/0x3" "MARK --and-mark 4" "MARK --or-mark 8" "MARK --xor-mark 16" "CHECKSUM --checksum-fill" "CLASSIFY --set-class 1:2" "CLASSIFY --set-class ffff:ffff" "CLASSIFY --set-class 0:0" "TCPMSS --set-mss 1400" "TCPMSS --clamp-mss-to-pmtu" "TCPOPTSTRIP --strip-options 8" "TCPOPTSTRIP --strip-options mss,wscale" "NFLOG" "NFLOG --nflog-group 2 --nflog-prefix pre --nflog-range 100 --nflog-threshold 3" "NFLOG --nflog-size 0" "NFQUEUE" "NFQUEUE --queue-num 7 --queue-bypass" "NFQUEUE --queue-balance 2:5 --queue-cpu-fanout" "NFQUEUE --queue-balance 0:1 --queue-bypass --queue-cpu-fanout" "LOG" "LOG --log-level 7 --log-prefix p" "LOG --log-level alert --log-tcp-options --log-ip-options" "LOG --log-uid --log-macdecode" "LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode" "TEE --gateway 1.2.3.4" "TRACE" "AUDIT --type reject" "RETURN" "ACCEPT" "DROP"; do eval iptables -t mangle -A t -p tcp -j $r 2>&1 | head -1; done
  warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead
  $ iptables -t mangle -S t
  -N t
  -A t -p tcp -j TTL --ttl-set 5
  -A t -p tcp -j TTL --ttl-dec 1
  -A t -p tcp -j TTL --ttl-inc 3
  -A t -p tcp -j TOS --set-tos 0x10/0xff
  -A t -p tcp -j TOS --set-tos 0x10/0x3f
  -A t -p tcp -j TOS --set-tos 0x00/0xf0
  -A t -p tcp -j TOS --set-tos 0x08/0x08
  -A t -p tcp -j TOS --set-tos 0x04/0x00
  -A t -p tcp -j TOS --set-tos 0x02/0x3f
  -A t -p tcp -j DSCP --set-dscp 0x0a
  -A t -p tcp -j DSCP --set-dscp 0x2e
  -A t -p tcp -j ECN --ecn-tcp-remove
  -A t -p tcp -j CONNMARK --set-xmark 0x5/0xffffffff
  -A t -p tcp -j CONNMARK --set-xmark 0x5/0xff
  -A t -p tcp -j CONNMARK --set-xmark 0x1/0x3
  -A t -p tcp -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A t -p tcp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A t -p tcp -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  -A t -p tcp -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0
  -A t -p tcp -j CONNMARK --set-xmark 0x0/0xfffffff8
  -A t -p tcp -j CONNMARK --set-xmark 0x8/0x8
  -A t -p tcp -j CONNMARK --set-xmark 0x9/0x0
  -A t -p tcp -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  -A t -p tcp -j MARK --set-xmark 0x1/0xffffffff
  -A t -p tcp -j MARK --set-xmark 0x1/0xf
  -A t -p tcp -j MARK --set-xmark 0x2/0x3
  -A t -p tcp -j MARK --set-xmark 0x0/0xfffffffb
  -A t -p tcp -j MARK --set-xmark 0x8/0x8
  -A t -p tcp -j MARK --set-xmark 0x10/0x0
  -A t -p tcp -j CHECKSUM --checksum-fill
  -A t -p tcp -j CLASSIFY --set-class 0001:0002
  -A t -p tcp -j CLASSIFY --set-class ffff:ffff
  -A t -p tcp -j CLASSIFY --set-class 0000:0000
  -A t -p tcp -j TCPMSS --set-mss 1400
  -A t -p tcp -j TCPMSS --clamp-mss-to-pmtu
  -A t -p tcp -j TCPOPTSTRIP --strip-options 8
  -A t -p tcp -j TCPOPTSTRIP --strip-options 2,3
  -A t -p tcp -j NFLOG
  -A t -p tcp -j NFLOG --nflog-prefix pre --nflog-group 2 --nflog-threshold 3
  -A t -p tcp -j NFLOG --nflog-size 0
  -A t -p tcp -j NFQUEUE --queue-num 0
  -A t -p tcp -j NFQUEUE --queue-num 7 --queue-bypass
  -A t -p tcp -j NFQUEUE --queue-balance 2:5 --queue-cpu-fanout
  -A t -p tcp -j NFQUEUE --queue-balance 0:1 --queue-bypass --queue-cpu-fanout
  -A t -p tcp -j LOG
  -A t -p tcp -j LOG --log-prefix p --log-level 7
  -A t -p tcp -j LOG --log-level 1 --log-tcp-options --log-ip-options
  -A t -p tcp -j LOG --log-uid --log-macdecode
  -A t -p tcp -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
  -A t -p tcp -j TEE --gateway 1.2.3.4
  -A t -p tcp -j TRACE
  -A t -p tcp -j AUDIT --type reject
  -A t -p tcp -j RETURN
  -A t -p tcp -j ACCEPT
  -A t -p tcp -j DROP
  $ nft list chain ip mangle t
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain t {
  		meta l4proto tcp counter packets 0 bytes 0 xt target TTL
  		meta l4proto tcp counter packets 0 bytes 0 xt target TTL
  		meta l4proto tcp counter packets 0 bytes 0 xt target TTL
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set 0x04
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set 0x04
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set ip6 dscp and 0x03
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set ip6 dscp or 0x02
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set ip6 dscp xor 0x01
  		meta l4proto tcp counter packets 0 bytes 0 ip6 dscp set 0x00
  		meta l4proto tcp counter packets 0 bytes 0 ip dscp set 0x0a
  		meta l4proto tcp counter packets 0 bytes 0 ip dscp set 0x2e
  		meta l4proto tcp counter packets 0 bytes 0 xt target ECN
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set 0x5
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set ct mark xor 0x5 and 0xffffff00
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set ct mark xor 0x1 and 0xfffffffc
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set mark
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set ct mark
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set mark and 0xff
  		meta l4proto tcp counter packets 0 bytes 0 xt target CONNMARK
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set ct mark and 0x7
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set ct mark or 0x8
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set ct mark xor 0x9
  		meta l4proto tcp counter packets 0 bytes 0 ct mark set mark and 0xff
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set 0x1
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set mark and 0xfffffff0 xor 0x1
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set mark and 0xfffffffc xor 0x2
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set mark and 0x4
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set mark or 0x8
  		meta l4proto tcp counter packets 0 bytes 0 meta mark set mark xor 0x10
  		meta l4proto tcp counter packets 0 bytes 0 xt target CHECKSUM
  		meta l4proto tcp counter packets 0 bytes 0 meta priority set 1:2
  		meta l4proto tcp counter packets 0 bytes 0 meta priority set root
  		meta l4proto tcp counter packets 0 bytes 0 meta priority set none
  		meta l4proto tcp counter packets 0 bytes 0 tcp option maxseg size set 1400
  		meta l4proto tcp counter packets 0 bytes 0 tcp option maxseg size set rt mtu
  		meta l4proto tcp counter packets 0 bytes 0 xt target TCPOPTSTRIP
  		meta l4proto tcp counter packets 0 bytes 0 xt target TCPOPTSTRIP
  		meta l4proto tcp counter packets 0 bytes 0 log group 0
  		meta l4proto tcp counter packets 0 bytes 0 log prefix "pre" group 2 queue-threshold 3
  		meta l4proto tcp counter packets 0 bytes 0 log group 0 snaplen 0
  		meta l4proto tcp counter packets 0 bytes 0 queue num 0
  		meta l4proto tcp counter packets 0 bytes 0 queue num 7 bypass
  		meta l4proto tcp counter packets 0 bytes 0 queue num 2-5 fanout
  		meta l4proto tcp counter packets 0 bytes 0 queue num 0-1 bypass,fanout
  		meta l4proto tcp counter packets 0 bytes 0 log
  		meta l4proto tcp counter packets 0 bytes 0 log prefix "p" level debug
  		meta l4proto tcp counter packets 0 bytes 0 log level alert flags tcp options flags ip options
  		meta l4proto tcp counter packets 0 bytes 0 log flags skuid flags ether
  		meta l4proto tcp counter packets 0 bytes 0 log flags all
  		meta l4proto tcp counter packets 0 bytes 0 dup to 1.2.3.4
  		meta l4proto tcp counter packets 0 bytes 0 meta nftrace set 1
  		meta l4proto tcp counter packets 0 bytes 0 log level audit
  		meta l4proto tcp counter packets 0 bytes 0 return
  		meta l4proto tcp counter packets 0 bytes 0 accept
  		meta l4proto tcp counter packets 0 bytes 0 drop
  	}
  }
  $ iptables -N f
  $ for r in "REJECT" "REJECT --reject-with icmp-net-unreachable" "REJECT --reject-with icmp-host-unreachable" "REJECT --reject-with icmp-port-unreachable" "REJECT --reject-with icmp-proto-unreachable" "REJECT --reject-with icmp-net-prohibited" "REJECT --reject-with icmp-host-prohibited" "REJECT --reject-with icmp-admin-prohibited" "REJECT --reject-with tcp-reset" "REJECT --reject-with tcp-rst" "REJECT --reject-with net-unreach" "REJECT --reject-with host-prohib" "REJECT --reject-with admin-prohib" "REJECT --reject-with icmp6-no-route" "SET --add-set s src"; do eval iptables -A f -p tcp -j $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables): unknown reject type "icmp6-no-route"
  iptables v1.8.9 (nf_tables): Set s doesn't exist.
  $ iptables -S f
  -N f
  -A f -p tcp -j REJECT --reject-with icmp-port-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-net-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-host-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-port-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-proto-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-net-prohibited
  -A f -p tcp -j REJECT --reject-with icmp-host-prohibited
  -A f -p tcp -j REJECT --reject-with icmp-admin-prohibited
  -A f -p tcp -j REJECT --reject-with tcp-reset
  -A f -p tcp -j REJECT --reject-with tcp-reset
  -A f -p tcp -j REJECT --reject-with icmp-net-unreachable
  -A f -p tcp -j REJECT --reject-with icmp-host-prohibited
  -A f -p tcp -j REJECT --reject-with icmp-admin-prohibited
  $ nft list chain ip filter f
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain f {
  		meta l4proto tcp counter packets 0 bytes 0 reject
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type net-unreachable
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type host-unreachable
  		meta l4proto tcp counter packets 0 bytes 0 reject
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type prot-unreachable
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type net-prohibited
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type host-prohibited
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type admin-prohibited
  		meta l4proto tcp counter packets 0 bytes 0 reject with tcp reset
  		meta l4proto tcp counter packets 0 bytes 0 reject with tcp reset
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type net-unreachable
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type host-prohibited
  		meta l4proto tcp counter packets 0 bytes 0 reject with icmp type admin-prohibited
  	}
  }
  $ iptables -t nat -N n
  $ for r in "SNAT --to-source 1.2.3.4" "SNAT --to-source 1.2.3.4-1.2.3.9:100-200 --random --persistent" "SNAT --to-source 1.2.3.4:80 --random-fully" "DNAT --to-destination 5.6.7.8" "DNAT --to-destination 5.6.7.8:80-90/100" "DNAT --to-destination :80" "DNAT --to-destination 5.6.7.8-5.6.7.9 --persistent" "MASQUERADE" "MASQUERADE --to-ports 1000" "MASQUERADE --to-ports 1000-2000 --random" "MASQUERADE --random-fully" "REDIRECT" "REDIRECT --to-ports 8080" "REDIRECT --to-ports 8080-8090 --random" "NETMAP --to 10.0.0.0/8" "NETMAP --to 10.1.2.3/32"; do eval iptables -t nat -A n -p tcp -j $r 2>&1 | head -1; done
  $ iptables -t nat -S n
  -N n
  -A n -p tcp -j SNAT --to-source 1.2.3.4
  -A n -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9:100-200 --random --persistent
  -A n -p tcp -j SNAT --to-source 1.2.3.4:80 --random-fully
  -A n -p tcp -j DNAT --to-destination 5.6.7.8
  -A n -p tcp -j DNAT --to-destination 5.6.7.8:80-90/100
  -A n -p tcp -j DNAT --to-destination :80
  -A n -p tcp -j DNAT --to-destination 5.6.7.8-5.6.7.9 --persistent
  -A n -p tcp -j MASQUERADE
  -A n -p tcp -j MASQUERADE --to-ports 1000
  -A n -p tcp -j MASQUERADE --to-ports 1000-2000 --random
  -A n -p tcp -j MASQUERADE --random-fully
  -A n -p tcp -j REDIRECT
  -A n -p tcp -j REDIRECT --to-ports 8080
  -A n -p tcp -j REDIRECT --to-ports 8080-8090 --random
  -A n -p tcp -j NETMAP --to 10.0.0.0/8
  -A n -p tcp -j NETMAP --to 10.1.2.3/32
  $ nft list chain ip nat n
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain n {
  		meta l4proto tcp counter packets 0 bytes 0 snat to 1.2.3.4
  		meta l4proto tcp counter packets 0 bytes 0 snat to 1.2.3.4-1.2.3.9:100-200 random,persistent
  		meta l4proto tcp counter packets 0 bytes 0 snat to 1.2.3.4:80 fully-random
  		meta l4proto tcp counter packets 0 bytes 0 dnat to 5.6.7.8
  		meta l4proto tcp counter packets 0 bytes 0 xt target DNAT
  		meta l4proto tcp counter packets 0 bytes 0 dnat to :80
  		meta l4proto tcp counter packets 0 bytes 0 dnat to 5.6.7.8-5.6.7.9 persistent
  		meta l4proto tcp counter packets 0 bytes 0 masquerade
  		meta l4proto tcp counter packets 0 bytes 0 masquerade to :1000
  		meta l4proto tcp counter packets 0 bytes 0 masquerade to :1000-2000 random
  		meta l4proto tcp counter packets 0 bytes 0 masquerade fully-random
  		meta l4proto tcp counter packets 0 bytes 0 redirect
  		meta l4proto tcp counter packets 0 bytes 0 redirect to :8080
  		meta l4proto tcp counter packets 0 bytes 0 redirect to :8080-8090 random
  		meta l4proto tcp counter packets 0 bytes 0 xt target NETMAP
  		meta l4proto tcp counter packets 0 bytes 0 xt target NETMAP
  	}
  }
  $ iptables -t raw -N c
  $ for r in "CT --notrack" "NOTRACK" "CT --zone 3" "CT --zone-orig 4" "CT --zone-reply 5" "CT --zone-orig mark" "CT --zone mark" "CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark" "CT --expectevents new" "CT --timeout t" "CT --notrack --zone 3"; do eval iptables -t raw -A c -p tcp -j $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables): unknown option "--expectevents"
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain c
  $ iptables -t raw -S c
  -N c
  -A c -p tcp -j CT --notrack
  -A c -p tcp -j NOTRACK
  -A c -p tcp -j CT --zone 3
  -A c -p tcp -j CT --zone-orig 4
  -A c -p tcp -j CT --zone-reply 5
  -A c -p tcp -j CT --zone-orig mark
  -A c -p tcp -j CT --zone mark
  -A c -p tcp -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark
  -A c -p tcp -j CT --notrack --zone 3
  $ nft list chain ip raw c
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain c {
  		meta l4proto tcp counter packets 0 bytes 0 notrack
  		meta l4proto tcp counter packets 0 bytes 0 notrack
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 xt target CT
  		meta l4proto tcp counter packets 0 bytes 0 notrack
  	}
  }
