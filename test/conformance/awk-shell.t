awk (Debian 12's mawk) in the shell: a program from `-f` file, `print > file` and `>> file` read back, `"cmd" | getline`, paragraph mode (RS ""), `-v` with escapes, var=value operands between files, ss -tn of an established connection, and its option errors.
  $ ip link set lo up
  $ printf 'BEGIN { FS = ":" }\n{ print NR, $1 > "out" }\nEND { print "n=" NR >> "out" }\n' > prog.awk
  $ printf 'root:x:0\ndaemon:x:1\n' | awk -f prog.awk; cat out
  1 root
  2 daemon
  n=2
  $ awk 'BEGIN { while (("echo a b; echo c" | getline line) > 0) print "got", line; close("echo a b; echo c") }'
  got a b
  got c
  $ printf 'a 1\nb 2\n\n\nc 3\n' | awk 'BEGIN { RS = "" } { print NR": "$1, $NF, NF }'
  1: a 2 4
  2: c 3 2
  $ awk -v 'sep=\t' 'BEGIN { print "x" sep "y" }' | od -c | head -1
  0000000   x  \t   y  \n
  $ printf 'l1\n' > f; awk '{ print v, $0 }' v=1 f v=2 f
  1 l1
  2 l1
  $ nc -l 127.0.0.1 9000 >/dev/null &
  $ sleep 0.1; nc 127.0.0.1 9000 </dev/null >/dev/null &
  $ sleep 0.1; ss -tn | awk 'NR > 1 { print $1, $4, ($5 ~ /:9000$/) }' | sort
  ESTAB 127.0.0.1:* 1 (glob)
  ESTAB 127.0.0.1:9000 0
  $ ss -tn state established | awk 'END { print NR - 1, "established" }'
  2 established
  $ awk -q 1
  awk: not an option: -q
  [2]
  $ awk -F
  awk: option -F lacks argument
  [2]
  $ awk -f nosuch
  awk: cannot open nosuch (No such file or directory)
  [2]
  $ awk 'BEGIN { printf "%d %s\n", 1 }'
  awk: run time error: not enough arguments passed to printf("%d %s
  ")
  	FILENAME="" FNR=0 NR=0
  1  (no-eol)
  [2]
  $ awk 'BEGIN { x = 1; x[1] = 2 }'
  awk: line 1: illegal reference to variable x
  [2]
  $ kill %1 %2 2>/dev/null; wait
