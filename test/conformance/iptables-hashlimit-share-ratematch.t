hashlimit tables shared by name: a rule in rate-match mode cannot use a table made by a rate-limiting rule, nor the reverse (EINVAL), whatever else differs; rate-match defaults (interval from the unit).
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name x; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-name x; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-name y; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name y; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name y; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-rate-interval 2 --hashlimit-name y; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-mode srcip --hashlimit-name x; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-name x; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-rate-match --hashlimit-name z; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-name z; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name z; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-name ra; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 10/min --hashlimit-rate-match --hashlimit-name rb; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/min --hashlimit-rate-match --hashlimit-name rc; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 100/sec --hashlimit-rate-match --hashlimit-name rd; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-rate-match --hashlimit-name re; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-rate-match --hashlimit-rate-interval 3 --hashlimit-name rf; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1000/sec --hashlimit-rate-match --hashlimit-name rg; echo $?
  0
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/day --hashlimit-rate-match --hashlimit-name rh; echo $?
  0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name x
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name y --hashlimit-rate-match
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name y --hashlimit-rate-match --hashlimit-rate-interval 2
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name x
  -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-name x
  -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-name z --hashlimit-rate-match
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name ra --hashlimit-rate-match
  -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 5 --hashlimit-name rb --hashlimit-htable-expire 60000 --hashlimit-rate-match --hashlimit-rate-interval 60
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name rc --hashlimit-htable-expire 60000 --hashlimit-rate-match --hashlimit-rate-interval 60
  -A INPUT -m hashlimit --hashlimit-upto 100/sec --hashlimit-burst 5 --hashlimit-name rd --hashlimit-rate-match
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name re --hashlimit-htable-expire 3600000 --hashlimit-rate-match --hashlimit-rate-interval 3600
  -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name rf --hashlimit-rate-match --hashlimit-rate-interval 3
  -A INPUT -m hashlimit --hashlimit-upto 1000/sec --hashlimit-burst 5 --hashlimit-name rg --hashlimit-rate-match
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name rh --hashlimit-htable-expire 86400000 --hashlimit-rate-match --hashlimit-rate-interval 86400
