import type { z } from 'zod';
import type { Locale } from '../domain/text';

// zod's own messages speak to developers ("Too small: expected string to have >=1 characters", "数值过小：期望
// string >=1 字符"); a form shows these under its fields, so the common issues are said in plain words
// (issue 17 item 4). A schema's own message (schemaText) still wins; the rest keep zod's wording.

type Issue = z.core.$ZodRawIssue;

const kinds: Record<string, [string, string]> = {
  string: ['text', '文字'], number: ['a number', '数字'], int: ['a whole number', '整数'], boolean: ['yes or no', '是或否'],
  array: ['a list', '列表'], object: ['an object', '对象'], date: ['a date', '日期'],
};

const formats: Record<string, [string, string]> = {
  email: ['Enter an email address such as name@example.com', '请输入有效的邮箱地址，例如 name@example.com'],
  date: ['Enter a date as YYYY-MM-DD', '请按 年-月-日 填写日期'],
  datetime: ['Enter a date and time', '请填写日期和时间'],
  url: ['Enter a web address', '请输入网址'],
};

const say = (locale: Locale, en: string, zh: string) => (locale === 'zh-CN' ? zh : en);

function sizeMessage(issue: Issue & { origin?: string }, locale: Locale, bound: number | bigint, small: boolean, inclusive: boolean): string | undefined {
  const n = String(bound);
  switch (issue.origin) {
    case 'string':
      if (small && Number(bound) <= 1) return say(locale, 'Required', '必填');
      return small ? say(locale, `At least ${n} characters`, `至少 ${n} 个字符`) : say(locale, `At most ${n} characters`, `最多 ${n} 个字符`);
    case 'number':
    case 'int':
    case 'bigint':
      if (small) return inclusive ? say(locale, `Must be ${n} or more`, `不能小于 ${n}`) : say(locale, `Must be more than ${n}`, `必须大于 ${n}`);
      return inclusive ? say(locale, `Must be ${n} or less`, `不能大于 ${n}`) : say(locale, `Must be less than ${n}`, `必须小于 ${n}`);
    case 'array':
    case 'set':
      if (small && Number(bound) <= 1) return say(locale, 'Choose at least one', '请至少选择一项');
      return small ? say(locale, `At least ${n} items`, `至少 ${n} 项`) : say(locale, `At most ${n} items`, `最多 ${n} 项`);
    default:
      return undefined;
  }
}

/** The issue in plain words of the locale, or undefined to keep zod's own message. */
export function plainIssueMessage(issue: Issue, locale: Locale): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return say(locale, 'Required', '必填');
      const kind = kinds[issue.expected];
      return kind ? say(locale, `Expected ${kind[0]}`, `应为${kind[1]}`) : undefined;
    }
    case 'too_small':
      return sizeMessage(issue, locale, issue.minimum, true, issue.inclusive !== false);
    case 'too_big':
      return sizeMessage(issue, locale, issue.maximum, false, issue.inclusive !== false);
    case 'invalid_value':
      return say(locale, 'Choose one of the options', '请从选项中选择');
    case 'invalid_format': {
      const format = formats[issue.format];
      return format ? say(locale, ...format) : say(locale, 'Not in the expected format', '格式不正确');
    }
    default:
      return undefined;
  }
}
