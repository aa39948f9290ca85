nft fib expressions as written and listed: keys joined by "." (one of saddr and daddr, not both iif and oif, duplicates merged, printed in flag order), results oif (a device by name or index, printed by name while it exists), oifname (a trailing * for a prefix), type (a route type name or number, or a set); "exists"/"missing" only with oif (EINVAL for oifname and type on 6.18; a refused rule still took its handle, one refused by validation two, its batch being replayed); the hooks each may run at (nft_fib_validate(): oif/oifname in prerouting, input and forward; type with iif not after routing, with oif not before it), checked again when a jump makes a chain reachable; the parse errors and where nft points.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ nft add table ip t
  $ nft add chain ip t pre '{ type filter hook prerouting priority 0; }'
  $ nft add chain ip t out '{ type filter hook output priority 0; }'
  $ nft add chain ip t in '{ type filter hook input priority 0; }'
  $ nft add chain ip t post '{ type filter hook postrouting priority 0; }'
  $ nft add chain ip t sub
  $ nft add rule ip t pre fib daddr oif '"a0"'
  $ nft add rule ip t pre fib daddr oif a0
  $ nft add rule ip t pre fib daddr oif 3
  $ nft add rule ip t pre fib daddr oif 77
  $ nft add rule ip t pre fib daddr oif '"nosuch"'
  Error: Interface does not exist
  add rule ip t pre fib daddr oif "nosuch"
                                  ^^^^^^^^
  [1]
  $ nft add rule ip t pre fib daddr oifname a0
  $ nft add rule ip t pre fib daddr oifname '"a*"'
  $ nft add rule ip t pre fib daddr type 9
  $ nft add rule ip t pre fib daddr type 12
  $ nft add rule ip t pre fib daddr type != { local, unicast }
  $ nft add rule ip t pre fib saddr . iif oif != missing
  $ nft add rule ip t pre fib saddr . iif oif exists
  $ nft add rule ip t pre fib saddr . iif oifname missing
  Error: Could not process rule: Invalid argument
  add rule ip t pre fib saddr . iif oifname missing
                    ^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre fib saddr . iif oifname != exists
  Error: Could not process rule: Invalid argument
  add rule ip t pre fib saddr . iif oifname != exists
                    ^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre fib iif . saddr . mark oif eq 0
  $ nft add rule ip t pre fib saddr . iif . oif type local
  Error: fib: iif and oif are mutually exclusive
  add rule ip t pre fib saddr . iif . oif type local
                        ^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre fib saddr . saddr oif 0
  $ nft add rule ip t pre fib saddr type missing
  Error: Could not process rule: Invalid argument
  add rule ip t pre fib saddr type missing
                    ^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre fib saddr type bogus
  Error: Could not parse fib address type
  add rule ip t pre fib saddr type bogus
                                   ^^^^^
  [1]
  $ nft add rule ip t pre fib saddr oif bogus
  Error: Interface does not exist
  add rule ip t pre fib saddr oif bogus
                                  ^^^^^
  [1]
  $ nft add rule ip t pre fib saddr
  Error: syntax error, unexpected newline, expecting type or oif or oifname
  add rule ip t pre fib saddr
                             ^
  [1]
  $ nft add rule ip t pre fib saddr . iif type blackhole
  $ nft add rule ip t pre fib saddr . iif oif missing
  $ nft add rule ip t out fib saddr . iif oif missing
  Error: Could not process rule: Operation not supported
  add rule ip t out fib saddr . iif oif missing
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t out fib daddr oif missing
  Error: Could not process rule: Operation not supported
  add rule ip t out fib daddr oif missing
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t out fib daddr . oif type local
  $ nft add rule ip t out fib daddr . oif oif missing
  Error: Could not process rule: Invalid argument
  add rule ip t out fib daddr . oif oif missing
                    ^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t in fib daddr oif missing
  $ nft add rule ip t in fib daddr . iif oif missing
  $ nft add rule ip t post fib daddr . oif type unicast
  $ nft add rule ip t post fib daddr . iif type unicast
  Error: Could not process rule: Operation not supported
  add rule ip t post fib daddr . iif type unicast
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t sub fib daddr oif missing
  $ nft add rule ip t out jump sub
  Error: Could not process rule: Operation not supported
  add rule ip t out jump sub
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre jump sub
  $ nft list table ip t
  table ip t {
  	chain pre {
  		type filter hook prerouting priority filter; policy accept;
  		fib daddr oif "a0"
  		fib daddr oif "a0"
  		fib daddr oif "a0"
  		fib daddr oif 77
  		fib daddr oifname "a0"
  		fib daddr oifname "a*"
  		fib daddr type 9
  		fib daddr type 12
  		fib daddr type != { unicast, local }
  		fib saddr . iif oif != missing
  		fib saddr . iif oif exists
  		fib saddr . mark . iif oif 0
  		fib saddr oif 0
  		fib saddr . iif type blackhole
  		fib saddr . iif oif missing
  		jump sub
  	}
  
  	chain out {
  		type filter hook output priority filter; policy accept;
  		fib daddr . oif type local
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		fib daddr oif missing
  		fib daddr . iif oif missing
  	}
  
  	chain post {
  		type filter hook postrouting priority filter; policy accept;
  		fib daddr . oif type unicast
  	}
  
  	chain sub {
  		fib daddr oif missing
  	}
  }
  $ nft add rule ip t in fib daddr . iif type local counter
  $ nft add rule ip t in fib daddr . oif type local counter
  Error: Could not process rule: Operation not supported
  add rule ip t in fib daddr . oif type local counter
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  [1]
  $ nft add rule ip t pre fib daddr type '{ local, bogus }'
  Error: Could not parse fib address type
  add rule ip t pre fib daddr type { local, bogus }
                                            ^^^^^
  [1]
  $ nft add rule ip t pre fib daddr oif eq 0
  $ nft add rule ip t pre fib daddr oif == 0
  $ ip link del a0
  $ nft list chain ip t pre
  table ip t {
  	chain pre {
  		type filter hook prerouting priority filter; policy accept;
  		fib daddr oif 3
  		fib daddr oif 3
  		fib daddr oif 3
  		fib daddr oif 77
  		fib daddr oifname "a0"
  		fib daddr oifname "a*"
  		fib daddr type 9
  		fib daddr type 12
  		fib daddr type != { unicast, local }
  		fib saddr . iif oif != missing
  		fib saddr . iif oif exists
  		fib saddr . mark . iif oif 0
  		fib saddr oif 0
  		fib saddr . iif type blackhole
  		fib saddr . iif oif missing
  		jump sub
  		fib daddr oif 0
  		fib daddr oif 0
  	}
  }
  $ nft -a list chain ip t in
  table ip t {
  	chain in { # handle 3
  		type filter hook input priority filter; policy accept;
  		fib daddr oif missing # handle 31
  		fib daddr . iif oif missing # handle 32
  		fib daddr . iif type local counter packets 0 bytes 0 # handle 40
  	}
  }
  $ nft -a list chain ip t out
  table ip t {
  	chain out { # handle 2
  		type filter hook output priority filter; policy accept;
  		fib daddr . oif type local # handle 29
  	}
  }
