conntrack -L -z against each filtering option (CT_COMPARISON), labels without connlabel.conf, table-word edge cases and the expect table's compulsory options for -D, -I, -E.
  $ for a in "-p tcp" "-m 1" "-f ipv4" "--src-nat" "-w 1" "-u ASSURED" "-s 1.1.1.1" "-r 1.1.1.1" "--orig-zone 1" "-o extended" "-c 1" "-i 1" "-l x" "-e NEW"; do echo "== $a"; conntrack -L -z $a 2>&1 | head -3; echo "rc ${PIPESTATUS[0]}"; done
  == -p tcp
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -m 1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -f ipv4
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == --src-nat
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -w 1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -u ASSURED
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -s 1.1.1.1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -r 1.1.1.1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == --orig-zone 1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -o extended
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  rc 0
  == -c 1
  conntrack v1.4.7 (conntrack-tools): Can't use -z with filtering parameters
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -i 1
  conntrack v1.4.7 (conntrack-tools): Illegal option `--id' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -l x
  nfct_labelmap_new: No such file or directory
  conntrack v1.4.7 (conntrack-tools): unknown label 'x'
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  == -e NEW
  conntrack v1.4.7 (conntrack-tools): Illegal option `--event-mask' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  rc 2
  $ conntrack -F conntrack expect 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
  $ conntrack -L "" 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.
  0
  $ conntrack -D expect -s 1.1.1.1 -d 2.2.2.2 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -D expect -s 1.1.1.1 -d 2.2.2.2 -p tcp 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--sport' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I expect -s 1.1.1.1 -d 2.2.2.2 -p tcp 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--timeout' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -E expect -s 1.1.1.1 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Illegal option `--src' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
