"""Probe transcripts for sysctl handlers: every key of KEYS (one per line, e.g.
`ip netns exec X sysctl -a | cut -d' ' -f1`) written with VALUES through /proc/sys,
25 keys a file: python3 gen_sysctl_probe.py KEYS PREFIX [VALUE...]"""
import sys
keys = [k.strip() for k in open(sys.argv[1]) if k.strip()]
prefix = sys.argv[2]
vals = sys.argv[3:] or ['2', '255', '256', '-1', '2147483647', '2147483648']
chunks = [keys[i:i + 25] for i in range(0, len(keys), 25)]
for n, ch in enumerate(chunks):
    lines = ["Each key of part %d (%s to %s) written with %s through /proc/sys: which values the kernel's handler takes and what it reads back." % (n + 1, ch[0], ch[-1], ', '.join(vals)), ""]
    lines.append("  $ ip link add d0 type veth peer name e0")
    for k in ch:
        p = '/proc/sys/' + k.replace('.', '/')
        lines.append("  $ for v in %s; do echo \"$v\" > %s 2>/dev/null; echo \"$v:$?:$(cat %s)\"; done 2>&1 | tr '\\n\\t' ' '; echo" % (' '.join(vals), p, p))
    open('%s-%02d.t' % (prefix, n + 1), 'w').write('\n'.join(lines) + '\n')
