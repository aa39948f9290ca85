Commands on a table iptables-nft has not created yet: nft_chain_find() finds no chain, errno ENOENT, and nft_strerror() names it by the command (-D/-C by rule: "Bad rule", -R and -D by number: no entry of their own); -I N and -A create the table first; listings fake the builtin chains.

  $ iptables -t nat -D PREROUTING 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -D OUTPUT 2; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -R PREROUTING 1 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -D INPUT -s 10.0.0.1 -j DROP; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C INPUT -s 10.0.0.1 -j DROP; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t mangle -I INPUT 2 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -S; echo $?
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  0
  $ iptables -Z FORWARD; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -F FORWARD; echo $?
  0
  $ iptables -S FORWARD 1; echo $?
  0
  $ iptables -L FORWARD 1; echo $?
  0
  $ iptables -X FOO; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -E FOO BAR; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -P FORWARD DROP; echo $?
  0
  $ nft list ruleset | grep -c chain
  1
  $ iptables -t nat -A OUTPUT -i eth0 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -S; echo $?
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  0
  $ nft list tables
  table ip filter
  $ iptables -t nat -D OUTPUT 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -D NOPE 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -A POSTROUTING -j MASQUERADE; iptables -t nat -D OUTPUT 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -R OUTPUT 1 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -C OUTPUT -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -D NOPE -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -R NOPE 1 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -I NOPE 1 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -A NOPE -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -C NOPE -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t security -D INPUT 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t security -L INPUT; echo $?
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  0
