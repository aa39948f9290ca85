import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential sequence (seed %d) of macvlan configuration: add with modes, flags (nopromisc, nodst), bcqueuelen, macaddr lists, addresses and MTUs; change mode/flags/bcqueuelen/macaddr, set MAC (also to a sibling's or the lower's), nest, move and delete the lower; ip -d link of each, the lower's promiscuity and unicast filter, ip -j details." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up; ip link set x0 up")
names = []
macs = ['02:00:00:00:0a:%02d' % i for i in range(1, 6)] + ['02:00:00:00:01:00', '02:00:00:00:02:00']
def det(n):
    return "ip -d link show %s | sed -n '3p' | sed 's/ addrgenmode.*//'; ip -d link show %s | grep -o 'macaddr.*' ; true" % (n, n)
for i in range(r.randint(8, 14)):
    k = r.random()
    if k < 0.35 or not names:
        n = 'mv%d' % i
        low = r.choice(['e0', 'e0', 'e0'] + names[:2])
        mode = r.choice(['private', 'vepa', 'bridge', 'passthru', 'source', 'bridge'])
        opts = ''
        if r.random() < 0.3: opts += ' address ' + r.choice(macs)
        if r.random() < 0.15: opts += ' mtu ' + str(r.choice([1400, 1500, 1600]))
        extra = ''
        if r.random() < 0.2: extra += ' ' + r.choice(['nopromisc', 'nodst', 'flag nopromisc'])
        if r.random() < 0.2: extra += ' bcqueuelen %d' % r.choice([0, 1, 100, 5000])
        if mode == 'source' and r.random() < 0.6: extra += ' macaddr add ' + r.choice(macs)
        c("ip link add %s link %s%s type macvlan mode %s%s; echo $?" % (n, low, opts, mode, extra))
        names.append(n)
    elif k < 0.5:
        n = r.choice(names)
        c("ip link set %s type macvlan %s; echo $?" % (n, r.choice(['mode private', 'mode vepa', 'mode bridge', 'mode passthru', 'mode source', 'nopromisc', 'bcqueuelen 7', 'bcqueuelen 2000', 'macaddr add 02:00:00:00:0b:01', 'macaddr del 02:00:00:00:0b:01', 'macaddr flush', 'macaddr set 02:00:00:00:0b:02 02:00:00:00:0b:03', 'mode source nodst', 'mode bridge flag nopromisc'])))
    elif k < 0.6:
        n = r.choice(names)
        c("ip link set %s address %s; echo $?" % (n, r.choice(macs)))
    elif k < 0.68:
        n = r.choice(names)
        c("ip link set %s %s; echo $?" % (n, r.choice(['up', 'down', 'mtu 1400', 'mtu 1501', 'promisc on', 'allmulticast on'])))
    elif k < 0.74:
        c("ip link set e0 %s; echo $?" % r.choice(['down', 'up', 'mtu 1300', 'address 02:00:00:00:01:99', 'promisc off']))
    elif k < 0.8:
        n = r.choice(names)
        c("ip link del %s; echo $?" % n)
    else:
        n = r.choice(names)
        c(det(n))
c("ip -d link show e0 | grep -o 'promiscuity [0-9]*'; ip link show e0 | head -1")
c("ip -o link show type macvlan | sed 's/\\\\ *link.*//'")
c("ip -d -o link show type macvlan | grep -o '^[0-9]*: [^:]*\\|macvlan mode [a-z]*\\( [a-z]*\\)\\?\\( bcqueuelen [0-9]* usedbcqueuelen [0-9]*\\)\\?'")
c("bridge fdb show dev e0 | grep -v '^33:33\\|^01:00:5e'")
print("\n".join(lines))
