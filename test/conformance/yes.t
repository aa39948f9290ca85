yes prints its operands joined by spaces (default "y") for ever, in whole-buffer writes: a pipe with no reader ends it with SIGPIPE (141), or, SIGPIPE ignored, "standard output: Broken pipe" and 1. It takes no option but -- (and GNU's --help, --version).
  $ yes | head -1; echo "${PIPESTATUS[@]}"
  y
  141 0
  $ yes a b | head -2; echo "${PIPESTATUS[@]}"
  a b
  a b
  141 0
  $ yes '' | head -3 | wc -l
  3
  $ yes -- -n | head -1
  -n
  $ yes -n | head -1; echo "${PIPESTATUS[@]}"
  yes: invalid option -- 'n'
  Try 'yes --help' for more information.
  1 0
  $ yes --foo | head -1; echo "${PIPESTATUS[@]}"
  yes: unrecognized option '--foo'
  Try 'yes --help' for more information.
  1 0
  $ (trap '' PIPE; yes 2>e | head -1; echo "${PIPESTATUS[@]}"; cat e)
  y
  1 0
  yes: standard output: Broken pipe
  $ yes | head -c 10000 | wc -c
  10000
  $ timeout 0.2 yes >/dev/null; echo $?
  124
