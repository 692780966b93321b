// What reaches a terminal is text to read, never instructions to it: a control character in a file name, an id or
// an entity name (ESC starts a sequence that can clear the screen, retitle the window or reset the terminal) is
// shown escaped. JSON and CSV are data for programs and keep every character (JSON escapes them itself).

// C0 controls (tab and newline included: one cell, one line), DEL, C1 controls, and the bidirectional overrides and
// isolates that can make text display in another order than it is stored.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/** `s` with every control character written as an escape: `\e`, `\n`, `\x07`, `\u202e`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
