xt_recent: the ring of times per address (32, or the hitcount rounded up to a power of two), a bigger hitcount flushing a shared list, --rttl, --reap, hitcount limits.
  $ ip link set lo up
  $ iptables -A OUTPUT -p icmp --icmp-type echo-request -m recent --name big --set
  $ iptables -A OUTPUT -p icmp --icmp-type echo-request -m recent --name h3 --rcheck --hitcount 3
  $ iptables -A OUTPUT -p icmp --icmp-type echo-request -m recent --name h3 --set
  $ ping -c 40 -i 0.002 -q 127.0.0.1 > /dev/null
  $ awk '{print NF, $7}' /proc/net/xt_recent/big /proc/net/xt_recent/h3
  39 8
  39 8
  $ iptables -L OUTPUT -v -x -n | awk 'NR>2 {print $1, $NF, $(NF-1), $(NF-2)}'
  40 255.255.255.255 mask: source
  37 255.255.255.255 mask: source
  40 255.255.255.255 mask: source
  $ iptables -A OUTPUT -p icmp -m recent --name h3 --rcheck --hitcount 20
  $ awk '{print NF, $7}' /proc/net/xt_recent/h3; echo lines=$(wc -l < /proc/net/xt_recent/h3)
  39 8
  lines=1
  $ ping -c 3 -i 0.002 -q 127.0.0.1 > /dev/null; awk '{print NF, $7}' /proc/net/xt_recent/h3
  39 11
  $ iptables -A OUTPUT -p icmp -m recent --name x --rcheck --hitcount 256
  $ iptables -A OUTPUT -p icmp -m recent --name x --rcheck --hitcount 255; echo rc=$?
  rc=0
  $ iptables -A OUTPUT -p icmp -m recent --name x --set --seconds 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -p icmp -m recent --name x --rcheck --reap
  iptables v1.8.9 (nf_tables): recent: option "--reap" also requires "--seconds".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -F OUTPUT; ls /proc/net/xt_recent
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name t --set
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name t --rcheck --rttl -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
  $ ping -c 1 -t 64 -W 1 127.0.0.1 | grep -c 'bytes from'
  1
  $ ping -c 1 -t 30 -W 1 127.0.0.1 | grep -c 'bytes from'
  1
  $ sed -E 's/last_seen: [0-9]+/last_seen: J/; s/oldest_pkt: ([0-9]+) .*/oldest_pkt: \1/' /proc/net/xt_recent/t
  src=127.0.0.1 ttl: 30 last_seen: J oldest_pkt: 2
  $ echo +127.0.0.9 > /proc/net/xt_recent/t; ping -c 1 -t 7 -W 1 -I 127.0.0.9 127.0.0.1 | grep -c 'bytes from'
  1
  $ iptables -F INPUT
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name rp --set
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name rp --update --seconds 1 --reap
  $ echo +10.1.1.1 > /proc/net/xt_recent/rp; echo +10.1.1.2 > /proc/net/xt_recent/rp
  $ sleep 1.2; ping -c 1 -W 1 127.0.0.1 > /dev/null; cut -d' ' -f1 /proc/net/xt_recent/rp | sort
  src=10.1.1.2
  src=127.0.0.1
  $ ping -c 1 -W 1 127.0.0.1 > /dev/null; cut -d' ' -f1 /proc/net/xt_recent/rp | sort
  src=127.0.0.1
