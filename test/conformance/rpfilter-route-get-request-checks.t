ip route get requests the kernel refuses in inet_rtm_valid_getroute_req() (iproute2 asks with strict checking): a source prefix that is not /32 (rtm_src_len), an address of length 0 (rtm_src_len and rtm_dst_len must be 32), attributes other than iif, oif, src, dst, ipproto, sport, dport, mark and uid (as's RTA_NEWDST, flowlabel's RTA_FLOWLABEL); a destination prefix only warns (iproute2 sends /32).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip route get 10.1.0.9 from 10.1.0.1/24
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip route get 10.1.0.9 from 10.1.0.1/32
  10.1.0.9 from 10.1.0.1 dev a0 uid 0 
      cache 
  $ ip route get 10.1.0.9 from 10.1.0.1/0
  Error: ipv4: rtm_src_len and rtm_dst_len must be 32 for IPv4.
  [2]
  $ ip route get 10.1.0.9 from 0.0.0.0/0
  Error: ipv4: rtm_src_len and rtm_dst_len must be 32 for IPv4.
  [2]
  $ ip route get 10.1.0.9 from default
  Error: ipv4: rtm_src_len and rtm_dst_len must be 32 for IPv4.
  [2]
  $ ip route get 10.1.0.9 from any
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.0/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.1.0.0 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.0/0
  Warning: /0 as prefix is invalid, only /32 (or none) is supported.
  10.1.0.0 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get default
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 0/0
  Warning: /0 as prefix is invalid, only /32 (or none) is supported.
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.1.0.9 as 10.1.0.5
  Error: ipv4: Unsupported attribute in route get request.
  [2]
  $ ip route get 10.1.0.9 as to 10.1.0.5
  Error: ipv4: Unsupported attribute in route get request.
  [2]
  $ ip route get 10.1.0.9 flowlabel 5
  Error: inet prefix is expected rather than "flowlabel".
  [1]
  $ ip route get 10.1.0.9 from 10.1.0.2/24 iif a0
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip route get 10.1.0.1 from 10.1.0.2 iif a0 as 10.1.0.5
  Error: ipv4: Unsupported attribute in route get request.
  [2]
  $ ip route get 10.1.0.9 from 10.1.0.1/24 fibmatch
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip route get 10.1.0.9 from 10.1.0.1/16 oif a0 mark 3
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip -j route get 10.1.0.9 from 10.1.0.1/24
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip route get 10.1.0.9 as
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 10.1.0.9 flowlabel x
  Error: inet prefix is expected rather than "flowlabel".
  [1]
  $ ip route get 10.1.0.9 flowlabel 0x100000
  Error: inet prefix is expected rather than "flowlabel".
  [1]
  $ ip route get as 10.1.0.5
  need at least a destination address
  [1]
