bash's stdout is line buffered (sh_setlinebuf): a builtin's complete lines are out before a warning it prints later, into a pipe, a file or the terminal alike; what follows the last newline waits for the builtin's end; dash's printf writes once at its end, after its warnings.
  $ printf 'a\n%d\n' x
  a
  bash: line 9: printf: x: invalid number
  0
  [1]
  $ printf 'a\n%d\n' x 2>&1 | cat
  a
  bash: line 12: printf: x: invalid number
  0
  $ printf 'a\n%d\n' x > o 2>&1; cat o
  a
  bash: line 15: printf: x: invalid number
  0
  $ printf 'a %d\n' x
  bash: line 18: printf: x: invalid number
  a 0
  [1]
  $ printf '%s\n%d %d\n' one 1 y
  one
  bash: line 21: printf: y: invalid number
  1 0
  [1]
  $ printf 'p\n%b %d\n' 'q\nr' z 2>&1 | cat -A
  p$
  q$
  bash: line 24: printf: z: invalid number$
  r 0$
  $ printf '%d\n%d\n' 1 x 2 y 2>&1 | cat
  1
  bash: line 27: printf: x: invalid number
  0
  2
  bash: line 27: printf: y: invalid number
  0
  $ bash -c "printf 'a\n%d\n' x"
  a
  bash: line 1: printf: x: invalid number
  0
  [1]
  $ sh -c "printf 'a\n%d\n' x"
  sh: 1: printf: x: expected numeric value
  a
  0
  [1]
  $ sh -c "printf 'a\n%d\n' x" 2>&1 | cat
  sh: 1: printf: x: expected numeric value
  a
  0
