import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../src/index.js';
import { ROOT } from './helpers.js';

describe('the library refuses bad options with a message that says what is wrong', () => {
  const bad = (options: unknown) => () => extract('Joe Biden spoke.', options as ExtractOptions);

  it.each([
    [{ types: ['planets'] }, RangeError, /unknown kind 'planets' in options\.types; choose from dates, people/],
    [{ types: 'people' }, TypeError, /options\.types must be an array of kinds/],
    [{ date: 'garbage' }, RangeError, /options\.date must be a date in the form YYYY-MM-DD, not 'garbage'/],
    [{ date: '2024-02-30' }, RangeError, /options\.date must be a date/],
    [{ documentDate: 20240101 }, RangeError, /options\.documentDate must be a date in the form YYYY-MM-DD, not number/],
    [{ source: 7 }, TypeError, /options\.source must be a string/],
    [{ onError: 'log' }, TypeError, /options\.onError must be a function/],
  ])('%j', (options, type, message) => {
    expect(bad(options)).toThrow(type);
    expect(bad(options)).toThrow(message);
  });

  it('refuses text that is not a string', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(/text must be a string, not undefined/);
  });

  it('takes good options as before', () => {
    expect(extract('Joe Biden spoke on Friday.', { types: ['people'], date: '2024-03-20' }).people![0]!.name).toBe('Joe Biden');
  });
});

describe('the package', () => {
  it('ships the MIT licence its package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});
