xt_recent: /proc/net/xt_recent/NAME lists the addresses a recent list holds, and takes +addr, -addr and / (flush) written to it.
  $ ip link set lo up
  $ ls /proc/net/xt_recent 2>&1; echo rc=$?
  rc=0
  $ iptables -A INPUT -p icmp -m recent --set --name knock
  $ iptables -A INPUT -p udp -m recent --rcheck --name other --rsource
  $ ls -l /proc/net/xt_recent | sed -E 's/ +[A-Z][a-z]{2} +[0-9]+ +[0-9:]+ / DATE /'
  total 0
  -rw-r--r-- 1 root root 0 DATE knock
  -rw-r--r-- 1 root root 0 DATE other
  $ cat /proc/net/xt_recent/knock
  $ ping -c 2 -i 0.2 127.0.0.1 > /dev/null
  $ ping -c 1 127.0.0.2 > /dev/null
  $ sed -E 's/last_seen: [0-9]+/last_seen: J/; s/oldest_pkt: ([0-9]+) .*/oldest_pkt: \1/' /proc/net/xt_recent/knock | sort
  src=127.0.0.1 ttl: 64 last_seen: J oldest_pkt: 5
  src=127.0.0.2 ttl: 64 last_seen: J oldest_pkt: 1
  $ awk '{print NF}' /proc/net/xt_recent/knock | sort
  12
  8
  $ echo +10.1.2.3 > /proc/net/xt_recent/knock
  $ sed -E 's/last_seen: [0-9]+/last_seen: J/; s/oldest_pkt: ([0-9]+) .*/oldest_pkt: \1/' /proc/net/xt_recent/knock | sort
  src=10.1.2.3 ttl: 0 last_seen: J oldest_pkt: 1
  src=127.0.0.1 ttl: 64 last_seen: J oldest_pkt: 5
  src=127.0.0.2 ttl: 64 last_seen: J oldest_pkt: 1
  $ echo -127.0.0.2 > /proc/net/xt_recent/knock
  $ cut -d' ' -f1 /proc/net/xt_recent/knock | sort
  src=10.1.2.3
  src=127.0.0.1
  $ echo -10.9.9.9 > /proc/net/xt_recent/knock; echo rc=$?
  rc=0
  $ echo 10.9.9.9 > /proc/net/xt_recent/knock; echo rc=$?
  bash: line 54: echo: write error: Invalid argument
  rc=1
  $ echo +bogus > /proc/net/xt_recent/knock; echo rc=$?
  bash: line 57: echo: write error: Invalid argument
  rc=1
  $ echo +10.1.2.3 > /proc/net/xt_recent/other; cut -d' ' -f1 /proc/net/xt_recent/other
  src=10.1.2.3
  $ printf '+10.0.0.1\n+10.0.0.2\n' > /proc/net/xt_recent/other; cut -d' ' -f1 /proc/net/xt_recent/other | sort
  bash: line 63: printf: write error: Illegal seek
  src=10.0.0.1
  src=10.1.2.3
  $ echo / > /proc/net/xt_recent/knock; cat /proc/net/xt_recent/knock; echo rc=$?
  rc=0
  $ echo +10.1.2.3 > /proc/net/xt_recent/nosuch; echo rc=$?
  bash: line 69: /proc/net/xt_recent/nosuch: No such file or directory
  rc=1
  $ iptables -D INPUT -p icmp -m recent --set --name knock
  $ ls /proc/net/xt_recent
  other
  $ iptables -A INPUT -m recent --set --name m1 --mask 255.255.255.0
  $ echo +10.7.7.7 > /proc/net/xt_recent/m1; cut -d' ' -f1 /proc/net/xt_recent/m1
  src=10.7.7.7
  $ iptables -A INPUT -m recent --set --name ttl1 --rttl
  iptables v1.8.9 (nf_tables): recent: option "--rttl" cannot be used together with "--set".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ping -c 1 127.0.0.3 > /dev/null; sed -E 's/last_seen: [0-9]+/last_seen: J/; s/oldest_pkt: ([0-9]+) .*/oldest_pkt: \1/' /proc/net/xt_recent/ttl1
  sed: can't read /proc/net/xt_recent/ttl1: No such file or directory
  [2]
