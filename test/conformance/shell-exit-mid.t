A command that runs `exit` ends the one `bash -s` kt feeds the whole file to:
that command and every later one record kt's placeholder.

  $ echo before
  before
  $ trap 'echo cleanup' EXIT
  $ echo going; exit 3
  (no output: command did not finish)
  [255]
  $ echo after
  (no output: command did not finish)
  [255]
  $ ip link show lo
  (no output: command did not finish)
  [255]
