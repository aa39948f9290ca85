// npm run build:web: the playground as a static site in dist-web/ (any static host serves it).
// esbuild bundles web/src/main.ts (which imports the stack's TypeScript sources directly) for
// browsers, minified, with the examples/ and labs/ scripts as the strings of `tuxnet:scripts`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-web');

/** examples/*.sh then labs/*.sh, by name. */
function scripts() {
  const list = [];
  for (const dir of ['examples', 'labs']) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.sh')).sort()) {
      list.push({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') });
    }
  }
  return list;
}

const scriptsPlugin = {
  name: 'tuxnet-scripts',
  setup(b) {
    b.onResolve({ filter: /^tuxnet:scripts$/ }, () => ({ path: 'scripts', namespace: 'tuxnet' }));
    b.onLoad({ filter: /.*/, namespace: 'tuxnet' }, () => ({ contents: `export const SCRIPTS = ${JSON.stringify(scripts())};`, loader: 'js' }));
  },
};

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'web/src/main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  outfile: join(out, 'app.js'),
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [scriptsPlugin],
});
copyFileSync(join(root, 'web/index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'web/style.css'), join(out, 'style.css'));

let js = 0;
let gz = 0;
for (const f of Object.keys(result.metafile.outputs)) {
  if (!f.endsWith('.js')) continue;
  const data = readFileSync(join(root, f));
  js += data.length;
  gz += gzipSync(data, { level: 9 }).length;
}
writeFileSync(join(out, 'size.json'), JSON.stringify({ js, jsGzip: gz }) + '\n');
if (!process.argv.includes('--quiet')) console.log(`dist-web: ${(js / 1024).toFixed(0)} KiB JavaScript, ${(gz / 1024).toFixed(0)} KiB gzipped`);
