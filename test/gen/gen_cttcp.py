import random, struct, sys
# Random differential sequence: TCP segments built by hand (socat IP-SENDTO protocol 255, whole
# headers) from a and from b through a router r whose conntrack follows the flow (nf_conntrack_proto_tcp:
# tcp_conntracks[], tcp_in_window(), tcp_loose / be_liberal / ignore_invalid_rst / max_retrans); a and b
# drop every TCP segment they receive, so only the crafted ones exist. After the steps: the entry's state,
# status and timeout (conntrack -L), counters of ctstate/ctstatus rules in r's FORWARD, what reached b.
seed = int(sys.argv[1]); r = random.Random(seed)
L = ["Random differential sequence (seed %d) of TCP segments built by hand through a router's conntrack: handshakes, data, FIN and RST in and out of window, odd flags and pickups; the entry's state after each, ctstate counters." % seed, ""]
def c(x): L.append("  $ " + x)

def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff

def esc(b): return ''.join('\\%03o' % x for x in b)
def ip4(a): return bytes(int(x) for x in a.split('.'))

A, B = '10.0.0.1', '10.0.1.2'
c("for n in a r b; do ip netns add $n; done")
c("ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
c("ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02")
c("for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done")
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0")
c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
c("ip netns exec a iptables -A INPUT -p tcp -j DROP; ip netns exec b iptables -A INPUT -p tcp -j DROP")
knobs = [('tcp_loose', [0, 1]), ('tcp_be_liberal', [0, 1]), ('tcp_ignore_invalid_rst', [0, 1]), ('tcp_max_retrans', [0, 1, 3]), ('checksum', [0, 1])]
for k, v in r.sample(knobs, r.randint(0, 3)):
    c("ip netns exec r sysctl -qw net.netfilter.nf_conntrack_%s=%d 2>/dev/null; echo $?" % (k, r.choice(v)))
rules = ['--ctstate NEW', '--ctstate ESTABLISHED', '--ctstate INVALID', '--ctstate RELATED', '--ctstatus ASSURED', '--ctstatus SEEN_REPLY', '--ctdir REPLY']
for m in rules:
    c("ip netns exec r iptables -A FORWARD -p tcp -m conntrack %s" % m)
if r.random() < 0.4:
    c("ip netns exec r iptables -A FORWARD -p tcp -m conntrack --ctstate INVALID -j DROP")
sport, dport = 40000 + r.randint(0, 999), r.choice([80, 22, 5001])
isn_a = r.choice([1000, 0xfffffff0, 123456789, 0x7fffffff])
isn_b = r.choice([5000, 0xffffff00, 987654321])
win_a, win_b = r.choice([64240, 1024, 65535, 100]), r.choice([65160, 512, 65535, 1000])
st = {'a': isn_a, 'b': isn_b, 'ackA': 0, 'ackB': 0}

def seg(frm, flags, seq, ack, data=b'', opts=b'', win=None, badsum=False):
    src, dst = (A, B) if frm == 'a' else (B, A)
    sp, dp = (sport, dport) if frm == 'a' else (dport, sport)
    if win is None: win = win_a if frm == 'a' else win_b
    if len(opts) % 4: opts += b'\x01' * (4 - len(opts) % 4)
    doff = 5 + len(opts) // 4
    tcp = struct.pack('!HHIIBBHHH', sp, dp, seq & 0xffffffff, ack & 0xffffffff, doff << 4, flags, win, 0, 0) + opts + data
    ps = ip4(src) + ip4(dst) + struct.pack('!BBH', 0, 6, len(tcp))
    s = csum(ps + tcp)
    if badsum: s ^= 0x1111
    tcp = tcp[:16] + struct.pack('!H', s) + tcp[18:]
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 0, 0, 0x4000, 64, 6, 0, ip4(src), ip4(dst))
    ns = frm
    return "printf '%s' > p; ip netns exec %s socat -u - IP-SENDTO:%s:255 < p 2>&1 | sed 's/.*socat\\[[0-9]*\\] //;s/0x[0-9a-f]*/0xX/'" % (esc(hdr + tcp), ns, dst)

F, S, R, P, A_, U = 1, 2, 4, 8, 16, 32
NAMES = {F: 'FIN', S: 'SYN', R: 'RST', P: 'PSH', A_: 'ACK', U: 'URG'}
def fl(f): return '|'.join(n for b, n in NAMES.items() if f & b) or 'none'
OPTS = [b'', b'\x02\x04\x05\xb4', b'\x02\x04\x05\xb4\x04\x02\x01\x03\x03\x07', b'\x02\x04\x05\xb4\x01\x03\x03\x00', b'\x04\x02']

# the script: a plausible flow with mutations
steps = []
hs = r.random()
if hs < 0.75:
    steps.append(('a', S, 'isn', 0, b'', r.choice(OPTS)))
    if r.random() < 0.2: steps.append(('a', S, 'isn', 0, b'', b''))  # retransmitted SYN
    if r.random() < 0.85: steps.append(('b', S | A_, 'isn', 'ack', b'', r.choice(OPTS)))
    if r.random() < 0.85: steps.append(('a', A_, 'nxt', 'ack', b'', b''))
elif hs < 0.9:
    # a pickup in the middle of a flow (tcp_loose)
    steps.append(('a', A_ | r.choice([0, P]), 'nxt', 'ackx', r.choice([b'', b'hello']), b''))
    steps.append(('b', A_, 'nxt', 'ack', b'', b''))
else:
    steps.append(('b', S | A_, 'isn', 'ackx', b'', b''))
    steps.append(('a', A_, 'nxt', 'ack', b'', b''))
for i in range(r.randint(2, 7)):
    frm = r.choice('ab')
    k = r.random()
    if k < 0.3: steps.append((frm, A_ | P, 'nxt', 'ack', r.choice([b'hi\n', b'x' * 100, b'data' * 50]), b''))
    elif k < 0.45: steps.append((frm, A_, 'nxt', 'ack', b'', b''))
    elif k < 0.6: steps.append((frm, F | A_, 'nxt', 'ack', b'', b''))
    elif k < 0.7: steps.append((frm, R | r.choice([0, A_]), r.choice(['nxt', 'far', 'near']), 'ack', b'', b''))
    elif k < 0.8: steps.append((frm, A_ | P, r.choice(['far', 'old', 'near']), 'ack', b'zz', b''))
    elif k < 0.85: steps.append((frm, A_, 'nxt', r.choice(['ackfar', 'ackold']), b'', b''))
    elif k < 0.9: steps.append((frm, r.choice([S | F, S | R, 0, F, S | A_ | F, U | P | F]), 'nxt', 'ack', b'', b''))
    elif k < 0.95: steps.append((frm, S, r.choice(['isn', 'new']), 0, b'', b''))
    else: steps.append((frm, A_, 'nxt', 'ack', b'', b'', 'badsum'))

for n, stp in enumerate(steps):
    frm, flags, sq, ak, data, opts = stp[:6]
    badsum = len(stp) > 6
    other = 'b' if frm == 'a' else 'a'
    base = st[frm]
    if sq == 'isn': seq = base
    elif sq == 'nxt': seq = st.get('nxt' + frm, base + 1)
    elif sq == 'far': seq = st.get('nxt' + frm, base + 1) + 3000000
    elif sq == 'old': seq = st.get('nxt' + frm, base + 1) - 200000
    elif sq == 'near': seq = st.get('nxt' + frm, base + 1) + r.choice([1, 100, 5000])
    else: seq = base + 77777
    onxt = st.get('nxt' + other, st[other] + 1)
    if ak == 0: ack = 0
    elif ak == 'ack': ack = onxt
    elif ak == 'ackx': ack = onxt + 1000
    elif ak == 'ackfar': ack = onxt + 2000000
    else: ack = onxt - 300000
    L.append("")
    L.append("Segment %d: %s from %s, seq %s, ack %s, %d data bytes%s%s." % (n + 1, fl(flags), frm, sq, ak, len(data), ', options' if opts else '', ', bad checksum' if badsum else ''))
    c(seg(frm, flags, seq, ack, data, opts, badsum=badsum))
    adv = len(data) + (1 if flags & (S | F) else 0)
    if sq in ('isn', 'nxt') and not badsum:
        st['nxt' + frm] = seq + adv
    if r.random() < 0.6 or n == len(steps) - 1:
        c("sleep 0.05; ip netns exec r conntrack -L -p tcp 2>/dev/null | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'")
c("ip netns exec r conntrack -L -p tcp 2>/dev/null | awk '{print int(($3 + 5) / 10) * 10}'")
c("ip netns exec r iptables -L FORWARD -v -n -x | awk '{print $1, $2, $3, $NF}'")
c("ip netns exec b iptables -L INPUT -v -n -x | tail -1 | awk '{print $1, $2}'; ip netns exec a iptables -L INPUT -v -n -x | tail -1 | awk '{print $1, $2}'")
c("ip netns exec r conntrack -S 2>/dev/null | awk '{for (i = 2; i <= NF; i++) {split($i, kv, \"=\"); s[kv[1]] += kv[2]}} END {for (k in s) if (s[k]) print k \"=\" s[k]}' | sort")
print("\n".join(L))
