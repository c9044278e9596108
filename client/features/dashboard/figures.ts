import { fenToYuanString } from '../../../server/domain/money';

/** A change in basis points as people read it: '+12.50%' / '-3.00%'. */
export function formatChangeBp(bp: number): string {
  return `${bp < 0 ? '-' : '+'}${fenToYuanString(Math.abs(bp))}%`;
}
