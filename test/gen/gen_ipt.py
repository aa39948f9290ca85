import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
# "l": listings by name (-L without -n: services, icmp names, "anywhere"), single rules (-L/-S CHAIN N, -v),
# renames, deletions and zeroing of user chains in between
lmode = len(sys.argv) > 2 and 'l' in sys.argv[2]
lines = ["Random differential sequence (seed %d) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset." % seed, ""]
def c(x): lines.append("  $ " + x)
tables = {'filter': ['INPUT', 'FORWARD', 'OUTPUT'], 'nat': ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], 'mangle': ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'], 'raw': ['PREROUTING', 'OUTPUT']}
def m():
    parts = []
    proto = r.choice([None, 'tcp', 'udp', 'icmp', 'all', '6', 'sctp'])
    if proto: parts.append(('! ' if r.random() < 0.1 else '') + '-p ' + proto)
    if r.random() < 0.4: parts.append(('! ' if r.random() < 0.15 else '') + '-s ' + r.choice(['10.0.0.1', '10.0.0.0/8', '192.168.1.0/24', '10.1.2.3/16', '0.0.0.0/0', '10.0.0.1,10.0.0.2']))
    if r.random() < 0.3: parts.append('-d ' + r.choice(['10.0.0.2', '172.16.0.0/12', '1.2.3.4/32']))
    if r.random() < 0.25: parts.append(('! ' if r.random() < 0.1 else '') + '-i ' + r.choice(['eth0', 'veth+', 'lo', 'd0']))
    if r.random() < 0.2: parts.append('-o ' + r.choice(['eth1', 'br+', 'd1']))
    if proto in ('tcp', 'udp', '6', 'sctp') and r.random() < 0.6:
        parts.append(r.choice(['--dport 80', '--sport 1024:65535', '--dport 22:', '! --dport 53', '-m multiport --dports 80,443,8000:8080', '-m multiport --ports 1,2']))
    if proto == 'tcp' and r.random() < 0.3:
        parts.append(r.choice(['--syn', '--tcp-flags SYN,ACK SYN', '! --syn', '--tcp-flags ALL NONE', '--tcp-option 2']))
    if proto == 'icmp' and r.random() < 0.6:
        parts.append('--icmp-type ' + r.choice(['echo-request', '8', '3/4', 'any', 'port-unreachable', 'time-exceeded']))
    if r.random() < 0.25:
        parts.append(r.choice(['-m conntrack --ctstate NEW,ESTABLISHED', '-m state --state RELATED', '-m conntrack ! --ctstate INVALID', '-m limit --limit 5/min --limit-burst 3', '-m mark --mark 0x1/0xff', '-m comment --comment "hello world"', '-m length --length 100:200', '-m ttl --ttl-gt 5', '-m pkttype --pkt-type broadcast', '-m addrtype --dst-type LOCAL', '-m iprange --src-range 10.0.0.1-10.0.0.9', '-m mac --mac-source 02:00:00:00:00:01', '-m tos --tos 0x10', '-m dscp --dscp 10', '-m connmark --mark 5', '-m owner --uid-owner 0', '-m recent --name foo --rcheck --seconds 60', '-m recent --set', '-m hashlimit --hashlimit-upto 10/sec --hashlimit-name h1', '-m hashlimit --hashlimit-above 5/min --hashlimit-mode srcip --hashlimit-name h2', '-m connlimit --connlimit-above 3', '-m string --algo bm --string abc', '-m u32 --u32 "0>>22&0x3C@0>>16=0x1234"', '-m time --timestart 09:00 --timestop 17:00', '-m statistic --mode nth --every 3 --packet 1', '-m statistic --mode random --probability 0.25', '-m quota --quota 1000', '-m tcpmss --mss 1000:1500', '-f', '! -f', '-m conntrack --ctorigdst 10.0.0.1 --ctstate DNAT', '-m conntrack --ctstatus ASSURED --ctexpire 10:100', '-m ecn --ecn-tcp-cwr', '-m helper --helper ftp', '-m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets', '-m physdev --physdev-in eth0', '-m rpfilter --invert', '-m realm --realm 5', '-m state --state INVALID,UNTRACKED', '-m icmp --icmp-type 0', '-m addrtype --src-type UNICAST --limit-iface-in', '-m length ! --length 1000', '-m ttl --ttl-eq 1', '-m ttl --ttl-lt 3', '-m dscp --dscp-class EF', '-m tos --tos Minimize-Delay', '-m mark ! --mark 0x3', '-m devgroup --src-group 3', '-m cpu --cpu 0', '-m cgroup --path /']))
    return ' '.join(parts)
def t(table, chain):
    opts = ['ACCEPT', 'DROP', 'RETURN', 'LOG --log-prefix "x: " --log-level 4', 'MARK --set-mark 0x5', 'MARK --set-xmark 0x1/0xf', 'CONNMARK --save-mark', 'LOG --log-tcp-sequence --log-ip-options --log-uid', 'LOG --log-level debug', 'NFLOG --nflog-group 5 --nflog-prefix p', 'NFQUEUE --queue-num 3 --queue-bypass', 'NFQUEUE --queue-balance 0:3', 'CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff', 'CONNMARK --set-mark 0x7/0xf', 'MARK --and-mark 0x3', 'MARK --or-mark 0x8', 'CLASSIFY --set-class 1:10', 'AUDIT --type accept', 'TRACE']
    if table == 'filter': opts += ['REJECT', 'REJECT --reject-with icmp-host-prohibited', 'REJECT --reject-with tcp-reset']
    if table == 'nat':
        opts = ['ACCEPT', 'RETURN']
        if chain in ('PREROUTING', 'OUTPUT'): opts += ['DNAT --to-destination 10.0.0.9', 'DNAT --to-destination 10.0.0.9:8080', 'REDIRECT --to-ports 8080']
        if chain in ('POSTROUTING', 'INPUT'): opts += ['SNAT --to-source 1.2.3.4', 'SNAT --to-source 1.2.3.4-1.2.3.8 --random']
        if chain == 'POSTROUTING': opts += ['MASQUERADE', 'MASQUERADE --to-ports 1000-2000']
    if table == 'mangle': opts += ['TTL --ttl-set 9', 'TTL --ttl-dec 1', 'TOS --set-tos 0x10', 'TOS --and-tos 0x12', 'DSCP --set-dscp 1', 'DSCP --set-dscp-class AF11', 'TCPMSS --clamp-mss-to-pmtu', 'TCPMSS --set-mss 1200', 'ECN --ecn-tcp-remove', 'CHECKSUM --checksum-fill', 'TCPOPTSTRIP --strip-options sack-permitted,timestamp']
    if table == 'raw': opts = ['ACCEPT', 'DROP', 'CT --notrack', 'NOTRACK', 'CT --zone 5', 'CT --zone-orig 3', 'CT --helper ftp', 'CT --timeout t1', 'CT --ctevents new,destroy', 'CT --expectevents new']
    return r.choice(opts)
used = set()
user = []
for i in range(r.randint(8, 14)):
    table = r.choice(['filter', 'filter', 'filter', 'nat', 'mangle', 'raw'])
    chain = r.choice(tables[table] + ([user[0][1]] if user and user[0][0] == table else []))
    used.add(table)
    k = r.random()
    tt = '' if table == 'filter' else '-t %s ' % table
    if k < 0.45:
        target = t(table, chain)
        mm = m()
        if ('--to-ports' in target or 'REDIRECT' in target) and '-p tcp' not in mm and '-p udp' not in mm: mm = '-p tcp ' + mm
        c("iptables %s-A %s %s -j %s; echo $?" % (tt, chain, mm, target))
    elif k < 0.55:
        c("iptables %s-I %s %d %s -j %s; echo $?" % (tt, chain, r.randint(1, 3), m(), t(table, chain)))
    elif k < 0.62:
        c("iptables %s-D %s %d; echo $?" % (tt, chain, r.randint(1, 3)))
    elif k < 0.68:
        c("iptables %s-R %s %d %s -j %s; echo $?" % (tt, chain, r.randint(1, 2), m(), t(table, chain)))
    elif k < 0.75 and not user:
        name = r.choice(['MYCHAIN', 'log_drop', 'a-b'])
        user.append((table, name))
        c("iptables %s-N %s; echo $?" % (tt, name))
        c("iptables %s-A %s -j %s; echo $?" % (tt, name, r.choice(['ACCEPT', 'DROP', 'RETURN'])))
        c("iptables %s-A %s -j %s; echo $?" % (tt, tables[table][0], name))
    elif k < 0.8 and table in ('filter',):
        c("iptables -P %s %s; echo $?" % (chain, r.choice(['DROP', 'ACCEPT'])))
    elif k < 0.85:
        c("iptables %s-C %s %s -j %s; echo $?" % (tt, chain, m(), t(table, chain)))
    elif k < 0.9:
        c("iptables %s-S %s %d; echo $?" % (tt, chain, r.randint(1, 2)))
    elif not lmode or k < 0.95:
        c("iptables %s-L %s -n --line-numbers; echo $?" % (tt, chain))
    else:
        k2 = r.random()
        if user and user[0][0] == table and k2 < 0.3:
            new = r.choice(['renamed', 'MYCHAIN', 'x' * 29, 'x' * 28, 'INPUT', 'DROP', '-bad'])
            c("iptables %s-E %s %s; echo $?" % (tt, user[0][1], new))
            if not new.startswith('-') and new not in ('INPUT', 'DROP', 'MYCHAIN') or (new == 'MYCHAIN' and user[0][1] != 'MYCHAIN' and len(new) < 29): user[0] = (table, new)
        elif user and user[0][0] == table and k2 < 0.5:
            c("iptables %s-%s %s; echo $?" % (tt, r.choice(['X', 'F', 'Z', 'L', 'S']), user[0][1]))
        else:
            c("iptables %s%s %s %d%s; echo $?" % (tt, r.choice(['-L', '-S', '-Z', '-L -v', '-S -v', '-L -x -v', '-L -n', '-Z -v']), chain, r.randint(0, 3), r.choice(['', ' -n', ' --line-numbers'])))
for table in sorted(used):
    tt = '' if table == 'filter' else '-t %s ' % table
    c("iptables %s-S" % tt)
    c("iptables %s-L -n -v -x" % tt)
    if lmode:
        c("iptables %s-L -v --line-numbers" % tt)
        c("iptables %s-S -v" % tt)
c("iptables-save | grep -v '^#'")
c("nft list ruleset")
print("\n".join(lines))
