import ICAL from 'ical.js';

// RFC 5545 feeds written with ical.js. Instants are written in UTC (…Z), which every calendar app
// reads without a VTIMEZONE; X-WR-TIMEZONE tells apps which zone to show them in.

export interface FeedEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** Increases whenever the event changes, so subscribed calendars take the update. */
  sequence: number;
  lastModified: Date;
}

const utc = (d: Date) => ICAL.Time.fromJSDate(d, true);

/**
 * A TEXT value made safe (RFC 5545 section 3.3.11): CRLF and bare CR become a line break, which
 * ical.js writes as the escape \n; every other control character (C0 but HTAB, and DEL) is dropped.
 * A bare CR would otherwise end the line for a lenient client, letting a title inject events.
 */
export function safeText(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** ical.js leaves X- properties (type unknown) unescaped: escape them as TEXT here. */
const escapedText = (value: string): string => safeText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 section 3.1),
 * the leading space of a continuation included, never splitting a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function buildFeed(name: string, timeZone: string, events: FeedEvent[]): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('prodid', '-//MCN Desk//Schedule//ZH');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', escapedText(name));
  cal.addPropertyWithValue('x-wr-timezone', escapedText(timeZone));
  for (const e of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', safeText(e.uid));
    vevent.addPropertyWithValue('dtstamp', utc(e.lastModified));
    vevent.addPropertyWithValue('last-modified', utc(e.lastModified));
    vevent.addPropertyWithValue('dtstart', utc(e.startsAt));
    vevent.addPropertyWithValue('dtend', utc(e.endsAt));
    vevent.addPropertyWithValue('summary', safeText(e.summary));
    if (e.description) vevent.addPropertyWithValue('description', safeText(e.description));
    if (e.location) vevent.addPropertyWithValue('location', safeText(e.location));
    vevent.addPropertyWithValue('status', e.status);
    vevent.addPropertyWithValue('sequence', e.sequence);
    cal.addSubcomponent(vevent);
  }
  // ical.js folds by octets but lets a continuation line reach 76 of them: unfold its output (no value
  // holds a raw line break any more) and fold again; RFC 5545 lines end in CRLF.
  const lines = cal.toString().replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
