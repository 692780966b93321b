import type { PersonEntity, RoleEntity } from '../types.js';

/** Repeats each role's link on its person (`people[].roles`), in role order, without duplicates. */
export function linkPeopleToRoles(people: PersonEntity[], roles: RoleEntity[]): PersonEntity[] {
  const byName = new Map(people.map((p) => [p.name, p] as const));
  const linked = new Map<string, PersonEntity['roles']>();
  for (const role of roles) {
    if (!role.person || !byName.has(role.person)) continue;
    const list = linked.get(role.person) ?? [];
    if (!list.some((r) => r.title === role.title && r.organization === role.organization && r.former === role.former)) {
      list.push({ title: role.title, organization: role.organization, ...(role.former ? { former: true as const } : {}) });
    }
    linked.set(role.person, list);
  }
  return people.map((p) => ({ name: p.name, roles: linked.get(p.name) ?? [], mentions: p.mentions }));
}
