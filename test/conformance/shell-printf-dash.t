dash's printf builtin (sh -c): its error texts, statuses and the formats it takes; its %b and missing arguments.
  $ sh -c 'printf "%d\n" abc; echo $?'
  sh: 1: printf: abc: expected numeric value
  0
  1
  $ sh -c 'printf "%d|\n" 12abc; echo $?'
  sh: 1: printf: 12abc: not completely converted
  12|
  1
  $ sh -c 'printf "%z\n" 1; echo $?'
  sh: 1: printf: %z: invalid directive
  2
  $ sh -c 'printf "%q\n" "a b"; echo $?'
  sh: 1: printf: %q: invalid directive
  2
  $ sh -c 'printf; echo $?'
  sh: 1: printf: usage: printf format [arg ...]
  2
  $ sh -c 'printf -v x hi; echo $?'
  sh: 1: printf: Illegal option -v
  2
  $ sh -c 'printf "%s|%d|\n"; echo $?'
  |0|
  0
  $ sh -c 'printf "%d %d\n" 1 2 3'
  1 2
  3 0
  $ sh -c 'printf "%b|\n" "a\0101b" "\x41" "a\cb" tail'
  aAb|
  \x41|
  a (no-eol)
  $ sh -c 'printf "%5s|%-5s|%.2s|\n" ab cd efgh'
     ab|cd   |ef|
  $ sh -c 'printf "%x %o %#x %i\n" 255 8 255 0x10'
  ff 10 0xff 16
  $ sh -c 'printf "%d\n" "'"'"'a"'
  97
  $ sh -c 'printf "%*d|\n" 5 42'
     42|
  $ sh -c 'printf "%d\n" 99999999999999999999; echo $?'
  sh: 1: printf: 99999999999999999999: Numerical result out of range
  9223372036854775807
  1
  $ sh -c 'printf "%c%c\n" ab cd'
  ac
  $ sh -c 'printf "a\tb\101\n"'
  a	bA
  $ sh -c 'printf "%s\n" -- x'
  --
  x
  $ sh -c 'printf -- "%s\n" x'
  x
  $ sh -c 'printf "%e\n" 1'
  1.000000e+00
  $ sh -c 'printf "%5%|\n"'
  sh: 1: printf: %5%: invalid directive
  [2]
  $ sh -c 'printf "%u\n" -1'
  18446744073709551615
