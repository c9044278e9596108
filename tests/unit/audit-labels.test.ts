import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_ACTIONS } from '../../client/features/audit-log/components/action-label';
import { KNOWN_ENTITIES } from '../../client/features/audit-log/components/entity-label';
import en from '../../client/lib/locales/en.json';
import zhCN from '../../client/lib/locales/zh-CN.json';

// The audit log names what the server writes: every entity and action a recordAudit call spells out has a
// label in both languages, so the page never falls back to a raw code for something the product already does.

function serverSources(dir = 'server'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(full);
    return entry.name.endsWith('.ts') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

function written(field: 'entity' | 'action'): string[] {
  const found = new Set<string>();
  for (const source of serverSources()) {
    for (const call of source.matchAll(/recordAudit\([\s\S]*?\}\)/g)) {
      for (const [, value] of call[0].matchAll(new RegExp(`${field}: '([a-z_]+)'`, 'g'))) found.add(value!);
    }
  }
  return [...found].sort();
}

describe('audit log labels', () => {
  it('when the server writes an entity, then the audit log names it in both languages', () => {
    const entities = written('entity');
    expect(entities.length).toBeGreaterThan(10);
    expect(entities.filter((e) => !(KNOWN_ENTITIES as readonly string[]).includes(e))).toEqual([]);
    for (const entity of KNOWN_ENTITIES) {
      expect(zhCN.audit.entities[entity], entity).toBeTruthy();
      expect(en.audit.entities[entity], entity).toBeTruthy();
    }
  });

  it('when the server writes an action, then the audit log names it in both languages', () => {
    const actions = written('action');
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((a) => !(KNOWN_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    for (const action of KNOWN_ACTIONS) {
      expect(zhCN.audit.actions[action], action).toBeTruthy();
      expect(en.audit.actions[action], action).toBeTruthy();
    }
  });
});
