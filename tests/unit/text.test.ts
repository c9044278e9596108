import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractTermsSchema } from '../../server/domain/terms';
import { inLocale, joinTexts, localize, preferredLocale, schemaMessageIn, schemaText, text, Text } from '../../server/domain/text';
import { issueDetails, safeParseIn } from '../../server/http/parse';

describe('preferredLocale', () => {
  it.each([
    ['no header', undefined, 'en'],
    ['an empty header', '', 'en'],
    ['a browser in mainland China', 'zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['the bare language', 'zh', 'zh-CN'],
    ['the script subtag, any case', 'ZH-hans', 'zh-CN'],
    ['Traditional Chinese, closer than English', 'zh-TW', 'zh-CN'],
    ['English first, Chinese second', 'en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['Chinese weighted above an earlier English', 'en;q=0.5, zh-CN;q=0.9', 'zh-CN'],
    ['equal weights: the earlier wins', 'en;q=0.8,zh;q=0.8', 'en'],
    ['only languages not spoken here', 'fr-FR,de;q=0.9', 'en'],
    ['an unspoken language before Chinese', 'ja,zh-CN;q=0.5', 'zh-CN'],
    ['Chinese refused outright (q=0)', 'zh-CN;q=0,en;q=0.1', 'en'],
    ['a malformed weight is read as 0', 'zh-CN;q=high', 'en'],
    ['a weight over 1 is malformed', 'zh;q=2,en;q=0.1', 'en'],
    ['the wildcard names no language', '*', 'en'],
    ['a look-alike that is not Chinese', 'zhx,en;q=0.1', 'en'],
    ['spaces around everything', ' zh-CN ; q=0.7 , en ; q=0.6 ', 'zh-CN'],
  ])('when the header is %s (%s), then %s', (_label, header, expected) => {
    expect(preferredLocale(header)).toBe(expected);
  });

  it('property: any header at all reads as one of the two locales, and never throws', () => {
    fc.assert(fc.property(fc.string(), (header) => ['en', 'zh-CN'].includes(preferredLocale(header))));
  });
});

describe('Text', () => {
  const message = text('No host has id 7', '没有 id 为 7 的主播');

  it('when read in a locale, then each locale reads its own; written anywhere else, it is English', () => {
    expect([message.in('en'), message.in('zh-CN')]).toEqual(['No host has id 7', '没有 id 为 7 的主播']);
    expect([inLocale(message, 'zh-CN'), inLocale('plain English', 'zh-CN')]).toEqual(['没有 id 为 7 的主播', 'plain English']);
    expect(JSON.stringify({ message })).toBe('{"message":"No host has id 7"}');
    expect(`${message}`).toBe('No host has id 7');
    expect([message, 'x'].join('; ')).toBe('No host has id 7; x');
  });

  it('when messages are joined, then English takes "; " and Chinese "；" without each sentence\'s 。', () => {
    const joined = joinTexts([text('End after start.', '结束须晚于开始。'), text('Shares add up.', '分成合计有误。')]);
    expect([joined.en, joined.zh]).toEqual(['End after start.; Shares add up.', '结束须晚于开始；分成合计有误']);
  });

  it('when a value holds Texts at any depth, then localize reads each in the locale and keeps the rest as it is', () => {
    const when = new Date('2026-12-04T00:00:00Z');
    const value = { code: 'x', n: 3, nothing: null, when, details: [{ path: ['a', 0], message }, { message: 'plain' }] };
    expect(localize(value, 'zh-CN')).toEqual({ code: 'x', n: 3, nothing: null, when, details: [{ path: ['a', 0], message: '没有 id 为 7 的主播' }, { message: 'plain' }] });
    expect(localize(value, 'en')).toEqual({ ...value, details: [{ path: ['a', 0], message: 'No host has id 7' }, { message: 'plain' }] });
    expect((localize(value, 'zh-CN') as { when: Date }).when).toBe(when);
  });

  it('property: for any JSON-like value with Texts in it, English reads as JSON writes it, and Chinese leaves no Text behind', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.tuple(fc.string(), fc.string()).map(([en, zh]) => text(en, zh)));
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
    })).node;
    fc.assert(fc.property(tree, (value) => {
      expect(JSON.stringify(localize(value, 'en'))).toBe(JSON.stringify(value));
      // The leaves in order, a Text read as the reader says: the Chinese output's leaves are the input's, Texts read in Chinese.
      const leaves = (v: unknown, read: (t: Text) => unknown): unknown[] =>
        v instanceof Text ? [read(v)] : v !== null && typeof v === 'object' ? Object.values(v).flatMap((x) => leaves(x, read)) : [v];
      const zh = localize(value, 'zh-CN');
      expect(leaves(zh, (t) => t)).toEqual(leaves(value, (t) => t.zh));
      expect(leaves(zh, (t) => t).some((leaf) => leaf instanceof Text)).toBe(false);
    }));
  });

  it('when a schema names its message with schemaText, then zod gets the English and a Chinese request reads the Chinese', () => {
    const en = schemaText('Expected a test value', '应为测试值');
    expect(en).toBe('Expected a test value');
    expect(schemaMessageIn({ message: en }, 'zh-CN')).toBe('应为测试值');
    expect(schemaMessageIn({ message: en }, 'en')).toBe('Expected a test value');
    expect(schemaMessageIn({ message: 'A message no schema named' }, 'zh-CN')).toBe('A message no schema named');
  });
});

describe('issueDetails', () => {
  const tiers = [{ fromFen: 0, rateBp: 1000 }, { fromFen: 500, rateBp: 2000 }, { fromFen: 500, rateBp: 3000 }];
  const terms = { hostShare: { mode: 'tiered_marginal', tiers }, includePitFees: false, deductCosts: false, tax: 'none' };

  it('when a refinement words an issue from the input, then each language reads its own words and the path is the same', () => {
    const failed = (locale: 'en' | 'zh-CN') => {
      const result = safeParseIn(contractTermsSchema, terms, locale);
      if (result.success) throw new Error('the tiers were accepted');
      return issueDetails(result.error, locale);
    };
    expect(failed('en')).toEqual([{ path: ['hostShare', 'tiers', 2, 'fromFen'], message: 'Tiers ascend strictly: 500 does not exceed 500.' }]);
    expect(failed('zh-CN')).toEqual([{ path: ['hostShare', 'tiers', 2, 'fromFen'], message: '各档起点须严格递增：500 未高于 500。' }]);
  });

  it('when zod words the issue itself, then a Chinese request reads zod\'s Chinese', () => {
    const result = safeParseIn(z.object({ n: z.number() }), { n: 'x' }, 'zh-CN');
    expect(result.success).toBe(false);
    expect(issueDetails(result.error!, 'zh-CN')[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
