// The API answers as the platforms send them, beyond the samples: JD's rows inside a JSON string
// (queryResult), and a list API's single order as an object instead of a one-element array.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../server/importers/index.ts';
import { collect, ordersOf } from './aggregate.ts';

const shapes = (name: string): string => fileURLToPath(new URL(`../../fixtures/importers/${name}`, import.meta.url));

async function ordersAt(path: string) {
  const results = await collect({ path });
  expect(results.filter((r) => 'error' in r)).toEqual([]);
  return results.flatMap((r) => ('order' in r ? [r.order] : []));
}

describe("JD's gateway envelope: queryResult is the response as a JSON string", () => {
  it('when the envelope is uploaded, then it is detected as jd-api and reads the same orders as the bare response, 19-digit ids intact', async () => {
    expect(await detectFormat({ path: shapes('jd-api.envelope.json') })).toBe('jd-api');
    const orders = await ordersAt(shapes('jd-api.envelope.json'));
    expect(orders).toEqual(await ordersOf('jd-api.json'));
    expect(orders.length).toBeGreaterThan(0);
    expect(orders[0]?.raw.orderId).toBe('6961274364460418444');
  });

  it('when saved answers come as an array (the second spelled "response", an empty last page), then the rows of both are read in order', async () => {
    expect(await detectFormat({ path: shapes('jd-api.envelope-pages.json') })).toBe('jd-api');
    expect(await ordersAt(shapes('jd-api.envelope-pages.json'))).toEqual(await ordersOf('jd-api.json'));
  });

  it('when the envelope arrives in 5-byte pieces, then the orders are the same', async () => {
    const bytes = readFileSync(shapes('jd-api.envelope.json'));
    const stream = Readable.from((function* () { for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5); })());
    const results = await collect({ stream });
    expect(results.map((r) => ('order' in r ? r.order : r))).toEqual(await ordersOf('jd-api.json'));
  });

  it('when queryResult holds broken JSON, then the file is refused naming where', async () => {
    const text = JSON.stringify({ jd_union_open_order_row_query_responce: { code: '0', queryResult: '{"code":200,"data":[{"id":"1_2",' } });
    await expect(collect({ stream: Readable.from([Buffer.from(text)]), format: 'jd-api' }))
      .rejects.toThrow(/jd_union_open_order_row_query_responce\.queryResult holds unreadable JSON text/);
  });

  it('when queryResult is an error answer without data, then the file is refused as holding no orders', async () => {
    const text = JSON.stringify({ jd_union_open_order_row_query_responce: { code: '0', queryResult: '{"code":403,"message":"no access"}' } });
    await expect(collect({ stream: Readable.from([Buffer.from(text)]), format: 'jd-api' })).rejects.toThrow(/no orders found: expected them at data\.\[\]/);
  });
});

describe("a list API's single order as an object", () => {
  it.each([
    ['taobao-api.single.json', 'taobao-api', 'taobao-api.json', 1],
    ['kuaishou-api.single.json', 'kuaishou-api', 'kuaishou-api.json', 0],
    ['douyin-api.single.json', 'douyin-api', 'douyin-api.v2.json', 0],
  ] as const)('when %s holds one order as an object, then it is %s and reads that order of %s', async (name, format, whole, index) => {
    expect(await detectFormat({ path: shapes(name) })).toBe(format);
    const orders = await ordersAt(shapes(name));
    expect(orders).toEqual([(await ordersOf(whole))[index]]);
  });
});
