bash builtins' errors and statuses: kill, wait, export, readonly, set -o, trap, type, exit/return/break with too many or no arguments (the line is discarded, the shell goes on), let, declare, local, eval.
  $ printf '%s %s\n' a b c
  a b
  c 
  $ printf '%5.2f|%-4s|%04d|%x|%o|%e\n' 3.14159 ab 7 255 8 12345.678
   3.14|ab  |0007|ff|10|1.234568e+04
  $ printf '%b\n' 'a\tb\c' x
  a	b (no-eol)
  $ printf '%c%c\n' hello world
  hw
  $ printf '%i\n' 0x1f 010 "'A"
  31
  8
  65
  $ echo -n -e 'x\n'
  x
  $ echo -E 'a\tb'
  a\tb
  $ echo -- -n
  -- -n
  $ kill -9 99999; echo $?
  bash: line 33: kill: (99999) - No such process
  1
  $ kill -s FOO 1; echo $?
  bash: line 36: kill: FOO: invalid signal specification
  1
  $ kill; echo $?
  kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]
  2
  $ kill -l 9 15
  KILL
  TERM
  $ wait 12345; echo $?
  bash: line 45: wait: pid 12345 is not a child of this shell
  127
  $ export 1x=2; echo $?
  bash: line 48: export: `1x=2': not a valid identifier
  1
  $ unset -f nosuch; echo $?
  0
  $ readonly r=1; r=2; echo $?
  bash: line 54: r: readonly variable
  [1]
  $ set -o nosuch; echo $?
  bash: line 57: set: nosuch: invalid option name
  2
  $ shift 5; echo $?
  1
  $ read -t 0 x < /dev/null; echo $?
  0
  $ trap 'echo t' NOSIG; echo $?
  bash: line 66: trap: NOSIG: invalid signal specification
  1
  $ true --help; echo $?
  0
  $ type nosuch; echo $?
  bash: line 72: type: nosuch: not found
  1
  $ exit 1 2; echo $?
  bash: line 75: exit: too many arguments
  [1]
  $ return 1; echo $?
  bash: line 78: return: can only `return' from a function or sourced script
  2
  $ break; echo $?
  bash: line 81: break: only meaningful in a `for', `while', or `until' loop
  0
  $ let 'x=1/0'; echo $?
  bash: line 84: let: x=1/0: division by 0 (error token is "0")
  1
  $ declare -q; echo $?
  bash: line 87: declare: -q: invalid option
  declare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]
  2
  $ local a; echo $?
  bash: line 90: local: can only be used in a function
  1
  $ eval 'echo $((1+))'; echo $?
  bash: line 93: 1+: syntax error: operand expected (error token is "+")
  1
