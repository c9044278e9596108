import { describe, expect, it } from 'vitest';
import { accountProblems } from './AccountFields';

describe('account checks in the browser', () => {
  it('when an account has no identifier or too long a handle, then each says so; one identifier is enough', () => {
    expect(accountProblems({ identifiers: [], handle: 'x'.repeat(101), followers: '' }))
      .toEqual({ identifiers: { key: 'form.required' }, handle: { key: 'form.tooLong', max: 100 } });
    expect(accountProblems({ identifiers: ['dy12345'], handle: '', followers: '' })).toEqual({});
  });
});
