import crypto from 'node:crypto';
import { amendmentIssue, canChangeContractStatus, overlappingActiveContracts, termsInForce } from '../../domain/contracts';
import { addDays } from '../../domain/dates';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import type { Db } from '../../db/client';
import type { SettlementContract } from '../../domain/statement-terms';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound, ruleBroken } from '../../errors';
import { recordAudit } from '../../db/audit';
import { findHost, signHost } from '../hosts/hosts.service';
import { agencyToday, currentSettings } from '../settings/settings.service';
import {
  activeContractsOfHost, contractsOfHosts, findContract, findContractByNumber, insertContract, insertVersion, listContracts,
  updateContractRow, versionsOf, type ContractRow, type VersionRow,
} from './contracts.repo';
import type { AmendmentCreate, ContractCreate, ContractPatch, ContractQuery } from '../../shared/api/contracts';

interface ViewContext { timezone: string; today: string }

function contractView(c: ContractRow, versions: VersionRow[], ctx: ViewContext) {
  const day = ctx.today < c.startDate ? c.startDate : ctx.today > c.endDate ? c.endDate : ctx.today;
  const current = termsInForce(versions, day);
  return {
    id: c.id, hostId: c.hostId, number: c.number, startDate: c.startDate, endDate: c.endDate, status: c.status,
    exclusive: c.exclusive, platforms: c.platforms, terms: current?.terms ?? null, currentVersion: current?.version ?? 0,
    versions: versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, terms: v.terms, createdAt: formatInstant(v.createdAt, ctx.timezone) })),
    createdAt: formatInstant(c.createdAt, ctx.timezone), updatedAt: formatInstant(c.updatedAt, ctx.timezone),
  };
}

function viewContext(deps: AppDeps): ViewContext {
  return { timezone: currentSettings(deps).timezone, today: agencyToday(deps) };
}

function viewOf(db: Db, c: ContractRow, ctx: ViewContext) {
  return contractView(c, versionsOf(db, [c.id]).get(c.id) ?? [], ctx);
}

function requireContract(db: Db, id: number): ContractRow {
  const contract = findContract(db, id);
  if (!contract) throw notFound('Contract', id);
  return contract;
}

/** The rules a contract's dates, number and status must keep, checked on the contract as it would be saved. */
function assertContractRules(db: Db, c: Omit<ContractRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: number }): void {
  if (c.endDate < c.startDate) throw ruleBroken('endDate', text(`The end date ${c.endDate} is before the start date ${c.startDate}`, `结束日期 ${c.endDate} 早于开始日期 ${c.startDate}`));
  const clash = overlappingActiveContracts(c, activeContractsOfHost(db, c.hostId))[0];
  if (clash) {
    throw ruleBroken('startDate', text(`Host ${c.hostId} already has active contract ${clash.number} from ${clash.startDate} to ${clash.endDate}`,
      `主播 ${c.hostId} 已有生效中的合约 ${clash.number}（${clash.startDate} 至 ${clash.endDate}）`),
      { contractId: clash.id, number: clash.number, startDate: clash.startDate, endDate: clash.endDate });
  }
  const sameNumber = findContractByNumber(db, c.number);
  if (sameNumber && sameNumber.id !== c.id) {
    throw new AppError('duplicate', text(`Contract number ${c.number} is taken`, `合约编号 ${c.number} 已被使用`),
      [{ path: ['number'], message: text('Already in use', '已被使用'), contractId: sameNumber.id }]);
  }
}

export function createContract(deps: AppDeps, actor: Actor, input: ContractCreate) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    if (!findHost(tx, input.hostId)) throw ruleBroken('hostId', text(`No host has id ${input.hostId}`, `没有 id 为 ${input.hostId} 的主播`));
    // A placeholder until the id is known: the default number is derived from it.
    const number = input.number ?? `pending-${crypto.randomUUID()}`;
    const fields = { hostId: input.hostId, number, startDate: input.startDate, endDate: input.endDate, status: input.status, exclusive: input.exclusive, platforms: input.platforms };
    assertContractRules(tx, fields);
    const at = deps.clock.now();
    if (input.status === 'active') signHost(deps, tx, actor, input.hostId, at);
    let contract = insertContract(tx, { ...fields, createdAt: at, updatedAt: at });
    if (!input.number) contract = updateContractRow(tx, contract.id, { number: defaultNumber(tx, contract.id) });
    insertVersion(tx, { contractId: contract.id, version: 1, effectiveFrom: input.startDate, terms: input.terms, createdBy: actor.id, createdAt: at });
    const view = viewOf(tx, contract, ctx);
    recordAudit(tx, { actor, at, action: 'create', entity: 'contract', entityId: contract.id, after: view });
    return view;
  });
}

function defaultNumber(db: Db, id: number): string {
  const base = `HT${String(id).padStart(6, '0')}`;
  return findContractByNumber(db, base) ? `${base}-${id}` : base;
}

export function updateContract(deps: AppDeps, actor: Actor, id: number, patch: ContractPatch) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireContract(tx, id);
    if (patch.status && !canChangeContractStatus(before.status, patch.status)) {
      throw ruleBroken('status', text(`A contract cannot go from ${before.status} to ${patch.status}`, `合约不能从 ${before.status} 变为 ${patch.status}`));
    }
    const merged = { ...before, ...patch };
    assertContractRules(tx, merged);
    const at = deps.clock.now();
    if (merged.status === 'active' && before.status !== 'active') signHost(deps, tx, actor, before.hostId, at);
    const beforeView = viewOf(tx, before, ctx);
    const after = updateContractRow(tx, id, { ...patch, updatedAt: at });
    const view = viewOf(tx, after, ctx);
    recordAudit(tx, { actor, at, action: 'update', entity: 'contract', entityId: id, before: beforeView, after: view });
    return view;
  });
}

/** A change of terms is a new version from a date; earlier versions are never touched (SPEC section 4). */
export function amendContract(deps: AppDeps, actor: Actor, id: number, input: AmendmentCreate) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    const contract = requireContract(tx, id);
    if (contract.status === 'terminated' || contract.status === 'expired') {
      throw ruleBroken('effectiveFrom', text(`A ${contract.status} contract cannot be amended`, `${contract.status} 状态的合约不能签订补充协议`));
    }
    const versions = versionsOf(tx, [id]).get(id) ?? [];
    const issue = amendmentIssue(contract, versions, input.effectiveFrom);
    if (issue) throw ruleBroken('effectiveFrom', issue.message);
    const at = deps.clock.now();
    const version = insertVersion(tx, { contractId: id, version: versions.length + 1, effectiveFrom: input.effectiveFrom, terms: input.terms, createdBy: actor.id, createdAt: at });
    const after = updateContractRow(tx, id, { updatedAt: at });
    // The audit shows the terms the amendment supersedes beside the new ones (SPEC: the values before and after).
    const latest = versions.at(-1);
    const before = latest ? { version: latest.version, effectiveFrom: latest.effectiveFrom, terms: latest.terms } : null;
    recordAudit(tx, { actor, at, action: 'amend', entity: 'contract', entityId: id, before, after: { version: version.version, effectiveFrom: version.effectiveFrom, terms: version.terms } });
    return viewOf(tx, after, ctx);
  });
}

export function getContract(deps: AppDeps, id: number) {
  return viewOf(deps.db, requireContract(deps.db, id), viewContext(deps));
}

export function searchContracts(deps: AppDeps, query: ContractQuery) {
  const ctx = viewContext(deps);
  const { page, pageSize, expiringWithinDays, ...filter } = query;
  const endingBetween = expiringWithinDays === undefined ? undefined : { from: ctx.today, to: addDays(ctx.today, expiringWithinDays) };
  const { items, total } = listContracts(deps.db, { ...filter, endingBetween }, page, pageSize);
  const versions = versionsOf(deps.db, items.map((c) => c.id));
  return { items: items.map((c) => contractView(c, versions.get(c.id) ?? [], ctx)), total, page, pageSize };
}

// A signed contract was in force on its dates, whatever happened to it since (expired, terminated):
// its days count for the guarantee and its terms settle the host's late refunds. A draft never was.
const wasInForce = (status: ContractRow['status']) => status !== 'draft';

/** The hosts' contracts as the settlement reads them (SPEC section 8), with every version of their terms. */
export function settlementContracts(db: Db, hostIds?: number[]): Map<number, SettlementContract[]> {
  const rows = contractsOfHosts(db, hostIds);
  const versions = versionsOf(db, rows.map((c) => c.id));
  const byHost = new Map<number, SettlementContract[]>();
  for (const c of rows) {
    const list = byHost.get(c.hostId) ?? [];
    list.push({
      id: c.id, number: c.number, startDate: c.startDate, endDate: c.endDate, countsAsActive: wasInForce(c.status),
      versions: (versions.get(c.id) ?? []).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, terms: v.terms })),
    });
    byHost.set(c.hostId, list);
  }
  return byHost;
}
