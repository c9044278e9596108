// The product's fixed vocabularies as a person reads them, for what the server writes for people (spreadsheet
// exports): the same words as the web app's (client/lib/locales), never the codes.
import type { Category, Platform } from './roster';
import type { HostStatus } from './host-status';
import type { OrderStatus } from './ledger';
import { text, type Locale, type Text } from './text';

export const platformLabels: Record<Platform, Text> = {
  douyin: text('Douyin', '抖音'), kuaishou: text('Kuaishou', '快手'), taobao: text('Taobao Live', '淘宝直播'), jd: text('JD', '京东'),
  wechat: text('WeChat Channels', '微信视频号'), xiaohongshu: text('Xiaohongshu', '小红书'), other: text('Other', '其他'),
};

export const hostStatusLabels: Record<HostStatus, Text> = {
  prospect: text('Prospect', '待签约'), trial: text('Trial', '试播'), active: text('Signed', '签约'),
  suspended: text('Suspended', '暂停'), terminated: text('Terminated', '解约'),
};

export const categoryLabels: Record<Category, Text> = {
  beauty: text('Beauty', '美妆'), food: text('Food', '食品'), fashion: text('Fashion', '服饰'), home: text('Home', '家居'),
  digital: text('Digital', '数码'), maternity: text('Mother & baby', '母婴'), sports: text('Sports', '运动'), jewelry: text('Jewelry', '珠宝'),
  books: text('Books', '图书'), medical: text('Medical', '医疗'), finance: text('Finance', '金融'), law: text('Law', '法律'),
  education: text('Education', '教育'), other: text('Other', '其他'),
};

export const orderStatusLabels: Record<OrderStatus, Text> = {
  pending: text('Pending', '待付款'), paid: text('Paid', '已付款'), received: text('Received', '已收货'),
  settled: text('Settled', '已结算'), invalid: text('Invalid', '已失效'),
};

export const yesNo = (value: boolean, locale: Locale): string => (value ? text('Yes', '是') : text('No', '否')).in(locale);

/** A list as the language writes it: "Books, Education" in English, "图书、教育" in Chinese. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

const squashed = (s: string) => s.trim().toLowerCase();

/**
 * The code a spreadsheet cell names, read back: the code itself or its label in either language (case and
 * surrounding spaces aside), so that what an export writes imports unchanged. Undefined when nothing matches.
 */
export function codeOfLabel<T extends string>(labels: Record<T, Text>, cell: string): T | undefined {
  const wanted = squashed(cell);
  return (Object.keys(labels) as T[]).find((code) => [code, labels[code].en, labels[code].zh].some((name) => squashed(name) === wanted));
}

/** A yes/no cell read back: the labels yesNo writes in either language, or true/false, 1/0. Undefined otherwise. */
export function booleanOfLabel(cell: string): boolean | undefined {
  const wanted = squashed(cell);
  if (['yes', '是', 'true', '1'].includes(wanted)) return true;
  if (['no', '否', 'false', '0'].includes(wanted)) return false;
  return undefined;
}
