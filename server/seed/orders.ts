import os from 'node:os';
import path from 'node:path';
import { writeDouyinExport, type Slot } from '../../tests/factories/douyin-export';
import { writeKuaishouApi } from '../../tests/factories/kuaishou-api';
import type { Actor, AppDeps } from '../deps';
import { identifiersOf } from '../modules/accounts/accounts.repo';
import { importLocalFile } from '../modules/imports/imports.service';
import type { DemoHost } from './roster';
import type { DemoSession } from './schedule';

/**
 * The demo's orders come the way real ones do: files in the platforms' own formats (a Douyin
 * 精选联盟 export and a saved Kuaishou API response), sold during the demo's past sessions, run
 * through the importers, attribution and the ledger.
 */
export async function seedOrders(deps: AppDeps, actor: Actor, hosts: DemoHost[], sessions: DemoSession[]): Promise<number> {
  const platformOf = new Map(hosts.flatMap((h) => h.accounts.map((a) => [a.id, a.platform] as const)));
  const ids = identifiersOf(deps.db, [...platformOf.keys()]);
  const slotsFor = (platform: string, pick: (identifiers: string[]) => string | undefined): Slot[] => sessions
    .filter((s) => s.past && platformOf.get(s.accountId) === platform)
    .flatMap((s) => {
      const id = pick(ids.get(s.accountId) ?? []);
      return id ? [{ account: { shortId: id, nickname: `直播间${s.accountId}` }, startsAt: s.startsAt, endsAt: s.endsAt }] : [];
    });
  const now = deps.clock.now();
  const common = { accounts: [], from: now, to: now, now };
  const dir = os.tmpdir();
  let total = 0;
  const douyin = slotsFor('douyin', (list) => list.find((i) => i.startsWith('dy')));
  if (douyin.length) {
    const file = path.join(dir, `mcn-demo-douyin-${process.pid}.csv`);
    await writeDouyinExport(file, { ...common, count: 24_000, slots: douyin });
    total += (await importLocalFile(deps, actor, file, '抖音精选联盟订单导出-demo.csv')).rowsRead;
  }
  const kuaishou = slotsFor('kuaishou', (list) => list[0]);
  if (kuaishou.length) {
    const file = path.join(dir, `mcn-demo-kuaishou-${process.pid}.json`);
    writeKuaishouApi(file, { ...common, count: 8_000, slots: kuaishou });
    total += (await importLocalFile(deps, actor, file, 'kuaishou-cps-orders-demo.json')).rowsRead;
  }
  return total;
}
