// The entry of the start-up snapshot (see build-snapshot.mjs): bundled with compromise and the library into one
// CommonJS script, run once by `node --build-snapshot`. Everything here runs at build time; the heap it leaves
// (compromise's expanded lexicon, our word lists, a warmed-up extractor) is what `article-entities` starts from.
import v8 from 'node:v8';
import { main } from '../../dist/cli/main.js';
import { extract } from '../../dist/index.js';
import { endWithParent } from '../../dist/startup/child.js';

// A made-up article that reaches every extractor (dates, people with roles, countries, organizations, places,
// initiatives), so that compromise and our rules have run once before the snapshot is taken.
const WARM_UP = `date 2023-05-02

BERLIN, May 2 (Reuters) - German Chancellor Olaf Scholz met French President Emmanuel Macron on Tuesday to
discuss the European Green Deal and a new joint programme for sharing satellite data, officials said.
Scholz told reporters at the Federal Foreign Office that the plan would start next month and run for three years.
"We will not wait until 2025," said Anna Weber, a spokeswoman for the German Ministry of Defence in Berlin.
The talks followed last week's summit in Paris, where Japanese and South Korean diplomats joined U.S. officials.
Mr. Macron said the Paris Agreement remained the basis of the partnership, and that Brazil's climate plan was welcome.
`;
for (let i = 0; i < 3; i++) extract(WARM_UP);

v8.startupSnapshot.setDeserializeMainFunction(() => {
  endWithParent(process.env);
  main(process.argv).then((code) => { process.exitCode = code; });
});
