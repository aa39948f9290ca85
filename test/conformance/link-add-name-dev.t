ip link add naming the new device twice, by "name" and by a bare word or "dev": alike is one name, different names are refused (iplink_parse(): "both "name" and "dev" cannot be used when creating devices.", exit 255), for veth's peer too.

  $ ip link add v1 type veth peer name v2; echo $?
  0
  $ ip link add dev v3 type veth peer name v4; echo $?
  0
  $ ip link add name v5 v5 type veth peer name v6; echo $?
  0
  $ ip link add v7 name v7 type veth peer name v8; echo $?
  0
  $ ip link add name name v9 type veth; echo $?
  both "name" and "dev" cannot be used when creating devices.
  255
  $ ip link add name v10 dev v10 type veth peer name v20; echo $?
  0
  $ ip link add name v11 dev v12 type veth; echo $?
  both "name" and "dev" cannot be used when creating devices.
  255
  $ ip link add name v13 type veth peer name name v14; echo $?
  both "name" and "dev" cannot be used when creating devices.
  255
  $ ip link add name v15 type veth peer v16; echo $?
  0
  $ ip link add name v17 type veth peer dev v18 name v18; echo $?
  0
  $ ip link add name v21 type veth peer v22 name v23; echo $?
  both "name" and "dev" cannot be used when creating devices.
  255
  $ ip link set v1 name v31 dev v1; echo $?
  Error: either "dev" is duplicate, or "v1" is a garbage.
  255
  $ ip -br link | sort | cut -d' ' -f1
  lo
  v10@v20
  v15@v16
  v16@v15
  v17@v18
  v18@v17
  v1@v2
  v20@v10
  v2@v1
  v3@v4
  v4@v3
  v5@v6
  v6@v5
  v7@v8
  v8@v7
