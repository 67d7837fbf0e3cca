import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';

/** A user sees the records of their own city; a Land role (no city) those of every city. */
export function inCityScope(user: Pick<AuthUser, 'cityAgs'>, cityAgs: string): boolean {
  return user.cityAgs === null || user.cityAgs === cityAgs;
}

/** Narrows a query to the user's city by the given `alias.cityAgs` column; a Land role's query stays as it is. */
export function scopeToCity<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, user: Pick<AuthUser, 'cityAgs'>): SelectQueryBuilder<T> {
  return user.cityAgs === null ? qb : qb.andWhere(`${column} = :scopeCity`, { scopeCity: user.cityAgs });
}
