$(( )) edge cases (bases, overflow, ternary, assignment operators, errors), here-documents with <<- and quoting, case patterns, local and dynamic scoping.
  $ echo $(( 0x1F + 010 + 2#101 + 36#z ))
  79
  $ echo $(( 1 << 63 )) $(( (1 << 63) - 1 )) $(( -9223372036854775807 - 1 ))
  -9223372036854775808 9223372036854775807 -9223372036854775808
  $ echo $(( 7 / -2 )) $(( -7 % 3 )) $(( 2 ** 10 )) $(( 2 ** 0 ))
  -3 -1 1024 1
  $ echo $(( 1 ? 2 : 3 )) $(( 0 ? 2 : 3 )) $(( 3 > 2 && 1 )) $(( !5 )) $(( ~0 ))
  2 3 1 0 -1
  $ x=5; echo $(( x += 2, x *= 3 )) $x $(( x++ )) $x $(( --x ))
  21 21 21 22 21
  $ echo $(( y = 4, y <<= 2 )) $(( y >>= 1 )) $(( y ^ 3 )) $(( y | 1 )) $(( y & 12 ))
  16 8 11 9 8
  $ s=3+4; echo $(( s * 2 )) $(( "1" + 2 ))
  14 3
  $ echo $(( 2 ** -1 )); echo $?
  bash: line 30: 2 ** -1 : exponent less than 0 (error token is "1 ")
  [1]
  $ echo $(( 08 )); echo $?
  bash: line 33: 08: value too great for base (error token is "08")
  [1]
  $ echo $(( 64#@ + 64#_ )) $(( 37#1 ))
  125 1
  $ echo $(( 1 +  )); echo $?
  bash: line 39: 1 +  : syntax error: operand expected (error token is "+  ")
  [1]
  $ echo $(( 10 % 0 )); echo $?
  bash: line 42: 10 % 0 : division by 0 (error token is "0 ")
  [1]
  $ echo $(( a )) $(( unset_var + 1 ))
  0 1
  $ (( 0 )); echo $?; (( 2 )); echo $?
  1
  0
  $ cat <<-EOF
  > 	tabbed
  > 		twice
  > 	EOF
  tabbed
  twice
  $ cat <<'EOF'
  > $HOME `x` \t
  > EOF
  $HOME `x` \t
  $ v=val; cat <<EOF
  > v=$v \$v $(echo sub) \\
  > EOF
  v=val $v sub \
  $ cat <<< "here $((1+1))"
  here 2
  $ for w in a.txt B.TXT file9 x[1] '' -n; do case $w in *.txt) echo "$w lower";; *.TXT|*.Txt) echo "$w upper";; file[0-9]) echo "$w digit";; x\[*) echo "$w bracket";; '') echo empty;; -*) echo "$w dash";; esac; done
  a.txt lower
  B.TXT upper
  file9 digit
  x[1] bracket
  empty
  -n dash
  $ case abc in a*) echo first;& b*) echo fall;; c*) echo no;; esac
  first
  fall
  $ case abc in a*) echo one;;& *c) echo two;; *) echo three;; esac
  one
  two
  $ case x in [!a-c]) echo neg;; esac; case '*' in \*) echo star;; esac
  neg
  star
  $ outer() { local v=outer; inner; echo "outer sees $v"; }; inner() { echo "inner sees $v"; v=changed; }; v=global; outer; echo "global $v"
  inner sees outer
  outer sees changed
  global global
  $ f() { local x; echo "[${x-unset}]"; x=1; g; }; g() { echo "g:$x"; }; x=top; f; echo $x
  [unset]
  g:1
  top
  $ f() { local -i n=3+4; echo $n; local a=(1 2); echo ${#a[@]}; }; f
  7
  2
  $ f() { local IFS=,; set -- a b; echo "$*"; }; f; set -- a b; echo "$*"
  a,b
  a b
  $ sh -c 'f() { local x=in; g; }; g() { echo $x; }; x=out; f; echo $x'
  in
  out
  $ sh -c 'echo $(( 0x10 + 010 )) $(( 5 > 3 )) $(( x = 2 )) $x'
  24 1 2 2
