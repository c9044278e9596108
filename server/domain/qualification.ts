import type { PlainDate } from './dates';
import { regulatedCategories, type Category } from './roster';

// SPEC section 4: a session whose deals sell in a regulated category (medical, finance, law,
// education) needs every host to hold a qualification in that category valid on the session's date.

export interface QualifiedHost {
  hostId: number;
  stageName: string;
  qualifications: readonly { category: string; expiresOn: PlainDate }[];
}

export function isRegulated(category: Category | null): boolean {
  return category !== null && (regulatedCategories as readonly string[]).includes(category);
}

/** The hosts who may not sell this category on this date; empty when the category is not regulated. */
export function unqualifiedHosts(category: Category | null, hosts: readonly QualifiedHost[], date: PlainDate): QualifiedHost[] {
  if (!isRegulated(category)) return [];
  return hosts.filter((h) => !h.qualifications.some((q) => q.category === category && q.expiresOn >= date));
}
