import { describe, expect, it } from 'vitest';
import en from '../../client/lib/locales/en.json';
import zhCN from '../../client/lib/locales/zh-CN.json';
import { booleanOfLabel, categoryLabels, codeOfLabel, hostStatusLabels, joinList, orderStatusLabels, platformLabels, yesNo } from '../../server/domain/labels';
import type { Text } from '../../server/domain/text';

// What the server writes for people (exports) says what the web app says: the same word for each code.

const read = (labels: Record<string, Text>, locale: 'en' | 'zh-CN') => Object.fromEntries(Object.entries(labels).map(([code, t]) => [code, t.in(locale)]));

describe('server labels', () => {
  it.each([
    ['platforms', platformLabels, en.roster.platforms, zhCN.roster.platforms],
    ['host statuses', hostStatusLabels, en.roster.hostStatus, zhCN.roster.hostStatus],
    ['categories', categoryLabels, en.roster.categories, zhCN.roster.categories],
    ['order statuses', orderStatusLabels, en.orders.status, zhCN.orders.status],
  ] as const)('when the server names %s, then the words are the web app\'s in both languages', (_, labels, english, chinese) => {
    expect(read(labels, 'en')).toEqual(english);
    expect(read(labels, 'zh-CN')).toEqual(chinese);
  });

  it('when a list is written, then English takes a comma and Chinese the enumeration comma', () => {
    expect(joinList(['Books', 'Education'], 'en')).toBe('Books, Education');
    expect(joinList(['图书', '教育'], 'zh-CN')).toBe('图书、教育');
    expect(joinList([], 'en')).toBe('');
  });

  it.each([
    ['active', 'active'], ['Signed', 'active'], ['签约', 'active'], [' signed ', 'active'], ['SUSPENDED', 'suspended'], ['解约', 'terminated'],
    ['Active', 'active'], ['signedx', undefined], ['', undefined],
  ] as const)('when a status cell reads %j, then its code is %j', (cell, code) => {
    expect(codeOfLabel(hostStatusLabels, cell)).toBe(code);
  });

  it('when every label is read back, then each language gives the code it was written from', () => {
    for (const labels of [hostStatusLabels, categoryLabels, platformLabels, orderStatusLabels] as Record<string, Text>[]) {
      for (const [code, t] of Object.entries(labels)) for (const locale of ['en', 'zh-CN'] as const) expect(codeOfLabel(labels, t.in(locale))).toBe(code);
    }
    expect(codeOfLabel(categoryLabels, 'mother & baby')).toBe('maternity');
  });

  it.each([
    ['Yes', true], ['是', true], ['true', true], ['1', true], ['No', false], ['否', false], [' FALSE ', false], ['0', false], ['maybe', undefined], ['', undefined],
  ] as const)('when a yes/no cell reads %j, then it is %j', (cell, value) => {
    expect(booleanOfLabel(cell)).toBe(value);
  });

  it('when yesNo writes a boolean, then booleanOfLabel reads it back in both languages', () => {
    for (const value of [true, false]) for (const locale of ['en', 'zh-CN'] as const) expect(booleanOfLabel(yesNo(value, locale))).toBe(value);
  });
});
