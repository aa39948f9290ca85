socat as a TCP echo service (TCP-LISTEN with reuseaddr and fork, EXEC of cat) and its clients: STDIO to TCP with sourceport=, bind=, so-bindtodevice=, crlf, -u, and the -d -d notices of a client's life.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat TCP-LISTEN:7,reuseaddr,fork EXEC:cat > /dev/null 2>&1 & sleep 0.3'
  $ echo hello | ip netns exec a socat - TCP:10.0.0.2:7
  hello
  $ echo hello | ip netns exec a socat -d -d - TCP:10.0.0.2:7,sourceport=4000
  * socat[*] N reading from and writing to stdio (glob)
  * socat[*] N opening connection to AF=2 10.0.0.2:7 (glob)
  * socat[*] N successfully connected from local address AF=2 10.0.0.1:4000 (glob)
  * socat[*] N starting data transfer loop with FDs [0,1] and [5,5] (glob)
  * socat[*] N socket 1 (fd 0) is at EOF (glob)
  hello
  * socat[*] N socket 2 (fd 5) is at EOF (glob)
  * socat[*] N exiting with status 0 (glob)
  $ printf 'one\ntwo\n' | ip netns exec a socat - TCP4:10.0.0.2:7,bind=10.0.0.1:4001
  one
  two
  $ ip netns exec a ss -Htan state time-wait | wc -l
  3
  $ printf 'a\nb\n' | ip netns exec a socat -t 0.3 - TCP:10.0.0.2:7,crlf | sed -n l
  a$
  b$
  $ echo hi | ip netns exec a socat - TCP:10.0.0.2:7,so-bindtodevice=a0
  hi
  $ echo hi | ip netns exec a socat -u - TCP:10.0.0.2:7
  $ ip netns exec b ss -Htln | sed -E 's/ +/ /g'
  LISTEN 0 5 0.0.0.0:7 0.0.0.0:*
  $ ip netns exec b nstat -asz TcpPassiveOpens
  #kernel
  TcpPassiveOpens                 6                  0.0
