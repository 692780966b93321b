import { changed, type Refiner } from '../refiner.js';

// "get around Wednesday's ruling", "found a way around Monday's deadline": "around" as a verb's particle or a noun's
const PARTICLE = /^(?:get|gets|got|getting|go|goes|went|going|come|came|turn|turned|look|looked|move|moved|work|worked|way|ways)\s/i;

/**
 * "around Nov. 1", "around 7:15 p.m.": TimeBank spans the approximation with a point in time (3 of 3), not with a
 * span ("about five hours")
 */
export const aroundRefiner: Refiner = {
  name: 'around',
  refine(timexes, { body }) {
    for (const t of timexes) {
      if (t.kind !== 'date' && t.kind !== 'time') continue;
      const lead = /(?<word>\b[a-z]+\s+)?\baround\s+$/i.exec(body.slice(Math.max(0, t.start - 30), t.start));
      const word = lead?.groups?.word ?? '';
      if (lead && !PARTICLE.test(word)) {
        t.start -= lead[0].length - word.length;
        changed(t, 'around');
      }
    }
    return timexes;
  },
};
