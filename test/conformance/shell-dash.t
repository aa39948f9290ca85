sh is dash (Debian's /bin/sh): its error texts (sh: LINE: ...), statuses, echo, no brace expansion, [[, arrays or source; bash's texts beside.
  $ nosuchcmd
  bash: line 9: nosuchcmd: command not found
  [127]
  $ sh -c 'nosuchcmd'
  sh: 1: nosuchcmd: not found
  [127]
  $ sh -c 'cd /nonexistent'
  sh: 1: cd: can't cd to /nonexistent
  [2]
  $ sh -c 'echo hi > /nonexistent/f'
  sh: 1: cannot create /nonexistent/f: Directory nonexistent
  [2]
  $ echo hi > /nonexistent/f
  bash: line 21: /nonexistent/f: No such file or directory
  [1]
  $ cd /nonexistent
  bash: line 24: cd: /nonexistent: No such file or directory
  [1]
  $ sh -c 'exit 3'
  [3]
  $ sh -c 'false; echo $?'
  1
  $ sh -c 'ip link show dev nosuch'
  Device "nosuch" does not exist.
  [1]
  $ sh -c 'for i in 1 2; do echo $i; done'
  1
  2
  $ sh -c 'echo ${x:-def}'
  def
  $ sh -c 'ip -n nosuch link'
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ sh -c 'nosuchcmd 2>/dev/null; echo $?'
  127
  $ sh -c "echo 'unterminated"
  sh: 1: Syntax error: Unterminated quoted string
  [2]
  $ sh -c 'echo $((1+))'
  sh: 1: arithmetic expression: expecting primary: "1+"
  [2]
  $ sh -c 'sleep 0.1 & wait; echo done'
  done
  $ (nosuchcmd)
  bash: line 57: nosuchcmd: command not found
  [127]
  $ bash -c 'nosuchcmd'
  bash: line 1: nosuchcmd: command not found
  [127]
  $ sh -c 'cd /nonexistent; echo after $?'
  sh: 1: cd: can't cd to /nonexistent
  after 2
  $ sh -c 'echo hi > /nonexistent/f; echo after $?'
  sh: 1: cannot create /nonexistent/f: Directory nonexistent
  after 2
  $ sh -c 'cat < /nonexistent/f; echo after $?'
  sh: 1: cannot open /nonexistent/f: No such file
  after 2
  $ sh -c 'nosuch; echo after $?'
  sh: 1: nosuch: not found
  after 127
  $ sh -c 'echo $0 $LINENO'
  sh
  $ sh -c 'echo a
  > nosuch
  > echo b'
  a
  sh: 2: nosuch: not found
  b
  $ sh -c 'if true; then echo x; fi fi'
  sh: 1: Syntax error: "fi" unexpected
  [2]
  $ sh -c 'echo $(( 1 / 0 ))'
  sh: 1: arithmetic expression: division by zero: " 1 / 0 "
  [2]
  $ sh -c 'exit foo'
  sh: 1: exit: Illegal number: foo
  [2]
  $ sh -c 'shift 3'
  sh: 1: shift: can't shift that many
  [2]
  $ sh -c 'test -z; echo $?'
  0
  $ sh -c 'echo ${x?unset var}'
  sh: 1: x: unset var
  [2]
  $ sh -c 'read x < /nonexistent'
  sh: 1: cannot open /nonexistent: No such file
  [2]
  $ sh -c 'f() { return 2; }; f; echo $?'
  2
  $ sh -c 'local x=1'
  sh: 1: local: not in a function
  [2]
  $ sh -c 'echo {a,b}'
  {a,b}
  $ sh -c '[[ 1 == 1 ]] && echo yes'
  sh: 1: [[: not found
  [127]
  $ sh -c 'x=(1 2); echo $x'
  sh: 1: Syntax error: "(" unexpected
  [2]
  $ sh -c 'echo -e "a\tb"'
  -e a	b
  $ sh -c 'echo "a\tb"'
  a	b
  $ sh -c 'printf "%s\n" x'
  x
  $ sh -c 'set -e; false; echo no'
  [1]
  $ sh -c 'type ip'
  ip is /usr/sbin/ip
  $ sh -c 'command -v nosuch; echo $?'
  127
  $ sh -c '. /nonexistent'
  sh: 1: .: cannot open /nonexistent: No such file
  [2]
  $ sh -c 'echo $((2**3))'
  sh: 1: arithmetic expression: expecting primary: "2**3"
  [2]
  $ sh -c 'ls /nonexistent'
  ls: cannot access '/nonexistent': No such file or directory
  [2]
  $ sh -c 'nosuch' ; echo $?
  sh: 1: nosuch: not found
  127
  $ sh -c 'exec nosuch'
  sh: 1: exec: nosuch: not found
  [127]
  $ sh -c 'unset -v; echo ok'
  ok
  $ sh -c 'echo ${#x}'
  0
  $ sh -c 'source /dev/null'
  sh: 1: source: not found
  [127]
  $ sh -c 'echo a | nosuch'
  sh: 1: nosuch: not found
  [127]
  $ sh nosuchscript
  sh: 0: cannot open nosuchscript: No such file
  [2]
  $ sh -x -c 'echo hi'
  + echo hi
  hi
