import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
# x: also nc -T/-M/-D, socat shut-*, ss filter expressions (autobound, fwmark, dev, left-to-right and/or) and /proc/net/snmp.
X = len(sys.argv) > 2 and 'x' in sys.argv[2]
lines = ["Random differential scenario (seed %d): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01")
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up")
c("ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno")
knobs = [
  ('a', 'net.ipv4.ip_local_port_range', ['"40000 40009"', '"40000 40000"', '"50000 50001"']),
  ('a', 'net.ipv4.tcp_syn_retries', ['1', '2']),
  ('b', 'net.ipv4.tcp_synack_retries', ['1', '0']),
  ('b', 'net.ipv4.icmp_ratelimit', ['0', '1000']),
  ('b', 'net.ipv4.ip_nonlocal_bind', ['0', '1']),
  ('a', 'net.ipv4.ip_nonlocal_bind', ['0', '1']),
  ('b', 'net.ipv4.tcp_syncookies', ['0', '1', '2']),
  ('b', 'net.ipv4.tcp_max_syn_backlog', ['1', '128']),
  ('a', 'net.ipv4.tcp_fin_timeout', ['1', '60']),
  ('b', 'net.ipv4.tcp_fin_timeout', ['1', '60']),
  ('a', 'net.ipv4.tcp_tw_reuse', ['0', '1', '2']),
  ('a', 'net.ipv4.ip_local_reserved_ports', ['40001', '40000-40005']),
  ('b', 'net.ipv4.tcp_abort_on_overflow', ['0', '1']),
  ('b', 'net.ipv4.icmp_ratemask', ['0', '6168']),
  ('a', 'net.ipv4.tcp_timestamps', ['0', '1']),
  ('b', 'net.ipv4.tcp_sack', ['0', '1']),
  ('b', 'net.ipv4.tcp_window_scaling', ['0', '1']),
  ('a', 'net.ipv4.tcp_ecn', ['0', '1', '2']),
  ('b', 'net.ipv4.udp_early_demux', ['0', '1']),
  ('b', 'net.ipv4.tcp_rfc1337', ['0', '1']),
]
for ns, k, vals in r.sample(knobs, r.randint(2, 6)):
    c("ip netns exec %s sysctl -w %s=%s" % (ns, k, r.choice(vals)))
ports = [5000, 5001, 5002, 5003, 5004]
fw = {}
for p in r.sample(ports, r.randint(0, 2)):
    proto = r.choice(['tcp', 'udp'])
    tgt = r.choice(['DROP', 'REJECT', 'REJECT --reject-with tcp-reset' if proto == 'tcp' else 'REJECT --reject-with icmp-host-unreachable',
                    'REJECT --reject-with icmp-port-unreachable', 'REJECT --reject-with icmp-admin-prohibited', 'REJECT --reject-with icmp-net-unreachable'])
    c("ip netns exec b iptables -A INPUT -p %s --dport %d -j %s" % (proto, p, tgt))
STAMP = "sed -E 's/^[0-9/]+ [0-9:]+ socat\\[[0-9]+\\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/'"
sp = [31000]
def srcport():
    sp[0] += 1; return sp[0]
srv = {}
nout = [0]
def listener():
    proto = r.choice(['tcp', 'tcp', 'udp'])
    free = [q for q in ports if (proto, q) not in srv]
    if not free: return
    p = r.choice(free)
    nout[0] += 1; f = "s%d.out" % nout[0]
    # 'reply' (SYSTEM:"echo ..." answering) races socat's fork and exec against the peer's close: not used.
    kind = r.choice(['nc', 'nc', 'socat'])
    if kind == 'nc':
        fl = ['-l']
        if proto == 'udp': fl.append('-u')
        if r.random() < 0.4: fl.append('-k')
        if r.random() < 0.4: fl.append('-v')
        if r.random() < 0.5: fl.append('-n')
        if r.random() < 0.3: fl.append('-s ' + r.choice(['10.0.0.2', '127.0.0.1', '10.0.0.9', '0.0.0.0']))
        fl.append('-p %d' % p)
        cmd = "nc %s > %s 2>&1 & sleep 0.3" % (' '.join(fl), f)
    elif kind == 'reply':
        a = ('TCP-LISTEN:%d,reuseaddr,fork' if proto == 'tcp' else 'UDP-RECVFROM:%d,fork') % p
        if r.random() < 0.3: a += ',' + r.choice(['linger=0', 'keepalive,keepidle=1,keepintvl=1', 'nodelay', 'rcvbuf=4096'])
        cmd = "socat %s SYSTEM:\"echo srv%d\" 2>%s.err & sleep 0.3" % (a, p, f)
    else:
        opts = []
        if r.random() < 0.5: opts.append('reuseaddr')
        if r.random() < 0.4: opts.append('fork')
        if r.random() < 0.3: opts.append('bind=' + r.choice(['10.0.0.2', '127.0.0.1', '10.0.0.9']))
        if r.random() < 0.2: opts.append('reuseport')
        if r.random() < 0.2 and proto == 'tcp': opts.append('backlog=' + r.choice(['0', '1', '2']))
        a = ('TCP-LISTEN:%d' if proto == 'tcp' else r.choice(['UDP-RECV:%d', 'UDP-RECVFROM:%d', 'UDP-LISTEN:%d'])) % p
        if opts: a += ',' + ','.join(opts)
        v = r.choice(['', '-d ', '-d -d '])
        cmd = "socat %s-u %s OPEN:%s,creat,append 2>%s.err & sleep 0.3" % (v, a, f, f)
    c("ip netns exec b sh -c '%s'" % cmd)
    srv[(proto, p)] = f
def client():
    proto = r.choice(['tcp', 'tcp', 'udp'])
    p = r.choice(ports + [5009])
    # 10.0.0.3 (no neighbour) answers by a local ICMP error 3 s later, real time the lab runs faster than the host: not used.
    host = r.choice(['10.0.0.2'] * 5 + ['10.0.0.1', '127.0.0.1'])
    where = 'b' if host == '127.0.0.1' and r.random() < 0.7 else 'a'
    data = r.choice(['hello', 'x', 'line1\\nline2', ''])
    kind = r.choice(['nc', 'nc', 'nc', 'socat', 'scan'])
    if host == '10.0.0.3': w = '-w 1 '
    else: w = r.choice(['', '-w 1 ', '-w 2 '])
    if kind == 'scan':
        fl = '-z ' + r.choice(['-v ', '-v -n ', '']) + ('-u ' if proto == 'udp' else '') + '-w 1 '
        pr = r.choice(['%d' % p, '%d-%d' % (p, p + 2), '%d %d' % (p, p + 3)])
        c("ip netns exec %s nc %s%s %s 2>&1; echo $?" % (where, fl, host, pr))
    elif kind == 'nc':
        fl = ''
        if proto == 'udp': fl += '-u '
        if r.random() < 0.5: fl += '-v '
        if r.random() < 0.5: fl += '-n '
        if proto == 'tcp' and r.random() < 0.85: fl += '-N '
        if r.random() < 0.3: fl += '-q %d ' % r.choice([0, 1])
        if r.random() < 0.7: fl += '-p %d ' % srcport()
        if r.random() < 0.2: fl += '-s %s ' % r.choice(['10.0.0.1', '127.0.0.1', '10.0.0.7'])
        if X and r.random() < 0.2: fl += '-T %s ' % r.choice(['lowdelay', 'throughput', 'af21', 'cs1', '0x20', 'ef'])
        if X and r.random() < 0.15: fl += '-M %d ' % r.choice([1, 2, 64, 255])
        if X and r.random() < 0.1: fl += '-D '
        if proto == 'udp' and not w: w = '-w 1 '
        c("ip netns exec %s sh -c 'printf \"%s\\n\" | timeout 5 nc %s%s%s %d; echo $?' 2>&1" % (where, data, fl, w, host, p))
    else:
        opts = []
        if r.random() < 0.7: opts.append('sourceport=%d' % srcport())
        if r.random() < 0.3: opts.append('connect-timeout=1')
        if r.random() < 0.2: opts.append('bind=' + r.choice(['10.0.0.1', '127.0.0.1', '10.0.0.7']))
        if r.random() < 0.2: opts.append('reuseaddr')
        if proto == 'tcp' and r.random() < 0.25: opts.append(r.choice(['linger=0', 'linger=1', 'nodelay', 'keepalive', 'mss=500', 'syncnt=1']))
        if X and r.random() < 0.3: opts.append(r.choice(['shut-none', 'shut-down', 'shut-null']))
        a = ('TCP:%s:%d' if proto == 'tcp' else 'UDP:%s:%d') % (host, p)
        if opts: a += ',' + ','.join(opts)
        tmo = ('-T 1 ' if proto == 'udp' else '') + r.choice(['', '', '-d ', '-d -d '])
        u = r.choice(['-u ', '-u ', '', '-t 0.2 '])
        c("ip netns exec %s sh -c 'printf \"%s\\n\" | timeout 5 socat %s%s- %s; echo $?' 2>&1 | %s | %s" % (where, data, tmo, u, a, STAMP, EPH))
    c("sleep 0.3")
EPH = "sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\\2/g; s/received on ([^ ]+) [0-9]+$/received on \\1 E/'"
def observe():
    o = r.choice(['ssb', 'ssa', 'ssa', 'ssstate', 'nstatb', 'nstata', 'files', 'proc', 'ssfilter', 'sso', 'segs'] + (['ssexpr', 'ssexpr', 'snmp'] if X else []))
    if o == 'ssexpr':
        # misc/ssfilter.y: conditions joined left to right (no precedence), autobound, comparisons by word.
        def cond():
            k = r.random()
            if k < 0.3: return '%s %s :%d' % (r.choice(['sport', 'dport']), r.choice(['=', 'eq', '!=', 'ne', '<', 'lt', '>', 'gt', 'le', 'ge', '<=', '>=']), r.choice([5000, 5001, 5002, 5003, 31001, 31005, 40000, 40005]))
            if k < 0.45: return 'autobound'
            if k < 0.6: return '%s %s' % (r.choice(['src', 'dst']), r.choice(['10.0.0.1', '10.0.0.2', '10.0.0.0/24', '127.0.0.1', ':5000', '10.0.0.2:5001', '0.0.0.0/0']))
            if k < 0.7: return 'dev %s' % r.choice(['lo', 'a0', 'b0', '0'])
            if k < 0.8: return 'fwmark %s' % r.choice(['= 0', '!= 0', '0x1/0x1'])
            return r.choice(['not', '!']) + ' ' + cond()
        e = cond()
        for i in range(r.randint(0, 2)): e += ' ' + r.choice(['and', 'or', '&', '|', '']) + ' ' + cond()
        ns = r.choice('ab'); st = r.choice(['', 'state connected ', 'state time-wait ', 'exclude listening '])
        c("ip netns exec %s ss -Htuan %s'%s' 2>&1 | %s | sort" % (ns, st, e.replace('  ', ' '), EPH))
        return
    if o == 'snmp':
        c("ip netns exec %s grep -E '^(Tcp|Udp):' /proc/net/snmp | awk '{$13 = \"-\"; print}'" % r.choice('ab'))
        return
    if o == 'sso':
        c("ip netns exec %s ss -Htano | %s | sed -E 's/timer:\\(([a-z_]+),[^,]*,([0-9]+)\\)/timer:(\\1,T,\\2)/' | sort" % (r.choice('ab'), EPH))
    elif o == 'sss':
        c("ip netns exec %s ss -s | sed -n '1,4p'; ip netns exec %s cat /proc/net/sockstat | head -3" % (r.choice('ab'), r.choice('ab')))
    elif o == 'segs':
        c("ip netns exec %s nstat -az TcpInSegs TcpOutSegs TcpExtTCPAbortOnClose TcpExtTCPAbortOnData TcpExtTCPOrigDataSent TcpExtDelayedACKs TcpExtTCPPureAcks TcpExtTCPHPAcks | tail -n +2" % r.choice('ab'))
    elif o == 'ssb': c("ip netns exec b ss -Htuan | %s | sort" % EPH)
    elif o == 'ssa': c("ip netns exec a ss -Htuan | %s | sort" % EPH)
    elif o == 'ssstate':
        ns = r.choice('ab'); st = r.choice(['time-wait', 'listening', 'established', 'syn-sent', 'close-wait', 'fin-wait-2', 'connected', 'synchronized', 'bucket', 'big'])
        c("ip netns exec %s ss -Htan state %s | %s | sort" % (ns, st, EPH))
    elif o == 'ssfilter':
        ns = r.choice('ab'); f = r.choice(["'sport = :5000'", "'dport >= :5001'", "dst 10.0.0.2", "src 10.0.0.2:5000", "'( sport = :5001 or dport = :5001 )'", "dst 10.0.0.1/32", "'sport > :31000'", "exclude listening"])
        c("ip netns exec %s ss -Htuan %s | %s | sort" % (ns, f, EPH))
    elif o == 'nstatb':
        c("ip netns exec b nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpInErrs TcpEstabResets TcpCurrEstab TcpAttemptFails UdpInDatagrams UdpNoPorts UdpOutDatagrams IcmpOutDestUnreachs IcmpInDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTCPAbortOnData TcpExtTCPAbortOnClose TcpExtTW | tail -n +2")
    elif o == 'nstata':
        c("ip netns exec a nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpEstabResets TcpCurrEstab TcpAttemptFails TcpRetransSegs UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpInErrors IcmpInDestUnreachs IcmpOutDestUnreachs TcpExtTW TcpExtTCPTimeouts IpOutNoRoutes | tail -n +2")
    elif o == 'files':
        c("for f in s*.out*; do echo \"== $f\"; cat $f; done 2>/dev/null | %s | %s | grep -v 'socat version\\|running on\\|execution environment\\|_FILE_OFFSET\\|sizeof\\|O_\\|starting'" % (STAMP, EPH))
    else:
        c("ip netns exec %s cat /proc/net/%s | awk 'NR > 1 {print substr($2, 1, 8), substr($3, 1, 8), $4, $5, $7, $8, $9}' | sort" % (r.choice('ab'), r.choice(['tcp', 'udp'])))
for i in range(r.randint(1, 3)): listener()
for i in range(r.randint(5, 9)):
    x = r.random()
    if x < 0.2: listener()
    elif x < 0.7: client()
    else: observe()
c("ip netns exec b ss -Htuan | %s | sort" % EPH)
c("ip netns exec a ss -Htuan | %s | sort" % EPH)
observe()
c("ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2")
c("ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2")
c("for f in s*.out; do echo \"== $f\"; cat $f; done | %s" % EPH)
c("ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2")
print("\n".join(lines))
