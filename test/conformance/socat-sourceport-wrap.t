socat's sourceport= is an option of TYPE_2BYTE: strtoul()'s value kept in 16 bits, so sp=-1 binds port 65535 and sp=65536 port 0; the datagram to a closed port comes back refused either way.
  $ ip link set lo up
  $ echo hi | socat - UDP:127.0.0.1:9,sp=-1 2>&1 | sed -E 's/^.* E read\(5, 0x[0-9a-f]+, /E read(5, PTR, /'; echo ${PIPESTATUS[1]}
  E read(5, PTR, 8192): Connection refused
  1
  $ echo hi | socat - UDP:127.0.0.1:9,sp=65536 2>&1 | sed -E 's/^.* E read\(5, 0x[0-9a-f]+, /E read(5, PTR, /'; echo ${PIPESTATUS[1]}
  E read(5, PTR, 8192): Connection refused
  1
  $ echo hi | socat -d -d - UDP:127.0.0.1:9,sp=65537 2>&1 | grep -o 'local address .*'
  local address AF=2 127.0.0.1:1
  $ echo hi | socat -d -d - UDP:127.0.0.1:9,sp=-2 2>&1 | grep -o 'local address .*'
  local address AF=2 127.0.0.1:65534
