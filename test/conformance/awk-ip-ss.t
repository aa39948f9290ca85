awk (Debian 12's mawk) on the output of ip and ss: a column of `ip -o addr`, `ss -tn` without its header, fields split on `-F` characters and regular expressions, sums in END, and `print | "sort"` through the shell.
  $ ip link add a0 type veth peer name b0
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/16 dev a0
  $ ip link set a0 up
  $ ip link set lo up
  $ ip -o -4 addr | awk '{print $2, $4}'
  lo 127.0.0.1/8
  a0 10.0.0.1/24
  a0 10.0.1.1/16
  $ ip -o addr show dev a0 | awk '/inet / {split($4, p, "/"); print p[1], p[2]}'
  10.0.0.1 24
  10.0.1.1 16
  $ ip -4 addr show a0 | awk '$1 == "inet" {n++; print n": "$2} END {print n, "addresses"}'
  1: 10.0.0.1/24
  2: 10.0.1.1/16
  2 addresses
  $ ip -o link | awk -F': ' '{print $2}'
  lo
  b0@a0
  a0@b0
  $ ip route | awk '{for (i = 1; i < NF; i++) if ($i == "dev") print $(i+1), $1}' | sort
  a0 10.0.0.0/16
  a0 10.0.0.0/24
  $ ip -s link show lo | awk 'NR == 4 {print "rx bytes", $1, "packets", $2}'
  rx bytes 0 packets 0
  $ ip -o -4 addr | awk '{sub(/\/.*/, "", $4); printf "%-4s %s\n", $2, $4}'
  lo   127.0.0.1
  a0   10.0.0.1
  a0   10.0.1.1
  $ ip -o -4 addr | awk '{print $2 | "sort -r"} END {close("sort -r"); print "done"}'
  lo
  a0
  a0
  done
  $ nc -l 10.0.0.1 8080 >/dev/null &
  $ sleep 0.1; ss -tln | awk 'NR > 1 {print $1, $4}'
  LISTEN 10.0.0.1:8080
  $ ss -tln | awk 'NR > 1 {split($4, a, ":"); ports[a[2]]++} END {for (p in ports) print p, ports[p]}' | sort -n
  8080 1
  $ ip -o -4 addr | awk 'BEGIN {system("echo begin")} {c++} END {print c}'
  begin
  3
  $ ip -o -4 addr | awk '{print $4}' | awk -F/ '{s += $2} END {print s}'
  48
  $ echo 'x y' | awk '{print $2'
  awk: line 2: missing } near end of file
  [2]
  $ echo 'x y' | awk '{print $-1}'
  awk: run time error: negative field index $-1
  	FILENAME="-" FNR=1 NR=1
  [2]
  $ kill %1; wait
