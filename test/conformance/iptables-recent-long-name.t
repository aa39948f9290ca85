recent --name longer than 199 characters is cut to 199 (xtopt_parse_string() into char name[200]): the rule, -S and /proc/net/xt_recent show the cut name.
  $ iptables -A INPUT -m recent --name $(printf 'n%.0s' $(seq 1 250)) --set; echo $?
  0
  $ iptables -A INPUT -m recent --rcheck --seconds 5 --reap; echo $?
  0
  $ iptables -A INPUT -m recent --name $(printf 'm%.0s' $(seq 1 250)) --set; echo $?
  0
  $ iptables -S INPUT | awk '{print length($0)}'
  15
  264
  94
  264
  $ ls /proc/net/xt_recent/ | awk '{print length($0)}'
  7
  199
  199
