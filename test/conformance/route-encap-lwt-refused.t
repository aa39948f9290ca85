ip route encap: the lightweight tunnel types this kernel lacks (mpls, seg6, rpl, xfrm) are refused by the kernel after iproute2 has parsed their arguments (lwtunnel_valid_encap_type(): 'lwt encapsulation type not supported'), also inside a nexthop; iproute2's own errors for an unknown type, a missing argument, bad labels, modes, segments and duplicates.
  $ ip link add a0 type veth peer name b0; ip link set a0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.3.0.0/16 encap mpls 100 via 10.0.0.2
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.3.0.0/16 encap mpls 100/200 dev a0
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.5.0.0/16 encap seg6 mode encap segs fc00::1 dev a0
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.7.0.0/16 encap xfrm if_id 1 dev a0
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap nosuch dev a0
  Error: argument "nosuch" is wrong: "encap type" value is invalid
  [255]
  $ ip route add 10.9.0.0/16 encap mpls dev a0
  Error: mpls address is expected rather than "dev".
  [1]
  $ ip route add 10.9.0.0/16 encap rpl segs fc00::1 dev a0
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 nexthop encap mpls 100 via 10.0.0.2 nexthop via 10.0.0.3
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap mpls 100 via inet 10.0.0.2
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap mpls 100
  Error: unexpected end of line after "encap"
  [255]
  $ ip route add 10.9.0.0/16 encap mpls 100 ttl 5 ttl 6 dev a0
  Error: either "ttl" is duplicate, or "6" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 encap mpls 100 ttl 300 dev a0
  Error: argument "300" is wrong: "ttl" value is invalid
  [255]
  $ ip route add 10.9.0.0/16 encap mpls 1048576 dev a0
  Error: mpls address is expected rather than "1048576".
  [1]
  $ ip route add 10.9.0.0/16 encap mpls 0x10/20/30 ttl 9 dev a0 metric 5
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap mpls 10/ dev a0
  Error: mpls address is expected rather than "10/".
  [1]
  $ ip route add 10.9.0.0/16 encap xfrm link_dev a0 dev a0
  Usage: ip route ... encap xfrm if_id IF_ID [ link_dev LINK ]
  [255]
  $ ip route add 10.9.0.0/16 encap xfrm if_id 0 dev a0
  Error: argument "0" is wrong: "if_id" value is invalid
  [255]
  $ ip route add 10.9.0.0/16 encap xfrm if_id 3 link_dev nosuch dev a0
  Cannot find device "nosuch"
  [255]
  $ ip route add 10.9.0.0/16 encap xfrm if_id 3 if_id 4
  Error: either "if_id" is duplicate, or "4" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 encap xfrm if_id 3 foo bar
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 10.9.0.0/16 encap mpls
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 10.9.0.0/16 encap seg6 segs fc00::1 mode encap dev a0
  Error: argument "fc00::1" is wrong: "segs" provided before "mode"
  [255]
  $ ip route add 10.9.0.0/16 encap seg6 mode foo segs fc00::1 dev a0
  Error: argument "foo" is wrong: "mode" value is invalid
  [255]
  $ ip route add 10.9.0.0/16 encap seg6 mode inline mode encap dev a0
  Error: either "mode" is duplicate, or "encap" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 encap seg6 mode encap segs fc00::1,10.0.0.1 dev a0
  Error: inet6 address is expected rather than "10.0.0.1".
  [1]
  $ ip route add 10.9.0.0/16 encap seg6 mode l2encap segs fc00::1,fc00::2 hmac 7 hmac 8 dev a0
  Error: either "hmac" is duplicate, or "8" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 encap seg6 mode encap.red segs fc00::1 hmac x dev a0
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap seg6 dev a0 metric 3
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 encap rpl segs fc00::1 segs fc00::2 dev a0
  Error: either "segs" is duplicate, or "fc00::2" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 encap rpl segs nope dev a0
  Error: inet6 address is expected rather than "nope".
  [1]
  $ ip route add 10.9.0.0/16 encap rpl mode x dev a0
  Error: either "to" is duplicate, or "mode" is a garbage.
  [255]
  $ ip route add 10.9.0.0/16 dev a0 encap rpl segs fc00::3
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.9.0.0/16 nexthop via 10.0.0.2 encap xfrm if_id 5 nexthop via 10.0.0.3
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
