// A message about an uploaded file may quote what it refuses, but only so much: a 60 KB cell echoed
// whole would fill every rejected row, the import's failure and the page that shows them.

/** At most this many characters of a file's content go into one message. */
export const ECHO_MAX = 200;

/** The start of `value`, at most `max` UTF-16 units, never ending in half a surrogate pair; '…' marks a cut. */
export function capped(value: string, max = ECHO_MAX): string {
  if (value.length <= max) return value;
  const cut = /[\uD800-\uDBFF]$/.test(value.slice(0, max)) ? max - 1 : max;
  return `${value.slice(0, cut)}…`;
}

/** A value from a file as a message quotes it: capped, then JSON-quoted, so quotes and line breaks show as escapes. */
export function quoted(value: string, max = ECHO_MAX): string {
  return JSON.stringify(capped(value, max));
}
