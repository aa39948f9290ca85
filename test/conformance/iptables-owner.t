The owner match (xt_owner): --uid-owner/--gid-owner numbers, names and ranges, --socket-exists, inversion, --suppl-groups; only on OUTPUT/POSTROUTING; parse errors; counters of locally generated pings, their kernel replies and a TCP reset.
  $ ip link set lo up
  $ iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
  $ iptables -A OUTPUT -m owner --gid-owner 0-10 -j ACCEPT
  $ iptables -A OUTPUT -m owner ! --uid-owner 65534 -j ACCEPT
  $ iptables -A OUTPUT -m owner --socket-exists -j ACCEPT
  $ iptables -A OUTPUT -m owner ! --socket-exists -j ACCEPT
  $ iptables -A OUTPUT -m owner --uid-owner 1000-2000 -j ACCEPT
  $ iptables -A OUTPUT -m owner --uid-owner root --gid-owner root -j ACCEPT
  $ iptables -A OUTPUT -m owner --gid-owner 0 --suppl-groups -j ACCEPT
  $ iptables -A OUTPUT -m owner --socket-exists --uid-owner 0 -j ACCEPT
  $ ping -c 2 -i 0.2 127.0.0.1 > /dev/null; echo $?
  0
  $ iptables -L OUTPUT -n -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 0
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner GID match 0-10
      2   168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner UID match 65534
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner socket exists
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 1000-2000
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 0 owner GID match 0
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner GID match 0 incl. suppl. groups
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists owner UID match 0
  $ iptables -L OUTPUT
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             owner UID match root
  ACCEPT     all  --  anywhere             anywhere             owner GID match 0-10
  ACCEPT     all  --  anywhere             anywhere             ! owner UID match nobody
  ACCEPT     all  --  anywhere             anywhere             owner socket exists
  ACCEPT     all  --  anywhere             anywhere             ! owner socket exists
  ACCEPT     all  --  anywhere             anywhere             owner UID match 1000-2000
  ACCEPT     all  --  anywhere             anywhere             owner UID match root owner GID match root
  ACCEPT     all  --  anywhere             anywhere             owner GID match root incl. suppl. groups
  ACCEPT     all  --  anywhere             anywhere             owner socket exists owner UID match root
  $ iptables -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
  -A OUTPUT -m owner --gid-owner 0-10 -j ACCEPT
  -A OUTPUT -m owner ! --uid-owner 65534 -j ACCEPT
  -A OUTPUT -m owner --socket-exists -j ACCEPT
  -A OUTPUT -m owner ! --socket-exists -j ACCEPT
  -A OUTPUT -m owner --uid-owner 1000-2000 -j ACCEPT
  -A OUTPUT -m owner --uid-owner 0 --gid-owner 0 -j ACCEPT
  -A OUTPUT -m owner --gid-owner 0 --suppl-groups -j ACCEPT
  -A OUTPUT -m owner --socket-exists --uid-owner 0 -j ACCEPT
  $ iptables -Z
  $ nc -z 127.0.0.1 9; echo $?
  1
  $ iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 0
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner GID match 0-10
         1       40 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner UID match 65534
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner socket exists
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 1000-2000
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 0 owner GID match 0
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner GID match 0 incl. suppl. groups
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists owner UID match 0
  $ iptables -F
  $ iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A FORWARD -m owner --uid-owner 0 -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ iptables -t nat -A POSTROUTING -m owner --uid-owner 0 -j ACCEPT
  $ iptables -t nat -A PREROUTING -m owner --uid-owner 0 -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t mangle -A POSTROUTING -m owner ! --gid-owner 3 -j ACCEPT
  $ iptables -N out
  $ iptables -A out -m owner --uid-owner 0 -j ACCEPT
  $ iptables -A INPUT -j out
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A OUTPUT -j out
  $ iptables -A OUTPUT -m owner -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: At least one of --uid-owner, --gid-owner or --socket-exists is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --uid-owner nosuchuser -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: Bad value for "--uid-owner" option: "nosuchuser"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --gid-owner nosuchgroup -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: Bad value for "--gid-owner" option: "nosuchgroup"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --uid-owner 5-2 -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -m owner --uid-owner 4294967295 -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: Bad value for "--uid-owner" option: "4294967295"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --uid-owner 4294967294 -j ACCEPT
  $ iptables -A OUTPUT -m owner ! --suppl-groups -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: option "--suppl-groups" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --suppl-groups -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: Bad value for "--suppl-groups" option: "you need to use --gid-owner first"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --uid-owner 0 --uid-owner 1 -j ACCEPT
  iptables v1.8.9 (nf_tables): owner: option "--uid-owner" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --pid-owner 1 -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown option "--pid-owner"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -m owner ! --gid-owner 3 -j ACCEPT
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :out - [0:0]
  -A OUTPUT -j out
  -A OUTPUT -m owner --uid-owner 4294967294 -j ACCEPT
  -A out -m owner --uid-owner 0 -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -m owner --uid-owner 0 -j ACCEPT
  COMMIT
