dmesg forms a user reads martian lines with: -x decodes facility and level (kern, warn), short options bundle as getopt allows (-tx, -xtlwarn), long forms, and bad options are refused with the usage hint.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set a0 up; ip link set b0 up; ip addr add 10.69.0.1/24 dev a0
  $ sysctl -qw net.ipv4.conf.a0.log_martians=1
  $ ip route get 10.69.0.1 from 224.69.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ dmesg -x -t | grep 'from 224.69.0.1,' | tail -1
  kern  :warn  : IPv4: martian source 10.69.0.1 from 224.69.0.1, on dev a0
  $ dmesg -tx | grep 'from 224.69.0.1,' | tail -1
  kern  :warn  : IPv4: martian source 10.69.0.1 from 224.69.0.1, on dev a0
  $ dmesg -xtlwarn | grep 'from 224.69.0.1,' | tail -1
  kern  :warn  : IPv4: martian source 10.69.0.1 from 224.69.0.1, on dev a0
  $ dmesg --decode --notime --level=warn | grep 'from 224.69.0.1,' | tail -1
  kern  :warn  : IPv4: martian source 10.69.0.1 from 224.69.0.1, on dev a0
  $ dmesg -x | grep 'from 224.69.0.1,' | tail -1 | sed -E 's/\[ *[0-9]+\.[0-9]+\]/[T]/'
  kern  :warn  : [T] IPv4: martian source 10.69.0.1 from 224.69.0.1, on dev a0
  $ dmesg -tq; echo rc=$?
  dmesg: invalid option -- 'q'
  Try 'dmesg --help' for more information.
  rc=1
  $ dmesg -t --bogus; echo rc=$?
  dmesg: unrecognized option '--bogus'
  Try 'dmesg --help' for more information.
  rc=1
