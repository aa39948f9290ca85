test and [ as builtins of bash and of sh (dash): results and diagnostics by argument count, operators, files, numbers.
  $ [ ]; echo $?
  1
  $ [; echo $?
  bash: line 12: [: missing `]'
  2
  $ test; echo $?
  1
  $ [ a ]; echo $?
  0
  $ [ "" ]; echo $?
  1
  $ [ ! ]; echo $?
  0
  $ [ ! a ]; echo $?
  1
  $ [ ! "" ]; echo $?
  0
  $ [ -n ]; echo $?
  0
  $ [ -z ]; echo $?
  0
  $ [ -n "" ]; echo $?
  1
  $ [ -z "" ]; echo $?
  0
  $ [ a = a ]; echo $?
  0
  $ [ a != a ]; echo $?
  1
  $ [ a == a ]; echo $?
  0
  $ [ a \< b ]; echo $?
  0
  $ [ b \> a ]; echo $?
  0
  $ [ 1 -eq 1 ]; echo $?
  0
  $ [ " 1 " -eq 1 ]; echo $?
  0
  $ [ 1 -eq "" ]; echo $?
  bash: line 66: [: : integer expression expected
  2
  $ [ "" -eq 1 ]; echo $?
  bash: line 69: [: : integer expression expected
  2
  $ [ -1 -lt 0 ]; echo $?
  0
  $ [ +1 -gt 0 ]; echo $?
  0
  $ [ 1 -ge x ]; echo $?
  bash: line 78: [: x: integer expression expected
  2
  $ [ a -a b ]; echo $?
  0
  $ [ a -o "" ]; echo $?
  0
  $ [ "" -a b ]; echo $?
  1
  $ [ ! -a x ]; echo $?
  0
  $ [ \( a \) ]; echo $?
  0
  $ [ \( a = a \) ]; echo $?
  0
  $ [ \( a \) -a \( b \) ]; echo $?
  0
  $ [ ! a = b ]; echo $?
  0
  $ [ ! ! a ]; echo $?
  0
  $ [ a b ]; echo $?
  bash: line 108: [: a: unary operator expected
  2
  $ [ a b c ]; echo $?
  bash: line 111: [: b: binary operator expected
  2
  $ [ a b c d ]; echo $?
  bash: line 114: [: too many arguments
  2
  $ [ a b c d e ]; echo $?
  bash: line 117: [: too many arguments
  2
  $ [ -e /proc ]; echo $?
  0
  $ [ -d /proc ]; echo $?
  0
  $ [ -f /proc/net/snmp ]; echo $?
  0
  $ [ -e /nonexistent ]; echo $?
  1
  $ [ -x /proc ]; echo $?
  0
  $ [ -s /proc/net/snmp ]; echo $?
  1
  $ [ -q a ]; echo $?
  bash: line 138: [: -q: unary operator expected
  2
  $ [ -q ]; echo $?
  0
  $ [ -e ]; echo $?
  0
  $ [ = ]; echo $?
  0
  $ [ = = ]; echo $?
  bash: line 150: [: =: unary operator expected
  2
  $ [ = = = ]; echo $?
  0
  $ [ -a ]; echo $?
  0
  $ [ -o ]; echo $?
  0
  $ [ a -a ]; echo $?
  bash: line 162: [: a: unary operator expected
  2
  $ [ -a a ]; echo $?
  1
  $ [ a -o ]; echo $?
  bash: line 168: [: a: unary operator expected
  2
  $ [ \( ]; echo $?
  0
  $ [ \) ]; echo $?
  0
  $ [ \( a ]; echo $?
  bash: line 177: [: (: unary operator expected
  2
  $ [ \( a b \) ]; echo $?
  bash: line 180: [: a: unary operator expected
  2
  $ [ a = b -o a = a ]; echo $?
  0
  $ [ 1 -eq 1 -a 2 -eq 3 ]; echo $?
  1
  $ [ -t ]; echo $?
  0
  $ [ -t 1 ]; echo $?
  1
  $ [ -t x ]; echo $?
  1
  $ [ a ] ]; echo $?
  bash: line 198: [: a: unary operator expected
  2
  $ test a ]; echo $?
  bash: line 201: test: a: unary operator expected
  2
  $ test 1 -eq; echo $?
  bash: line 204: test: 1: unary operator expected
  2
  $ test -z a b; echo $?
  bash: line 207: test: a: binary operator expected
  2
  $ [ -n a b ]; echo $?
  bash: line 210: [: a: binary operator expected
  2
  $ [ 99999999999999999999 -gt 1 ]; echo $?
  bash: line 213: [: 99999999999999999999: integer expression expected
  2
  $ [ 0x10 -eq 16 ]; echo $?
  bash: line 216: [: 0x10: integer expression expected
  2
  $ [ 010 -eq 8 ]; echo $?
  1
  $ [ a =~ a ]; echo $?
  bash: line 222: [: =~: binary operator expected
  2
  $ [ -v PATH ]; echo $?
  0
  $ [ -o errexit ]; echo $?
  1
  $ [ a -nt b ]; echo $?
  1
  $ [ /proc -ef /proc ]; echo $?
  0
  $ [ -h /proc ]; echo $?
  1
  $ [ -L x ]; echo $?
  1
  $ [ ! -e /x -a -d /proc ]; echo $?
  0
  $ sh -c '[ ]; echo $?'
  1
  $ sh -c '[; echo $?'
  sh: 1: [: missing ]
  2
  $ sh -c 'test; echo $?'
  1
  $ sh -c '[ a ]; echo $?'
  0
  $ sh -c '[ "" ]; echo $?'
  1
  $ sh -c '[ ! ]; echo $?'
  0
  $ sh -c '[ ! a ]; echo $?'
  1
  $ sh -c '[ ! "" ]; echo $?'
  0
  $ sh -c '[ -n ]; echo $?'
  0
  $ sh -c '[ -z ]; echo $?'
  0
  $ sh -c '[ -n "" ]; echo $?'
  1
  $ sh -c '[ -z "" ]; echo $?'
  0
  $ sh -c '[ a = a ]; echo $?'
  0
  $ sh -c '[ a != a ]; echo $?'
  1
  $ sh -c '[ a == a ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ a \< b ]; echo $?'
  0
  $ sh -c '[ b \> a ]; echo $?'
  0
  $ sh -c '[ 1 -eq 1 ]; echo $?'
  0
  $ sh -c '[ " 1 " -eq 1 ]; echo $?'
  0
  $ sh -c '[ 1 -eq "" ]; echo $?'
  sh: 1: [: Illegal number: 
  2
  $ sh -c '[ "" -eq 1 ]; echo $?'
  sh: 1: [: Illegal number: 
  2
  $ sh -c '[ -1 -lt 0 ]; echo $?'
  0
  $ sh -c '[ +1 -gt 0 ]; echo $?'
  0
  $ sh -c '[ 1 -ge x ]; echo $?'
  sh: 1: [: Illegal number: x
  2
  $ sh -c '[ a -a b ]; echo $?'
  0
  $ sh -c '[ a -o "" ]; echo $?'
  0
  $ sh -c '[ "" -a b ]; echo $?'
  1
  $ sh -c '[ ! -a x ]; echo $?'
  sh: 1: [: -a: unexpected operator
  2
  $ sh -c '[ \( a \) ]; echo $?'
  0
  $ sh -c '[ \( a = a \) ]; echo $?'
  0
  $ sh -c '[ \( a \) -a \( b \) ]; echo $?'
  0
  $ sh -c '[ ! a = b ]; echo $?'
  0
  $ sh -c '[ ! ! a ]; echo $?'
  0
  $ sh -c '[ a b ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ a b c ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ a b c d ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ a b c d e ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ -e /proc ]; echo $?'
  0
  $ sh -c '[ -d /proc ]; echo $?'
  0
  $ sh -c '[ -f /proc/net/snmp ]; echo $?'
  0
  $ sh -c '[ -e /nonexistent ]; echo $?'
  1
  $ sh -c '[ -x /proc ]; echo $?'
  0
  $ sh -c '[ -s /proc/net/snmp ]; echo $?'
  1
  $ sh -c '[ -q a ]; echo $?'
  sh: 1: [: -q: unexpected operator
  2
  $ sh -c '[ -q ]; echo $?'
  0
  $ sh -c '[ -e ]; echo $?'
  0
  $ sh -c '[ = ]; echo $?'
  0
  $ sh -c '[ = = ]; echo $?'
  sh: 1: [: =: argument expected
  2
  $ sh -c '[ = = = ]; echo $?'
  0
  $ sh -c '[ -a ]; echo $?'
  0
  $ sh -c '[ -o ]; echo $?'
  0
  $ sh -c '[ a -a ]; echo $?'
  1
  $ sh -c '[ -a a ]; echo $?'
  sh: 1: [: -a: unexpected operator
  2
  $ sh -c '[ a -o ]; echo $?'
  0
  $ sh -c '[ \( ]; echo $?'
  0
  $ sh -c '[ \) ]; echo $?'
  0
  $ sh -c '[ \( a ]; echo $?'
  sh: 1: [: closing paren expected
  2
  $ sh -c '[ \( a b \) ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ a = b -o a = a ]; echo $?'
  0
  $ sh -c '[ 1 -eq 1 -a 2 -eq 3 ]; echo $?'
  1
  $ sh -c '[ -t ]; echo $?'
  0
  $ sh -c '[ -t 1 ]; echo $?'
  1
  $ sh -c '[ -t x ]; echo $?'
  sh: 1: [: Illegal number: x
  2
  $ sh -c '[ a ] ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c 'test a ]; echo $?'
  sh: 1: test: a: unexpected operator
  2
  $ sh -c 'test 1 -eq; echo $?'
  sh: 1: test: -eq: argument expected
  2
  $ sh -c 'test -z a b; echo $?'
  sh: 1: test: a: unexpected operator
  2
  $ sh -c '[ -n a b ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ 99999999999999999999 -gt 1 ]; echo $?'
  sh: 1: [: Illegal number: 99999999999999999999
  2
  $ sh -c '[ 0x10 -eq 16 ]; echo $?'
  sh: 1: [: Illegal number: 0x10
  2
  $ sh -c '[ 010 -eq 8 ]; echo $?'
  1
  $ sh -c '[ a =~ a ]; echo $?'
  sh: 1: [: a: unexpected operator
  2
  $ sh -c '[ -v PATH ]; echo $?'
  sh: 1: [: -v: unexpected operator
  2
  $ sh -c '[ -o errexit ]; echo $?'
  sh: 1: [: -o: unexpected operator
  2
  $ sh -c '[ a -nt b ]; echo $?'
  1
  $ sh -c '[ /proc -ef /proc ]; echo $?'
  0
  $ sh -c '[ -h /proc ]; echo $?'
  1
  $ sh -c '[ -L x ]; echo $?'
  1
  $ sh -c '[ ! -e /x -a -d /proc ]; echo $?'
  0
