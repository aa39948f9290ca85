getaddrinfo refusals of host names before any DNS query (glibc res_hnok(): a label of other than letters, digits, - and _, an empty label, a leading -) say "Name or service not known"; valid names that reach the unreachable resolver "Temporary failure in name resolution".
  $ ip netns add s
  $ for h in ':::' '2001:db8:::1' 'a:b' 'a_b.invalid' 'a-.invalid' 'x.-a' '-x.y' 'a*b' 'a..b' '.a' 'ab.' '_x' 'x/y'; do ip netns exec s ping -c 1 -W 1 -- "$h" 2>&1 | head -1; done
  ping: :::: Name or service not known
  ping: 2001:db8:::1: Name or service not known
  ping: a:b: Name or service not known
  ping: a_b.invalid: Temporary failure in name resolution
  ping: a-.invalid: Temporary failure in name resolution
  ping: x.-a: Temporary failure in name resolution
  ping: -x.y: Name or service not known
  ping: a*b: Name or service not known
  ping: a..b: Name or service not known
  ping: .a: Name or service not known
  ping: ab.: Temporary failure in name resolution
  ping: _x: Temporary failure in name resolution
  ping: x/y: Name or service not known
  $ ip netns del s
