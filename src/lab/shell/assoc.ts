/**
 * The order in which bash 5.2 lists an associative array's keys
 * (`${!m[@]}`, `${m[@]}`, `declare -p`): its hash table's (hashlib.c,
 * assoc.c assoc_to_word_list_internal). Buckets are visited 0..n-1, each
 * chain from its head, and a new key is put at the head of its chain, so
 * keys of one bucket come newest first. `declare -A` makes a table of
 * 1024 buckets (assoc.h ASSOC_HASH_BUCKETS), which grows fourfold
 * (hash_grow) when an insert finds nentries >= 2 * nbuckets; hash_rehash
 * moves the chains bucket by bucket, head first, to the heads of the new
 * chains.
 *
 * The lab keeps keys in insertion order (a Map); the bash order is
 * replayed from it. Linux: a key removed after the table grew leaves it
 * grown in bash; the replay regrows only as far as the live keys need.
 */
import { encodeBytes } from '../bytes.js';

const ASSOC_HASH_BUCKETS = 1024;
const HASH_REHASH_MULTIPLIER = 4;
const HASH_REHASH_FACTOR = 2;

/** hashlib.c hash_string(): 32-bit FNV-1 over the key's chars, which are signed on x86. */
export function hashString(key: string): number {
  let h = 2166136261;
  for (const b of encodeBytes(key)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ (b >= 0x80 ? b - 0x100 : b)) >>> 0;
  }
  return h;
}

/** `keys` (in insertion order) in the order bash lists them. */
export function bashAssocOrder(keys: Iterable<string>): string[] {
  let n = ASSOC_HASH_BUCKETS;
  // each chain is kept tail first: push() is hash_insert's head insert
  let buckets: { key: string; hash: number }[][] = [];
  let entries = 0;
  for (const key of keys) {
    if (entries >= n * HASH_REHASH_FACTOR) {
      const grown: typeof buckets = [];
      for (let i = 0; i < n; i++) {
        const chain = buckets[i];
        if (!chain) continue;
        for (let j = chain.length - 1; j >= 0; j--) {
          const item = chain[j]!;
          const at = item.hash & (n * HASH_REHASH_MULTIPLIER - 1);
          (grown[at] ??= []).push(item);
        }
      }
      n *= HASH_REHASH_MULTIPLIER;
      buckets = grown;
    }
    const hash = hashString(key);
    (buckets[hash & (n - 1)] ??= []).push({ key, hash });
    entries++;
  }
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const chain = buckets[i];
    if (!chain) continue;
    for (let j = chain.length - 1; j >= 0; j--) out.push(chain[j]!.key);
  }
  return out;
}
