import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../server/db/write';
import { rooms } from '../../server/db/schema';
import { freshDb } from '../helpers/db';

let handle: ReturnType<typeof freshDb>;
beforeEach(() => { handle = freshDb(); });
afterEach(() => handle.close());

const at = new Date('2026-12-01T00:00:00Z');
const addRoom = (name: string) => handle.db.insert(rooms).values({ name, bufferMinutes: 0, createdAt: at, updatedAt: at }).run();
const roomNames = () => handle.db.select({ name: rooms.name }).from(rooms).all().map((r) => r.name).sort();

describe('writeTransaction', () => {
  it('when the use case returns, then its writes land together and its value comes back', () => {
    const value = writeTransaction(handle.db, (tx) => {
      addRoom('A');
      tx.insert(rooms).values({ name: 'B', bufferMinutes: 0, createdAt: at, updatedAt: at }).run();
      expect(handle.sqlite.inTransaction).toBe(true);
      return 42;
    });
    expect(value).toBe(42);
    expect(handle.sqlite.inTransaction).toBe(false);
    expect(roomNames()).toEqual(['A', 'B']);
  });

  it('when the use case throws, then none of its writes land and the error reaches the caller', () => {
    expect(() => writeTransaction(handle.db, () => {
      addRoom('A');
      throw new Error('rule broken');
    })).toThrow('rule broken');
    expect(roomNames()).toEqual([]);
  });

  it('when a nested one throws and the outer catches it, then only the nested writes are undone', () => {
    writeTransaction(handle.db, () => {
      addRoom('outer');
      try {
        writeTransaction(handle.db, () => { addRoom('inner'); throw new Error('inner fails'); });
      } catch { /* the outer use case goes on */ }
    });
    expect(roomNames()).toEqual(['outer']);
  });

  it('when it runs, then it holds the write lock from BEGIN: another connection cannot start writing', () => {
    const other = new Database(handle.file);
    other.pragma('busy_timeout = 0');
    try {
      writeTransaction(handle.db, () => {
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      });
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
  });
});
