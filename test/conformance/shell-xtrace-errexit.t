set -x traces (PS4 '+ ' on stderr, nested '++' for command substitutions, quoting of words, assignments), set -u errors, set -e exceptions (conditions, && lists, pipelines, subshells) in bash and dash.
  $ bash -c 'set -x; echo hi "a b" $((1+2))' 2>&1
  + echo hi 'a b' 3
  hi a b 3
  $ bash -c 'set -x; x=$(echo inner); echo "$x"' 2>&1
  ++ echo inner
  + x=inner
  + echo inner
  inner
  $ bash -c 'set -x; a=1 b="two words"; echo $a' 2>&1
  + a=1
  + b='two words'
  + echo 1
  1
  $ bash -c 'set -x; for i in 1 2; do :; done' 2>&1
  + for i in 1 2
  + :
  + for i in 1 2
  + :
  $ bash -c 'set -x; if [ 1 = 1 ]; then echo y; fi' 2>&1
  + '[' 1 = 1 ']'
  + echo y
  y
  $ bash -c 'set -x; f() { echo in; }; f arg' 2>&1
  + f arg
  + echo in
  in
  $ bash -c 'set -x; echo $(echo $(echo deep))' 2>&1
  +++ echo deep
  ++ echo deep
  + echo deep
  deep
  $ bash -c 'PS4="=> "; set -x; echo ps4' 2>&1
  => echo ps4
  ps4
  $ bash -c 'set -x; echo "it'"'"'s" "" x\ y' 2>&1
  + echo 'it'\''s' '' 'x y'
  it's  x y
  $ bash -c 'set -x; [[ a == a ]]; (( 1 + 1 ))' 2>&1
  + [[ a == a ]]
  + ((  1 + 1  ))
  $ bash -c 'set -x; echo a | cat; set +x; echo quiet' 2>&1
  + echo a
  + cat
  a
  + set +x
  quiet
  $ sh -c 'set -x; echo hi "a b"; x=$(echo in)' 2>&1
  + echo hi a b
  hi a b
  + echo in
  + x=in
  $ sh -c 'set -x; f() { echo in; }; f' 2>&1
  + f
  + echo in
  in
  $ bash -c 'set -u; echo $nosuch; echo after'; echo $?
  bash: line 1: nosuch: unbound variable
  127
  $ bash -c 'set -u; echo ${nosuch:-def} ${#@}'; echo $?
  def 0
  0
  $ bash -c 'set -u; a=(); echo "${a[@]}" ok'; echo $?
  ok
  0
  $ sh -c 'set -u; echo $nosuch; echo after'; echo $?
  sh: 1: nosuch: parameter not set
  2
  $ bash -c 'set -e; false || echo rescued; if false; then :; fi; ! true; echo still'
  rescued
  still
  $ bash -c 'set -e; false && echo no; echo after-and'
  after-and
  $ bash -c 'set -e; true | false | true; echo pipe-ok'
  pipe-ok
  $ bash -c 'set -eo pipefail; true | false | true; echo never'; echo $?
  1
  $ bash -c 'set -e; (false; echo in-sub); echo after-sub'; echo $?
  1
  $ bash -c 'set -e; f() { false; echo in-f; }; f || echo f-failed'
  in-f
  $ bash -c 'set -e; x=$(false); echo "assign $?"'; echo $?
  1
  $ bash -c 'set -e; local_x=$(false) || true; echo ok'
  ok
  $ echo $- | grep -c e
  0
  [1]
  $ bash -c 'set -o | grep -E "^(errexit|nounset|xtrace)"'
  errexit        	off
  nounset        	off
  xtrace         	off
  $ bash -c 'set -eu; set +o | grep -E "errexit|nounset"'
  set -o errexit
  set -o nounset
