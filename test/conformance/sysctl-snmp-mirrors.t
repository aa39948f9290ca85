Where sysctl values show up elsewhere: /proc/net/snmp's Ip Forwarding (1 or 2 from conf/all/forwarding) and DefaultTTL, nstat -a's IpForwarding and IpDefaultTTL, snmp counters untouched by writes; /proc/net/snmp in a second namespace.
  $ f() { awk '/^Ip: [0-9]/{print "Forwarding", $2, "DefaultTTL", $3}' /proc/net/snmp; }
  $ f
  Forwarding 2 DefaultTTL 64
  $ sysctl -qw net.ipv4.ip_forward=1; f
  Forwarding 1 DefaultTTL 64
  $ sysctl -qw net.ipv4.conf.all.forwarding=0; f
  Forwarding 2 DefaultTTL 64
  $ sysctl -qw net.ipv4.conf.default.forwarding=1; f
  Forwarding 2 DefaultTTL 64
  $ sysctl -qw net.ipv4.conf.all.forwarding=5; f; sysctl -n net.ipv4.ip_forward
  Forwarding 1 DefaultTTL 64
  5
  $ sysctl -qw net.ipv4.ip_default_ttl=1; f
  Forwarding 1 DefaultTTL 1
  $ sysctl -qw net.ipv4.ip_default_ttl=255; f
  Forwarding 1 DefaultTTL 255
  $ nstat -az IpForwarding IpDefaultTTL | tail -2 | awk '{print $1, $2}'
  #kernel 
  $ ip netns add x; ip netns exec x awk '/^Ip: [0-9]/{print $2, $3}' /proc/net/snmp
  2 64
  $ ip netns exec x sysctl -qw net.ipv4.ip_forward=1 net.ipv4.ip_default_ttl=33; ip netns exec x awk '/^Ip: [0-9]/{print $2, $3}' /proc/net/snmp; f
  1 33
  Forwarding 1 DefaultTTL 255
  $ ip netns exec x nstat -az IpForwarding IpDefaultTTL | tail -2 | awk '{print $1, $2}'
  #kernel 
  $ head -2 /proc/net/snmp | cut -d' ' -f1-4
  Ip: Forwarding DefaultTTL InReceives
  Ip: 1 255 0
  $ sysctl -qw net.ipv4.ip_forward=0; f; ip netns del x
  Forwarding 2 DefaultTTL 255
  $ ip link set lo up; sysctl -qw net.ipv4.ip_default_ttl=7; ping -c1 -W1 127.0.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=7 
  $ sysctl -qw net.ipv4.ip_default_ttl=64; ping -c1 -W1 -t 3 127.0.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 
