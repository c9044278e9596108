import { describe, expect, it } from 'vitest';
import { joinList } from './list-format';

describe('joinList', () => {
  it.each([
    ['zh-CN', ['图书', '教育'], '图书、教育'],
    ['en', ['Books', 'Education'], 'Books, Education'],
    ['en', ['Books'], 'Books'],
    ['zh-CN', [], ''],
  ])('when the language is %s and the items are %j, then the list reads %j', (language, items, expected) => {
    expect(joinList(items, language)).toBe(expected);
  });
});
