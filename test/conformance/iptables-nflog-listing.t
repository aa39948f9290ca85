NFLOG rules as iptables-nft makes them (a native log expression: no "managed by iptables-nft" warning from nft, a queue threshold only when one is given, XT_NFLOG_DEFAULT_THRESHOLD being 0), listed by -S, -L, iptables-save and nft.
  $ iptables -A OUTPUT -j NFLOG --nflog-threshold 1
  $ iptables -A OUTPUT -j NFLOG --nflog-threshold 0
  $ iptables -A OUTPUT -p icmp -j NFLOG --nflog-threshold 3 --nflog-group 7 --nflog-prefix "a b"
  $ iptables -A OUTPUT -j NFLOG --nflog-size 100
  $ iptables -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -j NFLOG --nflog-threshold 1
  -A OUTPUT -j NFLOG
  -A OUTPUT -p icmp -j NFLOG --nflog-prefix "a b" --nflog-group 7 --nflog-threshold 3
  -A OUTPUT -j NFLOG --nflog-size 100
  $ iptables -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  NFLOG      0    --  0.0.0.0/0            0.0.0.0/0            nflog-threshold 1
  NFLOG      0    --  0.0.0.0/0            0.0.0.0/0           
  NFLOG      1    --  0.0.0.0/0            0.0.0.0/0            nflog-prefix "a b" nflog-group 7 nflog-threshold 3
  NFLOG      0    --  0.0.0.0/0            0.0.0.0/0            nflog-size 100
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A OUTPUT -j NFLOG --nflog-threshold 1
  -A OUTPUT -j NFLOG
  -A OUTPUT -p icmp -j NFLOG --nflog-prefix "a b" --nflog-group 7 --nflog-threshold 3
  -A OUTPUT -j NFLOG --nflog-size 100
  COMMIT
  $ nft list ruleset
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		counter packets 0 bytes 0 log group 0 queue-threshold 1
  		counter packets 0 bytes 0 log group 0
  		meta l4proto icmp counter packets 0 bytes 0 log prefix "a b" group 7 queue-threshold 3
  		counter packets 0 bytes 0 log group 0 snaplen 100
  	}
  }
  $ iptables -A OUTPUT -m mark --mark 1 -j NFLOG
  $ nft list ruleset 2>&1 | head -2
  table ip filter {
  	chain OUTPUT {
  $ iptables -D OUTPUT -j NFLOG --nflog-threshold 1
  $ iptables -C OUTPUT -j NFLOG
  $ iptables -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -j NFLOG
  -A OUTPUT -p icmp -j NFLOG --nflog-prefix "a b" --nflog-group 7 --nflog-threshold 3
  -A OUTPUT -j NFLOG --nflog-size 100
  -A OUTPUT -m mark --mark 0x1 -j NFLOG
