/**
 * The set match and SET target of iptables 1.8.9 (ipset): their options
 * are parsed, but the set a rule names is looked up at once through the
 * kernel's ipset socket, and a lab has no ipset (no `ipset` command, no
 * sets), so every rule naming a set fails as it does on Linux for a set
 * that does not exist.
 * @iptables extensions/libxt_set.c set_match_v4_parse(), set_target_v3_parse(), libxt_set.h get_set_byname()
 */
import type { Ext, ParseErr } from './ipt_ext.js';

/** The options that take a set name and its flags as two words. */
export const SET_TWO_WORDS: readonly string[] = ['match-set', 'set', 'add-set', 'del-set', 'map-set'];

/** IPSET_MAXNAMELEN */
const IPSET_MAXNAMELEN = 32;

/** get_set_byname(): the name's length, then the kernel's answer (no set of that name). */
function getSetByname(arg: string): ParseErr {
  const name = arg.slice(0, arg.indexOf(' '));
  if (name.length > IPSET_MAXNAMELEN - 1) return `setname \`${name}' too long, max ${IPSET_MAXNAMELEN - 1} characters.`;
  return `Set ${name} doesn't exist.\n`;
}

/** libxt_set.c set_match_v4: --match-set NAME FLAGS and the counter options. */
export const setMatch: Ext = {
  name: 'set', revision: 4,
  opts: {
    'match-set': true, set: true, 'return-nomatch': false, 'update-counters': false, 'update-subcounters': false,
    'packets-eq': true, 'packets-lt': true, 'packets-gt': true, 'bytes-eq': true, 'bytes-lt': true, 'bytes-gt': true,
  },
  init: () => ({}),
  parse: (o, arg) => (o === 'match-set' || o === 'set' ? getSetByname(arg) : null),
  final: () => "You must specify `--match-set' with proper arguments",
  print: () => '',
  save: () => '',
};

/** libxt_SET.c set_target_v3: --add-set/--del-set/--map-set NAME FLAGS. */
export const setTarget: Ext = {
  name: 'SET', revision: 3,
  opts: { 'add-set': true, 'del-set': true, 'map-set': true, timeout: true, exist: false, 'map-mark': false, 'map-prio': false, 'map-queue': false },
  init: () => ({}),
  parse: (o, arg) => (SET_TWO_WORDS.includes(o) ? getSetByname(arg) : null),
  final: () => "You must specify either `--add-set' or `--del-set' or `--map-set'",
  print: () => '',
  save: () => '',
};
