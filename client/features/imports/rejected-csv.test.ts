import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from './rejected-csv';

describe('rejectedRowsCsv', () => {
  it('when a reason holds commas, quotes or line breaks, then the cell is quoted and its quotes doubled', () => {
    const csv = rejectedRowsCsv(['行号', '原因'], [{ row: 2, message: 'Money "12.345", three decimals' }, { row: 3, message: 'bad\ndate' }]);
    expect(csv).toBe('\uFEFF行号,原因\r\n2,"Money ""12.345"", three decimals"\r\n3,"bad\ndate"\r\n');
  });

  it('when nothing was rejected, then only the header is written', () => {
    expect(rejectedRowsCsv(['row', 'reason'], [])).toBe('\uFEFFrow,reason\r\n');
  });
});
