// Builds dist/startup/: a V8 start-up snapshot with compromise loaded and the extractor warmed up, so that
// `article-entities` on one article skips loading the lexicon (see bin/article-entities.js and README, Speed).
// Optional by design: if anything here fails, the build still succeeds and the CLI loads the normal way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'startup');
const bundle = join(out, 'bundle.cjs');
const blob = join(out, 'startup.blob');
const stamp = join(out, 'startup.json');

function give_up(reason) {
  rmSync(out, { recursive: true, force: true });
  process.stderr.write(`article-entities: no start-up snapshot (${reason}); the CLI will load the normal way\n`);
  process.exit(0);
}

if (process.env.ARTICLE_ENTITIES_NO_SNAPSHOT) give_up('ARTICLE_ENTITIES_NO_SNAPSHOT is set');
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
} catch (err) {
  give_up(err instanceof Error ? err.message : String(err));
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  give_up('esbuild is not installed');
}

// The snapshot entry may only require built-in modules, so everything is bundled. Modules that find their JSON
// beside themselves through import.meta.url get their own file's URL (read once, at snapshot build time), and a
// package loaded through createRequire (world-countries' CommonJS entry) is bundled as a plain require.
const importMetaUrl = {
  name: 'import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const bundled = source.replace(/\bcreateRequire\(import\.meta\.url\)/g, 'bundledRequire');
      return { contents: bundled.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'js' };
    });
  },
};

try {
  await esbuild.build({
    entryPoints: [join(root, 'src', 'startup', 'snapshot-entry.mjs')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    plugins: [importMetaUrl],
    inject: [join(root, 'src', 'startup', 'snapshot-require.mjs')],
    logLevel: 'error',
  });
} catch (err) {
  give_up(`bundling failed: ${err instanceof Error ? err.message : err}`);
}

const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: out, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (built.status !== 0) {
  const said = (built.stderr || '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' ');
  give_up(`node --build-snapshot failed: ${said || built.error?.message || `exit ${built.status ?? built.signal}`}`);
}
// The launcher uses the blob only from the very Node that built it, with the same NODE_OPTIONS, from this folder,
// and while the built files it was made from are unchanged (a later `tsc` alone makes it stale).
// It must start: Node refuses a blob it cannot load (another V8 configuration, say), and a bundle can misbehave
// only once deserialized.
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const tried = spawnSync(process.execPath, ['--snapshot-blob', blob, join(root, 'bin', 'article-entities.js'), '--version'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (tried.status !== 0 || tried.stdout.trim() !== version) {
  give_up(`the snapshot does not start: ${(tried.stderr || tried.stdout || '').trim().split('\n')[0] || `exit ${tried.status ?? tried.signal}`}`);
}

try {
  const inputs = {};
  for (const file of readdirSync(join(root, 'dist'), { recursive: true }).sort()) {
    if (!/\.(js|json)$/.test(file) || file.startsWith('startup')) continue;
    inputs[relative(out, join(root, 'dist', file))] = statSync(join(root, 'dist', file)).mtimeMs;
  }
  inputs['startup.blob'] = statSync(blob).mtimeMs;
  // NODE_OPTIONS too: V8 flags in it are part of what a blob is checked against.
  const about = { node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath, nodeOptions: process.env.NODE_OPTIONS ?? '', dir: out + sep, inputs };
  writeFileSync(stamp, JSON.stringify(about, null, 1) + '\n');
} catch (err) {
  give_up(`cannot record the build: ${err instanceof Error ? err.message : err}`);
}
