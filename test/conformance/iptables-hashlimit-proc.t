hashlimit: /proc/net/ipt_hashlimit/NAME lists each bucket (seconds to expiry, the key, credit, cap, cost), per table while a rule names it.
  $ ip link set lo up
  $ ls /proc/net/ipt_hashlimit; echo rc=$?
  rc=0
  $ iptables -A OUTPUT -p icmp -m hashlimit --hashlimit-name hl1 --hashlimit-upto 10/sec --hashlimit-burst 5 --hashlimit-mode srcip,dstip
  $ iptables -A OUTPUT -p udp -m hashlimit --hashlimit-name hl2 --hashlimit-above 1/min --hashlimit-mode dstip,dstport --hashlimit-htable-expire 5000
  $ iptables -A OUTPUT -p udp -m hashlimit --hashlimit-name hl3 --hashlimit-upto 100kb/s --hashlimit-mode srcip --hashlimit-srcmask 24
  $ iptables -A OUTPUT -p udp -m hashlimit --hashlimit-name hl4 --hashlimit-rate-match --hashlimit-upto 5/sec --hashlimit-mode dstport --hashlimit-rate-interval 2
  $ ls -l /proc/net/ipt_hashlimit | sed -E 's/ +[A-Z][a-z]{2} +[0-9]+ +[0-9:]+ / DATE /'
  total 0
  -r--r--r-- 1 root root 0 DATE hl1
  -r--r--r-- 1 root root 0 DATE hl2
  -r--r--r-- 1 root root 0 DATE hl3
  -r--r--r-- 1 root root 0 DATE hl4
  $ cat /proc/net/ipt_hashlimit/hl1
  $ ping -c 3 -i 0.01 -q 127.0.0.1 > /dev/null; ping -c 1 -q 127.0.0.2 > /dev/null
  $ sort /proc/net/ipt_hashlimit/hl1 | sed -E 's/^([0-9-]+ [^ ]+) [0-9]+ /\1 C /'
  0 127.0.0.1:0->127.0.0.1:0 C 68719476500000 13743895300000
  [01] 127\.0\.0\.1:0->127\.0\.0\.2:0 C 68719476500000 13743895300000 (re)
  [01] 127\.0\.0\.2:0->127\.0\.0\.1:0 C 68719476500000 13743895300000 (re)
  $ sleep 2; sort /proc/net/ipt_hashlimit/hl1
  $ echo x | nc -u -w 1 127.0.0.1 5000; echo y | nc -u -w 1 127.0.0.3 5001
  $ sleep 1; sort /proc/net/ipt_hashlimit/hl2 | sed -E 's/^([0-9-]+ [^ ]+) [0-9]+ /\1 C /'
  3 0.0.0.0:0->127.0.0.1:5000 C 41231685900000000 8246337180000000
  3 0.0.0.0:0->127.0.0.3:5001 C 41231685900000000 8246337180000000
  $ sort /proc/net/ipt_hashlimit/hl3 | sed -E 's/^([0-9]+) (.*) [0-9]+ ([0-9]+ [0-9]+)$/\1 \2 C \3/'
  13 127.0.0.0:0->0.0.0.0:0 C 0 655256
  $ sort /proc/net/ipt_hashlimit/hl4
  0 0.0.0.0:0->0.0.0.0:5000 2 1 5
  0 0.0.0.0:0->0.0.0.0:5001 2 1 5
  $ sleep 5; sort /proc/net/ipt_hashlimit/hl2; echo end
  end
  $ echo x > /proc/net/ipt_hashlimit/hl1
  bash: line 57: echo: write error: Input/output error
  [1]
  $ echo x > /proc/net/snmp
  bash: line 60: echo: write error: Permission denied
  [1]
  $ ls -l /proc/net/snmp /proc/net/dev | cut -c1-10
  -r--r--r--
  -r--r--r--
  $ iptables -F OUTPUT; ls /proc/net/ipt_hashlimit; echo rc=$?
  rc=0
  $ iptables -A INPUT -m hashlimit --hashlimit-name g1 --hashlimit-upto 1/sec --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-htable-gcinterval 3000 --hashlimit-htable-expire 1000
  $ ping -c 1 -q 127.0.0.1 > /dev/null; sleep 1.5; sed -E 's/^([0-9-]+ [^ ]+) [0-9]+ /\1 C /' /proc/net/ipt_hashlimit/g1; sleep 2; cat /proc/net/ipt_hashlimit/g1; echo end
  0 127.0.0.1:0->0.0.0.0:0 C 274877906000000 137438953000000
  end
