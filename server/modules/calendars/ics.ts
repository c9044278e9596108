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

export function buildFeed(name: string, timeZone: string, events: FeedEvent[]): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('prodid', '-//MCN Desk//Schedule//ZH');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', name);
  cal.addPropertyWithValue('x-wr-timezone', timeZone);
  for (const e of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', e.uid);
    vevent.addPropertyWithValue('dtstamp', utc(e.lastModified));
    vevent.addPropertyWithValue('last-modified', utc(e.lastModified));
    vevent.addPropertyWithValue('dtstart', utc(e.startsAt));
    vevent.addPropertyWithValue('dtend', utc(e.endsAt));
    vevent.addPropertyWithValue('summary', e.summary);
    if (e.description) vevent.addPropertyWithValue('description', e.description);
    if (e.location) vevent.addPropertyWithValue('location', e.location);
    vevent.addPropertyWithValue('status', e.status);
    vevent.addPropertyWithValue('sequence', e.sequence);
    cal.addSubcomponent(vevent);
  }
  // RFC 5545 lines end in CRLF.
  return cal.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
