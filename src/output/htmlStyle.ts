// The HTML page's inline style sheet and script (see html.ts). Colours are the Okabe-Ito palette, chosen to stay
// apart for the common colour-vision deficiencies; each kind also has its own line (underline style or box) and a
// text label, so nothing depends on colour alone, on screen or on a black-and-white printout.
import { createRequire } from 'node:module';
import type { Kind } from '../types.js';
import { KINDS } from '../types.js';

interface KindLook {
  /** Okabe-Ito colour: the label's background and, tinted, the mark's. */
  colour: string;
  /** The line colour (a darker shade where the palette colour is too light to see as a thin line on white). */
  line: string;
  /** Text colour on `colour`, the one with the better contrast. */
  ink: string;
  /** The non-colour cue: `underline <style>` or `box <style>` (a border around the mention). */
  cue: string;
}

export const KIND_LOOK: Record<Kind, KindLook> = {
  dates: { colour: '#56B4E9', line: '#1f7fbf', ink: '#000', cue: 'underline solid' },
  people: { colour: '#E69F00', line: '#b07800', ink: '#000', cue: 'underline double' },
  roles: { colour: '#F0E442', line: '#8a7f00', ink: '#000', cue: 'underline wavy' },
  countries: { colour: '#009E73', line: '#009E73', ink: '#000', cue: 'underline dotted' },
  initiatives: { colour: '#CC79A7', line: '#a8487f', ink: '#000', cue: 'underline dashed' },
  organizations: { colour: '#0072B2', line: '#0072B2', ink: '#fff', cue: 'box solid' },
  places: { colour: '#D55E00', line: '#D55E00', ink: '#000', cue: 'box dashed' },
};

const tint = (hex: string, alpha: number): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

function kindRules(kind: Kind): string {
  const look = KIND_LOOK[kind];
  const [shape, style] = look.cue.split(' ') as [string, string];
  // Nested underlines sit at different depths, so "U.S." inside an underlined name shows both lines.
  const offset = kind === 'initiatives' ? '0.42em' : kind === 'roles' ? '0.3em' : '0.18em';
  const line = shape === 'box'
    ? `border: 1.5px ${style} ${look.line}; border-radius: 2px;`
    : `text-decoration: underline ${style} ${look.line} 2px; text-underline-offset: ${offset};`;
  return [
    `mark.kind-${kind}, .sample.kind-${kind} { background-color: ${tint(look.colour, 0.22)}; ${line} }`,
    `mark.kind-${kind}[data-label]::after, .tag.kind-${kind} { background: ${look.colour}; color: ${look.ink}; }`,
    `article[data-filter="${kind}"] .article-text mark:not(.kind-${kind}) {`
      + ' background: none; text-decoration: none; border-color: transparent; }',
    `article[data-filter="${kind}"] .article-text mark:not(.kind-${kind})::after { display: none; }`,
    `article[data-filter="${kind}"] .panel section:not(.kind-${kind}) { display: none; }`,
  ].join('\n');
}

const BASE_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  background: #fff; display: flex; flex-direction: column; }
body > header, main > article, nav.contents { padding: 1rem 1.5rem; }
body > header h1 { font-size: 1.25rem; margin: 0; }
body > header p { margin: .25rem 0 0; color: var(--muted); }
/* The contents are written after the articles (the page streams), and shown before them. */
body > header { order: -2; }
nav.contents { order: -1; }
nav.contents h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
nav.contents ol { margin: 0; padding-left: 1.5rem; }
nav.contents .counts, nav.contents .failed { color: var(--muted); font-size: .9em; }
nav.contents .failed { color: #8b0000; }
main > article { border-top: 1px solid var(--rule); }
article > header h2 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
article > header .meta { margin: .2rem 0 .5rem; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: .25rem 0; font-size: .9em; }
.sample { padding: 0 .2em; }
.tag { display: inline-block; font-size: .72em; line-height: 1.3; padding: 0 .3em; border-radius: 3px; font-weight: 600;
  vertical-align: .15em; }
.controls { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin: .5rem 0; font-size: .9em; }
.controls fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .6rem; }
.controls legend { float: left; margin-right: .5rem; font-weight: 600; }
.no-js .js-only { display: none; }
.columns { display: grid; grid-template-columns: minmax(0, 46rem) minmax(16rem, 24rem); gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
.article-text { white-space: pre-wrap; overflow-wrap: break-word; line-height: 2.1; font-size: 1.05rem; }
mark { color: inherit; padding: 0 1px; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
/* inline-block: the mark's own underline is not drawn through its label. */
mark[data-label]::after { content: attr(data-label); display: inline-block; font-size: .62em; font-weight: 600; line-height: 1.2;
  padding: 0 .3em; margin-left: .25em; border-radius: 3px; vertical-align: .35em; white-space: nowrap; text-indent: 0; }
.no-labels mark[data-label]::after { display: none; }
mark.hl, mark.pinned { outline: 2px solid #000; outline-offset: 1px; }
.panel a.hl, .panel a.pinned { outline: 2px solid #000; outline-offset: 1px; }
.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; font-size: .92em;
  border-left: 1px solid var(--rule); padding-left: 1rem; }
.panel section { margin-bottom: .8rem; }
.panel h3 { font-size: 1em; margin: 0 0 .25rem; }
.panel ol { margin: 0; padding-left: 1.6rem; }
.panel li { margin: .1rem 0; }
.panel a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
.panel .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.panel .detail { display: block; color: var(--muted); font-size: .92em; }
.panel .none { color: var(--muted); margin: 0; }
@media print {
  body { font-size: 11pt; }
  .controls, .js-only { display: none !important; }
  .columns { display: block; }
  .panel { position: static; max-height: none; overflow: visible; border: 0; padding: 0; margin-top: 1rem; columns: 2; }
  .panel section { break-inside: avoid; }
  main > article + article { break-before: page; }
  mark, .tag, mark[data-label]::after { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.hl, mark.pinned, .panel a.hl, .panel a.pinned { outline: none; }
  .panel a { border: 0; }
}
`;

/** The page's whole style sheet. */
export const PAGE_CSS = BASE_CSS + KINDS.map(kindRules).join('\n') + '\n';

/**
 * The page's only script: hovering or focusing a mention or a list entry outlines every mention of that entity,
 * clicking pins it, the radio buttons show one kind at a time, a check box hides the labels. Without it the page
 * still shows every mark, label and list (the controls are hidden), and the list entries link to first mentions.
 */
export const PAGE_SCRIPT = `
(function () {
  var root = document.documentElement;
  root.classList.remove('no-js');
  function entity(e) { return e.target && e.target.closest ? e.target.closest('[data-entity]') : null; }
  function mates(el) {
    var article = el.closest('article');
    if (!article) return [];
    var kind = el.getAttribute('data-kind'), index = el.getAttribute('data-entity');
    return article.querySelectorAll('[data-kind="' + kind + '"][data-entity="' + index + '"]');
  }
  function mark(el, cls, on) { mates(el).forEach(function (x) { x.classList.toggle(cls, on); }); }
  function hover(on) { return function (e) { var el = entity(e); if (el) mark(el, 'hl', on); }; }
  document.addEventListener('mouseover', hover(true));
  document.addEventListener('mouseout', hover(false));
  document.addEventListener('focusin', hover(true));
  document.addEventListener('focusout', hover(false));
  document.addEventListener('click', function (e) {
    var el = entity(e);
    if (!el) return;
    var pinned = el.classList.contains('pinned');
    el.closest('article').querySelectorAll('.pinned').forEach(function (x) { x.classList.remove('pinned'); });
    if (!pinned) mark(el, 'pinned', true);
  });
  document.addEventListener('change', function (e) {
    var input = e.target;
    if (input.hasAttribute('data-filter')) {
      var article = input.closest('article');
      if (input.value) article.setAttribute('data-filter', input.value); else article.removeAttribute('data-filter');
    } else if (input.hasAttribute('data-labels')) {
      root.classList.toggle('no-labels', !input.checked);
      document.querySelectorAll('input[data-labels]').forEach(function (x) { x.checked = input.checked; });
    }
  });
})();
`;

// node:crypto is loaded when a page is first made, not with this module (the CLI's start-up snapshot holds it).
const require = createRequire(import.meta.url);
let policy: string | undefined;

/**
 * A Content-Security-Policy that lets only this style sheet and this script run and loads nothing from anywhere:
 * even if some text slipped through unescaped, it could neither run a script nor fetch a resource.
 */
export function contentSecurityPolicy(): string {
  if (policy) return policy;
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  policy = `default-src 'none'; style-src ${hash(PAGE_CSS)}; script-src ${hash(PAGE_SCRIPT)}; img-src data:; `
    + "base-uri 'none'; form-action 'none'";
  return policy;
}
