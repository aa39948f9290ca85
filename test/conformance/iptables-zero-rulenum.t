iptables -Z CHAIN N (nft_rule_zero_counters()) and other commands with a rule number: on a table iptables-nft has not made, on a builtin chain it has not made yet, on a missing rule, on a user chain; 0 and a misplaced -v.
  $ iptables -Z INPUT 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -Z INPUT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -A FORWARD -j ACCEPT; echo $?
  0
  $ nft list ruleset | grep chain
  	chain FORWARD {
  $ iptables -Z INPUT 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -Z FORWARD 2; echo $?
  0
  $ iptables -Z FORWARD 1; echo $?
  0
  $ iptables -Z FORWARD 0; echo $?
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -Z nosuch 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -N u; iptables -Z u 1; echo $?
  0
  $ iptables -L INPUT 1; echo $?
  0
  $ iptables -S INPUT 1; echo $?
  0
  $ iptables -L FORWARD 2; echo $?
  0
  $ iptables -S FORWARD 2; echo $?
  0
  $ iptables -D INPUT 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -R INPUT 1 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -I INPUT 2 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -D OUTPUT -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C OUTPUT -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -Z POSTROUTING 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -A POSTROUTING -j ACCEPT; iptables -t nat -Z PREROUTING 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -Z -v FORWARD 1; echo $?
  Bad argument `FORWARD'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ nft list ruleset | grep chain
  	chain FORWARD {
  	chain u {
  	chain POSTROUTING {
