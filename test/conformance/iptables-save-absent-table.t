iptables-save of a table the namespace lacks: without -t nothing; with -t TABLE its builtin chains (nft_xt_fake_builtin_chains()), after iptables-restore of an empty "*filter" block (which deletes the table, -T or not).
  $ iptables -A INPUT -s 9.9.9.9 -j DROP
  $ printf '*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  [1]
  $ iptables -A INPUT -s 9.9.9.9 -j DROP
  $ printf '*filter\nCOMMIT\n' | iptables-restore -T filter; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  [1]
  $ iptables -A INPUT -s 9.9.9.9 -j DROP
  $ printf '*raw\n*filter\nCOMMIT\n' | iptables-restore -T filter; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  [1]
  $ iptables-save -t filter | grep -v "^#"
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  $ iptables-save -t nat | grep -v "^#"
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  COMMIT
  $ iptables-save -t mangle | grep -v "^#"; iptables -t raw -S; iptables-save | grep -v "^#"
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  COMMIT
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  [1]
