awk (Debian 12's mawk 1.3.4) with files and arguments: NR == FNR joins of two files, several -f files (and the line mawk counts at a file's end), ARGV/ARGC changed in BEGIN, ENVIRON, getline from main input in BEGIN and END, nextfile, output files closed and appended, sub() on a field rebuilding $0, printf's unsigned conversions of negative numbers, and awk over ping, ip and /proc/net/snmp output.
  $ printf 'k1 a\nk2 b\n' > m1; printf 'k2 x\nk1 y\nk3 z\n' > m2
  $ awk 'NR == FNR { m[$1] = $2; next } $1 in m { print $0, m[$1] }' m1 m2
  k2 x b
  k1 y a
  $ awk '{ a[$1] = a[$1] " " $2 } END { for (k in a) print k ":" a[k] }' m1 m2 | sort
  k1: a y
  k2: b x
  k3: z
  $ awk 'BEGIN { x = "A"; if (x ~ /a/) print "i"; else print "case" }'
  case
  $ awk '# only a comment
  > { print } # trailing' m1
  k1 a
  k2 b
  $ awk 'BEGIN { print 1 }
  > 
  > END { print 2 }' </dev/null
  1
  2
  $ awk 'BEGIN { print 1 } ; END { print 2 }' </dev/null
  1
  2
  $ ip link set lo up; ping -c 2 -i 0.2 127.0.0.1 | awk -F'time=' 'NF > 1 { split($2, t, " "); n++ } END { print n, "replies" }'
  2 replies
  $ ping -c 1 127.0.0.1 | awk '/packets transmitted/ { print $1, $4, $6 }'
  1 1 0%
  $ ip -4 -o addr show lo | awk '{ split($4, a, "/"); print a[1] }'
  127.0.0.1
  $ ip -s -s link show lo | awk '/RX:/ { getline; print "rx", $1 }'
  rx 504
  $ cat /proc/net/snmp | awk '$1 == "Icmp:" && $2 ~ /^[0-9]/ { print "InMsgs", $2 }'
  InMsgs 6
  $ awk -f m1 </dev/null
  $ printf 'BEGIN { x = 1 }\n' > p1.awk; printf 'BEGIN { print x + 1 }\n' > p2.awk; awk -f p1.awk -f p2.awk
  2
  $ printf 'BEGIN { print 1 \n' > p3.awk; awk -f p3.awk
  awk: p3.awk: line 3: missing } near end of file
  [2]
  $ awk 'BEGIN { r = /x/; print r }' </dev/null
  0
  $ echo 'x' | awk '{ r = /x/; print r }'
  1
  $ awk 'BEGIN { printf "a" "b" "\n" }'
  ab
  $ awk 'BEGIN { printf("%s\n", "p") > "/dev/stdout" }'
  p
  $ awk 'BEGIN { x = sprintf("%s"); print x }'
  awk: run time error: not enough arguments passed to sprintf("%s")
  	FILENAME="" FNR=0 NR=0
  [2]
  $ awk 'BEGIN { print length() length }' <<< 'abc'
  00
  $ echo 'a b c' | awk '{ $7 = "g"; print NF; print }'
  7
  a b c    g
  $ echo '  lead' | awk '{ print $1; $1 = $1; print "[" $0 "]" }'
  lead
  [lead]
  $ echo 'a:b' | awk '{ FS = ":"; $0 = $0; print $1 }'
  a
  $ echo '5 apples' | awk '{ print $1 + 0, $2 + 0, ($1 > 10), ($2 > 10) }'
  5 0 0 1
  $ echo '10 9' | awk '{ a = $1; b = $2; print (a > b) }'
  1
  $ echo '10 9' | awk '{ a = $1 ""; b = $2 ""; print (a > b) }'
  0
  $ awk 'BEGIN { a = 10; b = "9"; print (a > b) }'
  0
  $ awk 'BEGIN { print 1 == "1", "a" == "a", 2 < 10, "2" < "10" }'
  1 1 1 0
  $ awk 'BEGIN { x[1]; for (i = 0; i < 3; i++) x[i] = i * i; n = 0; for (k in x) n += x[k]; print n }'
  5
  $ awk 'BEGIN { printf "%s|%d|%.1f\n", 1e6, 1e6, 1e6 }'
  1000000|1000000|1000000.0
  $ awk 'BEGIN { print 123456789012, 0.1 + 0.7, 1/7 }'
  1.23457e+11 0.8 0.142857
  $ awk 'BEGIN { OFMT = "%.2f"; print 3.14159, 3.14159 "" ; x = 10; print x / 4 }'
  3.14 3.14159
  2.50
  $ awk 'BEGIN { print toupper(substr("hello", 1, 1)) substr("hello", 2) }'
  Hello
  $ awk 'BEGIN { "pwd" | getline d; close("pwd"); print (d != "") }'
  1
  $ awk 'BEGIN { print "x" > "t1"; close("t1"); print "y" >> "t1"; close("t1"); system("cat t1") }'
  x
  y
  $ awk 'BEGIN { printf "no newline" > "t2" } END { }' </dev/null; cat t2; echo
  no newline
  $ awk 'BEGIN { print index("foobar", "bar") ; print match("foobar", "o+") ":" RSTART ":" RLENGTH }'
  4
  2:2:2
  $ awk 'BEGIN { s = "x-y-z"; gsub("-", "+", s); print s; gsub(/[+]/, "\\\\", s); print s }'
  x+y+z
  x\y\z
  $ awk 'BEGIN { s = "aaa"; print gsub(/a/, "b&b", s), s }'
  3 babbabbab
  $ awk 'BEGIN { s = "hello"; sub(/l+/, "[&]", s); print s }'
  he[ll]o
  $ awk 'BEGIN { $0 = "a b c"; sub(/b/, "B"); print; print $2 }'
  a B c
  B
  $ echo 'a b c' | awk '{ sub(/b/, "X Y", $2); print NF, $0 }'
  3 a X Y c
  $ awk 'BEGIN { while ((getline line < "m1") > 0) print "L:" line; close("m1"); getline line < "m1"; print "again:" line }'
  L:k1 a
  L:k2 b
  again:k1 a
  $ awk 'BEGIN { getline; getline; print NR, $0 }' m1
  2 k2 b
  $ awk 'END { while ((getline l) > 0) n++; print n + 0 }' m1
  0
  $ awk '{ print NR; nextfile }' m1 m2
  1
  2
  $ awk 'BEGIN { ARGV[1] = "m2"; ARGC = 2 } { print }' m1 m1
  k2 x
  k1 y
  k3 z
  $ awk 'BEGIN { print ARGC, ARGV[1], ARGV[2] }' a b=c
  3 a b=c
  $ awk 'BEGIN { print ENVIRON["NOPE"] "|" }'
  |
  $ X=42 awk 'BEGIN { print ENVIRON["X"] + 1 }'
  43
  $ awk 'BEGIN { printf "%c", 10 }' | od -c | head -1
  0000000  \n
  $ awk 'BEGIN { printf "%o %x %X %u\n", -1, -1, 255, -1 }'
  0 0 FF 0
  $ awk 'BEGIN { printf "%5.1f%%\n", 12.345 }'
   12.3%
  $ awk 'BEGIN { printf "%-5s|%5s|\n", "abcdefg", "ab" }'
  abcdefg|   ab|
  $ awk 'BEGIN { printf "%s\n" }'
  awk: run time error: not enough arguments passed to printf("%s
  ")
  	FILENAME="" FNR=0 NR=0
  [2]
  $ awk -v 'x=a"b' 'BEGIN { print x }'
  a"b
  $ awk -v x= 'BEGIN { print "[" x "]", length(x) }'
  [] 0
  $ awk -v 1x=2 'BEGIN { }'
  awk: improper assignment: -v 1x=2
  [2]
  $ awk 'BEGIN { print substr("hello", 2, 3) > "/dev/stderr" }' 2>&1
  ell
  $ echo 'a' | awk '{ print > "/dev/stdout"; print "b" }'
  a
  b
