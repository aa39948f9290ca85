mawk quits at an input file it cannot open (mawk_exit(2): "posix says we should quit"): no END rule runs, the files after it are not read, what was printed before still comes out (after the message, into a pipe); a missing file only read by getline < is -1 and not fatal; FILENAME and NR up to there.
  $ printf 'a1\nb2\n' > f1; printf 'a3\n' > f2
  $ awk 'END{print NR}' f1 nofile f2; echo $?
  awk: cannot open nofile (No such file or directory)
  2
  $ awk '{print FILENAME, NR}; END{print "end", NR}' f1 nofile f2 2>&1 | cat; echo ${PIPESTATUS[0]}
  awk: cannot open nofile (No such file or directory)
  f1 1
  f1 2
  2
  $ awk 'BEGIN{print "begin"} END{print "end"}' nofile; echo $?
  awk: cannot open nofile (No such file or directory)
  begin
  2
  $ awk 'BEGIN{while ((getline l < "nofile") > 0) n++; print "getline", (getline l < "nofile"), n+0} END{print "end", NR}' f1; echo $?
  getline -1 0
  end 2
  0
  $ awk '{print; exit 3} END{print "end"}' f1 nofile; echo $?
  a1
  end
  3
  $ awk 'FNR==1{print FILENAME}' f1 f2 nofile > out 2> err; echo $?; cat out; cat err
  2
  f1
  f2
  awk: cannot open nofile (No such file or directory)
  $ printf 'x\n' | awk '{print} END{print NR}' - nofile; echo $?
  awk: cannot open nofile (No such file or directory)
  x
  2
