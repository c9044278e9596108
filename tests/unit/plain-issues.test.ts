import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../server/domain/text';
import { issueDetails, safeParseIn } from '../../server/http/parse';

// Issue 17 item 4: a form shows the server's message for a field beside it, so the message is said in plain
// words of the user's language ("必填", not "数值过小：期望 string >=1 字符").

const form = z.object({
  stageName: z.string().trim().min(1).max(100),
  note: z.string().min(3),
  followers: z.number().int().min(0).max(1_000_000),
  share: z.number().positive(),
  status: z.enum(['active', 'trial']),
  email: z.email(),
  startDate: z.iso.date(),
  platforms: z.array(z.string()).min(1).max(2),
  own: z.string().regex(/^x$/, schemaText('Starts with x', '以 x 开头')),
}).partial();

function messages(input: unknown, locale: 'en' | 'zh-CN') {
  const parsed = safeParseIn(form, input, locale);
  if (parsed.success) throw new Error('expected a refusal');
  return Object.fromEntries(issueDetails(parsed.error, locale).map((d) => [d.path.join('.'), d.message]));
}

describe('plain messages', () => {
  it.each([
    [{ stageName: ' ' }, 'stageName', 'Required', '必填'],
    [{ stageName: 'x'.repeat(101) }, 'stageName', 'At most 100 characters', '最多 100 个字符'],
    [{ note: 'ab' }, 'note', 'At least 3 characters', '至少 3 个字符'],
    [{ followers: -1 }, 'followers', 'Must be 0 or more', '不能小于 0'],
    [{ followers: 2_000_000 }, 'followers', 'Must be 1000000 or less', '不能大于 1000000'],
    [{ followers: 12.5 }, 'followers', 'Expected a whole number', '应为整数'],
    [{ followers: '12.5万' }, 'followers', 'Expected a number', '应为数字'],
    [{ followers: null }, 'followers', 'Required', '必填'],
    [{ share: 0 }, 'share', 'Must be more than 0', '必须大于 0'],
    [{ status: 'gone' }, 'status', 'Choose one of the options', '请从选项中选择'],
    [{ email: 'nope' }, 'email', 'Enter an email address such as name@example.com', '请输入有效的邮箱地址，例如 name@example.com'],
    [{ startDate: '2026-13-01' }, 'startDate', 'Enter a date as YYYY-MM-DD', '请按 年-月-日 填写日期'],
    [{ platforms: [] }, 'platforms', 'Choose at least one', '请至少选择一项'],
    [{ platforms: ['a', 'b', 'c'] }, 'platforms', 'At most 2 items', '最多 2 项'],
    [{ own: 'y' }, 'own', 'Starts with x', '以 x 开头'],
  ])('when %j is sent, then %s is refused with "%s" / "%s"', (input, field, en, zh) => {
    expect(messages(input, 'en')[field]).toBe(en);
    expect(messages(input, 'zh-CN')[field]).toBe(zh);
  });
});
