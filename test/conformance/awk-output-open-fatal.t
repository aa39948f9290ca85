mawk's get_file(): an output redirection it cannot open is errmsg() "cannot open "NAME" for output (strerror)" and mawk_exit(2): no END, the other output files and pipes still closed (their contents written), stdout's buffer after the message into a pipe.
  $ printf 'a1\nb2\n' > f1
  $ awk '{print > "/nonexist/x"} END{print "end"}' f1; echo $?
  awk: cannot open "/nonexist/x" for output (No such file or directory)
  2
  $ awk '{print "ok", $0 > "good"; print "seen", NR} NR==2{print > "/nonexist/y"} END{print "end"}' f1 2>&1 | cat; echo ${PIPESTATUS[0]}; cat good
  awk: cannot open "/nonexist/y" for output (No such file or directory)
  seen 1
  seen 2
  2
  ok a1
  ok b2
  $ awk 'BEGIN{print "p" | "cat"; printf "x" >> "/nonexist/z"} END{print "end"}' 2>&1; echo $?
  awk: cannot open "/nonexist/z" for output (No such file or directory)
  p
  2
  $ mkdir d; awk 'BEGIN{print "x" > "d"}' 2>&1; echo $?
  awk: cannot open "d" for output (Is a directory)
  2
  $ awk 'BEGIN{print "x" > "/dev/stderr"; print "y" > "/dev/stdout"; print "z" > "/dev/null"}' 2>&1; echo $?
  x
  y
  0
