import { writeTransaction } from '../../db/write';
import type { Db } from '../../db/client';
import type { Actor, AppDeps } from '../../deps';
import { text } from '../../domain/text';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import type { RoomCreate, RoomPatch } from '../../shared/api/rooms';
import { findRoom, insertRoom, listRooms, roomNameTaken, updateRoomRow, type RoomRow } from './rooms.repo';

const view = (r: RoomRow) => ({ id: r.id, name: r.name, location: r.location, bufferMinutes: r.bufferMinutes, active: r.active });

function checkName(db: Db, name: string | undefined, exceptId = 0): void {
  if (name !== undefined && roomNameTaken(db, name, exceptId)) {
    throw new AppError('duplicate', text(`A room named ${name} already exists`, `已有名为 ${name} 的直播间`), [{ path: ['name'], message: text('Already in use', '已被占用') }]);
  }
}

export function requireRoom(db: Db, id: number): RoomRow {
  const room = findRoom(db, id);
  if (!room) throw notFound('Room', id);
  return room;
}

export function createRoom(deps: AppDeps, actor: Actor, input: RoomCreate) {
  return writeTransaction(deps.db, (tx) => {
    checkName(tx, input.name);
    const at = deps.clock.now();
    const room = view(insertRoom(tx, { ...input, createdAt: at, updatedAt: at }));
    recordAudit(tx, { actor, at, action: 'create', entity: 'room', entityId: room.id, after: room });
    return room;
  });
}

export function updateRoom(deps: AppDeps, actor: Actor, id: number, patch: RoomPatch) {
  return writeTransaction(deps.db, (tx) => {
    const before = view(requireRoom(tx, id));
    checkName(tx, patch.name, id);
    const at = deps.clock.now();
    const after = view(updateRoomRow(tx, id, { ...patch, updatedAt: at }));
    recordAudit(tx, { actor, at, action: 'update', entity: 'room', entityId: id, before, after });
    return after;
  });
}

export function getRoom(deps: AppDeps, id: number) {
  return view(requireRoom(deps.db, id));
}

export function searchRooms(deps: AppDeps, q: { q?: string; active?: boolean; page: number; pageSize: number }) {
  const { items, total } = listRooms(deps.db, q, q.page, q.pageSize);
  return { items: items.map(view), total, page: q.page, pageSize: q.pageSize };
}

export { roomsByIds } from './rooms.repo';
