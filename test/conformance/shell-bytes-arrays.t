Streams carry bytes; devices are file operands; associative arrays list in
bash's hash order; an expansion error discards the rest of its line only.

  $ printf '\xff' | wc -c
  1
  $ printf '\303\251\n' | wc -c
  3
  $ printf '\303\251' | wc -m
  2
  $ printf '\303\251' | LC_ALL=C.UTF-8 wc -m
  1
  $ head -c 4 /dev/urandom | wc -c
  4
  $ head -c 4 < /dev/urandom | wc -c
  4
  $ head -c 10 /dev/zero | wc -c
  10
  $ echo hi | cat /dev/stdin
  hi
  $ cat /dev/fd/3 3<<<three
  three
  $ declare -A m=([a]=1 [b]=2 [c]=3 [foo]=4 [bar]=5 [10.0.0.1]=x [eth0]=y); echo "${!m[@]}"
  10.0.0.1 c b a foo bar eth0
  $ declare -A n; for i in {1..12}; do n[k$i]=$i; done; echo "${!n[@]}"
  k8 k9 k4 k5 k6 k7 k1 k2 k3 k12 k11 k10
  $ m[]=x; echo same-line
  bash: line 42: m[]: bad array subscript
  [1]
  $ echo next
  next
  $ declare -r r=(1 2 3); echo "${r[@]}"
  1 2 3
  $ r[0]=5; echo same-line
  bash: line 51: r: readonly variable
  [1]
  $ echo $((1/0)); echo same-line
  bash: line 54: 1/0: division by 0 (error token is "0")
  [1]
  $ read -t 0 x <<< abc; echo "$? [$x]"
  0 []
  $ read -t 0 < /dev/null; echo $?
  0
