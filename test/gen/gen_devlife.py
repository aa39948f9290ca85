import random, sys
# IPv4 state over a device's life: addresses with labels, renames, MTUs under
# and over 68 (lo), conf writes, promote_secondaries, deletes; ip -4 monitor
# address route netconf throughout, the addresses, routes and conf after.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): a device's IPv4 life (addresses with labels, renames, lo's MTU under and over 68, conf writes, promote_secondaries, address deletes and flushes) under ip -4 monitor address route netconf; labels, routes and conf after." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20")
c("ip link set d0 up; ip link set e0 up; ip link set lo up; ip netns add x")
c("ip -4 monitor address route netconf > mon 2>&1 & sleep 0.3")
names = ['d0', 'lo']
pool = iter(['f1', 'g2', 'h3', 'longname12345', 'abcdefghij1234', 'k5', 'p6', 'q7', 'u8', 'w9'])
nets = ['10.0.0', '10.0.1', '192.168.5']
def addr():
    return "%s.%d/%d" % (r.choice(nets), r.choice([1, 2, 3, 9]), r.choice([24, 24, 25, 32]))
for i in range(r.randint(12, 20)):
    d = r.choice(names[:1] * 4 + names[1:])
    k = r.random()
    if k < 0.35:
        lab = ""
        if r.random() < 0.4:
            lab = " label %s:%s" % (d, r.choice(['0', '1', 'x', 'web', 'abcdefghij']))
        c("ip addr add %s dev %s%s; echo $?" % (addr(), d, lab))
    elif k < 0.45:
        c("ip addr del %s dev %s; echo $?" % (addr(), d))
    elif k < 0.57:
        n = next(pool, None)
        if n is None or d == 'lo': continue
        c("ip link set %s down; ip link set %s name %s; ip link set %s up; echo $?" % (d, d, n, n))
        names[names.index(d)] = n
    elif k < 0.65:
        c("ip link set lo mtu %d; echo $?" % r.choice([60, 67, 68, 1500, 65536]))
    elif k < 0.75:
        c("sysctl -qw net.ipv4.conf.%s.%s=%d; echo $?" % (r.choice([d, 'all', 'default']), r.choice(['promote_secondaries', 'rp_filter', 'proxy_arp', 'forwarding']), r.randint(0, 1)))
    elif k < 0.82:
        c("ip addr flush dev %s %s; echo $?" % (d, r.choice(["", "secondary", "label %s:*" % d, "to 10.0.0.0/24"])))
    elif k < 0.85:
        c("ip link set lo %s" % r.choice(['down', 'up']))
    elif k < 0.9 and d != 'lo':
        # there and back: the device comes home without addresses, its conf from default (the shell's $$ names this namespace)
        c("ip link set %s netns x; ip -n x link set %s netns $$; ip link set %s up; echo $?" % (d, d, d))
    else:
        c("ip -4 addr show dev %s | grep inet" % d)
c("sleep 0.3; kill %1; sleep 0.2; sed 's/ *valid_lft.*//' mon | grep -v '^ *$'")
c("ip -4 -o addr show | sed 's/\\\\ *valid_lft.*//'")
c("ip -4 route show table all | sort")
c("sysctl -a -r 'net\\.ipv4\\.conf\\.[^.]*\\.(rp_filter|proxy_arp|forwarding|promote_secondaries|disable_xfrm)$' 2>&1")
print("\n".join(lines))
