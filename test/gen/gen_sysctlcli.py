import random, sys
# The sysctl(8) tool at random: option sets (-n -N -e -q -b -w -a -r --pattern
# -p FILE --values --names), keys of every kind (writable, read-only,
# write-only, unknown, directories, slash and glob forms, trailing dots),
# values valid and not (bounds, hex, octal, signs, blanks, several words),
# -p files of random lines, /proc/sys written by the shell; the exit status of each.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): sysctl(8) with random option sets over writable, read-only, write-only, unknown and directory keys in dotted, slash and glob forms, values valid and not (bounds, hex, octal, signs, blanks, several words), -p files of random lines, /proc/sys written by echo and printf; the exit status after each." % seed, ""]
def c(x): lines.append("  $ " + x)
# key -> values worth writing (the first ones valid)
KEYS = {
  'net.ipv4.ip_default_ttl': ['1', '64', '255', '0', '256'],
  'net.ipv4.conf.h0.rp_filter': ['0', '1', '2', '3'],
  'net.ipv4.conf.all.arp_ignore': ['0', '1', '8'],
  'net.ipv4.conf.default.arp_announce': ['0', '2'],
  'net.ipv4.conf.h0.tag': ['7', '-7', '2147483647', '-2147483648'],
  'net.ipv4.tcp_rmem': ["'4096 8192 16384'", "'1 2'", "'1 2 3 4'", "'0 0 0'"],
  'net.ipv4.ip_local_port_range': ["'40000 50000'", "'50000 40000'", "'1024 1024'", "'30000'", "'0 100'"],
  'net.core.somaxconn': ['128', '0', '-1'],
  'net.ipv4.neigh.h0.base_reachable_time_ms': ['30000', '1', '0'],
  'net.ipv4.neigh.default.retrans_time_ms': ['1000', '10'],
  'net.ipv4.route.min_pmtu': ['552', '68', '67', '65536'],
  'net.ipv4.icmp_ratelimit': ['1000', '0', '-5'],
  'net.ipv6.conf.h0.hop_limit': ['64', '1', '0', '255', '256'],
  'net.ipv4.ping_group_range': ["'0 0'", "'1 0'", "'0 2147483647'"],
  'net.ipv4.ip_local_reserved_ports': ["'40001,40003-40005'", "''", "'5-3'"],
  'net.ipv4.fib_multipath_hash_policy': ['0', '1', '3', '4'],
  'net.ipv4.conf.x0.forwarding': ['0', '1', '5'],
  'net.ipv4.ip_forward': ['0', '1'],
}
RO = ['net.ipv4.conf.h0.mc_forwarding', 'net.ipv4.conf.all.mc_forwarding']
WO = ['net.ipv4.route.flush']
UNKNOWN = ['net.ipv4.nosuch', 'net.ipv4.conf.zz0.rp_filter', 'net.nosuch.x', 'net.ipv4.conf.h0.nosuch']
DIRS = ['net.ipv4.conf.h0', 'net.ipv4.route', 'net.ipv4.neigh']
BAD = ["''", 'abc', '-1', '0x10', '010', '08', "' 5'", "'5 '", "'1 2'", '2147483648', '4294967296', '+3', '1a', '-']
PATTERNS = ["'^net\\.ipv4\\.conf\\.h0\\.(rp|arp)_'", "'conf\\.x0\\.forwarding'", "'ip_default_ttl'",
            "'^net\\.ipv4\\.route\\.m'", "'neigh\\.h0\\..*_ms$'", "'nosuchzz'", "'conf\\.(all|default)\\.arp_i'"]

def keyform(k):
    f = r.random()
    if f < 0.75: return k
    if f < 0.9: return k.replace('.', '/')
    return k + r.choice(['.', '/'])

def anykey():
    f = r.random()
    if f < 0.7: return r.choice(sorted(KEYS))
    if f < 0.8: return r.choice(RO)
    if f < 0.85: return r.choice(WO)
    if f < 0.95: return r.choice(UNKNOWN)
    return r.choice(DIRS)

def value(k):
    if k in KEYS and r.random() < 0.65: return r.choice(KEYS[k])
    return r.choice(BAD)

def opts():
    o = [x for x in ['-n', '-N', '-e', '-q'] if r.random() < 0.18]
    r.shuffle(o)
    return (" ".join(o) + " ") if o else ""

c("ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02")
touched = set()
nconf = 0
for step in range(r.randint(26, 34)):
    a = r.random()
    if a < 0.3:
        n = r.choice([1, 1, 1, 2, 3])
        args = []
        for _ in range(n):
            k = anykey()
            if k in KEYS: touched.add(k)
            if r.random() < 0.1:
                args.append(keyform(k))   # a read among the writes
            else:
                args.append("%s=%s" % (keyform(k), value(k)))
        w = '-w ' if r.random() < 0.8 else ''
        c("sysctl %s%s%s; echo rc=$?" % (opts(), w, " ".join(args)))
    elif a < 0.48:
        ks = [keyform(anykey()) for _ in range(r.choice([1, 1, 2, 3]))]
        b = r.random() < 0.12
        c("sysctl %s%s%s; echo%s rc=$?" % (opts(), '-b ' if b else '', " ".join(ks), ''))
    elif a < 0.58:
        pat = r.choice(PATTERNS)
        flag = r.choice(['-r', '--pattern'])
        extra = r.choice(['', '', '-N ', '-n ', '-e ', '--values ', '--names '])
        c("sysctl -a %s%s %s 2>&1 | sort; echo rc=${PIPESTATUS[0]}" % (extra, flag, pat))
    elif a < 0.78:
        nconf += 1
        ls = []
        for _ in range(r.randint(1, 4)):
            f = r.random()
            k = anykey()
            if k in KEYS: touched.add(k)
            if f < 0.55:
                sp = r.choice([' = ', '=', ' =', '= ', '\\t=\\t', '  =  '])
                ls.append("%s%s%s%s" % (r.choice(['', '', '-', ' ']), keyform(k).replace('/', '.') if r.random() < 0.8 else keyform(k), sp, value(k).strip("'")))
            elif f < 0.65:
                ls.append(r.choice(['# comment', '; other', '', '   ']))
            elif f < 0.75:
                ls.append('net.ipv4.conf.%s.%s = %s' % (r.choice(['*', 'h*', 'x?', '[hx]0', 'zz*']), r.choice(['rp_filter', 'arp_ignore', 'tag']), r.choice(['0', '1', '2', 'x'])))
                touched.add('net.ipv4.conf.h0.rp_filter')
            elif f < 0.85:
                ls.append(r.choice(['net.ipv4.ip_default_ttl', '= 5', 'junk line', 'net.ipv4.ip_default_ttl = 70 # c']))
            else:
                ls.append('%s = %s' % (k, value(k).strip("'")))
        end = '\\n' if r.random() < 0.85 else ''
        fmt = "\\n".join(x.replace('%', '%%') for x in ls) + end
        c("printf '%s' > c%d.conf; sysctl %s-p c%d.conf; echo rc=$?" % (fmt, nconf, opts(), nconf))
    elif a < 0.9:
        k = r.choice(sorted(KEYS) + RO + WO)
        if k in KEYS: touched.add(k)
        v = value(k).strip("'")
        p = '/proc/sys/' + k.replace('.', '/')
        if r.random() < 0.6:
            c("echo %s > %s; echo rc=$?; cat %s" % (v if v else "''", p, p))
        else:
            c("printf '%s%s' > %s; echo rc=$?; cat %s" % (v, r.choice(['', '\\n', ' ', '\\t\\n', '\\n\\n']), p, p))
    else:
        c("sysctl %s%s; echo rc=$?" % (r.choice(['--values ', '--names ', '-N ', '-n ']), " ".join(keyform(k) for k in r.sample(sorted(KEYS), 2))))
c("sysctl " + " ".join(sorted(touched | {'net.ipv4.conf.h0.rp_filter'})))
c("ip -4 netconf show dev h0")
print("\n".join(lines))
