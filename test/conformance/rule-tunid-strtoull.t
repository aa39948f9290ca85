ip rule tun_id takes get_be64() (strtoull: a "-N" wraps modulo 2^64).
  $ ip rule add tun_id -1 table 5; echo $?
  0
  $ ip rule add tun_id -0x10 table 6; echo $?
  0
  $ ip rule show | grep tun
  32764:	from all tun_id 18446744073709551600 lookup 6
  32765:	from all tun_id 18446744073709551615 lookup 5
