#!/usr/bin/env node
/**
 * `dist/tuxnet.mjs`, the executable: loads the CLI bundle (dist/tuxnet.cjs,
 * main.ts and all it imports) with V8's code cache (dist/tuxnet.cache), so a
 * start does not parse and compile again the functions a lab always runs.
 * The cache is made by the build, after a run of labs/default.sh
 * (TUXNET_CODE_CACHE=write): it holds the bytecode of every function that run
 * compiled. It is used only for the very bundle it was made from (its size
 * and mtime are in the cache's header; V8 itself checks its version and
 * flags and rejects a cache that does not fit); without a usable one the
 * bundle is compiled as it loads, as before. The bundle sees this file's URL
 * as its `import.meta.url` (its package.json, web root and worker threads
 * are found from it). Nothing of the emulator is here: node builtins only.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/*
 * V8's young generation starts at 1 MB a semi-space and doubles after each
 * scavenge whose survivors fill it, up to 16 MB: a lab's objects mostly
 * live as long as the lab, so its first namespaces paid four scavenges of
 * everything built so far on the way. Growing sixteenfold reaches the
 * ceiling at the first. V8 reads this flag at each growth (the heap's
 * sizes themselves are fixed before any script runs: --max-semi-space-size
 * would need a second node start). Set before the bundle is compiled, so
 * the code cache, which records V8's flags, is made and used with it.
 */
setFlagsFromString('--semi-space-growth-factor=16');
/*
 * TurboFan later: a function is optimized after 15 interrupt-budget ticks
 * (V8's default is 3, plus one per 150 bytes of bytecode), each about
 * 66 KB of its bytecode run. A lab does the same thing once per
 * namespace, device or packet, a few hundred or thousand times: at 3 ticks
 * some twenty small functions (the scheduler's heap, notifier calls, ipv6
 * address compares, devconf lookups, checksums...) reached TurboFan, each
 * compile costing millions of instructions on its background thread, more
 * than the optimized code then saved. `bench kernel-netns`, 100
 * namespaces, valgrind instructions: 1,282 M at 3 ticks (1,286 M the
 * second run), 1,247 M at 6, 1,238 M at 9, 1,221 M at 15, 1,225 M at 30;
 * 1000 namespaces: CPU time the same (1.02/1.06 s -> 1.06/0.95 s), the
 * hot functions still optimized, a little later.
 */
setFlagsFromString('--ticks-before-optimization=15');
/*
 * Tried and not set: smaller TurboFan graphs, the bytecode TurboFan inlines
 * into one optimized function capped at 200 bytes rather than V8's 920. A lab's hot
 * functions sit on deep call chains (icmp6McastXmit → ndiscNeighOutput →
 * neighCreateFull → the Neighbour constructor, devQueueXmit → vethXmit...;
 * the shell's execSimple, runDue's timer callbacks), and inlining them whole
 * made compiles of tens of millions of instructions each: at 1000
 * namespaces TurboFan's thread was 1.49 G of the run's 3.6 G instructions.
 * Measured with valgrind (`tuxnet run` of the hub script, instructions over
 * an empty run, code cache made with the flag; nsfast13): 100 namespaces
 * 291.6 M -> 278.9 M / 279.0 M, 1000 namespaces 3,618 M / 3,615 M ->
 * 3,185 M / 3,224 M / 3,228 M; cumulative 300 gave 282.5 M and 3,260 M,
 * 100 gave 281.6 M (and the route load below 3% slower), 460 changed
 * nothing at 100. `bench
 * kernel-routes` of 300k routes (steady-state code, where inlining pays):
 * 2.65 / 2.59 s of CPU against 2.63 / 2.57 s without the flag (the noise of
 * a loaded machine; --no-turbo-inlining cost 27% there), 30k routes under
 * valgrind 5.55 G instructions against 5.52 G. nsfast11 measured 200 at 100
 * namespaces alone (10 M fewer, within its noise then).
 */
/*
 * Not set: the same flag makes the steady-state forward path 20% slower
 * (`bench forward-router` run 3, alternated on one machine: 861-879 k
 * packets/s with it, 1,099-1,164 k without; the 1 M packets/s target of
 * issue #14 is lost), for 4% fewer instructions at 100 namespaces.
 */
/*
 * Tiering flags measured here (Node 20.20, V8 11.3; `bench kernel-netns`
 * with 100 namespaces, each cache rebuilt with its flag; instructions
 * counted by valgrind, which unlike times does not move with the machine's
 * load) and left out: --always-sparkplug costs 19 M instructions more,
 * --no-lazy-feedback-allocation 68 M more, --interrupt-budget=16384 more
 * than doubles the CPU time (TurboFan compiles far more), --maglev changes
 * nothing (this build never tiers up to Maglev, even with --no-turbofan).
 * Of the ~390 M instructions 100 namespaces cost, about a third are
 * TurboFan compiling on its background thread and a fifth are property
 * load/store ICs of baseline (Sparkplug) code; interpreter handlers are
 * under 1%.
 * Measured later (nsfast11) and left out too, `tuxnet run` of the hub
 * script, 100 namespaces, whole process (about 995 M instructions; an
 * unchanged build measures 990-1013 M from run to run, the concurrent
 * TurboFan and GC threads ending at other times, and 1000 namespaces
 * 4.26-4.74 G): feedback vectors sooner
 * (--interrupt-budget-for-feedback-allocation=470 with
 * --interrupt-budget-factor-for-feedback-allocation=2): 990-997 M, no
 * change; --no-turbo-inlining: about 28 M fewer at 100 namespaces, and
 * at 1000 TurboFan's own instructions halve (1.46 G -> 0.73 G) while its
 * code runs 0.3 G more, but an `ip -batch` of 300k routes takes 27% more
 * CPU (3.3 s instead of 2.6 s); --max-inlined-bytecode-size-cumulative=200:
 * 10 M fewer, within the noise; --no-sparkplug about 80 M more;
 * --concurrent-sparkplug about 60 M more;
 * --no-reset-interrupt-on-ic-update and --ticks-before-optimization=30:
 * no change. Beware when comparing flags: given on node's command line
 * rather than set here, a V8 flag makes node reject the code cache of its
 * own built-in modules (about 50 M instructions more at every start), so
 * compare against an empty run with the same flags. Where the 100
 * namespaces' instructions go (each part measured as the script less
 * that command): `ip netns add` 0.6 M each, `ip link add` (the veth pair)
 * 0.5 M, the first `ip link set up` 0.33 M, the second 1.4 M (both ends'
 * carrier on: addrconf, DAD, MLD reports and router solicitations, and
 * the packets those send to the peer, about 40% of the run); an
 * `ip link set` that changes nothing costs 0.47 M (nearly half of its own
 * work, after the shell's and ip's start, is ll_name_to_index()'s
 * RTM_GETLINK round trip, by perf samples), a loop turn of
 * `ip -V > /dev/null` 0.16 M.
 * At 1000 namespaces TurboFan is 40% of the instructions, the GC 16%.
 * Later (nsfast12), the 100 namespaces' ~310 M over an empty run by kind
 * (valgrind, per symbol): builtins of baseline code 170 M (property load
 * ICs 43 M, class field definitions 12.5 M), TurboFan 64 M, the rest of
 * V8's runtime 28 M, JIT code 26 M. TurboFan compiles only some fifteen
 * functions there (`node --trace-opt`: the scheduler heap's push, siftUp,
 * swap, less; devconf get and conf; ip's matches(); the shell's
 * isSyncWord; ipv6AddrEqual, mcJoined...), 0.3 to 2.9 ms of its thread
 * each, some 4 M instructions: a change that makes one more function hot
 * (a new 16-byte compare loop, an indexed loop in setupNet) costs more
 * than it saves. A for-of step in baseline code goes through the array
 * iterator (~200 instructions more than an indexed step, measured with
 * --no-opt): the loops a namespace runs most (25,000 steps for 100) are
 * indexed.
 */

const self = import.meta.url;
const bundle = fileURLToPath(new URL('./tuxnet.cjs', self));
const cacheFile = fileURLToPath(new URL('./tuxnet.cache', self));

/** What the cache was made from: the bundle's size and mtime, node's version and arch. */
function stamp(): Buffer {
  const st = statSync(bundle);
  return Buffer.from(`tuxnet-code-cache ${st.size} ${st.mtimeMs} ${process.version} ${process.arch}\n`);
}

/** The cached bytecode if it was made from this bundle, else undefined. */
function readCache(want: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(cacheFile);
    return data.subarray(0, want.length).equals(want) ? data.subarray(want.length) : undefined;
  } catch {
    return undefined;
  }
}

const want = stamp();
// a CommonJS body in a function of our own (the parameters are what the bundle uses of a module's scope)
const source = `(function (require, module, exports, __filename, __tuxnetUrl) {${readFileSync(bundle, 'utf8').replace(/^#!.*/, '')}\n})`;
const script = new Script(source, { filename: bundle, cachedData: readCache(want) });
const mod = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void)(createRequire(bundle), mod, mod.exports, bundle, self);

// (the main thread's: `tuxnet test -j` workers load this file too)
const { isMainThread } = createRequire(bundle)('node:worker_threads') as typeof import('node:worker_threads');
if (process.env.TUXNET_CODE_CACHE === 'write' && isMainThread) {
  process.on('exit', () => writeFileSync(cacheFile, Buffer.concat([want, script.createCachedData()])));
}
