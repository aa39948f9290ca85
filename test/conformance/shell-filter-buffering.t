Filters writing into a pipe (here the recorder's) buffer their stdout as
glibc's stdio does: what they print comes out when a block fills or they
exit, after what their writer meanwhile printed on stderr; sed -u and
grep --line-buffered write each line at once.
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | sed s/o/0/
  two
  0ne
  three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | grep e
  two
  one
  three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | cut -c1-3
  two
  one
  thr
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | nl -ba
  two
       1	one
       2	three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | sed -u s/o/0/
  0ne
  two
  three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | grep --line-buffered e
  one
  two
  three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | cat
  one
  two
  three
  $ sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | sed s/o/0/ | cat
  two
  0ne
  three
  $ sh -c 'seq 1 2000; sleep 0.2; echo mid >&2; seq 1 3' | grep -c .
  mid
  2003
  $ sh -c 'seq 1 1200; sleep 0.2; echo mid >&2' | sed -n '1p;$p'
  mid
  1
  1200
  $ sh -c 'echo a; sleep 0.2; echo b >&2' | sed 's/a/A/' > out; cat out
  b
  A
