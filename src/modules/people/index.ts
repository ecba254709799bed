/**
 * The people module's public interface: reads of people and their titles that other modules'
 * use cases compose inside their own transactions (the module has no service of its own).
 */
export {
  countOrganisations,
  countPeople,
  currentTitleCounts,
  findPerson,
  findPersons,
  type PeopleScope,
  titlesOf,
} from './people.repository';
