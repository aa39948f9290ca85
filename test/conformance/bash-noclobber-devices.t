bash noclobber (set -C) refuses only regular files: /dev/null and other devices are written over.
  $ set -C; echo x > /dev/null; echo rc=$?
  rc=0
  $ echo y > f; echo z > f; echo rc=$?; cat f
  bash: line 12: f: cannot overwrite existing file
  rc=1
  y
  $ echo w >| f; cat f; set +C
  w
  $ set -o noclobber; echo a 2> /dev/null > /dev/null; echo rc=$?; echo b > /dev/zero; echo rc=$?
  rc=0
  rc=0
