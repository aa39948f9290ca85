awk (Debian 12's mawk 1.3.4) semantics one command each: field splitting and rebuilding, printf conversions, strnum comparisons, getline forms, output files and pipes, regex escapes (no interval expressions), gsub's empty matches, ranges, uninitialized values, functions with array parameters, and its compile-time errors.
  $ printf '65 abc\n' | awk '{ printf "%c %c %c\n", $1, $2, 66 }'
  A a B
  $ awk 'BEGIN { print "err" > "/dev/stderr"; print "out" > "/dev/stdout"; print "dash" > "-" }'; cat ./- 2>&1
  err
  out
  dash
  $ printf 'a b c\n' | awk '{ $2 = ""; print; print NF }'
  a  c
  3
  $ printf 'a  b\n' | awk '{ $1 = $1 } 1'
  a b
  $ printf '  a  b  \n' | awk -F' ' '{ print NF, $1 }'
  2 a
  $ printf 'a|b|c\n' | awk -F'|' '{ print $2 }'
  b
  $ printf 'a.b.c\n' | awk 'BEGIN { FS = "." } { print $2 }'
  b
  $ printf 'aXXbXc\n' | awk -FX '{ print NF, $3 }'
  4 b
  $ printf 'a\tb c\n' | awk -Ft '{ print $1 }'
  a	b c
  $ awk 'BEGIN { printf "%5.3s|%-5d|%+d|% d|%05d|%x|%X|%#o|%e|%g\n", "abcdef", 42, 5, 5, -42, 255, 255, 8, 0.000123, 1e-5 }'
    abc|42   |+5| 5|-0042|ff|FF|010|1.230000e-04|1e-05
  $ awk 'BEGIN { printf "%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159 }'
     42|7   |3.14
  $ awk 'BEGIN { x = "abc"; print x > "o1"; close("o1"); print "def" > "o1"; close("o1"); while ((getline l < "o1") > 0) print "l", l }'
  l def
  $ awk 'BEGIN { print substr("hello", 2) ; print index("", "") ; print 10 % 3, -10 % 3, 10.5 % 3 }'
  ello
  1
  1 -1 1.5
  $ awk 'BEGIN { print 1e300 * 1e300, int("3abc"), int(""), "0x1A" + 0, ".5" + 0, "+5" + 0, "1e2x" + 0 }'
  inf 3 0 26 0.5 5 100
  $ awk 'BEGIN { a = 1; b = 2; print a" "b, a b, a + b "" }'
  1 2 12 3
  $ awk 'BEGIN { print 1,2 > "/dev/stdout" }'
  1 2
  $ awk 'BEGIN { n = split("", a); print n, length(a) }'
  0 0
  $ awk 'BEGIN { s = "foo bar foo"; print gsub(/foo/, "&&", s), s; t = "aaa"; print sub(/a/, "\\&", t), t }'
  2 foofoo bar foofoo
  1 &aa
  $ awk 'BEGIN { s = "hello"; gsub(//, "-", s); print s }'
  -h-e-l-l-o-
  $ awk 'BEGIN { s = "abc"; gsub(/b*/, "X", s); print s }'
  XaXcX
  $ awk 'BEGIN { print toupper(123), length(12345), length(1/3) }'
  123 5 8
  $ printf 'x\n' | awk '{ print NR, NF, $0 } END { print NR, $0 }'
  1 1 x
  1 x
  $ printf '1\n2\n3\n' | awk 'NR == 1, NR == 2 { print "r", $0 } /3/, /nomatch/ { print "s", $0 }'
  r 1
  r 2
  s 3
  $ printf 'a\nb\n' | awk '{ print > "out_" $0 } END { close("out_a"); getline x < "out_a"; print x }'
  a
  $ printf '3 1\n1 2\n' | awk '{ print ($1 > $2) ? "gt" : "le" }'
  gt
  le
  $ printf '3 1\n' | awk '{ print $1 > $2 }'; cat 1; rm -f 1
  3
  $ awk 'BEGIN { x["a"] = 1; x["b"] = 2; for (k in x) delete x[k]; print length(x) }'
  0
  $ awk 'BEGIN { print index("abc", "bc"), match("abc", "c$"), RSTART, RLENGTH }'
  2 3 3 1
  $ awk 'BEGIN { print substr("abc", "x"), substr(12345, 2, 3) }'
  abc 234
  $ awk 'BEGIN { OFS = "-"; $0 = "a b c"; $1 = $1; print; print $0 }'
  a-b-c
  a-b-c
  $ awk 'BEGIN { $3 = "c"; print NF, $0 "|" }'
  3   c|
  $ printf 'a b\n' | awk '{ NF = 5; print $0 "|"; NF = 1; print $0 "|" }'
  a b   |
  a|
  $ awk 'BEGIN { getline; print "got " $0; getline; print "got " $0 }' < /dev/null
  got 
  got 
  $ printf 'l1\nl2\nl3\n' | awk 'NR == 1 { while ((getline line) > 0) n++; print n, NR, line }'
  2 3 l3
  $ awk 'BEGIN { printf "%s" }'
  awk: run time error: not enough arguments passed to printf("%s")
  	FILENAME="" FNR=0 NR=0
  [2]
  $ awk 'BEGIN { printf "%d%%\n", 50 }'
  50%
  $ awk 'BEGIN { x = 010; print x, 1e3, 1E3, .5, 5. }'
  10 1000 1000 0.5 5
  $ awk '
  > BEGIN {
  >   # comment
  >   x = 1 +
  >       2
  >   print x
  >   if (x)
  >     print "yes"
  >   else
  >     print "no"
  > }'
  awk: line 4: syntax error at or near end of line
  [2]
  $ awk 'BEGIN { if (1) { print "a" } else print "b"; print "c" }'
  a
  c
  $ awk 'BEGIN { while (i < 2) i++; print i }'
  2
  $ awk 'BEGIN{a["x"]=1;delete a["x"];print ("x" in a)}'
  0
  $ awk 'BEGIN { print -"3", !"", !"a", !0, !"0" }'
  -3 1 0 1 0
  $ printf '0\n' | awk '{ print !$1 }'
  1
  $ awk 'BEGIN { print 2 ^ 3 ^ 2, -2 ^ 2, 2 ** 2 }'
  awk: line 1: syntax error at or near *
  [2]
  $ awk 'BEGIN { print 1 < 2 < 3 }'
  1
  $ awk 'BEGIN { x = y = 3; print x, y; x += y -= 1; print x, y }'
  3 3
  5 2
  $ awk 'BEGIN { print "a" > "f1"; print "b" > "f1"; close("f1"); while ((getline l < "f1") > 0) print l }'
  a
  b
  $ awk 'BEGIN { print length }' </dev/null
  0
  $ awk '{ print $1 }' /nonexistent/file
  awk: cannot open /nonexistent/file (No such file or directory)
  [2]
  $ awk 'BEGIN { printf "%d\n", "0x1A" }'
  26
  $ printf 'a:b\n' | awk -F: -v OFS=: '{ $3 = "c"; print }'
  a:b:c
  $ awk -v n=3 'BEGIN { for (i = 1; i <= n; i++) s = s i ","; print s }'
  1,2,3,
  $ awk 'BEGIN { exit 1 } END { exit }'
  [1]
  $ awk 'BEGIN { exit -1 }'
  [255]
  $ printf 'a\n' | awk '{ exit 5 } END { print "end" }'
  end
  [5]
  $ awk 'BEGIN { print substr("hello", 0) }'
  hello
  $ awk 'function g(x) { x[1] = 1; return length(x) } BEGIN { print g(arr), arr[1] }'
  1 1
  $ awk 'function h(s) { s = s "x"; return s } BEGIN { t = "a"; print h(t), t }'
  ax a
  $ awk 'BEGIN { x = 0.1; a[x] = 1; for (k in a) print k; print 1e6 "", 1e7 "", 123456789 "", 0.000001 "" }'
  0.1
  1000000 10000000 123456789 1e-06
  $ printf ' a b \n' | awk '{ $2 = "X" } 1'
  a X
  $ printf 'a b\n' | awk '{ $0 = "c d e" } { print NF, $3 }'
  3 e
  $ printf 'k v\n' | awk '$1 ~ "^k" && $2 !~ /x/'
  k v
  $ printf 'abc\n' | awk '/b/ && /c/ { print "both" } !/z/ { print "noz" }'
  both
  noz
  $ awk 'BEGIN { print | "cat 1>&2" }'
  $ awk 'BEGIN { print "a" | "sort"; print "c" | "sort"; print "b" | "sort" } END { print "end" }' </dev/null
  a
  b
  c
  end
  $ awk 'BEGIN { r = system("exit 3"); print r }'
  3
  $ awk 'BEGIN { printf("%s %s\n", "a", "b") }'
  a b
  $ awk 'BEGIN { print("x")("y") }'
  xy
  $ awk 'BEGIN { print (1)(2) }'
  12
  $ awk 'BEGIN { print 1 == 1, (2 > 1) }'
  1 1
  $ awk 'BEGIN { x["k"]; if ("k" in x) print "yes"; for (k in x) print "[" k "]" }'
  yes
  [k]
  $ awk 'BEGIN { while (("echo x; exit 1" | getline v) > 0) print v; print close("echo x; exit 1") }'
  x
  1
  $ awk 'BEGIN{printf "%.3d|%5.1s|%-6.2e|%G\n", 7, "xyz", 12345.678, 1e-10}'
  007|    x|1.23e+04|1E-10
  $ awk 'BEGIN { print 100000 * 3, 2147483647 + 1, -2147483647 - 1, 0.1 * 3, 1e5 / 3 }'
  300000 2.14748e+09 -2.14748e+09 0.3 33333.3
  $ awk '{ print FILENAME }' /dev/null; echo x | awk '{ print FILENAME "|" }'
  -|
  $ awk -F '' '{ print NF }' <<< 'abc'
  3
  $ awk 'BEGIN { RS = "x" } { print NR ": " $0 "|" }' <<< 'axbx'
  1: a|
  2: b|
  3: 
  |
  $ awk 'BEGIN { RS = "\n\n" } END { print NR }' <<< $'a\n\nb'
  2
  $ awk 'BEGIN { print substr("hello", 2, 0) "|" substr("", 1) "|" }'
  ||
  $ awk 'BEGIN { print index("abc", "") }'
  1
  $ awk 'BEGIN { x; print length(x) }'
  0
  $ awk 'BEGIN { getline x < "-"; print x }' <<< 'stdin line'
  stdin line
  $ awk '{ print; next; print "never" }' <<< 'n'
  n
  $ awk 'BEGIN { nextfile }'
  awk: line 1: improper use of nextfile
  [2]
  $ awk 'END { next }' </dev/null
  awk: line 1: improper use of next
  [2]
  $ awk 'BEGIN { return }'
  awk: line 1: return outside function body
  [2]
  $ awk 'BEGIN { break }'
  awk: line 1: break statement outside of loop
  [2]
  $ awk 'BEGIN { f() }'
  awk: line 2: function f never defined
  [2]
  $ awk 'function f(a, a) { } BEGIN { }'
  awk: line 1: a is duplicated in argument list
  [2]
  $ awk 'BEGIN { print length(a b) }'
  0
  $ awk 'BEGIN { a = "x"; a = a a a; print a }'
  xxx
  $ awk '/[/'
  awk: line 1: runaway regular expression /[/ ...
  [2]
  $ awk 'BEGIN { if ("a.c" ~ /a\.c/ && "abc" !~ /a\.c/) print "esc" ; if ("a/b" ~ /a\/b/) print "slash"; if ("a\tb" ~ /a\tb/) print "tab" }'
  esc
  slash
  tab
  $ awk 'BEGIN { if ("ab" ~ "^(a|x)b$") print "alt"; if ("aaa" ~ /^a{3}$/) print "brace"; if ("a{3}" ~ /a{3}/) print "literal" }'
  alt
  literal
  $ awk 'BEGIN { s = "a.b.c"; n = split(s, p, "."); print n, p[1] }'
  3 a
  $ awk 'BEGIN { s = "a b\tc"; n = split(s, p, " "); print n, p[3] }'
  3 c
  $ awk 'BEGIN { s = "aXbxc"; n = split(s, p, "x"); print n }'
  2
