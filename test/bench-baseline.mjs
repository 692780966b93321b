#!/usr/bin/env node
// The baseline of `npm run bench`: what a user gets from plain compromise + compromise-dates without this project.
// Reads every .txt file under the folders given, and per article asks compromise for its people, places,
// organizations and dates (the work this project's CLI replaces), printing one JSON line per article.
//   node test/bench-baseline.mjs <folder>...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

for (const dir of process.argv.slice(2)) {
  for (const file of files(dir)) {
    // compromise-dates throws on some articles (spacetime, on a date it cannot build): that article only fails.
    let out;
    try {
      const doc = nlp(readFileSync(file, 'utf8'));
      out = {
        file,
        people: doc.people().out('array'),
        places: doc.places().out('array'),
        organizations: doc.organizations().out('array'),
        dates: doc.dates().json().map((d) => d.dates),
      };
    } catch (err) {
      out = { file, error: String(err) };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}
