// Stands in for `createRequire(import.meta.url)` in the start-up snapshot's bundle (see build-snapshot.mjs): the
// snapshot may load no module from disk, so the few packages that modules load this way are bundled here.
export function bundledRequire(id) {
  if (id.startsWith('node:')) return require(id); // a built-in module, loaded when first needed, at run time
  switch (id) {
    case 'world-countries': return require('world-countries'); // src/extract/countries/lexicon.ts
    case 'picomatch': return require('picomatch'); // fdir's optional glob support (tinyglobby bundles it anyway)
    default: throw Object.assign(new Error(`Cannot find module '${id}' in the start-up snapshot`), { code: 'MODULE_NOT_FOUND' });
  }
}
bundledRequire.resolve = (id) => {
  bundledRequire(id);
  return id;
};

// Stands in for `import.meta.url` in the bundle's modules under dist/ (see build-snapshot.mjs): their own file's
// URL in the package the bundle is in (dist/snapshot/bundle.cjs), wherever that is when the snapshot is built: the
// bundle is made once, by `npm run build` or `npm pack`, and its snapshot built on each user's machine.
const { join: joinPath } = require('node:path');
const { pathToFileURL: fileUrl } = require('node:url');
const packageRoot = joinPath(__dirname, '..', '..');
export function bundledUrl(relative) {
  return fileUrl(joinPath(packageRoot, relative)).href;
}
