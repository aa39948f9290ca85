import random, sys
# Random differential sequence of iptables-restore inputs: valid blocks and blocks with one
# mutation (a bad line, a missing COMMIT, an unknown table/chain/target, a bad policy or counter,
# a duplicate chain, --noflush over existing rules, -c counters, -T one table, -t test only),
# each followed by the exit status and iptables-save (what stayed, the error's line number).
seed = int(sys.argv[1]); r = random.Random(seed)
L = ["Random differential sequence (seed %d) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each." % seed, ""]
def c(x): L.append("  $ " + x)
RULES = {
    'filter': ['-A INPUT -s 10.0.0.1/32 -j ACCEPT', '-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT', '-A FORWARD -i eth0 -o eth1 -j DROP',
               '-A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited', '-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
               '-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT', '-I INPUT 1 -i lo -j ACCEPT', '-A INPUT -j USERC', '-A USERC -j RETURN',
               '-A INPUT -m comment --comment "a b" -j DROP', '-D INPUT -s 10.0.0.1/32 -j ACCEPT', '-A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT'],
    'nat': ['-A POSTROUTING -o eth1 -j MASQUERADE', '-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080',
            '-A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4', '-A OUTPUT -p tcp -j REDIRECT --to-ports 3128', '-A PREROUTING -j USERC'],
    'mangle': ['-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff', '-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu',
               '-A POSTROUTING -j TTL --ttl-set 64', '-A OUTPUT -j USERC'],
    'raw': ['-A PREROUTING -p udp -j CT --notrack', '-A OUTPUT -j NOTRACK', '-A PREROUTING -j USERC'],
}
CHAINS = {'filter': ['INPUT', 'FORWARD', 'OUTPUT'], 'nat': ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
          'mangle': ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'], 'raw': ['PREROUTING', 'OUTPUT']}
BAD = ['-A INPUT -j NOSUCHTARGET', '-A NOSUCH -j ACCEPT', '-A INPUT -p tcp --dport 99999 -j ACCEPT', '-A INPUT -s 300.1.1.1 -j DROP',
       '-A INPUT -m nosuchmatch -j DROP', ':INPUT BOGUS [0:0]', ':USERC - [x:0]', '-X INPUT', '-A INPUT --bogus-option', 'garbage line',
       '-A INPUT -j ACCEPT extra', '-P INPUT DROP', 'COMMIT', '*filter', ':INPUT ACCEPT', '-A INPUT -j DNAT --to-destination 1.2.3.4',
       '[1:2] -A INPUT -j ACCEPT', '-A INPUT -m tcp --dport 1 -j ACCEPT', '-N USERC', '-A INPUT -p tcp -m tcp ! --syn ! -j ACCEPT',
       ':USERC - [0:0]', '-A INPUT -m comment --comment "unterminated -j ACCEPT', '-F INPUT', '-Z', '-A USERC -j USERC', '# a comment', '',
       ':INPUT - [0:0]', ':USERC ACCEPT [0:0]', ':A23456789012345678901234567890 - [0:0]', '[1:2 -A INPUT -j ACCEPT', '[a:b] -A INPUT -j ACCEPT',
       'COMMIT extra', ' -A INPUT -j ACCEPT', '-E USERC USERD', '-N NEWC', '-X USERC', '-A INPUT -j RETURN -j ACCEPT', '-A INPUT ! -s 1.2.3.4 ! -d 5.6.7.8 -j DROP',
       '-A INPUT -p tcp --syn --dport 22 -j ACCEPT', '-A INPUT -i eth+ -j ACCEPT', '-A INPUT -o eth0 -j ACCEPT', '-A OUTPUT -i eth0 -j ACCEPT',
       '-A INPUT -t nat -j ACCEPT', '-I INPUT 9 -j ACCEPT', '-R INPUT 1 -j DROP', '-D INPUT 5', '-L', '-S', ':FORWARD DROP [1:2:3]', '*raw', '-A INPUT -j LOG --log-prefix "p: "']
def block(table, mutate):
    lines = ['*' + table]
    for ch in CHAINS[table]:
        if r.random() < 0.8: lines.append(':%s %s [%d:%d]' % (ch, r.choice(['ACCEPT', 'ACCEPT', 'DROP']) if table == 'filter' else 'ACCEPT', r.choice([0, 0, 5]), r.choice([0, 0, 300])))
    if r.random() < 0.6: lines.append(':USERC - [0:0]')
    for i in range(r.randint(0, 4)):
        x = r.choice(RULES[table])
        if 'USERC' in x and ':USERC - [0:0]' not in lines: continue
        lines.append(('[%d:%d] ' % (r.randint(0, 9), r.randint(0, 999)) if r.random() < 0.2 else '') + x)
    if mutate:
        k = r.random()
        if k < 0.7: lines.insert(r.randint(1, len(lines)), r.choice(BAD))
        elif k < 0.85: pass  # no COMMIT
        else: lines[0] = '*' + r.choice(['nosuch', 'FILTER', 'security', 'filter extra'])
        if k >= 0.7 and k < 0.85: return lines
    lines.append('COMMIT')
    return lines
c("ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN")
for i in range(r.randint(5, 8)):
    tables = r.sample(['filter', 'nat', 'mangle', 'raw'], r.randint(1, 2))
    text = []
    for t in tables: text += block(t, r.random() < 0.5)
    opts = r.choice(['', '', '--noflush', '-n', '-c', '-t', '-v', '-T nat', '-T filter', '--noflush -c', '-w', '-n -v'])
    body = '\\n'.join(x.replace('%', '%%').replace("'", "'\\''") for x in text) + '\\n'
    c("printf '%s' | ip netns exec n iptables-restore %s; echo rc=$?" % (body, opts))
    if r.random() < 0.6:
        c("ip netns exec n iptables-save %s| grep -v '^#'" % r.choice(['', '-c ', '-t filter ', '-t nat ']))
c("ip netns exec n iptables-save -c | grep -v '^#'")
print("\n".join(L))
