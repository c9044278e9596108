import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(tree: object, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
}

describe('locales', () => {
  it('when a string exists in Chinese, then it exists in English too, and the other way round', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('when a string has placeholders, then both languages use the same ones', () => {
    for (const key of keys(zhCN)) expect(placeholders(leaf(en, key)), key).toEqual(placeholders(leaf(zhCN, key)));
  });

  it('when the agency calls a role by name, then the Chinese UI uses its term', () => {
    expect(zhCN.roles).toEqual({ admin: '管理员', manager: '经纪人', scheduler: '排期', finance: '财务', viewer: '只读' });
    expect([zhCN.nav.users, zhCN.nav.settings, zhCN.nav.auditLog, zhCN.auth.signIn, zhCN.auth.signOut]).toEqual(['用户', '设置', '审计日志', '登录', '退出登录']);
  });
});
