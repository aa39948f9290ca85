/**
 * arptables -h: printhelp() of xshared.c for the arp family (the usage,
 * the ARP fields, the opcode names), then the help of each target
 * extension arptables-nft has loaded, in its list's order; the target a
 * -j before -h named was loaded last and comes last.
 * @iptables iptables/xshared.c printhelp(), extensions/libxt_MARK.c, libxt_CLASSIFY.c, libarpt_mangle.c, libxt_standard.c
 */

const usage = (prog: string): string => `Usage: ${prog} -[ACD] chain rule-specification [options]
       ${prog} -I chain [rulenum] rule-specification [options]
       ${prog} -R chain rulenum rule-specification [options]
       ${prog} -D chain rulenum [options]
       ${prog} -[LS] [chain [rulenum]] [options]
       ${prog} -[FZ] [chain] [options]
       ${prog} -[NX] chain
       ${prog} -E old-chain-name new-chain-name
       ${prog} -P chain target [options]
       ${prog} -h (print this help information)

Commands:
Either long or short options are allowed.
  --append  -A chain\t\tAppend to chain
  --check   -C chain\t\tCheck for the existence of a rule
  --delete  -D chain\t\tDelete matching rule from chain
  --delete  -D chain rulenum
\t\t\t\tDelete rule rulenum (1 = first) from chain
  --insert  -I chain [rulenum]
\t\t\t\tInsert in chain as rulenum (default 1=first)
  --replace -R chain rulenum
\t\t\t\tReplace rule rulenum (1 = first) in chain
  --list    -L [chain [rulenum]]
\t\t\t\tList the rules in a chain or all chains
  --list-rules -S [chain [rulenum]]
\t\t\t\tPrint the rules in a chain or all chains
  --flush   -F [chain]\t\tDelete all rules in  chain or all chains
  --zero    -Z [chain [rulenum]]
\t\t\t\tZero counters in chain or all chains
  --new     -N chain\t\tCreate a new user-defined chain
  --delete-chain
            -X [chain]\t\tDelete a user-defined chain
  --policy  -P chain target
\t\t\t\tChange policy on chain to target
  --rename-chain
            -E old-chain new-chain
\t\t\t\tChange chain name, (moving any references)

Options:
[!] --source-ip\t-s address[/mask]
\t\t\t\tsource specification
[!] --destination-ip -d address[/mask]
\t\t\t\tdestination specification
[!] --source-mac address[/mask]
[!] --destination-mac address[/mask]
    --h-length   -l   length[/mask] hardware length (nr of bytes)
    --opcode code[/mask] operation code (2 bytes)
    --h-type   type[/mask]  hardware type (2 bytes, hexadecimal)
    --proto-type   type[/mask]  protocol type (2 bytes)
[!] --in-interface -i input name[+]
\t\t\t\tnetwork interface name ([+] for wildcard)
 --jump\t-j target
\t\t\t\ttarget for rule (may load target extension)
  --match\t-m match
\t\t\t\textended match (may load extension)
  --numeric\t-n\t\tnumeric output of addresses and ports
[!] --out-interface -o output name[+]
\t\t\t\tnetwork interface name ([+] for wildcard)
  --table\t-t table\ttable to manipulate (default: \`filter')
  --verbose\t-v\t\tverbose mode
  --wait\t-w [seconds]\tmaximum wait to acquire xtables lock before give up
  --line-numbers\t\tprint line numbers when listing
  --exact\t-x\t\texpand numbers (display exact values)
  --modprobe=<command>\t\ttry to insert modules using this command
  --set-counters -c PKTS BYTES\tset the counter during insert/append
[!] --version\t-V\t\tprint package version.
 opcode strings: 
 1 = Request
 2 = Reply
 3 = Request_Reverse
 4 = Reply_Reverse
 5 = DRARP_Request
 6 = DRARP_Reply
 7 = DRARP_Error
 8 = InARP_Request
 9 = ARP_NAK
 hardware type string: 1 = Ethernet
 protocol type string: 0x800 = IPv4
`;

/** The loaded target extensions and their help, in xtables_targets order. */
const TARGET_HELP: readonly (readonly [string, string])[] = [
  ['MARK', `MARK target options:
  --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark
  --set-mark value[/mask]   Clear bits in mask and OR value into nfmark
  --and-mark bits           Binary AND the nfmark with bits
  --or-mark bits            Binary OR the nfmark with bits
  --xor-mark bits           Binary XOR the nfmark with bits`],
  ['CLASSIFY', `CLASSIFY target options:
--set-class MAJOR:MINOR    Set skb->priority value (always hexadecimal!)`],
  ['mangle', `mangle target options:
--mangle-ip-s IP address
--mangle-ip-d IP address
--mangle-mac-s MAC address
--mangle-mac-d MAC address
--mangle-target target (DROP, CONTINUE or ACCEPT -- default is ACCEPT)`],
  ['standard', `standard match options:
(If target is DROP, ACCEPT, RETURN or nothing)`],
];

/** The whole help text of `prog` (arptables, or arptables-restore for a -h in its input); `target`: the -j given before -h, if any. */
export function arpHelp(target: string, prog = 'arptables'): string {
  const order = [...TARGET_HELP.filter(([n]) => n !== target), ...TARGET_HELP.filter(([n]) => n === target)];
  return `${prog} v1.8.9 (nf_tables)\n\n` + usage(prog) + order.map(([, h]) => `\n${h}\n`).join('');
}
