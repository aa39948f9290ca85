Process substitution (<(cmd) read as a file or a redirection, >(cmd) written to, /dev/fd names), mapfile/readarray, declare -i, and set -o listings.
  $ cat <(echo one) <(echo two)
  one
  two
  $ echo <(true) | sed 's/[0-9][0-9]*$/N/'
  /dev/fd/N
  $ while read -r l; do echo "got $l"; done < <(printf 'a\nb\n')
  got a
  got b
  $ read -r x y < <(echo first second third); echo "[$x][$y]"
  [first][second third]
  $ grep -c . <(seq 3) <(seq 2); echo $?
  /dev/fd/63:3
  /dev/fd/62:2
  0
  $ wc -l < <(seq 5)
  5
  $ echo hello > >(tr a-z A-Z); sleep 0.1
  HELLO
  $ mapfile -t lines < <(printf 'x\ny\nz\n'); echo "${#lines[@]} ${lines[1]}"
  3 y
  $ readarray -s 1 -n 2 -t arr < <(seq 10); declare -p arr
  declare -a arr=([0]="2" [1]="3")
  $ printf 'p;q;' | { mapfile -d ';' -t parts; declare -p parts; }
  declare -a parts=([0]="p" [1]="q")
  $ mapfile -z; echo $?
  bash: line 39: mapfile: -z: invalid option
  mapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]
  2
  $ mapfile 1x < /dev/null; echo $?
  bash: line 42: mapfile: `1x': not a valid identifier
  1
  $ declare -i n=2*3; n+=4; echo $n; n=n/3; echo $n; declare -p n
  10
  3
  declare -i n="3"
  $ declare -i m; m="1 + 1"; m=abc; echo "[$m]"
  [0]
  $ f() { local -i c=5; c=c*c; echo $c; }; f
  25
  $ set -o | grep -E '^(braceexpand|hashall|errexit|pipefail|posix)'
  braceexpand    	on
  errexit        	off
  hashall        	on
  pipefail       	off
  posix          	off
  $ set -eo pipefail; set +o | grep -E 'errexit|pipefail'; set +eo pipefail
  set -o errexit
  set -o pipefail
  $ sh -c 'cat <(echo x)'
  sh: 1: Syntax error: "(" unexpected
  [2]
