nstat keeps a history file: without -a it shows what grew since its last run,
-n updates the history without printing, -r resets it, -s does not update it,
-z shows zero counters, --json, and patterns select counters.
  $ ip link set lo up
  $ export NSTAT_HISTORY=$PWD/nstat.hist
  $ nstat -n
  $ ping -c 2 -q 127.0.0.1 > /dev/null
  $ nstat IcmpInEchos IcmpOutEchos IpInReceives IpOutRequests
  #kernel
  IpInReceives                    4                  0.0
  IpOutRequests                   4                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchos                    2                  0.0
  $ nstat IcmpInEchos IcmpOutEchos
  #kernel
  $ ping -c 1 -q 127.0.0.1 > /dev/null
  $ nstat -s IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ nstat -s IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ nstat IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ nstat -a IcmpInEchos IcmpOutEchos
  #kernel
  IcmpInEchos                     3                  0.0
  IcmpOutEchos                    3                  0.0
  $ nstat -az IcmpInErrors IcmpInEchos
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInEchos                     3                  0.0
  $ nstat -r IcmpInEchos
  #kernel
  IcmpInEchos                     3                  0.0
  $ ping -c 3 -q 127.0.0.1 > /dev/null
  $ nstat --json IcmpInEchos IcmpOutEchoReps
  {"kernel":{"IcmpInEchos":3,"IcmpOutEchoReps":3}}
  $ nstat -a --json IcmpInEchos
  {"kernel":{"IcmpInEchos":6}}
  $ nstat -z 'Icmp*Echo*'
  #kernel
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  3                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 0                  0.0
  Icmp6InEchos                    0                  0.0
  Icmp6InEchoReplies              0                  0.0
  Icmp6OutEchos                   0                  0.0
  Icmp6OutEchoReplies             0                  0.0
  $ nstat -az 'Udp*Errors'
  #kernel
  UdpInErrors                     0                  0.0
  UdpRcvbufErrors                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpMemErrors                    0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteMemErrors                0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  $ nstat -pa IcmpInEchos; echo $?
  #kernel
  IcmpInEchos                     6                  0.0
  0
  $ nstat --bogus; echo $?
  nstat: unrecognized option '--bogus'
  Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]
     -h, --help          this message
     -a, --ignore        ignore history
     -d, --scan=SECS     sample every statistics every SECS
     -j, --json          format output in JSON
     -n, --nooutput      do history only
     -p, --pretty        pretty print
     -r, --reset         reset history
     -s, --noupdate      don't update history
     -t, --interval=SECS report average over the last SECS
     -V, --version       output version information
     -z, --zeros         show entries with zero activity
  255
  $ nstat -V
  nstat utility, iproute2-6.1.0
  $ head -c 9 nstat.hist; echo
  #kernel
  I
  $ rm nstat.hist; nstat IcmpInEchos
  #kernel
  IcmpInEchos                     6                  0.0
