import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOfText } from '../../server/domain/count-text';

/** n / 10^shift written exactly as a decimal, trailing zeros dropped: (125000, 4) -> '12.5'. */
function scaled(n: number, shift: number): string {
  const digits = String(n).padStart(shift + 1, '0');
  const whole = digits.slice(0, digits.length - shift);
  const fraction = digits.slice(digits.length - shift).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const fullWidth = (text: string) => text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('countOfText', () => {
  it.each([
    ['125000', 125000], ['125,000', 125000], ['12.5万', 125000], ['12.5w', 125000], ['1.2亿', 120_000_000], ['3千', 3000],
    ['3k', 3000], ['１２.５万', 125000], ['１２５，０００', 125000], [' 8 ', 8], ['0', 0], ['2百', 200], ['1,234,567', 1234567],
    ['', null], ['  ', null],
    ['12.5', undefined], ['1.23456万', undefined], ['-5', undefined], ['1,2345', undefined], ['abc', undefined], ['万', undefined],
    ['1e5', undefined], ['99999999999亿', undefined],
  ] as const)('when %j is typed, then the count is %j', (text, count) => {
    expect(countOfText(text)).toBe(count);
  });

  it('when a whole number is typed plainly, with thousands commas or in full-width digits, then it is that number', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (n) => {
      expect(countOfText(String(n))).toBe(n);
      expect(countOfText(n.toLocaleString('en-US'))).toBe(n);
      expect(countOfText(fullWidth(n.toLocaleString('en-US')))).toBe(n);
    }));
  });

  it('when a count is written in 千, 万 or 亿 with as many decimals as it needs, then it reads back exactly', () => {
    fc.assert(fc.property(fc.maxSafeNat(), fc.constantFrom(['千', 3], ['万', 4], ['亿', 8]), (n, [unit, shift]) => {
      expect(countOfText(`${scaled(n, shift)}${unit}`)).toBe(n);
    }));
  });

  it('when anything is typed, then the answer is null, undefined or a whole non-negative safe number', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const count = countOfText(text);
      expect(count === null || count === undefined || (Number.isSafeInteger(count) && count >= 0)).toBe(true);
    }));
  });
});
