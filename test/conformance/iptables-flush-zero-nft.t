iptables -F and -Z as iptables-nft 1.8.9 runs them (nft_rule_flush(), nft_chain_zero_counters()): -F of a builtin chain creates it, -v says each chain flushed or zeroed (creating the builtin chains of a table it flushes), -F of a table the kernel lacks does nothing.
  $ iptables -N u1
  $ iptables -A u1 -j RETURN
  $ iptables -F FORWARD; echo rc=$?
  rc=0
  $ nft list table ip filter
  table ip filter {
  	chain u1 {
  		counter packets 0 bytes 0 return
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  	}
  }
  $ iptables -v -F; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `u1'
  rc=0
  $ iptables -F nosuch; echo rc=$?
  iptables: No chain/target/match by that name.
  rc=1
  $ iptables -A INPUT -j u1
  $ iptables -v -F INPUT; echo rc=$?
  Flushing chain `INPUT'
  rc=0
  $ iptables -t nat -F; echo rc=$?
  rc=0
  $ iptables -t nat -v -F; echo rc=$?
  Flushing chain `PREROUTING'
  Flushing chain `INPUT'
  Flushing chain `OUTPUT'
  Flushing chain `POSTROUTING'
  rc=0
  $ nft list tables
  table ip filter
  table ip nat
  $ iptables -t raw -v -Z; echo rc=$?
  rc=0
  $ iptables -v -Z; echo rc=$?
  Zeroing chain `INPUT'
  Zeroing chain `FORWARD'
  Zeroing chain `OUTPUT'
  Zeroing chain `u1'
  rc=0
  $ iptables -Z nosuch; echo rc=$?
  iptables: No chain/target/match by that name.
  rc=1
  $ iptables -t mangle -F OUTPUT; echo rc=$?
  rc=0
  $ nft list table ip mangle
  table ip mangle {
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  	}
  }
