// A text cell that a spreadsheet would read as a formula (=, +, -, @; tab and carriage return too) is
// written with a leading apostrophe, so a host's name or a reason cannot run as a formula in Excel, WPS
// or LibreOffice (CSV injection). Numbers are written as numbers and need nothing.

const formulaStart = /^[=+\-@\t\r]/;

export function safeCellText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** A CSV field: neutralised, then quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = safeCellText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
