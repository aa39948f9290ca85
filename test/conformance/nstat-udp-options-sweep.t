nstat's options one at a time on the Udp counters after a few datagrams (some to a closed port): -a, -z, -s, -n, -r, -j, -p, long forms, glob patterns, bad options; the history file makes the deltas.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ export NSTAT_HISTORY=/tmp/nstat-udp-sweep.hist; rm -f $NSTAT_HISTORY
  $ ip netns exec b sh -c 'socat -u UDP-RECV:9 OPEN:/dev/null & sleep 0.3'
  $ for i in 1 2 3; do echo x | ip netns exec a socat -u - UDP:10.0.0.2:9; done; echo y | ip netns exec a socat -u - UDP:10.0.0.2:10; sleep 0.3
  $ ip netns exec b nstat -n; echo $?
  0
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.2:9; sleep 0.2
  $ for o in "" -a -z -s -r -sz -az "-a -s" --zeros --ignore --nooutput; do echo "== $o"; ip netns exec b nstat $o 'Udp*'; echo $?; done
  == 
  #kernel
  UdpInDatagrams                  1                  0.0
  0
  == -a
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  0
  == -z
  #kernel
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpRcvbufErrors                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpIgnoredMulti                 0                  0.0
  UdpMemErrors                    0                  0.0
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  Udp6InDatagrams                 0                  0.0
  Udp6NoPorts                     0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6OutDatagrams                0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6IgnoredMulti                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  0
  == -s
  #kernel
  0
  == -r
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  0
  == -sz
  #kernel
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpRcvbufErrors                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpIgnoredMulti                 0                  0.0
  UdpMemErrors                    0                  0.0
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  Udp6InDatagrams                 0                  0.0
  Udp6NoPorts                     0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6OutDatagrams                0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6IgnoredMulti                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  0
  == -az
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpRcvbufErrors                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpIgnoredMulti                 0                  0.0
  UdpMemErrors                    0                  0.0
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  Udp6InDatagrams                 0                  0.0
  Udp6NoPorts                     0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6OutDatagrams                0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6IgnoredMulti                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  0
  == -a -s
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  0
  == --zeros
  #kernel
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpRcvbufErrors                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpIgnoredMulti                 0                  0.0
  UdpMemErrors                    0                  0.0
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  Udp6InDatagrams                 0                  0.0
  Udp6NoPorts                     0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6OutDatagrams                0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6IgnoredMulti                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  0
  == --ignore
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  0
  == --nooutput
  0
  $ ip netns exec b nstat -j -a 'UdpIn*' 'UdpNoPorts'; echo
  {"kernel":{"UdpInDatagrams":4,"UdpNoPorts":1}}
  $ ip netns exec b nstat -p -a -z UdpInDatagrams UdpNoPorts
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec b nstat --json --pretty -a UdpInDatagrams; echo
  {
      "kernel": {
          "UdpInDatagrams": 4
      }
  }
  $ ip netns exec b nstat -asz 'Udp[IN]*'
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  UdpInErrors                     0                  0.0
  UdpInCsumErrors                 0                  0.0
  UdpIgnoredMulti                 0                  0.0
  $ ip netns exec b nstat -asz 'Udp' 'UdpLite*'
  #kernel
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  0                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  $ ip netns exec b nstat -asz NoSuchCounter; echo $?
  #kernel
  0
  $ ip netns exec b nstat -q 2>&1; echo $?
  nstat: invalid option -- 'q'
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
  $ ip netns exec b nstat -t 2>&1; echo $?
  nstat: option requires an argument -- 't'
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
  $ ip netns exec b nstat --bogus 2>&1; echo $?
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
  $ rm -f $NSTAT_HISTORY; ip netns pids b | xargs -r kill
