export type ColorWhen = 'auto' | 'always' | 'never';

/**
 * Whether the table gets colour, as the ecosystem expects: `--color always|never` wins; otherwise `FORCE_COLOR`
 * (set and not empty: on, except `0` or `false`, which turn it off, as in Node and chalk) wins over `NO_COLOR`
 * (set and not empty: off, https://no-color.org), then `TERM=dumb` is off, then colour only on a terminal.
 */
export function colorWanted(when: ColorWhen, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (when !== 'auto') return when === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stdoutIsTTY;
}
