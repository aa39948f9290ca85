mawk 1.3.4's printf with huge fields: the width is clamped to INT_MAX
and the field written as it goes; sprintf's buffer is 8192 bytes (past it mawk may also overflow and crash; the lab reports the limit).

  $ awk 'BEGIN{printf "%*d", 1e8, 1}' | wc -c
  100000000
  $ awk 'BEGIN{printf "%-*d|", 3e6, 7}' | tail -c 3; echo
    |
  $ awk 'BEGIN{printf "%0*d", 3e6, -5}' | head -c 4; echo
  -000
  $ awk 'BEGIN{printf "%.*d", 2e6, 42}' | wc -c
  2000000
  $ awk 'BEGIN{printf "%*d", 3e9, 1}' | head -c 3 | od -An -c
              
  $ awk 'BEGIN{printf "%.*s|\n", 1e9, "abc"}'
  abc|
  $ awk 'BEGIN{x = sprintf("%*d", 8192, 1); print length(x)}'
  8192
  $ awk 'BEGIN{x = sprintf("%*d", 8193, 1); print length(x)}'; echo $?
  awk: program limit exceeded: sprintf buffer size=8192
  	FILENAME="" FNR=0 NR=0
  2
  $ awk 'BEGIN{printf "a"; x = sprintf("%s%s", sprintf("%5000d", 1), sprintf("%5000d", 1))}'; echo $?
  awk: program limit exceeded: sprintf buffer size=8192
  	FILENAME="" FNR=0 NR=0
  a2
