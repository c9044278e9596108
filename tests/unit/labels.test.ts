import { describe, expect, it } from 'vitest';
import en from '../../client/lib/locales/en.json';
import zhCN from '../../client/lib/locales/zh-CN.json';
import { categoryLabels, hostStatusLabels, joinList, orderStatusLabels, platformLabels } from '../../server/domain/labels';
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
});
