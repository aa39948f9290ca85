/**
 * The two-host lab the socket tests and the TCP bench share: namespaces a
 * and b on one veth pair (10.0.0.1/24 ↔ 10.0.0.2/24, fixed MACs), with
 * permanent neighbours so no ARP exchange shows in what they measure.
 */
export const VETH_PAIR_SETUP = `
ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0 nud permanent
ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent
`;
