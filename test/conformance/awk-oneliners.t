awk (Debian 12's mawk 1.3.4) as people use it in one-liners: columns and sums, printf, !seen[$0]++, ranges with next, FS/OFS from -v and operands, /proc files, getline from a command (NR unchanged), string escapes (\x41, \/ kept), a print redirection whose target is a conditional expression, and compile-time errors (argument counts of built-ins, no `func`).
  $ printf 'a b c\n' | awk '{ print $1,$2 }'
  a b
  $ printf 'a b c\n' | awk '{print $1","$2}'
  a,b
  $ printf 'a b\n' | awk '{ print $1 " " $2 > "/dev/stderr" }' 2>&1
  a b
  $ printf '1\n2\n' | awk '{ print $1 * 2 }'
  2
  4
  $ printf 'x 5\ny 10\n' | awk '$2 >= 10 { print $1 }'
  y
  $ printf 'x 5\ny 10\n' | awk '{ total += $2 } END { printf "total: %d avg: %.2f\n", total, total / NR }'
  total: 15 avg: 7.50
  $ printf 'a\nb\n' | awk 'BEGIN { printf "start " } { printf "%s ", $0 } END { print "" }'
  start a b 
  $ printf 'a=1\nb=2\n' | awk -F= '{ printf "%s -> %s\n", $1, $2 }'
  a -> 1
  b -> 2
  $ printf 'a b\n' | awk '{ printf $1 "\n" }'
  a
  $ printf 'x\n' | awk '{ print length($0) > 0 ? "nonempty" : "empty" }'; ls
  empty
  $ printf 'x\n' | awk '{ print (length($0) > 0 ? "nonempty" : "empty") }'
  nonempty
  $ printf '1 2\n' | awk '{ print $1+$2, $1-$2, $1*$2, $1/$2 }'
  3 -1 2 0.5
  $ printf 'a b c d\n' | awk '{ for (i = NF; i > 0; i--) printf "%s%s", $i, (i > 1 ? OFS : ORS) }'
  d c b a
  $ printf 'a\nb\na\n' | awk '!seen[$0]++'
  a
  b
  $ printf 'a\nb\na\n' | awk 'seen[$0]++ == 1'
  a
  $ printf 'k1 v1\nk2 v2\n' | awk '{ m[$1] = $2 } END { print m["k2"] }'
  v2
  $ printf 'one two\n' | awk '{ $0 = toupper($0); print $2 }'
  TWO
  $ printf 'a,b;c\n' | awk -F'[,;]' '{ print $3 }'
  c
  $ printf 'a  b\n' | awk -F'  ' '{ print $2 }'
  b
  $ printf 'line1\nline2\nline3\n' | awk 'NR % 2'
  line1
  line3
  $ printf 'line1\nline2\nline3\n' | awk 'END { print }'
  line3
  $ printf 'a\n' | awk '{ print NR ": " $0 }' - 
  1: a
  $ awk 'BEGIN { printf "%-20s|\n", "left"; printf "%20s|\n", "right" }'
  left                |
                 right|
  $ awk 'BEGIN { printf "%3d%%\n", 99.6 }'
   99%
  $ awk 'BEGIN { printf "%.0f %.0f %.0f\n", 0.5, 1.5, 2.5 }'
  0 2 2
  $ awk 'BEGIN { print 3 " " -1 }'
  3-1
  $ awk 'BEGIN { print 1 - 1 " " 2 }'
  0 2
  $ awk 'BEGIN { a = "3"; b = a + 0; print (a == 3), (b == "3.0") }'
  1 0
  $ printf '3.0\n' | awk '{ print ($1 == 3), ($1 == "3") }'
  1 0
  $ printf '1e2 100\n' | awk '{ print ($1 == $2) }'
  1
  $ awk 'BEGIN { x["a"] = 1; delete x["a"]; for (k in x) print k; print "none" }'
  none
  $ awk 'BEGIN { getline line < "/proc/sys/net/ipv4/ip_forward"; print "fwd=" line }'
  fwd=0
  $ awk '{ print FNR, $0 }' /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/ip_default_ttl
  1 0
  1 64
  $ cat /proc/net/dev | awk 'NR > 2 { sub(/:/, "", $1); print $1, $2 }'
  lo 0
  $ ip -o link | awk '{ print $2 }' | awk '{ sub(/:$/, ""); print }'
  lo
  $ ip -j link 2>/dev/null | awk '{ print length > 10 }'; ls; rm -f 10
  10
  empty
  $ awk 'BEGIN { while ((getline l < "/proc/net/route") > 0) n++; print n > 0 }'; ls; rm -f 0
  0
  empty
  $ awk 'BEGIN { print substr("abcdef", 3); print substr("abcdef", 3, 2) }'
  cdef
  cd
  $ awk 'BEGIN{x=5;x++;++x;print x--,x}'
  7 6
  $ awk 'BEGIN { print 1; exit; print 2 }'
  1
  $ awk "BEGIN { print \"dq\" }"
  dq
  $ awk 'BEGIN { print "a\"b", "c\\d", "e\/f" }'
  a"b c\d e\/f
  $ awk 'BEGIN { print "\x41" }'
  A
  $ awk 'BEGIN { print "tab\there", "nl\\n" }'
  tab	here nl\n
  $ awk 'BEGIN { s = "The Quick"; n = gsub(/[A-Z]/, "(&)", s); print n, s }'
  2 (T)he (Q)uick
  $ awk 'BEGIN { s = "a+b"; sub(/\+/, " plus ", s); print s }'
  a plus b
  $ awk 'BEGIN { s = "path/to/file"; n = split(s, parts, "/"); print parts[n] }'
  file
  $ awk 'BEGIN { if (!("x" in arr)) print "absent"; print length(arr) }'
  absent
  0
  $ awk 'BEGIN { print index("hello", "l"), length("") }'
  3 0
  $ awk 'BEGIN { printf "[%s]\n", sprintf("%5.2f", 3.14159) }'
  [ 3.14]
  $ awk -v FS=, '{ print $2 }' <<< 'a,b'
  b
  $ awk -v OFS=, '{ $1 = $1; print }' <<< 'a b c'
  a,b,c
  $ awk '{ print $1 }' FS=, - <<< 'x,y'
  x
  $ awk -vn=2 'NR == n' <<< $'a\nb\nc'
  b
  $ awk -- '{ print "dd" }' <<< 'x'
  dd
  $ awk -F: '$3 >= 1000 && $1 != "nobody" { print $1 }' <<< $'root:x:0\nu:x:1000\nnobody:x:65534'
  u
  $ awk 'BEGIN { "echo hello" | getline; print $0, NF, NR }'
  hello 1 0
  $ awk '/start/,/end/ { next } { print }' <<< $'a\nstart\nb\nend\nc'
  a
  c
  $ awk 'length > 3' <<< $'ab\nabcd'
  abcd
  $ awk 'length($0) > 3' <<< $'ab\nabcd'
  abcd
  $ awk '{ $NF = ""; print }' <<< 'a b c'
  a b 
  $ awk '{ print $NF; NF--; print }' <<< 'a b c'
  c
  a b
  $ awk 'BEGIN { printf "%s %s %s\n", "only" }'
  awk: run time error: not enough arguments passed to printf("%s %s %s
  ")
  	FILENAME="" FNR=0 NR=0
  only  (no-eol)
  [2]
  $ awk 'BEGIN { printf "%5" }'
  awk: run time error: not enough arguments passed to printf("%5")
  	FILENAME="" FNR=0 NR=0
  [2]
  $ awk 'BEGIN { printf "%q\n", 1 }'
  awk: run time error: improper conversion(number 1) in printf("%q
  ")
  	FILENAME="" FNR=0 NR=0
  [2]
  $ awk 'BEGIN { print substr("hello") }'
  awk: line 1: wrong number of arguments in call to substr
  [2]
  $ awk 'BEGIN { print length("a", "b") }'
  awk: line 1: wrong number of arguments in call to length
  [2]
  $ awk 'BEGIN { split("a b") }'
  awk: line 1: syntax error at or near )
  [2]
  $ awk 'BEGIN { x = 1 +* 2 }'
  awk: line 1: syntax error at or near *
  [2]
  $ awk 'BEGIN { print "unterminated }'
  awk: line 1: runaway string constant "unterminat ...
  [2]
  $ awk '{'
  awk: line 2: missing } near end of file
  [2]
  $ awk 'BEGIN { if (1) }'
  $ awk 'BEGIN { getline x y }' </dev/null
  $ awk 'BEGIN { a[1] = 1; a = 2 }'
  awk: line 1: illegal reference to array a
  [2]
  $ awk 'func f(x) { return x * 2 } BEGIN { print f(21) }'
  awk: line 1: return outside function body
  [2]
  $ awk 'function f(x) { return } BEGIN { print "[" f(1) "]" }'
  []
  $ awk 'function f(){return 7}BEGIN{print f()}'
  7
  $ awk 'BEGIN { print -0 "", 0 * -1, -0.0 }'
  0 0 0
  $ awk 'BEGIN { print 017, 1.0e1, 1e-3 }'
  17 10 0.001
  $ awk 'BEGIN { CONVFMT = "%.2g"; x = 3.14159; y = x ""; print y; print x }'
  3.1
  3.14159
  $ awk 'BEGIN { OFS = ":"; print "a", "b"; $0 = "x y"; $1 = $1; print }'
  a:b
  x:y
  $ awk 'BEGIN { ORS = "\n--\n"; print "a" }'
  a
  --
  $ awk 'BEGIN { SUBSEP = ":"; a["x", "y"] = 1; for (k in a) print k }'
  x:y
  $ awk 'BEGIN { printf "%i|%5s|%-5s|%c\n", "12.7", 1.5, "ab", 256 }' | od -c | head -2
  0000000   1   2   |           1   .   5   |   a   b               |  \0
  0000020  \n
