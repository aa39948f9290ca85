nft list ruleset, nft list tables and nft list chains (all, of a family, with handles, a bad family) after a routing/NAT lab built its rules table by table in iptables-nft (mangle first, then nat, filter, raw): table and chain order, base chain hooks and priorities, policies, counters after traffic through lo.
  $ ip link set lo up
  $ iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x5
  $ iptables -t nat -A OUTPUT -d 127.0.0.2 -p icmp -j DNAT --to-destination 127.0.0.1
  $ iptables -P FORWARD DROP
  $ iptables -A INPUT -i lo -p icmp -m mark --mark 0x5 -j ACCEPT
  $ iptables -t raw -A PREROUTING -p icmp -j CT --notrack
  $ iptables -N LOGDROP
  $ iptables -A LOGDROP -j LOG --log-prefix "drop: "
  $ iptables -A LOGDROP -j DROP
  $ iptables -A INPUT -p tcp --dport 23 -j LOGDROP
  $ ping -c 2 -i 0.2 127.0.0.2 | sed -n 2,3p
  64 bytes from 127.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.2: icmp_seq=2 ttl=64 time=* ms (glob)
  $ nft list tables
  table ip mangle
  table ip nat
  table ip filter
  table ip raw
  $ nft list chains
  table ip mangle {
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  	}
  }
  table ip nat {
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  	}
  }
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy drop;
  	}
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  	}
  	chain LOGDROP {
  	}
  }
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  	}
  }
  $ nft list ruleset
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  		meta l4proto icmp counter packets 4 bytes 336 meta mark set 0x5
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		meta l4proto icmp ip daddr 127.0.0.2 counter packets 1 bytes 84 dnat to 127.0.0.1
  	}
  }
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy drop;
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifname "lo" meta l4proto icmp meta mark 0x00000005 counter packets 4 bytes 336 accept
  		tcp dport 23 counter packets 0 bytes 0 jump LOGDROP
  	}
  
  	chain LOGDROP {
  		counter packets 0 bytes 0 log prefix "drop: "
  		counter packets 0 bytes 0 drop
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		meta l4proto icmp counter packets 4 bytes 336 notrack
  	}
  }
  $ iptables -t raw -L -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336 CT         1    --  *      *       0.0.0.0/0            0.0.0.0/0            CT notrack
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -L -v -n -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           4      336 ACCEPT     1    --  lo     *       0.0.0.0/0            0.0.0.0/0            mark match 0x5
  2           0        0 LOGDROP    6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:23
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain LOGDROP (1 references)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  2           0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ nft list chains ip
  table ip mangle {
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  	}
  }
  table ip nat {
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  	}
  }
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy drop;
  	}
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  	}
  	chain LOGDROP {
  	}
  }
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  	}
  }
  $ nft list chains inet
  $ nft -a list chains
  table ip mangle {
  	chain OUTPUT { # handle 1
  		type route hook output priority mangle; policy accept;
  	}
  }
  table ip nat {
  	chain OUTPUT { # handle 1
  		type nat hook output priority -100; policy accept;
  	}
  }
  table ip filter {
  	chain FORWARD { # handle 1
  		type filter hook forward priority filter; policy drop;
  	}
  	chain INPUT { # handle 2
  		type filter hook input priority filter; policy accept;
  	}
  	chain LOGDROP { # handle 4
  	}
  }
  table ip raw {
  	chain PREROUTING { # handle 1
  		type filter hook prerouting priority raw; policy accept;
  	}
  }
  $ nft add table inet t
  $ nft add chain inet t c
  $ nft list chains inet
  table inet t {
  	chain c {
  	}
  }
  $ nft list chains bogus
  Error: syntax error, unexpected string, expecting end of file or newline or semicolon
  list chains bogus
              ^^^^^
  [1]
