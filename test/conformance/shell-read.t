The read builtin: -r and backslashes, IFS splitting into several names, -a arrays, -d delimiters, -n/-N counts, -t timeouts, -p, EOF statuses, REPLY.
  $ read x <<< 'a\ b c'; echo "[$x]"
  [a b c]
  $ read -r x <<< 'a\ b c'; echo "[$x]"
  [a\ b c]
  $ read a b <<< '  one   two three  '; echo "[$a][$b]"
  [one][two three]
  $ read a b c <<< 'one'; echo "[$a][$b][$c]"
  [one][][]
  $ IFS=: read a b c <<< 'x:y:z:w'; echo "[$a][$b][$c]"
  [x][y][z:w]
  $ IFS=: read a b <<< 'x::y'; echo "[$a][$b]"
  [x][:y]
  $ IFS=', ' read a b c <<< 'x, y,,z'; echo "[$a][$b][$c]"
  [x][y][,z]
  $ read -a arr <<< 'p q  r'; echo "${#arr[@]} ${arr[2]}"
  3 r
  $ IFS=, read -ra arr <<< 'a,b\,c,d'; printf '<%s>' "${arr[@]}"; echo
  <a><b\><c><d>
  $ read -d : x <<< 'ab:cd'; echo "[$x] $?"
  [ab] 0
  $ read -d '' x <<< 'ab'; echo "[$x] $?"
  [ab] 1
  $ read -n 3 x <<< 'abcdef'; echo "[$x]"
  [abc]
  $ read -N 4 x <<< 'ab cdef'; echo "[$x]"
  [ab c]
  $ read -n 3 a b <<< 'a bcdef'; echo "[$a][$b]"
  [a][b]
  $ read <<< '  spaced  '; echo "[$REPLY]"
  [  spaced  ]
  $ read x <<< '  spaced  '; echo "[$x]"
  [spaced]
  $ IFS= read x <<< '  spaced  '; echo "[$x]"
  [  spaced  ]
  $ read x < /dev/null; echo "$? [$x]"
  1 []
  $ printf 'no-nl' | { read x; echo "$? [$x]"; }
  1 [no-nl]
  $ read -t 1 x < <(sleep 3); echo $?
  142
  $ read -p 'prompt> ' x <<< v; echo "[$x]"
  [v]
  $ read -n x y <<< z; echo $?
  bash: line 72: read: x: invalid number
  1
  $ read -t x y <<< z; echo $?
  bash: line 75: read: x: invalid timeout specification
  1
  $ read -u 9 x; echo $?
  bash: line 78: read: 9: invalid file descriptor: Bad file descriptor
  1
  $ read -z; echo $?
  bash: line 81: read: -z: invalid option
  read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]
  2
  $ read 1bad <<< v; echo $?
  bash: line 84: read: `1bad': not a valid identifier
  1
  $ printf 'l1\nl2\nl3\n' | while read -r line; do echo "<$line>"; done
  <l1>
  <l2>
  <l3>
  $ printf 'a b\n' | { read x; echo "$x"; }; echo "[$x]"
  a b
  [v]
  $ read -r -d $'\t' x <<< $'t1\tt2'; echo "[$x]"
  [t1]
  $ sh -c 'read -r a b <<EOF
  > 1 2 3
  > EOF
  > echo "[$a][$b]"'
  [1][2 3]
  $ sh -c 'echo x | read -n 1 a; echo $?'
  sh: 1: read: Illegal option -n
  2
  $ sh -c 'printf "a\\\\\nb\n" | read x; echo "$x"'
