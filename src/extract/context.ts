import type { CountryEntity, DateEntity, Entity, PersonEntity, RoleEntity } from '../types.js';

/** What the extractors found so far; later stages (names, roles, initiatives) read earlier ones. */
export interface Found {
  dates: DateEntity[];
  countries: CountryEntity[];
  people: PersonEntity[];
  organizations: Entity[];
  places: Entity[];
  roles: RoleEntity[];
  initiatives: Entity[];
}
