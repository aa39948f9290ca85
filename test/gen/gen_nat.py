import random, sys
# Random differential sequence: netfilter rules (nat, filter, mangle, raw) on a router r between
# an inside host a (192.168.1.2) and an outside host b (203.0.113.2), and on b itself; then traffic
# (ping, TCP to a listener and to a closed port, UDP to a closed port and to a listener, a port
# forward from b), then counters (-L -v -x -n), conntrack -L and nstat.
seed = int(sys.argv[1]); r = random.Random(seed)
# "w": also tcpdump -v on b's side, printed at the end (what NAT rewrote, ICMP errors' quotes, TTL, TOS)
wire = len(sys.argv) > 2 and 'w' in sys.argv[2]
# "c": conntrack tool queries, deletions and updates after the traffic
ctops = len(sys.argv) > 2 and 'c' in sys.argv[2]
# "x": rules of multi-packet matches (limit, statistic, quota, recent, connbytes, hashlimit), NFQUEUE,
# fwmark routing, nat OUTPUT/INPUT, and traffic of several packets and from the router itself
extra = len(sys.argv) > 2 and 'x' in sys.argv[2]
L = ["Random differential sequence (seed %d) of netfilter rules with traffic through a NAT router: the peer's view (ping, nc), rule counters, conntrack entries, ICMP counters." % seed, ""]
def c(x): L.append("  $ " + x)
c("ip netns add a; ip netns add r; ip netns add b")
c("ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
c("ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02")
c("for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up")
c("ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0")
c("ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
# sysctl knobs of conntrack on the router
if r.random() < 0.3:
    c("ip netns exec r iptables -t raw -A PREROUTING -j ACCEPT; ip netns exec r sysctl -qw net.netfilter.nf_conntrack_%s" % r.choice(['tcp_loose=0', 'tcp_be_liberal=1', 'udp_timeout=5', 'icmp_timeout=7', 'tcp_timeout_syn_sent=9', 'acct=1', 'checksum=0', 'log_invalid=1']))
randomports = False
def snat_target():
    global randomports
    k = r.random()
    if k < 0.3:
        t = 'MASQUERADE'
        if r.random() < 0.3: t += ' --to-ports ' + r.choice(['1000-1010', '2000']); pr = True; randomports = True
        else: pr = False
        if r.random() < 0.3: t += ' ' + r.choice(['--random', '--random-fully']); randomports = True
        return t, pr
    if k < 0.7:
        addr = r.choice(['203.0.113.1', '198.51.100.1', '198.51.100.1-198.51.100.4'])
        pr = False
        if r.random() < 0.35: addr += ':' + r.choice(['1000-1010', '2000', '40010-40020']); pr = True; randomports = True
        t = 'SNAT --to-source ' + addr
        if r.random() < 0.3:
            f = r.choice(['--random', '--persistent', '--random-fully'])
            t += ' ' + f
            if f != '--persistent': randomports = True
        return t, pr
    return 'NETMAP --to 198.51.100.0/' + r.choice(['24', '30', '32']), False
def match(proto_needed=False):
    parts = []
    proto = r.choice(['tcp', 'udp', 'icmp'] if proto_needed else [None, None, 'tcp', 'udp', 'icmp'])
    if proto: parts.append('-p ' + proto)
    if proto in ('tcp', 'udp') and r.random() < 0.4:
        parts.append(r.choice(['--dport 80', '--dport 53', '--sport 40001:40010', '! --dport 81', '-m multiport --dports 53,80']))
    if proto == 'icmp' and r.random() < 0.3:
        parts.append('--icmp-type ' + r.choice(['echo-request', 'echo-reply', 'destination-unreachable', 'port-unreachable']))
    if r.random() < 0.2: parts.append(r.choice(['-s 192.168.1.2', '-d 203.0.113.2', '! -s 192.168.1.0/24', '-d 198.51.100.0/24']))
    if r.random() < 0.25:
        parts.append(r.choice(['-m conntrack --ctstate NEW', '-m conntrack --ctstate ESTABLISHED,RELATED', '-m state --state RELATED', '-m state --state INVALID', '-m conntrack --ctstate UNTRACKED', '-m conntrack --ctstate SNAT', '-m conntrack --ctstate DNAT', '-m conntrack --ctstatus SEEN_REPLY', '-m conntrack --ctdir REPLY', '-m conntrack --ctdir ORIGINAL', '-m conntrack --ctproto 17', '-m conntrack --ctorigsrc 192.168.1.2', '-m conntrack --ctreplsrc 203.0.113.2', '-m length --length 0:100', '-m ttl --ttl-lt 64', '-m limit --limit 1/min --limit-burst 2', '-m connbytes --connbytes 2: --connbytes-dir original --connbytes-mode packets', '-m mark --mark 0x1', '-m connmark --mark 0x2', '-m addrtype --dst-type LOCAL', '-m pkttype --pkt-type unicast']))
    return ' '.join(parts)
rejects = ['icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-port-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited', 'icmp-host-prohibited', 'icmp-admin-prohibited', 'tcp-reset']
def filt_target(m):
    k = r.random()
    if k < 0.3: return 'DROP'
    if k < 0.5: return 'ACCEPT'
    if k < 0.55: return 'RETURN'
    t = r.choice(rejects)
    if t == 'tcp-reset' and '-p tcp' not in m: t = 'icmp-port-unreachable'
    return 'REJECT' + ('' if r.random() < 0.2 else ' --reject-with ' + t)
n = r.randint(4, 9)
for i in range(n):
    k = r.random()
    op = r.choice(['-A', '-A', '-A', '-I'])
    if k < 0.25:
        t, pr = snat_target()
        m = match(pr)
        if pr and '-p icmp' in m: m = m.replace('-p icmp', '-p udp').replace('--icmp-type', '--dport 53 #').split(' #')[0]
        o = r.choice(['-o r1 ', '', '-o r1 '])
        c("ip netns exec r iptables -t nat %s POSTROUTING %s%s -j %s; echo $?" % (op, o, m, t))
    elif k < 0.4:
        kk = r.random()
        if kk < 0.5: t = 'DNAT --to-destination ' + r.choice(['192.168.1.2', '192.168.1.2:80', '192.168.1.2:80-81', '192.168.1.2-192.168.1.3'])
        elif kk < 0.75: t = 'REDIRECT' + r.choice(['', ' --to-ports 22', ' --to-ports 22-23'])
        else: t = 'NETMAP --to 192.168.1.0/24'
        needp = ':' in t or 'ports' in t
        m = '-p ' + r.choice(['tcp', 'udp']) if needp else r.choice(['', '-p tcp', '-p icmp', '-p udp'])
        dst = '-d 10.8.8.0/24 ' if 'NETMAP' in t else r.choice(['', '-d 203.0.113.1 '])
        if m.startswith('-p tcp') or m.startswith('-p udp'): m += ' --dport ' + r.choice(['8080', '53', '8080:8081'])
        c("ip netns exec r iptables -t nat %s PREROUTING -i r1 %s%s -j %s; echo $?" % (op, dst, m, t))
    elif k < 0.7:
        chain = r.choice(['FORWARD', 'FORWARD', 'INPUT', 'OUTPUT'])
        m = match()
        c("ip netns exec r iptables %s %s %s -j %s; echo $?" % (op, chain, m, filt_target(m)))
    elif k < 0.8:
        chain = r.choice(['INPUT', 'OUTPUT'])
        m = match()
        c("ip netns exec b iptables %s %s %s -j %s; echo $?" % (op, chain, m, filt_target(m)))
    elif k < 0.87:
        c("ip netns exec r iptables -t raw -A PREROUTING -i %s %s -j %s; echo $?" % (r.choice(['r0', 'r1']), r.choice(['-p udp', '-p icmp', '-p tcp --dport 81', '-s 192.168.1.2']), r.choice(['NOTRACK', 'CT --notrack', 'CT --zone 1', 'ACCEPT'])))
    elif k < 0.93:
        c("ip netns exec r iptables -t mangle -A %s %s -j %s; echo $?" % (r.choice(['PREROUTING', 'FORWARD', 'POSTROUTING']), match(), r.choice(['TTL --ttl-set 1', 'TTL --ttl-dec 1', 'TTL --ttl-inc 2', 'MARK --set-mark 1', 'CONNMARK --set-mark 2', 'TOS --set-tos 0x10', 'DSCP --set-dscp 8'])))
    else:
        c("ip netns exec r iptables -P FORWARD DROP; ip netns exec r iptables -I FORWARD -m conntrack --ctstate %s -j ACCEPT; echo $?" % r.choice(['ESTABLISHED', 'ESTABLISHED,RELATED', 'RELATED']))
if extra:
    if r.random() < 0.4:
        c("ip -n r rule add fwmark %s table 100; ip -n r route add %s table 100; echo $?" % (r.choice(['1', '0x1/0x1', '2']), r.choice(['prohibit 203.0.113.0/24', 'unreachable default', 'blackhole 203.0.113.2', '203.0.113.0/24 dev r1 src 203.0.113.1'])))
    for i in range(r.randint(2, 5)):
        k = r.random()
        if k < 0.45:
            mm = r.choice(['-m limit --limit 1/min --limit-burst 2', '-m statistic --mode nth --every 2', '-m statistic --mode nth --every 3 --packet 2', '-m quota --quota 200', '-m recent --set --name r1', '-m recent --rcheck --name r1 --hitcount 2', '-m recent --update --seconds 60 --name r1', '-m connbytes --connbytes 3: --connbytes-dir both --connbytes-mode packets', '-m connbytes --connbytes 0:150 --connbytes-dir original --connbytes-mode bytes', '-m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name h1', '-m hashlimit --hashlimit-above 1/min --hashlimit-burst 1 --hashlimit-name h2', '-m length --length 100:', '-m ttl --ttl-eq 63', '-m icmp --icmp-type echo-request', '-m mark --mark 0x1', '-m connmark --mark 0x2/0x2'])
            chain = r.choice(['FORWARD', 'FORWARD', 'INPUT', 'OUTPUT'])
            c("ip netns exec r iptables %s %s -p icmp %s -j %s; echo $?" % (r.choice(['-A', '-I']), chain, mm, filt_target('')))
        elif k < 0.55:
            c("ip netns exec r iptables -I FORWARD -p %s -j NFQUEUE --queue-num %d%s; echo $?" % (r.choice(['udp', 'icmp', 'tcp']), r.randint(0, 3), r.choice(['', ' --queue-bypass'])))
        elif k < 0.7:
            c("ip netns exec r iptables -t mangle -A %s -p %s -j %s; echo $?" % (r.choice(['PREROUTING', 'OUTPUT']), r.choice(['icmp', 'udp', 'tcp', 'all']), r.choice(['MARK --set-mark 1', 'MARK --set-xmark 0x2/0x3', 'CONNMARK --set-mark 1', 'CONNMARK --restore-mark', 'MARK --set-mark 2'])))
        elif k < 0.85:
            c("ip netns exec r iptables -t nat -A OUTPUT -p %s -d %s -j %s; echo $?" % (r.choice(['icmp', 'udp', 'tcp']), r.choice(['203.0.113.2', '10.8.8.2', '203.0.113.1']), r.choice(['DNAT --to-destination 192.168.1.2', 'REDIRECT', 'DNAT --to-destination 203.0.113.2', 'ACCEPT', 'RETURN'])))
        else:
            c("ip netns exec r iptables -t nat -A INPUT -p %s -j SNAT --to-source %s; echo $?" % (r.choice(['icmp', 'udp', 'tcp']), r.choice(['192.168.1.1', '203.0.113.1', '10.7.7.7'])))
if r.random() < 0.5:
    c("ip netns exec r iptables -A FORWARD -i r0 -o r1 -m conntrack --ctstate NEW -j ACCEPT")
c("ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'")
c("ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'")
if wire: c("ip netns exec b sh -c 'tcpdump -l -n -v -i b0 ip > wire.out 2>/dev/null & sleep 1'")
PING = "ping -n -c 1 -W 1 %s 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'"
traffic = [
    lambda: c("ip netns exec a " + PING % '203.0.113.2'),
    lambda: c("ip netns exec a " + PING % '203.0.113.1'),
    lambda: c("ip netns exec b " + PING % '203.0.113.1'),
    lambda: c("ip netns exec b " + PING % '10.8.8.2'),
    lambda: c("ip netns exec a " + PING.replace('-W 1', '-W 1 -t 1') % '203.0.113.2'),
    lambda: c("echo hi | ip netns exec a nc -N -w 1 -p %d 203.0.113.2 80 2>&1; echo rc=$?" % (40001 + r.randint(0, 9))),
    lambda: c("ip netns exec a nc -z -w 1 -p %d 203.0.113.2 81 2>&1; echo rc=$?" % (40011 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec a nc -u -w 1 -p %d 203.0.113.2 53 2>&1; echo rc=$?" % (40021 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec a socat -T 1 - UDP4:203.0.113.2:5353,sourceport=%d 2>&1 | sed -E 's/^.* socat\\[[0-9]+\\] /socat /; s/0x[0-9a-f]+/ADDR/'" % (40031 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec b nc -N -w 1 -p %d 203.0.113.1 8080 2>&1; echo rc=$?" % (41001 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec b nc -u -w 1 -p %d 203.0.113.1 53 2>&1; echo rc=$?" % (41011 + r.randint(0, 9))),
]
if extra:
    traffic += [
        lambda: c("ip netns exec a ping -n -c 3 -i 0.2 -W 1 %s 2>&1 | grep -E 'from|From|transmitted' | sed -E 's/time=.*/time=T/; s/, time .*//'" % r.choice(['203.0.113.2', '203.0.113.1'])),
        lambda: c("ip netns exec a ping -n -c 2 -i 0.2 -W 1 -s %d 203.0.113.2 2>&1 | grep -E 'from|From|transmitted' | sed -E 's/time=.*/time=T/; s/, time .*//'" % r.choice([20, 200, 1000])),
        lambda: c("ip netns exec r " + PING % r.choice(['203.0.113.2', '192.168.1.2', '10.8.8.2'])),
        lambda: c("echo hi | ip netns exec r nc -u -w 1 -p %d 203.0.113.2 %s 2>&1; echo rc=$?" % (42001 + r.randint(0, 9), r.choice(['53', '5353']))),
        lambda: c("echo hi | ip netns exec r nc -N -w 1 -p %d 203.0.113.2 80 2>&1; echo rc=$?" % (42011 + r.randint(0, 9))),
        lambda: c("ip netns exec b " + PING.replace('-c 1', '-c 2 -i 0.2') % '203.0.113.1'),
    ]
used_tr = set()
for i in range(r.randint(4, 7) + (3 if extra else 0)):
    j = r.randrange(len(traffic))
    if j in used_tr and r.random() < 0.6: continue
    used_tr.add(j)
    traffic[j]()
c("ip netns exec r iptables -t nat -L -n -v -x")
c("ip netns exec r iptables -L -n -v -x --line-numbers")
c("ip netns exec b iptables -L -n -v -x")
c("ip netns exec r iptables -t raw -S; ip netns exec r iptables -t mangle -L -n -v -x | grep -v '^ *0 '")
sed = "s/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \\1/; s/id=[0-9]+/id=ID/g"
# a port the range or --random chose at random (nf_nat_l4proto_unique_tuple()): the reply's dport
if randomports: sed += "; s/dport=[0-9]+/dport=P/2"
c("ip netns exec r conntrack -L 2>&1 | sed -E '%s' | sort" % sed)
if ctops:
    for i in range(r.randint(2, 5)):
        op = r.choice(['-L --src-nat', '-L --dst-nat', '-L -p tcp --state TIME_WAIT', '-L -p udp --dport 53', '-L -s 192.168.1.2 -o extended', '-L --reply-dst 198.51.100.1', '-L -p icmp -o id', '-D -p udp', '-D -p icmp', '-D -s 203.0.113.2', '-U -p tcp --mark 5', '-U -m 3', '-L -m 5', '-L --any-nat', '-L -o save', '-L -f ipv4 -d 203.0.113.2', '-L -p tcp --orig-port-dst 80', '-L --status ASSURED', '-L -u SEEN_REPLY', '-D --status UNREPLIED', '-L -z', '-F'])
        sed2 = sed + "; s/-t [0-9]+ /-t T /"
        c("ip netns exec r conntrack %s 2>&1 | sed -E '%s' | sort" % (op, sed2))
    c("ip netns exec r conntrack -L 2>&1 | sed -E '%s' | sort" % sed)
c("ip netns exec r conntrack -C")
c("ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInEchoReps TcpAttemptFails TcpActiveOpens UdpInErrors")
c("ip netns exec b nstat -az IcmpOutDestUnreachs IcmpInEchos TcpPassiveOpens TcpOutRsts UdpNoPorts UdpInDatagrams")
# tcpdump writes a TPACKET_V3 block when it retires (1 s): let the last one go before the kill
c(("sleep 1.5; " if wire else "") + "ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill")
if wire:
    wsed = "s/^[0-9:.]+ //; s/id [0-9]+,/id ID,/g; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\\1 N/g; s/, cksum 0x[0-9a-f]+ \\([^)]*\\)//g"
    if randomports: wsed += "; s/\\.[0-9]{4,5}([ :])/.P\\1/g"
    c("sleep 0.2; sed -E '%s' wire.out" % wsed)
print("\n".join(L))
