iptables-nft rules with conntrack matches and targets (state, conntrack, connmark, CONNMARK, CT, NOTRACK): -S, -L, nft list ruleset.
  $ iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
  $ iptables -A INPUT -m conntrack --ctstate NEW,INVALID,UNTRACKED -j DROP
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrc 10.0.0.1 --ctorigdst 10.0.0.0/8 --ctreplsrc 1.2.3.4 --ctrepldst 5.6.7.8/32 -j ACCEPT
  $ iptables -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY --ctdir REPLY -j ACCEPT
  $ iptables -A INPUT -m conntrack ! --ctstate ESTABLISHED ! --ctstatus CONFIRMED -j ACCEPT
  $ iptables -A INPUT -m connmark --mark 0x5/0xff -j ACCEPT
  $ iptables -A INPUT -m connmark ! --mark 7 -j ACCEPT
  $ iptables -A INPUT -m state ! --state NEW -j ACCEPT
  $ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
  $ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0
  $ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x3/0xf
  $ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x3/0xf
  $ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0x3
  $ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0x3
  $ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
  $ iptables -t raw -A PREROUTING -p udp -j CT --notrack
  $ iptables -t raw -A OUTPUT -j NOTRACK
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
  -A INPUT -m conntrack --ctstate INVALID,NEW,UNTRACKED -j DROP
  -A INPUT -m conntrack --ctproto 6 --ctorigsrc 10.0.0.1 --ctorigdst 10.0.0.0/8 --ctreplsrc 1.2.3.4 --ctrepldst 5.6.7.8 -j ACCEPT
  -A INPUT -m conntrack --ctstatus SEEN_REPLY,ASSURED --ctdir REPLY -j ACCEPT
  -A INPUT -m conntrack ! --ctstate ESTABLISHED ! --ctstatus CONFIRMED -j ACCEPT
  -A INPUT -m connmark --mark 0x5/0xff -j ACCEPT
  -A INPUT -m connmark ! --mark 0x7 -j ACCEPT
  -A INPUT -m state ! --state NEW -j ACCEPT
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0
  -A PREROUTING -j CONNMARK --set-xmark 0x3/0xf
  -A PREROUTING -j CONNMARK --set-xmark 0x3/0xf
  -A PREROUTING -j CONNMARK --set-xmark 0x0/0xfffffffc
  -A PREROUTING -j CONNMARK --set-xmark 0x3/0x3
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -p udp -j CT --notrack
  -A OUTPUT -j NOTRACK
  $ iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            ctstate INVALID,NEW,UNTRACKED
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ctproto 6 ctorigsrc 10.0.0.1 ctorigdst 10.0.0.0/8 ctreplsrc 1.2.3.4 ctrepldst 5.6.7.8
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ctstatus SEEN_REPLY,ASSURED ctdir REPLY
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ! ctstate ESTABLISHED ! ctstatus CONFIRMED
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            connmark match  0x5/0xff
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            connmark match ! 0x7
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ! state NEW
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -t mangle -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK restore
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK save nfmask 0xff ctmask ~0xf0
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK xset 0x3/0xf
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK xset 0x3/0xf
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK and 0x3
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK or 0x3
  CONNMARK   0    --  0.0.0.0/0            0.0.0.0/0            CONNMARK restore mask 0xff
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -t raw -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  CT         17   --  0.0.0.0/0            0.0.0.0/0            CT notrack
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  CT         0    --  0.0.0.0/0            0.0.0.0/0            NOTRACK
  $ iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             state RELATED,ESTABLISHED
  DROP       all  --  anywhere             anywhere             ctstate INVALID,NEW,UNTRACKED
  ACCEPT     all  --  anywhere             anywhere             ctproto 6 ctorigsrc 10.0.0.1 ctorigdst 10.0.0.0/8 ctreplsrc 1.2.3.4 ctrepldst 5.6.7.8
  ACCEPT     all  --  anywhere             anywhere             ctstatus SEEN_REPLY,ASSURED ctdir REPLY
  ACCEPT     all  --  anywhere             anywhere             ! ctstate ESTABLISHED ! ctstatus CONFIRMED
  ACCEPT     all  --  anywhere             anywhere             connmark match  0x5/0xff
  ACCEPT     all  --  anywhere             anywhere             connmark match ! 0x7
  ACCEPT     all  --  anywhere             anywhere             ! state NEW
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		ct state related,established counter packets 0 bytes 0 accept
  		ct state invalid,new,untracked counter packets 0 bytes 0 drop
  		ct original protocol 6 ct original saddr 10.0.0.1 ct original daddr 10.0.0.0/8 ct reply saddr 1.2.3.4 ct reply daddr 5.6.7.8 counter packets 0 bytes 0 accept
  		ct direction reply ct status seen-reply,assured counter packets 0 bytes 0 accept
  		ct state ! established ct status ! confirmed counter packets 0 bytes 0 accept
  		ct mark and 0xff == 0x5 counter packets 0 bytes 0 accept
  		ct mark != 0x7 counter packets 0 bytes 0 accept
  		ct state ! new counter packets 0 bytes 0 accept
  	}
  }
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 meta mark set ct mark
  		counter packets 0 bytes 0 xt target CONNMARK
  		counter packets 0 bytes 0 ct mark set ct mark xor 0x3 and 0xfffffff0
  		counter packets 0 bytes 0 ct mark set ct mark xor 0x3 and 0xfffffff0
  		counter packets 0 bytes 0 ct mark set ct mark and 0x3
  		counter packets 0 bytes 0 ct mark set ct mark or 0x3
  		counter packets 0 bytes 0 meta mark set ct mark and 0xff
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		meta l4proto udp counter packets 0 bytes 0 notrack
  	}
  
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		counter packets 0 bytes 0 notrack
  	}
  }
