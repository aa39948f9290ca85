conntrack commands against each table name (conntrack, expect, dying, unconfirmed, abbreviations, bogus), two commands at once, and option/command mismatches.
  $ for c in -L -C -F -D -G -I -U; do for t in conntrack expect dying unconfirmed exp con bogus; do echo "== $c $t"; conntrack $c $t 2>&1 | head -3; echo "rc ${PIPESTATUS[0]}"; done; done
  == -L conntrack
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L expect
  conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.
  rc 0
  == -L dying
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L unconfirmed
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L exp
  conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.
  rc 0
  == -L con
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -C conntrack
  0
  rc 0
  == -C expect
  0
  rc 0
  == -C dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -C unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -C exp
  0
  rc 0
  == -C con
  0
  rc 0
  == -C bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -F conntrack
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  rc 0
  == -F expect
  conntrack v1.4.7 (conntrack-tools): expectation table has been emptied.
  rc 0
  == -F dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -F unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -F exp
  conntrack v1.4.7 (conntrack-tools): expectation table has been emptied.
  rc 0
  == -F con
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  rc 0
  == -F bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D conntrack
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -D expect
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D exp
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D con
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -D bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G conntrack
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G expect
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G exp
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G con
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I conntrack
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I expect
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I exp
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--src' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I con
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U conntrack
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  rc 1
  == -U expect
  conntrack v1.4.7 (conntrack-tools): Can't do --update on expectations
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U dying
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U unconfirmed
  conntrack v1.4.7 (conntrack-tools): Can't do that command with tables `dying' and `unconfirmed'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U exp
  conntrack v1.4.7 (conntrack-tools): Can't do --update on expectations
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U con
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  rc 1
  == -U bogus
  conntrack v1.4.7 (conntrack-tools): unknown type `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  $ for a in "-L -F" "-L -L" "-C -L" "-F -F" "-L -z -s 1.2.3.4" "-F -s 1.2.3.4" "-C -p tcp" "-L -t 5" "-L -e NEW" "-D -o xml" "-C -o xml" "-G -s 1.1.1.1" "-I -s 1.1.1.1 -d 2.2.2.2" "-U -t 5" "-V" "--version" "-L --orig-zone 1 --reply-zone 2" "-L -i 5" "-L -c 5" "-L -b 100000"; do echo "== $a"; conntrack $a 2>&1 | head -3; echo "rc ${PIPESTATUS[0]}"; done
  == -L -F
  conntrack v1.4.7 (conntrack-tools): Invalid commands combination
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -L -L
  conntrack v1.4.7 (conntrack-tools): Invalid commands combination
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -C -L
  conntrack v1.4.7 (conntrack-tools): Invalid commands combination
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -F -F
  conntrack v1.4.7 (conntrack-tools): Invalid commands combination
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -L -z -s 1.2.3.4
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -F -s 1.2.3.4
  conntrack v1.4.7 (conntrack-tools): Illegal option `--src' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -C -p tcp
  conntrack v1.4.7 (conntrack-tools): Illegal option `--protonum' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -L -t 5
  conntrack v1.4.7 (conntrack-tools): Illegal option `--timeout' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -L -e NEW
  conntrack v1.4.7 (conntrack-tools): Illegal option `--event-mask' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -D -o xml
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -C -o xml
  conntrack v1.4.7 (conntrack-tools): Illegal option `--output' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -G -s 1.1.1.1
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -I -s 1.1.1.1 -d 2.2.2.2
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -U -t 5
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  rc 1
  == -V
  conntrack v1.4.7 (conntrack-tools)
  rc 0
  == --version
  conntrack v1.4.7 (conntrack-tools)
  rc 0
  == -L --orig-zone 1 --reply-zone 2
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L -i 5
  conntrack v1.4.7 (conntrack-tools): Illegal option `--id' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -L -c 5
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -L -b 100000
  conntrack v1.4.7 (conntrack-tools): Illegal option `--buffer-size' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
