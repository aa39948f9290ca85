socat's errors and their exit status: refused and timed-out connects, a name that does not resolve, a bad service, bind failures, an unknown device for so-bindtodevice, unknown address types and options, an option the address type does not take, wrong parameter counts, a missing address, a lab command that does not exist.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a socat - TCP:10.0.0.2:80 </dev/null
  * socat[*] E connect(5, AF=2 10.0.0.2:80, 16): Connection refused (glob)
  [1]
  $ ip netns exec a socat -d -d - TCP:10.0.0.2:80 </dev/null
  * socat[*] N reading from and writing to stdio (glob)
  * socat[*] N opening connection to AF=2 10.0.0.2:80 (glob)
  * socat[*] W recvmsg(): Resource temporarily unavailable (glob)
  * socat[*] E connect(5, AF=2 10.0.0.2:80, 16): Connection refused (glob)
  * socat[*] N exit(1) (glob)
  [1]
  $ ip netns exec a socat -u - TCP4:10.0.0.2:81,connect-timeout=1 </dev/null
  * socat[*] E connect(5, AF=2 10.0.0.2:81, 16): Connection refused (glob)
  [1]
  $ ip netns exec a socat - TCP:10.0.0.3:80,connect-timeout=1 </dev/null
  * socat[*] E connecting to AF=2 10.0.0.3:80: Connection timed out (glob)
  [1]
  $ ip netns exec a socat - TCP:nohost:80 </dev/null
  * socat[*] E getaddrinfo("nohost", "NULL", {1,0,1,6}, {}): Temporary failure in name resolution (glob)
  [1]
  $ ip netns exec a socat TCP:10.0.0.2:x - </dev/null
  * socat[*] E getaddrinfo"10.0.0.2", "x", {1,0,1,0}, {}): Servname not supported for ai_socktype (glob)
  [1]
  $ ip netns exec a socat TCP:10.0.0.2:7,bind=10.9.9.9 - </dev/null
  * socat[*] E bind(5, {AF=2 10.9.9.9:0}, 16): Cannot assign requested address (glob)
  [1]
  $ ip netns exec a socat TCP:10.0.0.2:7,so-bindtodevice=zz - </dev/null
  * socat[*] E setsockopt(5, 1, 25, "zz", 3): No such device (glob)
  [1]
  $ ip netns exec b sh -c 'socat TCP-LISTEN:7 - > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b socat TCP-LISTEN:7 - </dev/null
  * socat[*] E bind(5, {AF=2 0.0.0.0:7}, 16): Address already in use (glob)
  [1]
  $ ip netns exec a socat FOO:1 - </dev/null
  * socat[*] E unknown device/address "FOO" (glob)
  [1]
  $ ip netns exec a socat - TCP:10.0.0.2:80,foo=1 </dev/null
  * socat[*] E parseopts_table(): unknown option "foo" (glob)
  [1]
  $ ip netns exec a socat - UDP:10.0.0.2:9,fork </dev/null
  * socat[*] E parseopts_table(): option "fork" not supported with this address type (glob)
  [1]
  $ ip netns exec a socat TCP:10.0.0.2 - </dev/null
  * socat[*] E TCP: wrong number of parameters (1 instead of 2) (glob)
  [1]
  $ ip netns exec a socat TCP-LISTEN - </dev/null
  * socat[*] E TCP-LISTEN: wrong number of parameters (0 instead of 1) (glob)
  [1]
  $ ip netns exec a socat - </dev/null
  * socat[*] E exactly 2 addresses required (there are 1); use option "-h" for help (glob)
  [1]
  $ ip netns exec a socat -z - - </dev/null
  * socat[*] E unknown option "-z"; use option "-h" for help (glob)
  [1]
  $ ip netns exec a socat - EXEC:nosuchcmd </dev/null
  * socat[*] E execvp("nosuchcmd", "nosuchcmd"): No such file or directory (glob)
  $ ip netns exec a socat -h | head -3
  socat by Gerhard Rieger and contributors - see www.dest-unreach.org
  Usage:
  socat [options] <bi-address> <bi-address>
