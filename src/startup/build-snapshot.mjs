// Builds dist/snapshot/: bundle.cjs (esbuild: the CLI, the library and compromise in one script that needs no module
// from disk, with bundle.json recording which built files it holds), then, from it, a V8 start-up snapshot with
// compromise loaded and the extractor warmed up (startup.blob, startup.json; dist/startup/build-blob.js), so that
// `article-entities` on one article skips loading the lexicon (see src/startup/launch.ts and README, Speed).
// The bundle is published; the blob is not (it only works with the Node that built it): an installed package builds
// its own on first use, into the user's cache folder.
// Optional by design: if anything here fails, the build still succeeds and the CLI loads the normal way.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'snapshot');
const bundle = join(out, 'bundle.cjs');

function give_up(reason, keep = false) {
  if (!keep) rmSync(out, { recursive: true, force: true });
  else for (const f of ['startup.blob', 'startup.json']) rmSync(join(out, f), { force: true });
  process.stderr.write(`article-entities: no start-up snapshot (${reason}); the CLI will load the normal way\n`);
  process.exit(0);
}

if (process.env.ARTICLE_ENTITIES_NO_SNAPSHOT) give_up('ARTICLE_ENTITIES_NO_SNAPSHOT is set');

// Built before from these very bytes (every file the bundle was made from, this script, dist/) and its stamp current
// for this Node (plan.ts, as the launcher checks it): nothing to do. inputs.json is written after a good build only.
const inputs = join(out, 'inputs.json');
const sha1 = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');
async function unchanged() {
  try {
    const { files } = JSON.parse(readFileSync(inputs, 'utf8'));
    if (Object.entries(files).some(([file, hash]) => sha1(file) !== hash)) return false;
    const { fingerprint } = await import('../../dist/startup/build-blob.js');
    const { stampStatus } = await import('../../dist/startup/plan.js');
    const { runtime } = await import('../../dist/startup/launch.js');
    if (readFileSync(join(out, 'bundle.json'), 'utf8') !== JSON.stringify(fingerprint(root), null, 1) + '\n') return false;
    const stamp = JSON.parse(readFileSync(join(out, 'startup.json'), 'utf8'));
    return stampStatus(stamp, runtime(root), (f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs).current;
  } catch {
    return false; // none recorded, or unreadable: build
  }
}
if (await unchanged()) process.exit(0);
try {
  // Where the snapshot lived before it had its own folder (dist/startup/ now holds the launcher's modules).
  for (const f of ['startup.blob', 'startup.json', 'bundle.cjs']) rmSync(join(root, 'dist', 'startup', f), { force: true });
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

// The snapshot entry may only require built-in modules, so everything is bundled. A module under dist/ that finds
// its JSON beside itself through import.meta.url gets its own file's URL in the package the bundle is in
// (bundledUrl, read when the snapshot is built); one elsewhere, the URL it has here. A package loaded through
// createRequire (world-countries' CommonJS entry) is bundled as a plain require.
const dist = join(root, 'dist') + sep;
const importMetaUrl = {
  name: 'import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = args.path.startsWith(dist) ? `bundledUrl(${JSON.stringify(relative(root, args.path).split(sep).join('/'))})`
        : JSON.stringify(pathToFileURL(args.path).href);
      const bundled = source.replace(/\bcreateRequire\(import\.meta\.url\)/g, 'bundledRequire');
      return { contents: bundled.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

let metafile;
try {
  ({ metafile } = await esbuild.build({
    entryPoints: [join(root, 'src', 'startup', 'snapshot-entry.mjs')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    plugins: [importMetaUrl],
    inject: [join(root, 'src', 'startup', 'snapshot-require.mjs')],
    logLevel: 'error',
    metafile: true,
  }));
} catch (err) {
  give_up(`bundling failed: ${err instanceof Error ? err.message : err}`);
}

const { buildBlob, fingerprint } = await import('../../dist/startup/build-blob.js');
writeFileSync(join(out, 'bundle.json'), JSON.stringify(fingerprint(root), null, 1) + '\n');
const outcome = buildBlob(root, out);
if (!outcome.ok) give_up(outcome.reason, true);
const files = {};
for (const file of [fileURLToPath(import.meta.url), ...Object.keys(metafile.inputs).map((f) => resolve(f))]) files[file] = sha1(file);
writeFileSync(inputs, JSON.stringify({ files }, null, 1) + '\n');
