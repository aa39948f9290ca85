iptables-restore --verbose (comments echoed, the flush of each chain, the rules as they are added) and --test (parsed and checked, nothing applied, errors still reported), with --noflush and -T.
  $ iptables -N old
  $ iptables -A old -j ACCEPT
  $ iptables -A INPUT -s 10.0.0.1 -j old
  $ printf '# hello\n*filter\n:INPUT ACCEPT [0:0]\n:mine - [0:0]\n# a rule\n-A INPUT -s 10.0.0.2 -p tcp --dport 22 -j mine\n-A mine -j LOG --log-prefix "x: "\n-I INPUT -i lo -j ACCEPT\nCOMMIT\n' > v1
  $ iptables-restore -v v1; echo rc=$?
  # hello
  # a rule
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `old'
  Deleting chain `old'
  mine  tcp opt -- in * out *  10.0.0.2  -> 0.0.0.0/0   tcp dpt:22
  LOG  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   LOG flags 0 level 4 prefix "x: "
  ACCEPT  all opt -- in lo out *  0.0.0.0/0  -> 0.0.0.0/0  
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N mine
  -A INPUT -i lo -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -p tcp -m tcp --dport 22 -j mine
  -A mine -j LOG --log-prefix "x: "
  $ printf '*filter\n-A INPUT -s 10.0.0.3 -j DROP\n-D INPUT -s 10.0.0.3 -j DROP\nCOMMIT\n' | iptables-restore -v -n; echo rc=$?
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.4 -j DROP\nCOMMIT\n' | iptables-restore --verbose --test; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -i lo -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -p tcp -m tcp --dport 22 -j mine
  $ printf '*filter\n-A INPUT -s 10.0.0.4 -j nosuch\nCOMMIT\n' | iptables-restore --test; echo rc=$?
  rc=0
  $ printf '*filter\n-D INPUT 9\nCOMMIT\n' | iptables-restore -t -n; echo rc=$?
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.5 -j DROP\n' | iptables-restore -t; echo rc=$?
  iptables-restore: COMMIT expected at line 3
  rc=1
  $ printf '*filter\n-A INPUT -m owner --uid-owner 0 -j DROP\nCOMMIT\n' | iptables-restore -t; echo rc=$?
  rc=0
  $ iptables -P FORWARD DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.6 -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `mine'
  Deleting chain `mine'
  DROP  all opt -- in * out *  10.0.0.6  -> 0.0.0.0/0  
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.6/32 -j DROP
  $ printf '*nat\n-A POSTROUTING -o lo -j MASQUERADE\nCOMMIT\n*filter\n-A OUTPUT -o lo -j ACCEPT\nCOMMIT\n' | iptables-restore -v -T nat; echo rc=$?
  Flushing chain `PREROUTING'
  Flushing chain `INPUT'
  Flushing chain `OUTPUT'
  Flushing chain `POSTROUTING'
  MASQUERADE  all opt -- in * out lo  0.0.0.0/0  -> 0.0.0.0/0  
  rc=0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 10.0.0.6/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o lo -j MASQUERADE
  COMMIT
