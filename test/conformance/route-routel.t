routel (iproute2 6.1's Python script over ip -j route list): all tables by default, one table, family options, its usage, and the traceback when ip fails.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add default via 10.0.0.2
  $ ip route add 20.0.0.0/8 via 10.0.0.3 table 5
  $ routel
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  20.0.0.0/8      10.0.0.3                                         a0               5
  default         10.0.0.2                                         a0               
  10.0.0.0/24                     10.0.0.1        kernel   link    a0               
  10.0.0.1                        10.0.0.1        kernel   host    a0               local
  10.0.0.255                      10.0.0.1        kernel   link    a0               local
  $ routel 5
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  20.0.0.0/8      10.0.0.3                                         a0               
  $ routel main
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  default         10.0.0.2                                         a0               
  10.0.0.0/24                     10.0.0.1        kernel   link    a0               
  $ routel -4 254
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  default         10.0.0.2                                         a0               
  10.0.0.0/24                     10.0.0.1        kernel   link    a0               
  $ routel 77
  Error: ipv4: FIB table does not exist.
  Dump terminated
  Traceback (most recent call last):
    File "/usr/bin/routel", line 62, in <module>
      main()
    File "/usr/bin/routel", line 46, in main
      tbl = json.load(process.stdout)
            ^^^^^^^^^^^^^^^^^^^^^^^^^
    File "/usr/lib/python3.11/json/__init__.py", line 293, in load
      return loads(fp.read(),
             ^^^^^^^^^^^^^^^^
    File "/usr/lib/python3.11/json/__init__.py", line 346, in loads
      return _default_decoder.decode(s)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^
    File "/usr/lib/python3.11/json/decoder.py", line 337, in decode
      obj, end = self.raw_decode(s, idx=_w(s, 0).end())
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode
      raise JSONDecodeError("Expecting value", s, err.value) from None
  json.decoder.JSONDecodeError: Expecting value: line 1 column 2 (char 1)
  [1]
  $ routel -h
  Usage: /usr/bin/routel [tablenr [raw ip args...]]
  [64]
  $ routel -x
  option -x not recognized
  Usage: /usr/bin/routel [tablenr [raw ip args...]]
  [64]
  $ routel -6
  Dst                              Gateway                          Prefsrc                          Protocol Scope   Dev              Table
  $ routel 5 dev a0
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  20.0.0.0/8      10.0.0.3                                                          
