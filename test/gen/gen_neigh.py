import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential sequence (seed %d) of ip neigh add/replace/change/del/flush/show with nud states, proxy entries, filters and output forms." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20")
c("ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21")
c("ip addr add 10.0.0.1/24 dev d0; ip addr add 10.0.1.1/24 dev d1; ip link set d0 up; ip link set d1 up")
addrs = ['10.0.0.%d' % i for i in (2, 3, 4, 200)] + ['10.0.1.5', '10.9.9.9', '10.0.0.255', '224.0.0.5', '0.0.0.0', '127.0.0.1']
macs = ['02:00:00:00:aa:%02x' % i for i in range(1, 6)] + ['00:00:00:00:00:00', 'ff:ff:ff:ff:ff:ff', '01:00:5e:00:00:01', '02:00:00:00:aa', 'zz:00:00:00:00:00']
nuds = ['permanent', 'noarp', 'reachable', 'stale', 'none', 'incomplete', 'delay', 'probe', 'failed', 'bogus']
for i in range(r.randint(8, 16)):
    k = r.random()
    d = r.choice(['d0', 'd1', 'd0', 'e0', 'lo', 'nodev'])
    a = r.choice(addrs)
    if k < 0.35:
        opt = []
        if r.random() < 0.85: opt.append('lladdr ' + r.choice(macs))
        if r.random() < 0.8: opt.append('nud ' + r.choice(nuds))
        if r.random() < 0.1: opt.append('router')
        if r.random() < 0.1: opt.append('extern_learn')
        if r.random() < 0.05: opt.append('use')
        c("ip neigh %s %s dev %s %s; echo $?" % (r.choice(['add', 'add', 'replace', 'change']), a, d, ' '.join(opt)))
    elif k < 0.45:
        c("ip neigh add proxy %s dev %s; echo $?" % (a, d))
    elif k < 0.6:
        c("ip neigh del %s dev %s; echo $?" % (a, d))
    elif k < 0.66:
        c("ip neigh del proxy %s dev %s; echo $?" % (a, d))
    elif k < 0.72:
        c("ip neigh flush %s; echo $?" % r.choice(['dev d0', 'dev d1', 'all', 'nud permanent', 'to 10.0.0.0/24', 'nud all', 'dev d0 nud stale', '', 'proxy']))
    elif k < 0.8:
        c("ip link set %s %s" % (r.choice(['d0', 'd1']), r.choice(['down', 'up', 'arp off', 'arp on', 'address 02:00:00:00:00:99'])))
    elif k < 0.85:
        c("ip addr flush dev %s" % r.choice(['d0', 'd1']))
    else:
        c("ip neigh show %s | sort" % r.choice(['', 'dev d0', 'nud permanent', 'nud noarp', 'nud stale', 'nud all', 'proxy', 'to 10.0.0.0/24', 'dev d1 nud all', 'nud failed', 'nud incomplete', 'router']))
c("ip neigh show nud all | sort")
c("ip neigh show proxy")
c("ip -j neigh show nud permanent | tr ',' '\\n' | sort | uniq -c | sort -k2 | head -20")
c("ip -br neigh show | sort; ip -o neigh show | sort")
print("\n".join(lines))
