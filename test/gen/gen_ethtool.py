import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential sequence (seed %d) of ethtool -K on veth, bridge ports, a bridge and a macvlan, with -k after each change." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add v0 type veth peer name v1")
c("ip link add v2 type veth peer name v3")
c("ip link add brx type bridge")
c("ip link add mv0 link v1 type macvlan")
devs = ['v0', 'v1', 'v2', 'brx', 'mv0', 'lo']
feats = ['tso', 'gso', 'gro', 'sg', 'tx', 'rx', 'lro', 'txvlan', 'rxvlan', 'ntuple', 'rxhash', 'ufo',
         'tx-tcp-segmentation', 'tx-tcp6-segmentation', 'tx-tcp-ecn-segmentation', 'tx-tcp-mangleid-segmentation',
         'tx-tcp-accecn-segmentation', 'tx-checksum-ip-generic', 'tx-checksum-ipv4', 'tx-checksum-sctp',
         'tx-scatter-gather', 'tx-scatter-gather-fraglist', 'tx-generic-segmentation', 'rx-gro', 'rx-gro-list',
         'rx-udp-gro-forwarding', 'tx-nocache-copy', 'highdma', 'tx-udp-segmentation', 'tx-gso-list', 'tx-sctp-segmentation',
         'tx-gso-robust', 'tx-fcoe-segmentation', 'tx-gre-segmentation', 'tx-udp_tnl-segmentation', 'tx-vlan-stag-hw-insert',
         'rx-vlan-stag-hw-parse', 'loopback', 'rx-fcs', 'rx-all', 'vlan-challenged', 'rx-checksum', 'tx-gso-partial',
         'generic-segmentation-offload', 'scatter-gather', 'bogus-feature']
for i in range(r.randint(8, 14)):
    k = r.random()
    if k < 0.65:
        d = r.choice(devs)
        args = " ".join("%s %s" % (f, r.choice(['on', 'off'])) for f in r.sample(feats, r.randint(1, 3)))
        c("ethtool -K %s %s; echo $?" % (d, args))
    elif k < 0.8:
        c("ip link set %s %s; echo $?" % (r.choice(['v0', 'v2', 'v3']), r.choice(['master brx', 'nomaster'])))
    else:
        c("ethtool -k %s | grep -v fixed" % r.choice(devs))
for d in devs:
    c("ethtool -k %s | grep -v fixed" % d)
print("\n".join(lines))
