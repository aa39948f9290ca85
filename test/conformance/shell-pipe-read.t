A pipe read returns everything its writer buffered: read takes one line, what follows stays for the next reader in the same group; subshells and groups share the pipe.
  $ printf 'a\nb\n' | { read x; cat; }
  b
  $ printf 'a\nb\nc\n' | (read a; read b; echo "$b $a"; cat)
  b a
  c
  $ printf '1\n2\n3\n' | { read x; head -1; echo "x=$x"; }
  2
  x=1
  $ printf '1\n2\n3\n' | { head -1 >/dev/null; read y; echo "y=[$y]"; }
  y=[]
  $ seq 3 | { read a; read b; echo "$a+$b"; cat; }
  1+2
  3
  $ echo one; echo two | { read w; echo "got $w"; }
  one
  got two
  $ { echo a; sleep 0.1; echo b; } | { read x; read y; echo "$x$y"; }
  ab
  $ printf 'x y z\n' | { read -n 2 c; cat; }
  y z
  $ printf 'k1=v1\nk2=v2\n' | while IFS== read k v; do echo "$k -> $v"; done
  k1 -> v1
  k2 -> v2
  $ printf 'a\nb\n' > f; { read l1; read l2; } < f; echo "$l1$l2"
  ab
  $ { read l1; cat; } < f
  b
  $ while read l; do echo "[$l]"; done < f
  [a]
  [b]
  $ exec 3< f; read -u 3 a; read -u 3 b; echo "$a $b"; exec 3<&-
  a b
  $ seq 5 | { read a; sed -n 2p; }
  3
  $ seq 3 | (read a; echo $a; sh -c 'cat')
  1
  2
  3
  $ seq 4 | { read a; mapfile -t rest; echo "$a / ${rest[*]}"; }
  1 / 2 3 4
  $ seq 3 | sh -c 'read a; cat'
  2
  3
  $ cat f | { IFS= read -r l; printf '%s|' "$l"; cat; }
  a|b
