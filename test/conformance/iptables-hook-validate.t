A match or target that is valid only on some hooks is checked again when a
jump makes its chain reachable from another hook: mac (input hooks only) and
REJECT (input, forward, output) in user chains.
  $ iptables -N u1
  $ iptables -A u1 -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  $ iptables -A INPUT -j u1
  $ iptables -A OUTPUT -j u1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -N u2
  $ iptables -A u2 -j u1
  $ iptables -A FORWARD -j u2
  $ iptables -A OUTPUT -j u2
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t mangle -N r1
  $ iptables -t mangle -A r1 -j MARK --set-mark 1
  $ iptables -t mangle -A POSTROUTING -j r1
  $ iptables -N rej
  $ iptables -A rej -j REJECT
  $ iptables -A OUTPUT -j rej
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N rej
  -N u1
  -N u2
  -A INPUT -j u1
  -A FORWARD -j u2
  -A OUTPUT -j rej
  -A rej -j REJECT --reject-with icmp-port-unreachable
  -A u1 -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  -A u2 -j u1
