ip tunnel on a kernel built without the ipip, gre and sit drivers: show lists nothing, the ioctls of add, change and delete find no base device (No such device) or a device that is no tunnel (Operation not supported); iproute2's own parse errors.

  $ ip link add d0 type veth peer name e0
  $ ip tunnel; echo $?
  0
  $ ip tunnel show; echo $?
  0
  $ ip tunnel show t1; echo $?
  0
  $ ip tunnel show mode gre; echo $?
  get tunnel "gre0" failed: No such device
  1
  $ ip tunnel show d0 mode ipip; echo $?
  get tunnel "d0" failed: Operation not supported
  1
  $ ip tunnel add t1 mode ipip remote 1.2.3.4 local 10.0.0.1 ttl 64; echo $?
  add tunnel "tunl0" failed: No such device
  1
  $ ip tunnel add t2 mode gre remote 1.2.3.4 key 5; echo $?
  add tunnel "gre0" failed: No such device
  1
  $ ip tunnel add t3 mode sit remote 1.2.3.4; echo $?
  add tunnel "sit0" failed: No such device
  1
  $ ip tunnel add t4 mode vti remote 1.2.3.4; echo $?
  add tunnel "ip_vti0" failed: No such device
  1
  $ ip tunnel add t5 mode isatap; echo $?
  add tunnel "sit0" failed: No such device
  1
  $ ip tunnel add gre5 remote 1.2.3.4; echo $?
  add tunnel "gre0" failed: No such device
  1
  $ ip tunnel add t6 remote 1.2.3.4; echo $?
  cannot determine tunnel mode (ipip, gre, vti or sit)
  1
  $ ip tunnel add t7 mode foo; echo $?
  Unknown tunnel mode "foo"
  255
  $ ip tunnel add t8 mode ipip mode gre; echo $?
  You managed to ask for more than one tunnel mode.
  255
  $ ip tunnel add t9 mode ipip key 3; echo $?
  Keys are not allowed with ipip and sit tunnels
  1
  $ ip tunnel add t9 mode gre key x; echo $?
  invalid value for "key": "x"; it should be an unsigned integer
  255
  $ ip tunnel add t9 mode gre remote 1.2.3; echo $?
  add tunnel "gre0" failed: No such device
  1
  $ ip tunnel add t9 mode gre remote 239.1.1.1; echo $?
  A broadcast tunnel requires a source address
  1
  $ ip tunnel add t9 mode gre ttl 300; echo $?
  Error: argument "300" is wrong: invalid TTL
  
  255
  $ ip tunnel add t9 mode gre ttl 10 nopmtudisc; echo $?
  ttl != 0 and nopmtudisc are incompatible
  1
  $ ip tunnel add t9 mode gre tos bogus; echo $?
  Error: argument "bogus" is wrong: bad TOS value
  255
  $ ip tunnel add t9 mode gre tos inherit/0x10 dev nope; echo $?
  Cannot find device "nope"
  1
  $ ip tunnel add t9 mode gre dev; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip tunnel add t9 t10 mode gre; echo $?
  Error: either "name" is duplicate, or "t10" is a garbage.
  255
  $ ip tunnel add name abcdefghijklmnopq mode gre; echo $?
  Error: argument "abcdefghijklmnopq" is wrong: "name" not a valid ifname
  255
  $ ip tunnel change t1 ttl 3; echo $?
  get tunnel "t1" failed: No such device
  1
  $ ip tunnel change d0 ttl 3; echo $?
  get tunnel "d0" failed: Operation not supported
  1
  $ ip tunnel change mode gre ttl 3; echo $?
  add tunnel "gre0" failed: No such device
  1
  $ ip tunnel del t1; echo $?
  delete tunnel "t1" failed: No such device
  1
  $ ip tunnel del d0; echo $?
  delete tunnel "d0" failed: Operation not supported
  1
  $ ip tunnel del mode ipip; echo $?
  delete tunnel "tunl0" failed: No such device
  1
  $ ip tunnel frob; echo $?
  Command "frob" is unknown, try "ip tunnel help"
  255
  $ ip tunnel help; echo $?
  Usage: ip tunnel { add | change | del | show | prl | 6rd } [ NAME ]
          [ mode { gre | ipip | isatap | sit | vti } ]
          [ remote ADDR ] [ local ADDR ]
          [ [i|o]seq ] [ [i|o]key KEY ] [ [i|o]csum ]
          [ prl-default ADDR ] [ prl-nodefault ADDR ] [ prl-delete ADDR ]
          [ 6rd-prefix ADDR ] [ 6rd-relay_prefix ADDR ] [ 6rd-reset ]
          [ ttl TTL ] [ tos TOS ] [ [no]pmtudisc ] [ dev PHYS_DEV ]
  
  Where: NAME := STRING
         ADDR := { IP_ADDRESS | any }
         TOS  := { STRING | 00..ff | inherit | inherit/STRING | inherit/00..ff }
         TTL  := { 1..255 | inherit }
         KEY  := { DOTTED_QUAD | NUMBER }
  255
  $ ip tunl show; echo $?
  0
