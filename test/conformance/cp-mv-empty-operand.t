cp and mv with an empty operand: an empty pathname names nothing (ENOENT), neither the working directory nor a target directory; mv -u over a destination that is not older moves nothing (the source stays), and -n skips an existing destination before the same-file check.
  $ mkdir /tmp/cp-mv-empty.$$ && cd /tmp/cp-mv-empty.$$ && echo a > f && mkdir d
  $ cp f ""
  cp: cannot create regular file '': No such file or directory
  [1]
  $ mv f ""
  mv: cannot move 'f' to '': No such file or directory
  [1]
  $ cp -r d ""
  cp: cannot create directory '': No such file or directory
  [1]
  $ mv d ""
  mv: cannot move 'd' to '': No such file or directory
  [1]
  $ cp "" f
  cp: cannot stat '': No such file or directory
  [1]
  $ mv "" f
  mv: cannot stat '': No such file or directory
  [1]
  $ cp -t "" f
  cp: target directory '': No such file or directory
  [1]
  $ cp f d ""
  cp: target '': No such file or directory
  [1]
  $ ls -a . d
  .:
  .
  ..
  d
  f
  
  d:
  .
  ..
  $ cp -u f g
  $ mv -u f g
  $ ls
  d
  f
  g
  $ cp -n f f; echo $?
  0
  $ mv -n f f; echo $?
  0
  $ cp f f
  cp: 'f' and 'f' are the same file
  [1]
  $ cd / && rm -r "$OLDPWD"
