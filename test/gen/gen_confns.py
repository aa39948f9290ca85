import random, sys
# gen_conf.py across namespaces: devices made in, and moved between, the
# transcript's namespace and two more (x, y); each namespace's all/default.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): writes to conf/all, conf/default and conf/DEV of random IPv4 knobs in three namespaces (the first one's and two made by ip netns add), veth pairs made across them and devices moved between x and y (a moved device starts again from its new namespace's default); reads of every set in every namespace, ip -4 netconf." % seed, ""]
def c(x): lines.append("  $ " + x)
KEYS = {
  'forwarding': [0, 1], 'rp_filter': [0, 1, 2], 'accept_redirects': [0, 1], 'send_redirects': [0, 1],
  'proxy_arp': [0, 1], 'accept_local': [0, 1], 'log_martians': [0, 1], 'tag': [0, 7],
  'arp_ignore': [0, 2], 'route_localnet': [0, 1], 'promote_secondaries': [0, 1], 'disable_policy': [0, 1],
  'ignore_routes_with_linkdown': [0, 1], 'bc_forwarding': [0, 1], 'shared_media': [0, 1], 'medium_id': [-1, 2],
}
hot = sorted(set(r.sample(sorted(KEYS), 3) + ['forwarding', 'rp_filter']))
NS = ['', 'x', 'y']
where = {'lo': ''}   # device -> namespace ('' is the first one); each namespace has its own lo
peer = {}
mac = [0x20]
def ex(ns):
    return "ip netns exec %s " % ns if ns else ""
def newmac():
    mac[0] += 1
    return "02:00:00:00:00:%02x" % mac[0]
names = iter(['a0', 'b0', 'c0', 'e0', 'f0', 'g0', 'h0', 'i0', 'j0', 'k0', 'p0', 'q0', 'u0', 'w0', 'z0'])
c("ip netns add x; ip netns add y")
def devs_in(ns):
    return [d for d, n in where.items() if n == ns and d != 'lo']
def read(ns, keys):
    sets = ['all', 'default', 'lo'] + devs_in(ns)
    c(ex(ns) + "sysctl " + " ".join("net.ipv4.conf.%s.%s" % (s, k) for k in keys for s in sets))
def mkveth():
    a = next(names, None); b = next(names, None)
    if b is None: return
    na, nb = r.choice(NS), r.choice(NS)
    c("ip link add %s%s address %s type veth peer name %s%s address %s" % (
        a, " netns " + na if na else "", newmac(), b, " netns " + nb if nb else "", newmac()))
    where[a] = na; where[b] = nb; peer[a] = b; peer[b] = a
mkveth()
for step in range(r.randint(20, 30)):
    a = r.random()
    if a < 0.42:
        ns = r.choice(NS)
        tgt = r.choice(['all', 'default', 'default', 'lo'] + devs_in(ns))
        k = r.choice(hot if r.random() < 0.8 else sorted(KEYS))
        c(ex(ns) + "sysctl -w net.ipv4.conf.%s.%s=%d" % (tgt, k, r.choice(KEYS[k])))
    elif a < 0.48:
        c(ex(r.choice(NS)) + "sysctl -w net.ipv4.ip_forward=%d" % r.choice([0, 1]))
    elif a < 0.58 and len(where) < 9:
        mkveth()
    elif a < 0.68:
        movable = [d for d, n in where.items() if n in ('x', 'y') and d != 'lo']
        if not movable: continue
        d = r.choice(movable)
        to = 'y' if where[d] == 'x' else 'x'
        c("ip -n %s link set %s netns %s" % (where[d], d, to))
        where[d] = to
    elif a < 0.72:
        gone = [d for d in where if d != 'lo']
        if len(gone) < 3: continue
        d = r.choice(gone)
        c((("ip -n %s " % where[d]) if where[d] else "ip ") + "link del %s" % d)
        for x in (d, peer.get(d)):
            where.pop(x, None)
    elif a < 0.9:
        read(r.choice(NS), r.sample(hot, r.randint(1, 2)))
    else:
        ns = r.choice(NS)
        c((("ip -n %s " % ns) if ns else "ip ") + "-4 netconf")
for ns in NS:
    read(ns, hot)
print("\n".join(lines))
