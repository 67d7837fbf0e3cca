import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { inCityScope } from '../cities/city-scope.js';
import { notFound } from '../common/problem.js';
import { Property } from './property.entity.js';

/** The city of a building the user may see (one of their city, or of any for a Land role); otherwise 404, as if it did not exist. */
export async function visiblePropertyCity(manager: EntityManager, user: Pick<AuthUser, 'cityAgs'>, id: string): Promise<string> {
  const property = await manager.getRepository(Property).findOne({ where: { id }, select: { id: true, cityAgs: true } });
  if (!property || !inCityScope(user, property.cityAgs)) throw notFound('property', id);
  return property.cityAgs;
}
