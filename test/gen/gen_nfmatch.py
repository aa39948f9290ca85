import random, sys
# Random differential sequence: counting rules (no target, or a mangle target that later rules see) of
# many match extensions on a router r between a (192.168.1.2) and b (203.0.113.2), then varied traffic
# (ping -Q/-t/-s, TCP with data, UDP, a broadcast ping, the router's own traffic), then every rule's
# counters (iptables-save -c), one -L -v listing and conntrack -L. Each counter says whether a match
# matched which packet: a divergence is a match's rule or a packet field the emulator has wrong.
seed = int(sys.argv[1]); r = random.Random(seed)
# "n": also a MASQUERADE/DNAT rule (ctstate SNAT/DNAT, ctorig/ctrepl of a NATed flow)
natmode = len(sys.argv) > 2 and 'n' in sys.argv[2]
# "w": also tcpdump -v on b's side (what TOS/TTL/DSCP targets wrote)
wire = len(sys.argv) > 2 and 'w' in sys.argv[2]
# "x": also a narrower link r-b (fragments, frag-needed), a second address of a (two flows from one port
# through the NAT), more matches (tcpmss, socket, policy, rpfilter, connlimit, realm, devgroup, cpu, helper),
# counters zeroed midway (-Z CHAIN N) and traffic that draws ICMP errors
xmode = len(sys.argv) > 2 and 'x' in sys.argv[2]
L = ["Random differential sequence (seed %d) of counting rules of match extensions on a router, with traffic through it, from it and to it: every rule's counters, conntrack entries." % seed, ""]
def c(x): L.append("  $ " + x)
c("ip netns add a; ip netns add r; ip netns add b")
c("ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
c("ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02")
c("for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up")
c("ip -n a addr add 192.168.1.2/24 brd + dev a0; ip -n r addr add 192.168.1.1/24 brd + dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0")
c("ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0")
c("ip netns exec r sysctl -qw net.netfilter.nf_conntrack_acct=1 2>/dev/null; ip netns exec r iptables -t raw -A PREROUTING -j ACCEPT; echo $?")

def ip_match():
    return r.choice(['-s 192.168.1.2', '-s 192.168.1.0/25', '! -s 192.168.1.2', '-d 203.0.113.0/30', '-d 192.168.1.255', '-s 203.0.113.1', '-i r0', '-i r+', '! -i r0', '-o r1', '! -o r0', '-i lo', '-d 203.0.113.1', '-s 192.168.0.0/23'])

def tcp_match():
    return r.choice(['--syn', '! --syn', '--tcp-flags SYN,ACK SYN,ACK', '--tcp-flags FIN,ACK FIN,ACK', '--tcp-flags ALL ACK', '--tcp-flags ALL ACK,PSH', '--tcp-flags RST RST', '--tcp-flags SYN,RST,ACK,FIN,URG,PSH ACK', '--tcp-option 2', '--tcp-option 8', '! --tcp-option 8', '--tcp-option 4', '--tcp-option 3', '--dport 80', '--sport 80', '--dport 79:81', '! --sport 80', '--sport 40000:', '--dport :1023'])

def ext_match(chain):
    k = r.random()
    proto = None
    out = []
    if k < 0.12:
        proto = 'tcp'; out.append('-p tcp ' + tcp_match())
        if r.random() < 0.3: out.append(tcp_match())
    elif k < 0.2:
        proto = 'icmp'; out.append('-p icmp ' + ('! ' if r.random() < 0.15 else '') + '--icmp-type ' + r.choice(['echo-request', 'echo-reply', '8', '0', '0/0', '8/0', '8/1', 'destination-unreachable', 'port-unreachable', '3/3', '3', 'time-exceeded', '11/0', 'host-unreachable', 'any', 'ttl-zero-during-transit', 'address-mask-request', 'communication-prohibited', 'admin-prohibited', '3/13', 'network-unreachable']))
    elif k < 0.28:
        proto = 'udp'; out.append('-p udp ' + r.choice(['--dport 53', '--dport 5353', '--sport 40020:40040', '! --dport 53', '--sport 53', '--dport 1:1024', '--sport 5353']))
    elif k < 0.34:
        p = r.choice(['tcp', 'udp']); proto = p
        out.append('-p %s -m multiport ' % p + r.choice(['--dports 53,80', '--sports 80,5353', '--ports 80', '! --dports 53,80', '--dports 5000:6000,80', '--ports 40001:40010,53', '! --ports 80,53,5353']))
    elif k < 0.38:
        out.append('-m iprange ' + r.choice(['--src-range 192.168.1.1-192.168.1.5', '--dst-range 203.0.113.2-203.0.113.2', '! --src-range 192.168.1.2-192.168.1.2', '--src-range 203.0.113.1-203.0.113.9 --dst-range 192.168.1.0-192.168.1.255', '! --dst-range 203.0.113.0-203.0.113.1']))
    elif k < 0.43:
        opts = ['--src-type LOCAL', '--dst-type LOCAL', '--dst-type UNICAST', '--dst-type BROADCAST', '! --dst-type LOCAL', '--src-type UNICAST --dst-type LOCAL', '--dst-type LOCAL,BROADCAST', '--src-type UNSPEC']
        if chain in ('INPUT', 'PREROUTING', 'FORWARD'): opts += ['--dst-type LOCAL --limit-iface-in', '--dst-type BROADCAST --limit-iface-in']
        if chain in ('OUTPUT', 'POSTROUTING', 'FORWARD'): opts += ['--src-type LOCAL --limit-iface-out', '--dst-type UNICAST --limit-iface-out']
        out.append('-m addrtype ' + r.choice(opts))
    elif k < 0.55:
        out.append('-m conntrack ' + r.choice(['--ctstate NEW', '--ctstate ESTABLISHED', '--ctstate RELATED', '--ctstate INVALID', '--ctstate NEW,RELATED', '! --ctstate ESTABLISHED', '--ctstate SNAT', '--ctstate DNAT', '--ctstate UNTRACKED', '--ctstatus SEEN_REPLY', '--ctstatus ASSURED', '--ctstatus CONFIRMED', '--ctstatus NONE', '! --ctstatus SEEN_REPLY', '--ctstatus EXPECTED', '--ctdir ORIGINAL', '--ctdir REPLY', '--ctproto tcp', '--ctproto 1', '! --ctproto udp', '--ctorigsrc 192.168.1.0/24', '--ctorigdst 203.0.113.2', '--ctreplsrc 203.0.113.2', '--ctrepldst 192.168.1.2', '! --ctorigsrc 192.168.1.2', '--ctproto tcp --ctorigdstport 80', '--ctproto udp --ctorigsrcport 40020:40040', '--ctproto tcp --ctreplsrcport 80', '--ctproto udp --ctrepldstport 40021', '--ctexpire 1:60', '--ctexpire 100:500000', '--ctstate ESTABLISHED --ctdir REPLY', '--ctstate NEW --ctproto icmp']))
    elif k < 0.6:
        out.append('-m state --state ' + r.choice(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'NEW,ESTABLISHED', 'UNTRACKED', 'RELATED,ESTABLISHED']))
    elif k < 0.65:
        out.append(r.choice(['-m mark --mark 0x1', '-m mark --mark 0x1/0x1', '-m mark ! --mark 0', '-m mark --mark 0x4/0xc', '-m connmark --mark 0x2', '-m connmark --mark 0x2/0x2', '-m connmark ! --mark 0x0/0xff', '-m mark --mark 0x10/0x10']))
    elif k < 0.69:
        out.append(r.choice(['-m length --length 0:100', '-m length --length 84', '-m length --length 100:', '! -m length --length 52:60' if False else '-m length ! --length 52:60', '-m length --length 28', '-m length --length 1000:1500', '-m length --length 60']))
    elif k < 0.73:
        out.append(r.choice(['-m ttl --ttl-eq 64', '-m ttl --ttl-eq 63', '-m ttl --ttl-lt 64', '-m ttl --ttl-gt 63', '-m ttl ! --ttl-eq 64', '-m ttl --ttl-eq 1', '-m ttl --ttl-lt 10', '-m ttl --ttl-eq 255']))
    elif k < 0.78:
        out.append(r.choice(['-m tos --tos 0x10', '-m tos --tos 0x10/0x3f', '-m tos --tos Minimize-Delay', '-m tos --tos Normal-Service', '-m tos ! --tos 0', '-m tos --tos 0x08/0x08', '-m dscp --dscp 0', '-m dscp --dscp 4', '-m dscp --dscp-class AF21', '-m dscp ! --dscp 0', '-m dscp --dscp-class EF', '-m tos --tos 0xb8', '-m dscp --dscp 0x2e']))
    elif k < 0.81:
        opts = ['--pkt-type unicast', '--pkt-type broadcast', '! --pkt-type unicast', '--pkt-type multicast']
        out.append('-m pkttype ' + r.choice(opts))
    elif k < 0.84 and chain in ('INPUT', 'PREROUTING', 'FORWARD'):
        out.append('-m mac ' + r.choice(['--mac-source 02:00:00:00:0a:01', '! --mac-source 02:00:00:00:0a:01', '--mac-source 02:00:00:00:0b:01', '--mac-source 02:00:00:00:01:01']))
    elif k < 0.87 and chain in ('OUTPUT', 'POSTROUTING'):
        out.append('-m owner ' + r.choice(['--uid-owner 0', '! --uid-owner 0', '--gid-owner 0', '--socket-exists', '! --socket-exists', '--uid-owner 1-100', '--uid-owner 0 --gid-owner 1', '--suppl-groups --gid-owner 0' if False else '--gid-owner 0-10']))
    elif k < 0.9:
        out.append('-m recent ' + r.choice(['--name n1 --set', '--name n1 --rcheck', '--name n1 --update --hitcount 2', '--name n1 --rcheck --rdest', '--name n2 --set --rdest', '--name n2 --rcheck --rdest --hitcount 2', '--name n1 --rcheck --seconds 60', '--name n1 --rcheck --mask 255.255.255.0', '--name n1 --remove']))
    elif k < 0.93:
        out.append('-m string ' + r.choice(['--algo bm --string hi', '--algo kmp --string hi', '--algo bm --string hi --from 40', '--algo bm --string hi --to 20', '--algo bm --hex-string "|6869|"', '--algo kmp --string HI --icase', '--algo bm ! --string hi', '--algo bm --string zz']))
    elif k < 0.95:
        out.append(r.choice(['-m limit --limit 2/min --limit-burst 1', '-m limit --limit 1/sec', '-m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name h%d' % r.randint(1, 9), '-m hashlimit --hashlimit-above 1/min --hashlimit-burst 1 --hashlimit-mode dstip,dstport --hashlimit-name g%d' % r.randint(1, 9), '-m statistic --mode nth --every 2', '-m statistic --mode nth --every 3 --packet 1', '-m quota --quota 300', '-m connbytes --connbytes 2: --connbytes-dir original --connbytes-mode packets', '-m connbytes --connbytes 0:100 --connbytes-dir reply --connbytes-mode bytes', '-m connbytes --connbytes 3 --connbytes-dir both --connbytes-mode avgpkt']))
    elif k < 0.97:
        out.append('-m u32 --u32 ' + r.choice(['"0>>22&0x3C@0>>16=0x50"', '"0&0xFFFF=0x54"', '"6&0xFF=1"', '"6&0xFF=6&&0>>22&0x3C@12>>26&0x3C@0=0x68690a"', '"12=0xc0a80102"', '"0>>22&0x3C@4>>16=0x5353:0x5355"']))
    elif k < 0.985:
        out.append(r.choice(['-f', '! -f', '-p 6', '-p 17', '! -p icmp', '-p all']))
    elif k < 0.99 or not xmode:
        out.append('-m comment --comment "%s"' % r.choice(['count me', 'a "b"', 'x']))
    else:
        opts = ['-p tcp -m tcpmss --mss 1460', '-p tcp -m tcpmss --mss 1000:1500', '-m policy --dir in --pol none' if chain in ('INPUT', 'PREROUTING', 'FORWARD') else '-m policy --dir out --pol none', '-m connlimit --connlimit-above 1', '-m connlimit --connlimit-upto 1 --connlimit-daddr', '-m realm --realm 0', '-m devgroup --src-group 0' if chain in ('INPUT', 'PREROUTING', 'FORWARD') else '-m devgroup --dst-group 0', '-m cpu --cpu 0', '-m helper --helper ftp', '-m conntrack --ctstate RELATED --ctproto icmp', '-p icmp -m conntrack --ctstate RELATED', '-m state --state RELATED -p icmp --icmp-type fragmentation-needed', '-p icmp --icmp-type 3/4', '-f', '-m length --length 1001:']
        if chain in ('PREROUTING', 'INPUT'): opts += ['-m socket', '-m socket --nowildcard', '-m socket --transparent']
        if chain == 'PREROUTING': opts += ['-m rpfilter', '-m rpfilter --invert', '-m rpfilter --accept-local']
        out.append(r.choice(opts))
    if r.random() < 0.3: out.insert(0, ip_match())
    if r.random() < 0.1: out.append('-m comment --comment c%d' % r.randint(1, 9))
    return ' '.join(out)

chains = [('filter', 'FORWARD'), ('filter', 'FORWARD'), ('filter', 'FORWARD'), ('filter', 'INPUT'), ('filter', 'OUTPUT'), ('mangle', 'PREROUTING'), ('mangle', 'POSTROUTING'), ('mangle', 'INPUT'), ('mangle', 'OUTPUT')]
mangle_t = ['MARK --set-mark 0x1', 'MARK --set-xmark 0x4/0xc', 'MARK --or-mark 0x10', 'CONNMARK --set-mark 0x2', 'CONNMARK --save-mark', 'CONNMARK --restore-mark', 'CONNMARK --set-xmark 0x2/0x3', 'TOS --set-tos 0x10', 'TOS --set-tos Minimize-Cost', 'TOS --and-tos 0x0f', 'TOS --or-tos 0x08', 'TOS --xor-tos 0x10', 'DSCP --set-dscp 4', 'DSCP --set-dscp-class AF21', 'TTL --ttl-dec 2', 'TTL --ttl-set 100', 'TTL --ttl-inc 1', 'CONNMARK --save-mark --mask 0xf', 'MARK --and-mark 0xfffffffe']
user = False
n = r.randint(10, 18)
for i in range(n):
    table, chain = r.choice(chains)
    m = ext_match(chain)
    tgt = ''
    k = r.random()
    if table == 'mangle' and k < 0.35:
        t = r.choice(mangle_t)
        if t.startswith('TTL') and chain in ('INPUT', 'OUTPUT'): t = 'MARK --set-mark 0x1'
        tgt = ' -j ' + t
    elif table == 'filter' and k < 0.08:
        tgt = ' -j LOG --log-prefix "nf9: "'
    elif table == 'filter' and k < 0.14:
        if not user: c("ip netns exec r iptables -N cnt; ip netns exec r iptables -A cnt -p icmp; ip netns exec r iptables -A cnt -p tcp -j RETURN; ip netns exec r iptables -A cnt -m length --length 0:60")
        user = True
        tgt = ' -%s cnt' % r.choice(['j', 'j', 'g'])
    op = r.choice(['-A', '-A', '-A', '-I'])
    c("ip netns exec r iptables -t %s %s %s %s%s; echo $?" % (table, op, chain, m, tgt))
if xmode:
    c("ip -n r link set r1 mtu %d; ip -n b link set b0 mtu %d; ip -n a addr add 192.168.1.3/24 dev a0" % (r.choice([1000, 1200]), r.choice([1000, 1500])))
if natmode:
    c("ip netns exec r iptables -t nat -A POSTROUTING -o r1 %s -j MASQUERADE; ip netns exec r iptables -t nat -A PREROUTING -i r1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.2:80" % r.choice(['', '-p udp', '-p icmp', '-s 192.168.1.0/24']))
# a final policy-changing rule now and then
if r.random() < 0.3:
    t = r.choice(['DROP', 'REJECT', 'REJECT --reject-with icmp-host-prohibited', 'REJECT --reject-with icmp-admin-prohibited', 'REJECT --reject-with icmp-net-unreachable', 'REJECT --reject-with icmp-proto-unreachable'])
    c("ip netns exec r iptables -A FORWARD -p %s -j %s; echo $?" % (r.choice(['udp', 'icmp --icmp-type echo-request', 'tcp --dport 81', 'tcp --syn --dport 80']), t))
c("ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'")
c("ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'")
if wire: c("ip netns exec b sh -c 'tcpdump -l -n -v -i b0 ip > wire.out 2>/dev/null & sleep 1'")
PING = "ping -n -c %d -i 0.2 -W 1 %s%s 2>&1 | grep -E 'from|From|transmitted' | sed -E 's/time=.*/time=T/; s/, time .*//'"
def ping(ns, dst, n=1, opts=''): c(("ip netns exec %s " % ns) + PING % (n, opts, dst))
traffic = [
    lambda: ping('a', '203.0.113.2', r.choice([1, 2]), r.choice(['', '-Q 0x10 ', '-Q 0x28 ', '-t 2 ', '-s 1000 ', '-s 20 ', '-Q 0xb8 ', '-p 6869 -s 24 '])),
    lambda: ping('a', '203.0.113.1', 1, r.choice(['', '-Q 0x10 ', '-s 300 '])),
    lambda: ping('a', '192.168.1.1', 1),
    lambda: ping('a', '192.168.1.255', 1, '-b '),
    lambda: ping('b', '203.0.113.1', 1),
    lambda: ping('b', '192.168.1.2', 1, r.choice(['', '-t 1 ', '-Q 0x08 '])),
    lambda: ping('r', r.choice(['203.0.113.2', '192.168.1.2']), 1, r.choice(['', '-Q 0x10 '])),
    lambda: ping('a', '203.0.113.2', 1, '-t 1 '),
    lambda: c("echo hi | ip netns exec a nc -N -w 1 -p %d 203.0.113.2 80 2>&1; echo rc=$?" % (40001 + r.randint(0, 9))),
    lambda: c("ip netns exec a nc -z -w 1 -p %d 203.0.113.2 81 2>&1; echo rc=$?" % (40011 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec a nc -u -w 1 -p %d 203.0.113.2 53 2>&1; echo rc=$?" % (40021 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec a socat -T 1 - UDP4:203.0.113.2:5353,sourceport=%d 2>&1 | sed -E 's/^.* socat\\[[0-9]+\\] /socat /; s/0x[0-9a-f]+/ADDR/'" % (40031 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec b nc -N -w 1 -p %d %s 2>&1; echo rc=$?" % (41001 + r.randint(0, 9), r.choice(['192.168.1.2 80', '203.0.113.1 8080', '203.0.113.1 22']))),
    lambda: c("echo hi | ip netns exec r nc -N -w 1 -p %d 203.0.113.2 80 2>&1; echo rc=$?" % (42011 + r.randint(0, 9))),
    lambda: c("echo hi | ip netns exec r nc -u -w 1 -p %d 203.0.113.2 %s 2>&1; echo rc=$?" % (42001 + r.randint(0, 9), r.choice(['53', '5353']))),
]
if xmode:
    traffic += [
        lambda: ping('a', '203.0.113.2', 1, r.choice(['-s 1400 ', '-s 1400 -M dont ', '-s 1400 -M do ', '-s 3000 ', '-s 1172 -M do '])),
        lambda: c("echo hi | ip netns exec a nc -u -w 1 -s 192.168.1.3 -p %d 203.0.113.2 53 2>&1; echo rc=$?" % (40021 + r.randint(0, 9))),
        lambda: c("echo hi | ip netns exec a socat -T 1 - UDP4:203.0.113.2:5353,bind=192.168.1.3:%d 2>&1 | sed -E 's/^.* socat\\[[0-9]+\\] /socat /; s/0x[0-9a-f]+/ADDR/'" % (40031 + r.randint(0, 9))),
        lambda: c("head -c 3000 /dev/zero | ip netns exec a nc -N -w 1 -p %d 203.0.113.2 80 2>&1; echo rc=$?" % (40041 + r.randint(0, 9))),
        lambda: c("ip netns exec r iptables -Z %s; echo $?" % r.choice(['FORWARD', 'FORWARD 1', 'INPUT 1', 'OUTPUT', '-t mangle PREROUTING 1', 'FORWARD 9'])),
    ]
used = set()
for i in range(r.randint(6, 10) + (3 if xmode else 0)):
    j = r.randrange(len(traffic))
    if j in used and r.random() < 0.6: continue
    used.add(j)
    traffic[j]()
c("ip netns exec r iptables-save -c -t filter | grep -v '^#'")
c("ip netns exec r iptables-save -c -t mangle | grep -v '^#'")
c("ip netns exec r iptables -L FORWARD -v -n -x --line-numbers")
if natmode: c("ip netns exec r iptables -t nat -L -v -n -x")
c("ip netns exec r conntrack -L -o extended 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \\1/; s/id=[0-9]+/id=ID/g' | sort")
c("ip netns exec r nstat -az IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds IpForwDatagrams")
c(("sleep 1.5; " if wire else "") + "ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill")
if wire:
    c("sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/g; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\\1 N/g; s/, cksum 0x[0-9a-f]+ \\([^)]*\\)//g' wire.out")
print("\n".join(L))
