awk (Debian 12's mawk 1.3.4) expressions: if/else across lines, ternaries, unary signs, powers, % of negatives, concatenation against comparison and match, an assignment's target found before its value (a[i++] = i), field expressions ($NF-1, $i$i), getline's return values, NF changes, and printf's flags, precisions and %c (a NUL for "").
  $ awk 'BEGIN { if (1) print "a"; else print "b" }'
  a
  $ awk 'BEGIN { if (0) print "a"
  > else print "b" }'
  b
  $ awk 'BEGIN { for (i = 0; i < 2; i++)
  >   print i
  > }'
  0
  1
  $ awk 'BEGIN { x = 1; while (x < 100) x *= 3; print x }'
  243
  $ awk 'BEGIN { do x++; while (x < 5); print x }'
  5
  $ awk 'BEGIN { a["x"] = 1; for (k in a) { delete a[k] }; print length(a) }'
  0
  $ awk 'BEGIN { print (1 == 1) ? "y" : "n" }'
  y
  $ awk 'BEGIN { print 1 ? 2 ? "a" : "b" : "c" }'
  a
  $ awk 'BEGIN { x = 3; print x == 3 ? "three" : "other" }'
  three
  $ awk 'BEGIN { print 2 - - 2, 2 + + 2, - - 3 }'
  4 4 3
  $ awk 'BEGIN { x = 2; print x^2, x ^ -1, -x^2 }'
  4 0.5 -4
  $ awk 'BEGIN { print 7 % -3, -7 % 3, 2 ^ 0.5 }'
  1 -1 1.41421
  $ awk 'BEGIN { print 1 2, 1 " " 2, 1+2 "" 3 }'
  12 1 2 33
  $ awk 'BEGIN { x = "5"; y = x * 1; print y, x y }'
  5 55
  $ awk 'BEGIN { n = "3.0"; print n + 0, n "" }'
  3 3.0
  $ awk 'BEGIN { a = "x"; b = a++; print a, b }'
  1 0
  $ awk 'BEGIN { $0 = "1 2 3"; $2++; print; print $2 }'
  1 3 3
  3
  $ awk 'BEGIN { $0 = "1 2 3"; print $NF-1, $(NF-1) }'
  2 2
  $ awk 'BEGIN { $0 = "a b"; print $1$2, $1 $2 }'
  ab ab
  $ awk 'BEGIN { x["a"]; print ("a" in x) ("b" in x) }'
  10
  $ awk 'BEGIN { print length("abc") length("de") }'
  32
  $ awk 'BEGIN { print !x, !!x, !1 }'
  1 0 0
  $ awk 'BEGIN { x = 1; x = !x; print x }'
  0
  $ awk 'BEGIN { print 1 || 0 && 0, (1 || 0) && 0 }'
  1 0
  $ awk 'BEGIN { print "a" ~ "a" "b" }'
  0
  $ awk 'BEGIN { print "ab" ~ "a" "b" }'
  1
  $ awk 'BEGIN { print 1 < 2 ? "lt" : "ge" }'
  lt
  $ awk 'BEGIN { print "x" (1 < 2) }'
  x1
  $ awk 'BEGIN { i = 5; a[i++] = i; for (k in a) print k, a[k] }'
  5 6
  $ awk 'BEGIN { print substr("hello", 2, 3)substr("abc", 1, 1) }'
  ella
  $ awk 'BEGIN { print(1)(2) }'
  12
  $ awk 'BEGIN { print (1, 2) }'
  1 2
  $ awk 'BEGIN { print (1)(2), (3) }'
  12 3
  $ awk 'BEGIN{print"no spaces"}'
  no spaces
  $ awk 'BEGIN{a=1;b=2;print a+b;print a b}'
  3
  12
  $ awk 'BEGIN { getline line < "nofile"; print "[" line "]" }'
  []
  $ awk 'BEGIN { print getline < "nofile" }'
  -1
  $ awk 'BEGIN { print (getline line < "nofile") }'
  -1
  $ echo 'in' | awk 'BEGIN { while (getline > 0) n++; print n }'
  1
  $ echo 'a b' | awk '{ print $ 1 }'
  a
  $ echo 'a b' | awk '{ i = 2; print $i, $(i - 1), $i$i }'
  b a bb
  $ echo '3' | awk '{ print $1^2, -$1, !$1 }'
  9 -3 0
  $ echo 'x' | awk '/x/ { print "m" } /y/ { print "n" } END { print "e" }'
  m
  e
  $ echo 'x' | awk '!/y/'
  x
  $ echo 'ab' | awk '$0 ~ "^a" "b$"'
  ab
  $ echo 'x' | awk 'BEGIN { FS = "" } { print NF }'
  1
  $ echo 'a:b:c' | awk 'BEGIN { FS = ":" ; OFS = "-" } { NF = NF; print }'
  a-b-c
  $ echo 'a b c' | awk '{ NF++; print; print NF }' | cat -A
  a b c $
  4$
  $ echo 'a b' | awk '{ $0 = ""; print NF }'
  0
  $ echo | awk '{ print NF, length }'
  0 0
  $ printf 'a\r\n' | awk '{ print length }'
  2
  $ printf 'a\0b\n' | awk '{ print length }'
  3
  $ awk 'BEGIN { printf "%s %s\n", "a", "b", "c" }'
  a b
  $ awk 'BEGIN { printf "%d %d\n", "1e3", " 12 " }'
  1000 12
  $ awk 'BEGIN { printf "%.3s|%.10s\n", 12345, "ab" }'
  123|ab
  $ awk 'BEGIN { printf "%+.2e\n", -0.000123 }'
  -1.23e-04
  $ awk 'BEGIN { printf "%#x %#o\n", 255, 8 }'
  0xff 010
  $ awk 'BEGIN { printf "% d|%05.1f|%-+4d|\n", 3, 2.25, 7 }'
   3|002.2|+7  |
  $ awk 'BEGIN { printf "%c%c%c\n", "ABC", 66, "" }' | od -c | head -1
  0000000   A   B  \0  \n
