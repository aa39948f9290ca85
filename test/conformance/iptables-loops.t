Jump loops: accepted between regular chains, refused (EMLINK) once a base chain reaches them.
  $ iptables -N x
  $ iptables -N y
  $ iptables -A x -j y
  $ iptables -A y -j x
  $ iptables -A x -j x
  $ iptables -A INPUT -j x
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain INPUT
  [4]
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N x
  -N y
  -A x -j y
  -A x -j x
  -A y -j x
