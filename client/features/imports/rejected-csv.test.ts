import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from './rejected-csv';

describe('rejectedRowsCsv', () => {
  it('when a reason holds commas, quotes or line breaks, then the cell is quoted and its quotes doubled', () => {
    const csv = rejectedRowsCsv(['行号', '原因'], [{ row: 2, message: 'Money "12.345", three decimals' }, { row: 3, message: 'bad\ndate' }]);
    expect(csv).toBe('\uFEFF行号,原因\r\n2,"Money ""12.345"", three decimals"\r\n3,"bad\ndate"\r\n');
  });

  it('when a reason starts with =, +, -, @, a tab or a CR, then the cell is neutralised with an apostrophe (CSV injection)', () => {
    const csv = rejectedRowsCsv(['row', 'reason'], [
      { row: 2, message: '=HYPERLINK("http://evil.test","x")' }, { row: 3, message: '+1+1' }, { row: 4, message: '-2+3' },
      { row: 5, message: '@SUM(A1:A9)' }, { row: 6, message: '\t=1' }, { row: 7, message: 'fine = fine' },
    ]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `2,"'=HYPERLINK(""http://evil.test"",""x"")"`, "3,'+1+1", "4,'-2+3", "5,'@SUM(A1:A9)", "6,'\t=1", '7,fine = fine',
    ]);
  });

  it('when nothing was rejected, then only the header is written', () => {
    expect(rejectedRowsCsv(['row', 'reason'], [])).toBe('\uFEFFrow,reason\r\n');
  });
});
