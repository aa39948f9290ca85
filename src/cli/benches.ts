/**
 * The benchmark modules `tuxnet bench` loads: each one calls registerBench()
 * from ./bench.ts when imported. Add `import '../<layer>/<name>.bench.js';`
 * lines here.
 */
import '../bench/fib_lookup.js';
import '../bench/forward.js';
import '../bench/bridge_forward.js';
import '../bench/fib_table.js';
import '../bench/scale.js';
import '../bench/tcp.js';
import './bench_kernel.js';

export {};
