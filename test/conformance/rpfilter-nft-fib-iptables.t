iptables-nft next to nft-native rules (nft_is_table_compatible()): a chain holding a rule iptables cannot parse back (a fib or ct expression) makes -L/-S of it, or of the whole table, fail ("is incompatible, use 'nft' tool"), iptables-save names the table instead of dumping it, while the other chains still list and -A and -F still work; once flushed the table lists again. A base chain of another name is not looked into (only its presence noted), a user chain is.
  $ nft add table ip filter
  $ nft add chain ip filter INPUT '{ type filter hook input priority 0; policy accept; }'
  $ nft add rule ip filter INPUT fib saddr . iif oif missing counter drop
  $ iptables -L -n
  iptables v1.8.9 (nf_tables): table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -S
  iptables v1.8.9 (nf_tables): table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables-save | grep -v '^#'
  [1]
  $ iptables -A INPUT -s 1.2.3.4 -j DROP
  $ nft list ruleset
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		fib saddr . iif oif missing counter packets 0 bytes 0 drop
  		ip saddr 1.2.3.4 counter packets 0 bytes 0 drop
  	}
  }
  $ nft add table ip raw
  $ nft add chain ip raw PREROUTING '{ type filter hook prerouting priority raw; }'
  $ nft add rule ip raw PREROUTING fib daddr type local counter
  $ iptables -t raw -L -n -v
  iptables v1.8.9 (nf_tables): table `raw' is incompatible, use 'nft' tool.
  [1]
  $ iptables -t raw -F
  $ nft list table ip raw
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  	}
  }
  $ nft delete table ip filter; nft add table ip filter
  $ nft add chain ip filter INPUT '{ type filter hook input priority 0; policy accept; }'
  $ nft add chain ip filter FORWARD '{ type filter hook forward priority 0; policy accept; }'
  $ nft add rule ip filter INPUT ct state established counter accept
  $ nft add rule ip filter FORWARD counter
  $ iptables-save -t filter
  # Table `filter' is incompatible, use 'nft' tool.
  $ iptables -L FORWARD -n
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0           
  $ iptables -L INPUT -n
  iptables v1.8.9 (nf_tables): chain `INPUT' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD
  $ iptables -t filter -F INPUT
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD
  $ nft delete table ip filter; nft add table ip filter
  $ nft add chain ip filter INPUT '{ type filter hook input priority 0; policy accept; }'
  $ nft add chain ip filter userc
  $ nft add chain ip filter mybase '{ type filter hook input priority 5; }'
  $ nft add rule ip filter mybase fib daddr type local counter
  $ iptables -S
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N userc
  $ iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :userc - [0:0]
  COMMIT
  $ nft add rule ip filter userc ct state new counter
  $ iptables -S
  iptables v1.8.9 (nf_tables): table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -L userc -n
  iptables v1.8.9 (nf_tables): chain `userc' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  $ iptables-save -t filter
  # Table `filter' is incompatible, use 'nft' tool.
